import { date, index, integer, numeric, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { accessClass, id, publication, publicationChecks, timestamps } from '../../db/columns.ts';
import { actionPlans } from '../action-plans/action-plans.table.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { planParts } from '../plans/plans.table.ts';

/** Which way a measure should move: up (more people helped) or down (fewer days waited). */
export const polarities = ['higher', 'lower'] as const;

/** How often a measure is reported: each calendar month, or each quarter of the financial year (April to March). */
export const frequencies = ['monthly', 'quarterly'] as const;

/** The RAG ratings of a measure, computed or the officer's own. */
export const measureRags = ['Red', 'Amber', 'Green'] as const;

/** A measure's RAG rating. */
export type MeasureRag = (typeof measureRags)[number];

/**
 * A performance measure, on its own or in an action plan. `tolerance` is absolute, in the measure's
 * unit: a value worse than the target by no more than the tolerance is Amber (target 90%, tolerance
 * 5: 85% is Amber, 84.9% Red). The officer's RAG and commentary are kept beside the computed RAG,
 * never instead of it. Measures do not belong to agenda items, so they carry no inherited access.
 */
export const measures = pgTable(
  'measures',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    actionPlanId: integer('action_plan_id').references(() => actionPlans.id),
    /** The part of a plan (a priority, a programme) this measure shows progress on: the golden thread. */
    planPartId: integer('plan_part_id').references(() => planParts.id),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    polarity: text('polarity', { enum: polarities }).notNull(),
    baseline: numeric('baseline', { mode: 'number' }),
    target: numeric('target', { mode: 'number' }).notNull(),
    tolerance: numeric('tolerance', { mode: 'number' }).notNull().default(0),
    frequency: text('frequency', { enum: frequencies }).notNull(),
    source: text('source'),
    owner: text('owner'),
    officerRag: text('officer_rag', { enum: measureRags }),
    commentary: text('commentary'),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [index('measures_plan_idx').on(t.actionPlanId), ...publicationChecks('measures', t)],
);

/** One period's value of a measure: the period's first day and its label (Q2 2026/27, October 2026). Seen with its measure. */
export const measureValues = pgTable(
  'measure_values',
  {
    id: id(),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id),
    period: date('period').notNull(),
    label: text('label').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    note: text('note'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').notNull(),
    ...timestamps(),
  },
  (t) => [unique('measure_values_measure_period_unique').on(t.measureId, t.period)],
);
