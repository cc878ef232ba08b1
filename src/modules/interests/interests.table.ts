import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { id, publication, timestamps } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { people } from '../people/people.table.ts';

/**
 * Categories of the register of members' interests: the seven statutory disclosable pecuniary
 * interests (Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012), other
 * registrable interests under the council's code of conduct, and gifts and hospitality.
 */
export const interestCategories = [
  'employment',
  'sponsorship',
  'contracts',
  'land',
  'licences',
  'corporate-tenancies',
  'securities',
  'other-registrable',
  'gift-hospitality',
] as const;

/** One entry in a councillor's register of interests. */
export const interestEntries = pgTable(
  'interest_entries',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    category: text('category', { enum: interestCategories }).notNull(),
    description: text('description').notNull(),
    /** Withheld from the published register (Localism Act 2011 s32): only the monitoring officer reads it. */
    sensitive: boolean('sensitive').notNull().default(false),
    /** For gifts and hospitality: who gave it and its estimated value in pence. */
    donor: text('donor'),
    valuePence: integer('value_pence'),
    /** When the interest arose (or the member took office), or the gift was received. */
    arose: date('arose').notNull(),
    /** When the member notified the monitoring officer. */
    notified: date('notified').notNull(),
    /** When the interest ended; it then leaves the current register. */
    ended: date('ended'),
    ...publication(),
    ...timestamps(),
  },
  (t) => [
    index('interest_entries_person_idx').on(t.personId),
    check('interest_entries_notified_after_arose', sql`${t.notified} >= ${t.arose}`),
    check('interest_entries_ended_after_arose', sql`${t.ended} is null or ${t.ended} >= ${t.arose}`),
    check('interest_entries_gift_has_donor', sql`${t.category} <> 'gift-hospitality' or (${t.donor} is not null and ${t.valuePence} is not null)`),
    check('interest_entries_published_has_time', sql`${t.publication} <> 'published' or ${t.publishedAt} is not null`),
    check('interest_entries_withdrawn_has_reason', sql`${t.publication} <> 'withdrawn' or ${t.withdrawnReason} is not null`),
  ],
);
