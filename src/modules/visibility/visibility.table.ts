import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { id } from '../../db/columns.ts';
import { users } from '../accounts/accounts.table.ts';

/** Kinds of record a clerk can grant a councillor access to. */
export const grantSubjects = ['agenda_item', 'document', 'report'] as const;

/**
 * Access to one exempt paper granted by a clerk to a user who would not otherwise be entitled
 * (a councillor who is not on the committee). Revoked grants are kept with their revocation.
 */
export const accessGrants = pgTable(
  'access_grants',
  {
    id: id(),
    subjectType: text('subject_type', { enum: grantSubjects }).notNull(),
    subjectId: integer('subject_id').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    grantedBy: text('granted_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: text('revoked_by'),
  },
  (t) => [index('access_grants_subject_idx').on(t.subjectType, t.subjectId, t.userId)],
);
