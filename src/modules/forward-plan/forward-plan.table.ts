import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { id, searchVector, timestamps, tsvector } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { reports } from '../reports/reports.table.ts';

/** A Forward Plan entry: a key decision to be taken, with its reference FP/YY/MM/NN. */
export const forwardPlanEntries = pgTable(
  'forward_plan_entries',
  {
    id: id(),
    bodyId: integer('body_id').notNull().references(() => bodies.id),
    ref: text('ref').notNull(),
    firstPublished: date('first_published'),
    decisionDateText: text('decision_date_text').notNull(),
    decisionDate: date('decision_date'),
    decisionDateQualifier: text('decision_date_qualifier', { enum: ['on', 'not-before', 'before'] }),
    decisionMakers: jsonb('decision_makers').$type<string[]>().notNull().default([]),
    issue: text('issue'),
    decision: text('decision'),
    documents: text('documents'),
    exempt: text('exempt'),
    contacts: jsonb('contacts').$type<string[]>().notNull().default([]),
    reportId: integer('report_id').references(() => reports.id),
    ...timestamps(),
    search: tsvector('search').generatedAlwaysAs(searchVector(sql`ref`, sql`issue`, sql`decision`)),
  },
  (t) => [index('forward_plan_ref_idx').on(t.ref), index('forward_plan_search_idx').using('gin', t.search)],
);

/** A published version of the whole Forward Plan, kept unchanged. */
export const forwardPlanVersions = pgTable('forward_plan_versions', {
  id: id(),
  bodyId: integer('body_id').notNull().references(() => bodies.id),
  label: text('label').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  entries: jsonb('entries').notNull(),
  ...timestamps(),
});
