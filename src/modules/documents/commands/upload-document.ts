import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { agendaItems, meetings } from '../../../db/schema.ts';
import type { Storage } from '../../../lib/storage/storage.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { orRollBack, refusedAsInvalid } from '../../records/index.ts';
import { saveDocuments } from './save-documents.ts';
import { documentInput } from '../documents.schema.ts';
import { detectUpload } from '../../../lib/file-types.ts';
import { feedSafeText } from '../../../lib/text.ts';

/** A multipart field as text PostgreSQL can hold: multipart bodies are read in the handler, after the request guard that refuses NUL elsewhere. */
const withoutNul = (v: unknown) => (typeof v === 'string' ? v.replaceAll('\u0000', '') : v);

/** An uploaded file. */
export type UploadedFile = { fileName: string; bytes: Uint8Array } | null;

/**
 * Stores an uploaded document against a meeting (and optionally an agenda item) as a draft: it is
 * public only when the agenda is published or a clerk publishes it. Its access class follows the
 * item's unless the uploader chose otherwise (public under an exempt item needs a reason). One
 * transaction, audited.
 * @example await uploadDocument(db, storage, actor, { meetingId: 4, agendaItemId: 9, title: 'Valuation' }, { fileName: 'v.pdf', bytes })
 */
export async function uploadDocument(ex: Executor, storage: Storage, actor: Actor, fields: Record<string, unknown>, upload: UploadedFile): Promise<Result<{ id: number }>> {
  const raw = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, withoutNul(v)]));
  const file = upload && { ...upload, fileName: feedSafeText(upload.fileName) };
  const parsed = documentInput.safeParse(blankToUndefined(raw));
  const errors = parsed.success ? [] : fieldErrors(parsed.error);
  const type = file && file.bytes.length > 0 ? await detectUpload(file.fileName, file.bytes) : null;
  if (!file || file.bytes.length === 0) errors.push({ field: 'file', message: 'Select a file' });
  else if (!type?.ok) errors.push({ field: 'file', message: type!.message });
  if (!parsed.success || errors.length || !file) return invalid(errors);
  const v = parsed.data;
  const [meeting] = await ex
    .select({ id: meetings.id, bodyId: meetings.bodyId })
    .from(meetings)
    .where(and(eq(meetings.id, v.meetingId), isNull(meetings.deletedAt)));
  if (!meeting) return invalid([{ field: 'meetingId', message: 'Select a meeting that exists' }]);
  if (v.agendaItemId) {
    const [item] = await ex
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.id, v.agendaItemId), eq(agendaItems.meetingId, v.meetingId), isNull(agendaItems.deletedAt)));
    if (!item) return invalid([{ field: 'agendaItemId', message: 'Select an item on this meeting’s agenda' }]);
  }
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const mimeType = type!.ok ? type!.mimeType : 'application/octet-stream';
  const text = mimeType.startsWith('text/') ? Buffer.from(file.bytes).toString('utf8').slice(0, 200_000) : null;
  return refusedAsInvalid(
    ex.transaction(async (trx) => {
      const storageKey = `documents/${sha256}`;
      await storage.put(storageKey, file.bytes, trx);
      const written = orRollBack(
        await saveDocuments(
          trx,
          actor,
          [
            {
              values: {
                bodyId: meeting.bodyId,
                meetingId: v.meetingId,
                agendaItemId: v.agendaItemId ?? null,
                title: v.title,
                kind: v.kind,
                fileName: file.fileName.replace(/^.*[\\/]/, ''),
                mimeType,
                byteSize: file.bytes.length,
                sha256,
                storageKey,
                textContent: text,
                authorUserId: actor.role === 'report-author' ? actor.userId : null,
              },
              access: { access: v.access, exemptParagraph: v.exemptParagraph, accessReason: v.accessReason },
            },
          ],
          { verb: 'upload' },
        ),
      );
      return ok({ id: written.ids[0]! });
    }),
  );
}
