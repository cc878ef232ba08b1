import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../../db/columns.ts';
import { meetings } from '../meetings/meetings.table.ts';
import { documents } from '../documents/documents.table.ts';

/** A published document pack: the original agenda pack or a numbered supplement, with its page map. */
export const packs = pgTable(
  'packs',
  {
    id: id(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    version: integer('version').notNull(),
    label: text('label').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: text('published_by').notNull(),
    lateReason: text('late_reason'),
    htmlDocumentId: integer('html_document_id').references(() => documents.id),
    pdfDocumentId: integer('pdf_document_id').references(() => documents.id),
    restrictedPdfDocumentId: integer('restricted_pdf_document_id').references(() => documents.id),
    pageMap: jsonb('page_map').$type<{ agendaItemId: number; from: number; to: number }[]>().notNull().default([]),
    ...timestamps(),
  },
  (t) => [index('packs_meeting_idx').on(t.meetingId, t.version)],
);
