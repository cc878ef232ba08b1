import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import type { Storage } from '../../../lib/storage/storage.ts';
import { packs } from '../../../db/schema.ts';
import { packFiles, type PackFile } from '../pack-files.ts';
import { storePackFile } from './store-pack-file.ts';
import type { BuiltPack } from '../build-pack.ts';

/**
 * Stores a built pack's files as published pack documents (the restricted PDF exempt) and records the
 * pack version. Part of a caller's transaction; the caller audits.
 */
export async function storePack(
  trx: Executor,
  storage: Storage,
  actor: Actor & { displayName?: string },
  p: {
    meetingId: number;
    bodyId: number;
    base: string;
    version: number;
    label: string;
    lateReason: string | null;
    exemptParagraph: number | null;
    publicPack: BuiltPack;
    restrictedPack: BuiltPack | null;
    now: Date;
  },
) {
  const { meetingId, now, label, base } = p;
  const files = packFiles(label, base, p.publicPack, p.restrictedPack);
  const store = (f: PackFile) => storePackFile(trx, storage, actor, p, f);
  const htmlId = await store(files.html);
  const pdfId = files.pdf ? await store(files.pdf) : null;
  const restrictedId = files.restricted ? await store(files.restricted) : null;
  const [pack] = await trx
    .insert(packs)
    .values({
      meetingId,
      version: p.version,
      label,
      publishedAt: now,
      publishedBy: actor.displayName ?? actor.label,
      lateReason: p.lateReason,
      htmlDocumentId: htmlId,
      pdfDocumentId: pdfId,
      restrictedPdfDocumentId: restrictedId,
      pageMap: p.publicPack.ranges,
    })
    .returning();
  return { pack: pack! };
}
