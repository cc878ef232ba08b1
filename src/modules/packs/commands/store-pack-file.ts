import { createHash } from 'node:crypto';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import type { Storage } from '../../../lib/storage/storage.ts';
import { documents } from '../../../db/schema.ts';
import type { PackFile } from '../pack-files.ts';

/**
 * Stores one file of a published pack as a published pack document (exempt when not public). Part of
 * a caller's transaction.
 */
export async function storePackFile(
  trx: Executor,
  storage: Storage,
  actor: Actor,
  p: { meetingId: number; bodyId: number; exemptParagraph: number | null; now: Date },
  f: PackFile,
): Promise<number> {
  const sha256 = createHash('sha256').update(f.bytes).digest('hex');
  const storageKey = `documents/${sha256}`;
  await storage.put(storageKey, f.bytes, trx);
  const [doc] = await trx
    .insert(documents)
    .values({
      bodyId: p.bodyId,
      meetingId: p.meetingId,
      title: f.title,
      kind: 'pack',
      fileName: f.fileName,
      mimeType: f.mimeType,
      byteSize: f.bytes.length,
      sha256,
      storageKey,
      access: f.isPublic ? 'public' : 'exempt',
      exemptParagraph: f.isPublic ? null : p.exemptParagraph,
      accessInherited: false,
      textContent: f.text,
      publication: 'published',
      publishedAt: p.now,
      publishedBy: actor.label,
    })
    .returning({ id: documents.id });
  return doc!.id;
}
