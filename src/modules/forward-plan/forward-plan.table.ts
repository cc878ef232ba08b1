import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { accessClass, id, publication, publicationChecks, searchVector, timestamps, tsvector } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { reports } from '../reports/reports.table.ts';

/** A Forward Plan entry: a key decision to be taken, with its reference FP/YY/MM/NN. */
export const forwardPlanEntries = pgTable(
  'forward_plan_entries',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    ref: text('ref').notNull(),
    firstPublished: date('first_published'),
    /** The date of the published Forward Plan the entry was read from (its pack's date) or last published in. */
    planDate: date('plan_date'),
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
    ...publication(),
    ...accessClass(),
    ...timestamps(),
    search: tsvector('search').generatedAlwaysAs(searchVector(sql`ref`, sql`issue`, sql`decision`)),
  },
  (t) => [index('forward_plan_ref_idx').on(t.ref), index('forward_plan_search_idx').using('gin', t.search), ...publicationChecks('forward_plan_entries', t)],
);
