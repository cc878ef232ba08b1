import { createHash } from 'node:crypto';
import type { Db } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import type { Storage } from '../../../lib/storage/storage.ts';
import { invalid, ok, type FieldError, type Result } from '../../../lib/result.ts';
import { feedSafeText } from '../../../lib/text.ts';
import { enqueueJob } from '../../jobs/index.ts';
import { IMPORT_PACK_JOB, sizeText } from '../imports.rules.ts';

/** One uploaded pack as the form sent it; `byteSize` counts every byte sent, even those not kept once it was too large. */
export type UploadedPack = { fileName: string; bytes: Buffer; byteSize: number };

/** The file name without any folder a browser sent with it, made safe to show and store. */
const baseName = (fileName: string) =>
  feedSafeText(fileName)
    .replace(/^.*[\\/]/, '')
    .trim();

/**
 * Checks every uploaded pack (a name, not empty, no larger than `maxBytes`) and, if all are fine,
 * stores their bytes and queues one import job (IMPORT_PACK_JOB) for each, in one transaction with
 * an audit row per pack. The import itself runs in the background, as the uploading officer.
 * Returns the job ids in the order of the files, or every problem found and nothing queued.
 * @example await queueImports(db, storage, actor, [{ fileName: 'agenda.txt', bytes, byteSize: bytes.length }], 25 * 1024 * 1024)
 */
export async function queueImports(db: Db, storage: Storage, actor: Actor, packs: UploadedPack[], maxBytes: number): Promise<Result<{ jobIds: number[] }>> {
  const errors: FieldError[] = [];
  if (packs.length === 0) errors.push({ field: 'packs', message: 'Select a document pack' });
  for (const pack of packs) {
    const name = baseName(pack.fileName);
    const called = name ? `‘${name}’` : 'A selected file';
    if (!name) errors.push({ field: 'packs', message: 'A selected file has no name: rename it and select it again' });
    else if (pack.byteSize > maxBytes) errors.push({ field: 'packs', message: `${called} must be smaller than ${sizeText(maxBytes)}` });
    else if (pack.byteSize === 0) errors.push({ field: 'packs', message: `${called} is empty` });
  }
  if (errors.length) return invalid(errors);
  const jobIds = await db.transaction(async (trx) => {
    const ids: number[] = [];
    for (const pack of packs) {
      const fileName = baseName(pack.fileName);
      const sha256 = createHash('sha256').update(pack.bytes).digest('hex');
      const storageKey = `imports/${sha256}`;
      await storage.put(storageKey, pack.bytes, trx);
      // One attempt: a pack the extractor cannot read reads no better a second time.
      const jobId = await enqueueJob(trx, IMPORT_PACK_JOB, { storageKey, fileName, byteSize: pack.bytes.length, userId: actor.userId, label: actor.label }, { maxAttempts: 1 });
      await audit(trx, actor, 'import.upload', 'job', jobId, null, { fileName, sha256, byteSize: pack.bytes.length });
      ids.push(jobId);
    }
    return ids;
  });
  return ok({ jobIds });
}
