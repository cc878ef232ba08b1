import { date, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { accessClass, id, publication, publicationChecks, timestamps } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { organisations } from '../organisations/organisations.table.ts';

/** An item on a scrutiny committee's work programme. */
export const workProgrammeItems = pgTable(
  'work_programme_items',
  {
    id: id(),
    bodyId: integer('body_id').notNull().references(() => bodies.id),
    organisationId: integer('organisation_id').references(() => organisations.id),
    bodyName: text('body_name'),
    meetingDate: date('meeting_date'),
    item: text('item').notNull(),
    leads: jsonb('leads').$type<string[]>().notNull().default([]),
    planLink: text('plan_link'),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [index('work_programme_org_idx').on(t.organisationId, t.meetingDate), ...publicationChecks('work_programme_items', t)],
);

/** A row of a scrutiny outcome tracker: an agreed outcome and its status. */
export const trackerOutcomes = pgTable(
  'tracker_outcomes',
  {
    id: id(),
    bodyId: integer('body_id').notNull().references(() => bodies.id),
    organisationId: integer('organisation_id').references(() => organisations.id),
    meetingDate: date('meeting_date'),
    item: text('item').notNull(),
    link: text('link'),
    owner: text('owner'),
    outcome: text('outcome'),
    statusText: text('status_text'),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [index('tracker_org_idx').on(t.organisationId, t.meetingDate), ...publicationChecks('tracker_outcomes', t)],
);
