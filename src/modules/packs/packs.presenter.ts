import { formatDateTime } from '../../lib/dates.ts';
import type { packs } from '../../db/schema.ts';
import { fileSize } from '../meetings/index.ts';

type PackRow = typeof packs.$inferSelect;
type PackDoc = { id: number; byteSize: number };

/** A pack as a page shows it: links to the files in `docs` (only those the viewer may open), and any reason for urgency. */
export function presentPack(p: PackRow, docs: Map<number, PackDoc>) {
  const pdf = p.pdfDocumentId ? docs.get(p.pdfDocumentId) : undefined;
  const restricted = p.restrictedPdfDocumentId ? docs.get(p.restrictedPdfDocumentId) : undefined;
  return {
    id: p.id,
    version: p.version,
    label: p.label,
    publishedAtText: formatDateTime(p.publishedAt),
    publishedBy: p.publishedBy,
    lateReason: p.lateReason,
    htmlHref: p.htmlDocumentId && docs.has(p.htmlDocumentId) ? `/packs/${p.htmlDocumentId}` : null,
    pdf: pdf ? { href: `/documents/${pdf.id}`, size: fileSize(pdf.byteSize) } : null,
    restricted: restricted ? { href: `/documents/${restricted.id}`, size: fileSize(restricted.byteSize) } : null,
    pages: p.pageMap.length ? Math.max(...p.pageMap.map((r) => r.to)) : null,
  };
}
