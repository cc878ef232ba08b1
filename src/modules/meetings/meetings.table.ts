import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { PaperSource } from '../../lib/generated-paper.ts';
import { accessClass, id, publication, publicationChecks, searchVector, timestamps, tsvector } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { people } from '../people/people.table.ts';

/** A place where meetings are held (OParl Location). */
export const locations = pgTable('locations', {
  id: id(),
  bodyId: integer('body_id')
    .notNull()
    .references(() => bodies.id),
  description: text('description').notNull(),
  room: text('room'),
  streetAddress: text('street_address'),
  postcode: text('postcode'),
  ...timestamps(),
});

/** Meeting lifecycle states. */
export const meetingStatuses = ['scheduled', 'agenda-published', 'held', 'minutes-draft', 'minutes-approved', 'cancelled', 'postponed'] as const;

/** A meeting of an organisation (OParl Meeting). */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title'),
    startAt: timestamp('start_at', { withTimezone: true }).notNull(),
    endAt: timestamp('end_at', { withTimezone: true }),
    locationId: integer('location_id').references(() => locations.id),
    status: text('status', { enum: meetingStatuses }).notNull().default('scheduled'),
    statusNote: text('status_note'),
    issuedBy: text('issued_by'),
    issuedOn: date('issued_on'),
    agendaPublishedAt: timestamp('agenda_published_at', { withTimezone: true }),
    lateReason: text('late_reason'),
    contactPersonId: integer('contact_person_id').references(() => people.id),
    ...timestamps(),
    search: tsvector('search').generatedAlwaysAs(searchVector(sql`title`)),
  },
  (t) => [index('meetings_org_start_idx').on(t.organisationId, t.startAt), index('meetings_start_idx').on(t.startAt), index('meetings_search_idx').using('gin', t.search)],
);

/**
 * A numbered item on a meeting's agenda (OParl AgendaItem). A draft until the agenda (or a supplement)
 * is published; an exempt item's title and paragraph are public, nothing else is.
 */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    parentId: integer('parent_id').references((): AnyPgColumn => agendaItems.id),
    position: integer('position').notNull(),
    number: text('number'),
    title: text('title').notNull(),
    instruction: text('instruction'),
    pageFrom: integer('page_from'),
    pageTo: integer('page_to'),
    ...publication(),
    ...accessClass(),
    publicInterestReason: text('public_interest_reason'),
    isStanding: boolean('is_standing').notNull().default(false),
    /** The paper Shirehall prints for this item from its own records (the outcome tracker, highlight reports), if any. */
    paperSource: jsonb('paper_source').$type<PaperSource>(),
    ...timestamps(),
    search: tsvector('search').generatedAlwaysAs(searchVector(sql`title`, sql`instruction`)),
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    index('agenda_items_search_idx').using('gin', t.search),
    // Exempt titles are searched on the title alone (search.repo.ts); without this every query scans the table.
    index('agenda_items_title_search_idx').using('gin', sql`to_tsvector('english', ${t.title})`),
    ...publicationChecks('agenda_items', t),
  ],
);
