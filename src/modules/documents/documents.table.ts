import { sql } from 'drizzle-orm';
import { customType, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { accessClass, accessInherited, id, publication, publicationChecks, searchVector, timestamps, tsvector } from '../../db/columns.ts';
import { users } from '../accounts/accounts.table.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { agendaItems, meetings } from '../meetings/meetings.table.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** Kinds of document. */
export const documentKinds = ['agenda', 'report', 'appendix', 'minutes', 'pack', 'supplement', 'notice', 'other'] as const;

/** A stored document (OParl File): a draft until published; exempt ones (inheriting their item's class by default) never reach the public. */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    meetingId: integer('meeting_id').references(() => meetings.id),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id),
    title: text('title').notNull(),
    kind: text('kind', { enum: documentKinds }).notNull().default('other'),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    textContent: text('text_content'),
    ...publication(),
    ...accessClass(),
    ...accessInherited(),
    /** Who uploaded it: a report author may read their own papers. */
    authorUserId: integer('author_user_id').references(() => users.id),
    ...timestamps(),
    search: tsvector('search').generatedAlwaysAs(searchVector(sql`title`, sql`text_content`)),
  },
  (t) => [
    index('documents_meeting_idx').on(t.meetingId),
    index('documents_item_idx').on(t.agendaItemId),
    index('documents_search_idx').using('gin', t.search),
    ...publicationChecks('documents', t),
  ],
);

/** Bytes of stored files, for the default database storage backend. */
export const storedFiles = pgTable('stored_files', {
  key: text('key').primaryKey(),
  bytes: bytea('bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
