import { type AnyPgColumn, date, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { accessClass, id, publication, publicationChecks, timestamps } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { planParts } from '../plans/plans.table.ts';

/** An action plan (e.g. a strategy's delivery plan). */
export const actionPlans = pgTable(
  'action_plans',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    title: text('title').notNull(),
    slug: text('slug').notNull().unique(),
    /** The part of a plan (a programme) this action plan delivers: the golden thread. */
    planPartId: integer('plan_part_id').references(() => planParts.id),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [...publicationChecks('action_plans', t)],
);

/** RAG ratings. */
export const rags = ['Red', 'Amber', 'Green', 'Blue'] as const;

/** A numbered action in a plan, with owners, RAG, due date and progress. Overdue is computed from the due date. */
export const planActions = pgTable(
  'plan_actions',
  {
    id: id(),
    actionPlanId: integer('action_plan_id')
      .notNull()
      .references(() => actionPlans.id),
    parentId: integer('parent_id').references((): AnyPgColumn => planActions.id),
    position: integer('position').notNull(),
    number: text('number').notNull(),
    action: text('action').notNull(),
    success: text('success'),
    owners: jsonb('owners').$type<string[]>().notNull().default([]),
    rag: text('rag', { enum: rags }),
    status: text('status'),
    dueText: text('due_text'),
    dueDate: date('due_date'),
    direction: text('direction'),
    progress: text('progress'),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [index('plan_actions_plan_idx').on(t.actionPlanId, t.position), ...publicationChecks('plan_actions', t)],
);

/**
 * One dated update of an action by its owner: the RAG, due date and progress note as they were set
 * that day. The action keeps the latest; these rows are its history, seen with the action.
 */
export const planActionUpdates = pgTable(
  'plan_action_updates',
  {
    id: id(),
    planActionId: integer('plan_action_id')
      .notNull()
      .references(() => planActions.id),
    updatedOn: date('updated_on').notNull(),
    rag: text('rag', { enum: rags }),
    dueText: text('due_text'),
    dueDate: date('due_date'),
    progress: text('progress'),
    /** Who made the update, as the audit log names them. */
    updatedBy: text('updated_by').notNull(),
    ...timestamps(),
  },
  (t) => [index('plan_action_updates_action_idx').on(t.planActionId, t.updatedOn)],
);
