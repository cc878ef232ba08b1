import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';

/** One imported pack: its bytes' hash, its text lines (for "Show source"), the extraction and its warnings. */
export const imports = pgTable(
  'imports',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    format: text('format').notNull(),
    byteSize: integer('byte_size').notNull(),
    sourceText: text('source_text').notNull(),
    /** Stable identity of the pack across corrected versions (e.g. body + meeting date), when one can be derived. */
    packKey: text('pack_key'),
    extracted: jsonb('extracted').notNull(),
    warnings: jsonb('warnings').$type<{ line: number | null; message: string }[]>().notNull().default([]),
    summary: jsonb('summary').$type<Record<string, number>>().notNull().default({}),
    supersededById: integer('superseded_by_id'),
    importedBy: text('imported_by').notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('imports_sha256_idx').on(t.sha256), index('imports_pack_key_idx').on(t.packKey)],
);

/** Where an imported record came from: the import and the line (and page) range of its source text. */
export const provenance = pgTable(
  'provenance',
  {
    id: id(),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id),
    subjectType: text('subject_type').notNull(),
    subjectId: integer('subject_id').notNull(),
    /** The record's key within the pack (e.g. "agenda:6.1", "minute:186"), so a corrected pack updates the same record. */
    sourceKey: text('source_key').notNull(),
    lineFrom: integer('line_from'),
    lineTo: integer('line_to'),
    pageFrom: integer('page_from'),
    pageTo: integer('page_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('provenance_subject_idx').on(t.subjectType, t.subjectId), index('provenance_import_idx').on(t.importId)],
);

/** A field an officer corrected on an imported record; re-applied after every re-import. */
export const importCorrections = pgTable(
  'import_corrections',
  {
    id: id(),
    subjectType: text('subject_type').notNull(),
    subjectId: integer('subject_id').notNull(),
    field: text('field').notNull(),
    value: jsonb('value'),
    reason: text('reason'),
    correctedBy: text('corrected_by').notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('import_corrections_field_idx').on(t.subjectType, t.subjectId, t.field)],
);
