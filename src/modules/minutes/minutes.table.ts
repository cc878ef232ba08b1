import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, date, index, integer, pgTable, text, time, timestamp } from 'drizzle-orm/pg-core';
import { accessClass, accessInherited, id, publication, publicationChecks, searchVector, timestamps, tsvector } from '../../db/columns.ts';
import { agendaItems, meetings } from '../meetings/meetings.table.ts';
import { people } from '../people/people.table.ts';
import { organisations } from '../organisations/organisations.table.ts';

/** States of a set of minutes. Approved and signed minutes are legal records: never edited in place. */
export const minutesStatuses = ['draft', 'approved', 'signed'] as const;

/**
 * A version of the minutes of a meeting. A correction is a new version with a reason; old versions stay visible.
 * Draft minutes are public only when a clerk publishes them as a draft; approved minutes are always published.
 */
export const minutes = pgTable(
  'minutes',
  {
    id: id(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    version: integer('version').notNull().default(1),
    status: text('status', { enum: minutesStatuses }).notNull().default('draft'),
    supersedesId: integer('supersedes_id').references((): AnyPgColumn => minutes.id),
    correctionReason: text('correction_reason'),
    endedAt: time('ended_at'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedAtMeetingId: integer('approved_at_meeting_id').references(() => meetings.id),
    approvalNote: text('approval_note'),
    signedBy: text('signed_by'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    ...publication(),
    ...timestamps(),
  },
  (t) => [
    index('minutes_meeting_idx').on(t.meetingId),
    check('minutes_published_has_time', sql`${t.publication} <> 'published' or ${t.publishedAt} is not null`),
    check('minutes_withdrawn_has_reason', sql`${t.publication} <> 'withdrawn' or ${t.withdrawnReason} is not null`),
    check('minutes_approved_are_published', sql`${t.status} = 'draft' or ${t.publication} = 'published'`),
  ],
);

/** A numbered minute. Minute numbers run on across an organisation's meetings and differ from agenda item numbers. */
export const minuteItems = pgTable(
  'minute_items',
  {
    id: id(),
    minutesId: integer('minutes_id')
      .notNull()
      .references(() => minutes.id),
    organisationId: integer('organisation_id').references(() => organisations.id),
    position: integer('position').notNull(),
    number: text('number').notNull(),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id),
    agendaNumber: text('agenda_number'),
    title: text('title').notNull(),
    narrative: text('narrative'),
    presenters: text('presenters'),
    alternativesConsidered: text('alternatives_considered'),
    reasons: text('reasons'),
    ...publication(),
    ...accessClass(),
    ...accessInherited(),
    ...timestamps(),
    search: tsvector('search').generatedAlwaysAs(searchVector(sql`title`, sql`narrative`)),
  },
  (t) => [
    index('minute_items_minutes_idx').on(t.minutesId, t.position),
    index('minute_items_search_idx').using('gin', t.search),
    // Exempt titles are searched on the title alone (search.repo.ts); without this every query scans the table.
    index('minute_items_title_search_idx').using('gin', sql`to_tsvector('english', ${t.title})`),
    ...publicationChecks('minute_items', t),
  ],
);

/** A numbered resolution of a minute, with any delegation. */
export const resolutions = pgTable(
  'resolutions',
  {
    id: id(),
    minuteItemId: integer('minute_item_id')
      .notNull()
      .references(() => minuteItems.id),
    position: integer('position').notNull(),
    number: text('number'),
    text: text('text').notNull(),
    delegation: text('delegation'),
    ...timestamps(),
  },
  (t) => [index('resolutions_item_idx').on(t.minuteItemId, t.position)],
);

/** A follow-up action from a minute. */
export const minuteActions = pgTable('minute_actions', {
  id: id(),
  minuteItemId: integer('minute_item_id')
    .notNull()
    .references(() => minuteItems.id),
  action: text('action').notNull(),
  owner: text('owner'),
  dueDate: date('due_date'),
  ...timestamps(),
});

/**
 * Kinds of attendance. `also-attending` is anyone else the minutes list as attending: an applicant, a witness, an
 * observer, an honorary alderman (imported under the group's printed label, kept as the note). Only the first four
 * count in a member's attendance.
 */
export const attendanceKinds = ['present', 'apologies', 'absent', 'substitute', 'other-member', 'officer', 'also-attending'] as const;

/** Who attended a meeting, as printed, with an optional reversible link to a person. */
export const attendances = pgTable(
  'attendances',
  {
    id: id(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    personId: integer('person_id').references(() => people.id),
    printedName: text('printed_name').notNull(),
    kind: text('kind', { enum: attendanceKinds }).notNull(),
    substituteFor: text('substitute_for'),
    note: text('note'),
    ...timestamps(),
  },
  (t) => [index('attendances_meeting_idx').on(t.meetingId)],
);

/** Kinds of interest declared. */
export const interestKinds = ['disclosable-pecuniary', 'other-registrable', 'non-registrable', 'unspecified'] as const;

/** A declaration of interest at a meeting. */
export const declarations = pgTable(
  'declarations',
  {
    id: id(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id),
    minuteItemId: integer('minute_item_id').references(() => minuteItems.id),
    personId: integer('person_id').references(() => people.id),
    printedName: text('printed_name').notNull(),
    interest: text('interest').notNull(),
    kind: text('kind', { enum: interestKinds }).notNull().default('unspecified'),
    action: text('action'),
    dispensation: text('dispensation'),
    ...timestamps(),
  },
  (t) => [index('declarations_meeting_idx').on(t.meetingId)],
);
