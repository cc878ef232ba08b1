import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { documents } from '../../../db/schema.ts';
import type { AccessChoice } from '../../visibility/index.ts';
import { inheritItemAccess, writeRows, type RowError, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

/** The columns of a stored document (its access class comes from `access`, inherited from its agenda item). */
export type DocumentValues = Partial<Omit<typeof documents.$inferInsert, 'access' | 'exemptParagraph' | 'accessInherited' | 'accessReason'>>;

/** A document to write: its columns, and (on a new document, or to change it) how its access follows its agenda item. */
export type DocumentWrite = RowWrite<DocumentValues> & { access?: AccessChoice };

/**
 * Records stored documents in one go (the upload form and the demo council come here; the bytes are
 * stored first). Each has a title and a stored file; its access class follows its agenda item
 * through the one inheritance rule, so a paper under an exempt item is never public by default.
 * Audited as `document.create` (`document.upload` from the form), text content left out.
 * @example await saveDocuments(trx, actor, [{ values: { bodyId, meetingId, agendaItemId, title: 'Valuation', fileName: 'v.pdf', mimeType: 'application/pdf', byteSize, sha256, storageKey } }])
 */
export async function saveDocuments(ex: Executor, actor: Actor, rows: DocumentWrite[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: documents as unknown as WritableTable,
      kind: 'document',
      action: 'document',
      omitFromAudit: ['textContent'],
      rules: async (tx, checks) => {
        const errors: RowError[] = [];
        for (const c of checks) {
          if (!String(c.next.title ?? '').trim()) errors.push({ row: c.index, field: 'title', message: 'Enter a title for the document' });
          if (!String(c.next.storageKey ?? '').trim()) errors.push({ row: c.index, field: 'file', message: 'Select a file' });
        }
        return [...errors, ...(await inheritItemAccess(tx, checks, rows))];
      },
    },
    rows,
    opts,
  );
}
