import { integer, jsonb, pgTable, text, date } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../../db/columns.ts';

/** The council. Nation decides the bank holidays; rules hold constitutional defaults. */
export const bodies = pgTable('bodies', {
  id: id(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  slug: text('slug').notNull().unique(),
  nation: text('nation', { enum: ['england-and-wales', 'scotland', 'northern-ireland'] })
    .notNull()
    .default('england-and-wales'),
  gssCode: text('gss_code'),
  website: text('website'),
  email: text('email'),
  keyDecisionThreshold: integer('key_decision_threshold').notNull().default(500000),
  rules: jsonb('rules').$type<Record<string, unknown>>().notNull().default({}),
  ...timestamps(),
});

/** A council term between elections (OParl LegislativeTerm). */
export const legislativeTerms = pgTable('legislative_terms', {
  id: id(),
  bodyId: integer('body_id')
    .notNull()
    .references(() => bodies.id),
  name: text('name').notNull(),
  startDate: date('start_date').notNull(),
  endDate: date('end_date'),
  ...timestamps(),
});
