import { sql } from 'drizzle-orm';
import { type AnyPgColumn, index, integer, jsonb, pgTable, text, date } from 'drizzle-orm/pg-core';
import { id, searchVector, timestamps, tsvector } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';

/** Kinds of organisation a council has. */
export const organisationKinds = ['full-council', 'cabinet', 'committee', 'scrutiny-committee', 'board', 'partnership', 'task-and-finish-group', 'outside-body'] as const;

/** A committee, board, cabinet or other decision-making organisation (OParl Organization). */
export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    parentId: integer('parent_id').references((): AnyPgColumn => organisations.id),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    kind: text('kind', { enum: organisationKinds }).notNull(),
    purpose: text('purpose'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    rules: jsonb('rules').$type<Record<string, unknown>>().notNull().default({}),
    ...timestamps(),
    search: tsvector('search').generatedAlwaysAs(searchVector(sql`name`, sql`purpose`)),
  },
  (t) => [index('organisations_search_idx').using('gin', t.search), index('organisations_body_idx').on(t.bodyId)],
);
