import { formatDateTime } from '../../lib/dates.ts';
import type { packs } from '../../db/schema.ts';
import { fileSize } from '../meetings/index.ts';
import type { PackPrinting } from './packs.repo.ts';

type PackRow = Pick<
  typeof packs.$inferSelect,
  'id' | 'version' | 'label' | 'publishedAt' | 'publishedBy' | 'lateReason' | 'htmlDocumentId' | 'pdfDocumentId' | 'restrictedPdfDocumentId' | 'pageMap'
> & { printing?: PackPrinting };
type PackDoc = { id: number; byteSize: number; publication: string; withdrawnReason: string | null };

/** "Waiting to start", or the step with how far it has got ("Printing the exempt items (1 of 2 done)"). */
function printingText(printing: NonNullable<PackPrinting>): string {
  const p = printing.progress;
  if (printing.status === 'queued' || !p) return 'Waiting to start';
  return `${p.step} (${p.done} of ${p.total} done)`;
}

/**
 * A pack as a page shows it: links to the files in `docs` (only those the viewer may open), any reason
 * for urgency, and whether it was withdrawn (its web page, which is always public, is withdrawn or no
 * longer visible), with the reason for clerks.
 */
export function presentPack(p: PackRow, docs: Map<number, PackDoc>) {
  const html = p.htmlDocumentId ? docs.get(p.htmlDocumentId) : undefined;
  const withdrawn = !html || html.publication === 'withdrawn';
  const open = (d: PackDoc | undefined) => (d && d.publication !== 'withdrawn' ? d : undefined);
  const pdf = open(p.pdfDocumentId ? docs.get(p.pdfDocumentId) : undefined);
  const restricted = open(p.restrictedPdfDocumentId ? docs.get(p.restrictedPdfDocumentId) : undefined);
  return {
    withdrawn,
    withdrawnReason: withdrawn ? (html?.withdrawnReason ?? null) : null,
    id: p.id,
    version: p.version,
    label: p.label,
    publishedAtText: formatDateTime(p.publishedAt),
    publishedBy: p.publishedBy,
    lateReason: p.lateReason,
    htmlHref: !withdrawn && html ? `/packs/${html.id}` : null,
    pdf: pdf ? { href: `/documents/${pdf.id}`, size: fileSize(pdf.byteSize) } : null,
    restricted: restricted ? { href: `/documents/${restricted.id}`, size: fileSize(restricted.byteSize) } : null,
    pages: p.pageMap.length ? Math.max(...p.pageMap.map((r) => r.to)) : null,
    // The PDF is being printed in the background: the step and how far it has got, for the clerk.
    printing: !withdrawn && !pdf && p.printing ? { progressText: printingText(p.printing) } : null,
  };
}
