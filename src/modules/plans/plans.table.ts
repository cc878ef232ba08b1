import { type AnyPgColumn, boolean, check, date, index, integer, jsonb, pgTable, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { accessClass, id, publication, publicationChecks, timestamps } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { people } from '../people/people.table.ts';

/**
 * A plan of the council (a council plan, a children's plan) over a period, with a hierarchy whose
 * level names the council chooses per plan (["Vision", "Priority", "Programme"]). Its parts form a
 * tree; action plans and measures link to a part: the golden thread.
 */
export const plans = pgTable(
  'plans',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    title: text('title').notNull(),
    slug: text('slug').notNull().unique(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    organisationId: integer('organisation_id').references(() => organisations.id),
    description: text('description'),
    /** The names of the hierarchy's levels, top first: level 0 is the first. */
    levels: jsonb('levels').$type<string[]>().notNull(),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [check('plans_end_after_start', sql`${t.endDate} > ${t.startDate}`), ...publicationChecks('plans', t)],
);

/**
 * A part of a plan's tree (a priority, a programme): seen with its plan. Its level is its parent's level + 1.
 * A part added in error is removed (soft delete), freeing its number for another part.
 */
export const planParts = pgTable(
  'plan_parts',
  {
    id: id(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    parentId: integer('parent_id').references((): AnyPgColumn => planParts.id),
    level: integer('level').notNull(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    ...timestamps(),
  },
  (t) => [
    index('plan_parts_plan_idx').on(t.planId),
    uniqueIndex('plan_parts_plan_number_idx')
      .on(t.planId, t.number)
      .where(sql`${t.deletedAt} is null`),
  ],
);

/** A delivery group (an organisation of the council or a partnership) assigned to a part of a plan. */
export const planPartGroups = pgTable(
  'plan_part_groups',
  {
    id: id(),
    partId: integer('part_id')
      .notNull()
      .references(() => planParts.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    ...timestamps(),
  },
  (t) => [index('plan_part_groups_part_idx').on(t.partId)],
);

/** A member champion (a person) assigned to a part of a plan. */
export const planPartChampions = pgTable(
  'plan_part_champions',
  {
    id: id(),
    partId: integer('part_id')
      .notNull()
      .references(() => planParts.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    ...timestamps(),
  },
  (t) => [index('plan_part_champions_part_idx').on(t.partId)],
);

/** The RAG ratings a part of a plan rolls up to, or an officer gives it. */
export const partRags = ['Red', 'Amber', 'Green'] as const;

/** The directions of travel of a part of a plan. */
export const partDirections = ['improving', 'no-change', 'worsening', 'not-enough-data'] as const;

/**
 * A quarter's highlight report for one part of a plan (a programme): the RAG and direction worked out
 * when it was written, the officer's own beside them, and the narrative, or a nil return (nothing
 * changed, so the narrative may be empty). One per part per quarter.
 */
export const highlightReports = pgTable(
  'highlight_reports',
  {
    id: id(),
    partId: integer('part_id')
      .notNull()
      .references(() => planParts.id),
    /** The quarter's first day (2026-07-01 for Q2 2026/27). */
    quarterStart: date('quarter_start').notNull(),
    /** The quarter's label: Q2 2026/27. */
    quarter: text('quarter').notNull(),
    computedRag: text('computed_rag', { enum: partRags }),
    computedDirection: text('computed_direction', { enum: partDirections }).notNull(),
    officerRag: text('officer_rag', { enum: partRags }),
    officerDirection: text('officer_direction', { enum: partDirections }),
    nilReturn: boolean('nil_return').notNull().default(false),
    achievements: text('achievements'),
    risksAndIssues: text('risks_and_issues'),
    nextSteps: text('next_steps'),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [unique('highlight_reports_part_quarter_unique').on(t.partId, t.quarterStart), ...publicationChecks('highlight_reports', t)],
);
