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
  const { meetingId, now, label, base, exemptParagraph } = p;
  const store = async (bytes: Uint8Array, title: string, fileName: string, mimeType: string, isPublic: boolean, text: string | null) => {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = `documents/${sha256}`;
    await storage.put(storageKey, bytes, trx);
    const [doc] = await trx
      .insert(documents)
      .values({
        bodyId: p.bodyId,
        meetingId,
        title,
        kind: 'pack',
        fileName,
        mimeType,
        byteSize: bytes.length,
        sha256,
        storageKey,
        access: isPublic ? 'public' : 'exempt',
        exemptParagraph: isPublic ? null : exemptParagraph,
        accessInherited: false,
        textContent: text,
        publication: 'published',
        publishedAt: now,
        publishedBy: actor.label,
      })
      .returning({ id: documents.id });
    return doc!.id;
  };
  const htmlId = await store(Buffer.from(p.publicPack.html, 'utf8'), `${label} (web page)`, `${base}.html`, 'text/html', true, htmlText(p.publicPack.html));
  const pdfId = p.publicPack.pdf ? await store(p.publicPack.pdf, `${label} (PDF)`, `${base}.pdf`, 'application/pdf', true, null) : null;
  const restrictedId = p.restrictedPack?.pdf ? await store(p.restrictedPack.pdf, `${label}: exempt items (PDF)`, `${base}-exempt.pdf`, 'application/pdf', false, null) : null;
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
