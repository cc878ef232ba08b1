import { createHash } from 'node:crypto';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import type { Storage } from '../../../lib/storage/storage.ts';
import { documents, packs } from '../../../db/schema.ts';
import type { BuiltPack } from '../build-pack.ts';

const htmlText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200_000);

/** What a stored pack file is: its words, name and who may open it. */
type PackFile = { bytes: Uint8Array; title: string; fileName: string; mimeType: string; isPublic: boolean; text: string | null };

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

/** The files of a built pack: its web page, and the public and restricted PDFs when they were printed. */
export function packFiles(label: string, base: string, publicPack: BuiltPack, restrictedPack: BuiltPack | null) {
  return {
    html: {
      bytes: Buffer.from(publicPack.html, 'utf8'),
      title: `${label} (web page)`,
      fileName: `${base}.html`,
      mimeType: 'text/html',
      isPublic: true,
      text: htmlText(publicPack.html),
    },
    pdf: publicPack.pdf ? { bytes: publicPack.pdf, title: `${label} (PDF)`, fileName: `${base}.pdf`, mimeType: 'application/pdf', isPublic: true, text: null } : null,
    restricted: restrictedPack?.pdf
      ? { bytes: restrictedPack.pdf, title: `${label}: exempt items (PDF)`, fileName: `${base}-exempt.pdf`, mimeType: 'application/pdf', isPublic: false, text: null }
      : null,
  } satisfies Record<string, PackFile | null>;
}

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
