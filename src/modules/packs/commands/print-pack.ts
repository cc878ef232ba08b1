import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import type { Storage } from '../../../lib/storage/storage.ts';
import { slugify } from '../../../lib/validation.ts';
import { agendaItems, documents, meetings, organisations, packs } from '../../../db/schema.ts';
import type { JobProgress } from '../../jobs/index.ts';
import { recordsViewer } from '../../visibility/index.ts';
import { buildPack } from '../build-pack.ts';
import { loadPackInput } from '../pack-input.ts';
import type { PdfRenderer } from '../pdf-renderer.ts';
import { packFiles } from '../pack-files.ts';
import { storePackFile } from './store-pack-file.ts';

/**
 * Prints the PDFs of a pack that was published as a web page only (publishAgenda with `print: 'later'`),
 * from its meeting's published items and papers as they were published: stores the numbered public PDF
 * and (with exempt business) the restricted PDF, replaces the web page with the one that prints each
 * item's page range, and sets the pack's page map and each item's range. Publishes nothing and changes
 * no access. Returns false when the pack is gone or already printed. Reports progress as it goes.
 * One transaction for the writes, audited. Run by the job runner ('pack.print').
 */
export async function printPack(
  ex: Executor,
  storage: Storage,
  renderer: PdfRenderer,
  actor: Actor,
  packId: number,
  progress: (p: JobProgress) => Promise<void> = async () => {},
  now = new Date(),
): Promise<boolean> {
  const [pack] = await ex
    .select()
    .from(packs)
    .where(and(eq(packs.id, packId), isNull(packs.deletedAt)));
  if (!pack || pack.pdfDocumentId) return false;
  const [m] = await ex.select().from(meetings).where(eq(meetings.id, pack.meetingId));
  if (!m) return false;
  const loaded = await loadPackInput(ex, storage, recordsViewer, m.id, {
    label: pack.label,
    lateReason: pack.lateReason,
    issuedBy: m.issuedBy,
    issuedOn: m.issuedOn,
    publishedOnly: true,
    now: pack.publishedAt,
  });
  if (!loaded) return false;
  const total = loaded.hasExempt ? 2 : 1;
  await progress({ done: 0, total, step: 'Printing the pack' });
  const publicPack = await buildPack(loaded.input, 'public', renderer);
  let restrictedPack = null;
  if (loaded.hasExempt) {
    await progress({ done: 1, total, step: 'Printing the exempt items' });
    restrictedPack = await buildPack(loaded.input, 'restricted', renderer);
  }
  const [org] = await ex.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, m.organisationId));
  const base = `${slugify(org?.name ?? 'meeting')}-${toLondonDate(m.startAt)}-${slugify(pack.label)}`;
  const paragraphs = [...new Set(loaded.items.filter((i) => i.access === 'exempt').map((i) => i.exemptParagraph))];
  const where = { meetingId: m.id, bodyId: m.bodyId, exemptParagraph: paragraphs.length === 1 ? (paragraphs[0] ?? null) : null, now: pack.publishedAt };
  const files = packFiles(pack.label, base, publicPack, restrictedPack);
  const printed = await ex.transaction(async (trx) => {
    // Another process may have printed it meanwhile: the row lock makes one of them win.
    const [current] = await trx.select({ pdf: packs.pdfDocumentId }).from(packs).where(eq(packs.id, packId)).for('update');
    if (!current || current.pdf) return false;
    const htmlId = await storePackFile(trx, storage, actor, where, files.html);
    const pdfId = files.pdf ? await storePackFile(trx, storage, actor, where, files.pdf) : null;
    const restrictedId = files.restricted ? await storePackFile(trx, storage, actor, where, files.restricted) : null;
    const [after] = await trx
      .update(packs)
      .set({ htmlDocumentId: htmlId, pdfDocumentId: pdfId, restrictedPdfDocumentId: restrictedId, pageMap: publicPack.ranges, updatedAt: now })
      .where(eq(packs.id, packId))
      .returning();
    // The web page without page ranges is replaced by the one with them.
    if (pack.htmlDocumentId) await trx.update(documents).set({ deletedAt: now, updatedAt: now }).where(eq(documents.id, pack.htmlDocumentId));
    const ranges = new Map(publicPack.ranges.map((r) => [r.agendaItemId, r]));
    for (const item of loaded.items) {
      const range = ranges.get(item.id);
      const pageFrom = range?.from ?? null;
      const pageTo = range?.to ?? null;
      if (item.pageFrom === pageFrom && item.pageTo === pageTo) continue;
      await trx.update(agendaItems).set({ pageFrom, pageTo, updatedAt: now }).where(eq(agendaItems.id, item.id));
    }
    await audit(trx, actor, 'pack.print', 'meeting', m.id, pack, { pack: after, warnings: [...publicPack.warnings, ...(restrictedPack?.warnings ?? [])] });
    return true;
  });
  await progress({ done: total, total, step: 'Printed' });
  return printed;
}
