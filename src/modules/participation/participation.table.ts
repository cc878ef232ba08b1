import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../../db/columns.ts';
import { agendaItems, meetings } from '../meetings/meetings.table.ts';

/** Kinds of public submission. */
export const submissionKinds = ['question', 'statement', 'petition'] as const;

/** States of a public submission. */
export const submissionStatuses = ['received', 'accepted', 'rejected', 'answered', 'withdrawn'] as const;

/** A question, statement or petition from the public for a meeting. Nothing submitted is lost. */
export const publicSubmissions = pgTable(
  'public_submissions',
  {
    id: id(),
    reference: text('reference').notNull(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id),
    kind: text('kind', { enum: submissionKinds }).notNull(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    text: text('text').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }),
    isLate: boolean('is_late').notNull().default(false),
    status: text('status', { enum: submissionStatuses }).notNull().default('received'),
    response: text('response'),
    isPublished: boolean('is_published').notNull().default(false),
    ...timestamps(),
  },
  (t) => [uniqueIndex('public_submissions_ref_idx').on(t.reference), index('public_submissions_meeting_idx').on(t.meetingId)],
);
