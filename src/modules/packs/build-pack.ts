import type { PDFDocument } from 'pdf-lib';
import type { GeneratedPaper } from '../../lib/generated-paper.ts';
import { formatDate, formatDateWithDay, formatTime } from '../../lib/dates.ts';
import { exemptNotice } from '../visibility/index.ts';
import type { Insertion } from './pack-pdf.ts';

/** pdf-lib and fontkit are loaded on first use: only publishing needs them. */
const pdfTools = () => import('./pack-pdf.ts');
import { renderPackHtml, type PackAgendaLine, type PackSection, type PackSectionDocument, type PackView } from './pack-html.ts';
import { formatPages, packLayout, sectionPageCounts, type PageRange } from './page-ranges.ts';
import type { PdfRenderer } from './pdf-renderer.ts';

/** An agenda item as the pack needs it, in agenda order. */
export type PackItem = {
  id: number;
  parentId: number | null;
  number: string | null;
  title: string;
  instruction: string | null;
  isPublic: boolean;
  exemptParagraph: number | null;
};

/** A document attached to an agenda item, with its bytes; or a paper Shirehall generated (`paper`, no bytes). */
export type PackDocument = { id: number; agendaItemId: number | null; title: string; mimeType: string; isPublic: boolean; bytes: Uint8Array; paper?: GeneratedPaper };

/** What a pack is built from. */
export type PackInput = {
  bodyName: string;
  label: string;
  meeting: {
    organisationName: string;
    title: string | null;
    startAt: Date;
    endAt: Date | null;
    place: string;
    contact: string | null;
    issuedBy: string | null;
    issuedOn: string | null;
    /** The members summoned, as the front sheet lists them ("Cllr Ann Lee", "Chair"). */
    members?: { name: string; role: string }[];
  };
  lateReason: string | null;
  items: PackItem[];
  documents: PackDocument[];
};

/** A built pack: the HTML always; the PDF and page ranges when Chromium could print. */
export type BuiltPack = { html: string; pdf: Uint8Array | null; ranges: PageRange[]; totalPages: number; warnings: string[]; passes: number };

/** Which pack: the public one (exempt items by title and paragraph only) or the restricted one (exempt material only). */
export type PackVariant = 'public' | 'restricted';

type Prepared = { item: PackItem; docs: { doc: PackDocument; view: PackSectionDocument; pdf: PDFDocument | null }[]; printed: boolean };

const textTypes = new Set(['text/plain', 'text/csv', 'text/markdown']);
const imageTypes = new Set(['image/png', 'image/jpeg']);

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|h\d|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const isSub = (item: PackItem) => item.parentId !== null || (!!item.number && /[.)]/.test(item.number));

/** The items and documents that belong in a variant of the pack. */
export function selectForVariant(items: PackItem[], documents: PackDocument[], variant: PackVariant) {
  if (variant === 'public') {
    const publicItems = new Set(items.filter((i) => i.isPublic).map((i) => i.id));
    return { agenda: items, documents: documents.filter((d) => d.isPublic && d.agendaItemId !== null && publicItems.has(d.agendaItemId)) };
  }
  const exemptDocs = documents.filter((d) => d.agendaItemId !== null && (!d.isPublic || !items.find((i) => i.id === d.agendaItemId)?.isPublic));
  const withExempt = new Set(exemptDocs.map((d) => d.agendaItemId));
  return { agenda: items.filter((i) => !i.isPublic || withExempt.has(i.id)), documents: exemptDocs };
}

async function prepare(items: PackItem[], documents: PackDocument[], warnings: string[]): Promise<Prepared[]> {
  const out: Prepared[] = [];
  for (const item of items) {
    const docs: Prepared['docs'] = [];
    for (const doc of documents.filter((d) => d.agendaItemId === item.id)) {
      const href = doc.paper?.href ?? `/documents/${doc.id}`;
      if (doc.paper) {
        docs.push({ doc, view: { title: doc.title, kind: 'paper', href, blocks: doc.paper.blocks }, pdf: null });
      } else if (doc.mimeType === 'application/pdf') {
        const pdf = await (await pdfTools()).loadAttachment(doc.bytes);
        if (!pdf || pdf.getPageCount() === 0) {
          warnings.push(`“${doc.title}” could not be read as a PDF, so it is listed but not printed in the pack`);
          docs.push({ doc, view: { title: doc.title, kind: 'other', href, note: 'could not be included in the printed pack' }, pdf: null });
        } else docs.push({ doc, view: { title: doc.title, kind: 'pdf', href }, pdf });
      } else if (textTypes.has(doc.mimeType) || doc.mimeType === 'text/html') {
        const raw = Buffer.from(doc.bytes).toString('utf8');
        docs.push({ doc, view: { title: doc.title, kind: 'text', href, text: doc.mimeType === 'text/html' ? htmlToText(raw) : raw }, pdf: null });
      } else if (imageTypes.has(doc.mimeType)) {
        docs.push({ doc, view: { title: doc.title, kind: 'image', href, dataUri: `data:${doc.mimeType};base64,${Buffer.from(doc.bytes).toString('base64')}` }, pdf: null });
      } else {
        docs.push({ doc, view: { title: doc.title, kind: 'other', href, note: 'available to download; not printed in the pack' }, pdf: null });
      }
    }
    // An item whose papers are all PDFs gets no printed page of its own: its range starts on their first page.
    if (docs.some((d) => d.view.kind !== 'other'))
      out.push({ item, docs, printed: docs.some((d) => d.view.kind === 'text' || d.view.kind === 'image' || d.view.kind === 'paper') });
  }
  return out;
}

function viewFor(input: PackInput, variant: PackVariant, agendaItems: PackItem[], prepared: Prepared[], ranges: Map<number, string>): PackView {
  const m = input.meeting;
  const agenda: PackAgendaLine[] = agendaItems.map((i) => ({
    number: i.number ?? '',
    title: i.title,
    instruction: i.isPublic || variant === 'restricted' ? i.instruction : null,
    isSub: isSub(i),
    exemptNotice: i.isPublic ? null : exemptNotice(i.exemptParagraph),
    pagesText: ranges.get(i.id) ?? null,
    // Every paper of the item in this pack, linked: the reader of the web page opens them from here.
    papers: (prepared.find((p) => p.item.id === i.id)?.docs ?? []).map((d) => ({ title: d.view.title, href: d.view.href ?? null })),
  }));
  const sections: PackSection[] = prepared
    .filter((p) => p.printed)
    .map((p) => ({
      agendaItemId: p.item.id,
      number: p.item.number ?? '',
      title: p.item.title,
      pagesText: ranges.get(p.item.id) ?? null,
      exemptNotice: p.item.isPublic ? null : exemptNotice(p.item.exemptParagraph),
      documents: p.docs.map((d) => d.view),
    }));
  const dateText = formatDateWithDay(m.startAt);
  return {
    lang: 'en-GB',
    title: `${m.organisationName}, ${formatDate(m.startAt)}: ${input.label}${variant === 'restricted' ? ' (exempt items, not for publication)' : ''}`,
    bodyName: input.bodyName,
    label: variant === 'restricted' ? `${input.label}: exempt items` : input.label,
    restricted: variant === 'restricted',
    lateReason: input.lateReason,
    meeting: {
      organisationName: m.organisationName,
      title: m.title,
      dateText,
      timeText: `${formatTime(m.startAt)}${m.endAt ? ` to ${formatTime(m.endAt)}` : ''}`,
      place: m.place || 'To be confirmed',
      contact: m.contact,
      issuedBy: m.issuedBy,
      issuedOnText: m.issuedOn ? formatDate(m.issuedOn) : null,
      // The restricted pack goes with the public one: its front sheet does not repeat the membership.
      members: variant === 'public' ? (m.members ?? []) : [],
    },
    agenda,
    sections,
  };
}

/**
 * Builds one variant of a meeting's pack. With a renderer it prints the HTML with Chromium, reads
 * where each item's section starts from the PDF outline, adds the attached PDFs' pages, and prints
 * again with the final "Pages 13 - 72" ranges until the layout is stable (usually two passes); then
 * merges the attachments in and stamps every page. Without one it returns the HTML only.
 */
export async function buildPack(input: PackInput, variant: PackVariant, renderer: PdfRenderer | null): Promise<BuiltPack> {
  const warnings: string[] = [];
  const selected = selectForVariant(input.items, input.documents, variant);
  const prepared = await prepare(selected.agenda, selected.documents, warnings);
  if (!renderer) return { html: renderPackHtml(viewFor(input, variant, selected.agenda, prepared, new Map())), pdf: null, ranges: [], totalPages: 0, warnings, passes: 0 };

  const attached = prepared.map((p) => p.docs.filter((d) => d.pdf).map((d) => d.pdf!.getPageCount()));
  const totalAttached = attached.flat().reduce((a, b) => a + b, 0);
  // Placeholders as wide as the real ranges will be, so the first print lays out like the last.
  const width = String(totalAttached + 10 * (prepared.length + 2)).length;
  const placeholder = `Pages ${'8'.repeat(width)} - ${'8'.repeat(width)}`;
  let ranges = new Map<number, string>(prepared.map((p) => [p.item.id, placeholder]));
  let layout = packLayout(0, []);
  let html = '';
  let printed: Uint8Array = new Uint8Array();
  let previous = '';
  let passes = 0;
  const printedSections = prepared.filter((p) => p.printed);
  for (;;) {
    passes += 1;
    html = renderPackHtml(viewFor(input, variant, selected.agenda, prepared, ranges));
    printed = await renderer.render(html);
    const { starts, pageCount } = await (await pdfTools()).headingStartPages(printed);
    // Headings: the front sheet, the agenda, then one per printed item section.
    if (starts.length !== printedSections.length + 2) throw new Error(`The printed pack has ${starts.length} sections; expected ${printedSections.length + 2}`);
    const sectionStarts = starts.slice(2);
    const counts = sectionPageCounts(sectionStarts, pageCount);
    let next = 0;
    layout = packLayout(
      sectionStarts[0] ?? pageCount,
      prepared.map((p, i) => ({ agendaItemId: p.item.id, htmlPages: p.printed ? counts[next++]! : 0, attachedPages: attached[i]! })),
    );
    const key = JSON.stringify(layout.ranges);
    if (prepared.length === 0 || key === previous) break;
    if (passes >= 4) throw new Error('The pack layout did not settle after 4 passes');
    previous = key;
    ranges = new Map(layout.ranges.map((r) => [r.agendaItemId, formatPages(r.from, r.to)]));
  }
  const insertions: Insertion[] = prepared.map((p, i) => ({ after: layout.insertAfter[i]!, documents: p.docs.filter((d) => d.pdf).map((d) => d.pdf!) }));
  const m = input.meeting;
  const outline = [
    { title: variant === 'restricted' ? 'Front sheet and agenda (exempt items)' : 'Front sheet and agenda', page: 0 },
    ...layout.ranges.map((r) => {
      const item = prepared.find((p) => p.item.id === r.agendaItemId)!.item;
      return { title: `Item ${item.number ?? ''}: ${item.title}`.replace('Item : ', ''), page: r.from - 1 };
    }),
  ];
  const pdf = await (
    await pdfTools()
  ).assemblePack(printed, insertions, {
    label: `${m.organisationName}, ${formatDate(m.startAt)}${variant === 'restricted' ? ' – NOT FOR PUBLICATION' : ''}`,
    title: `${m.organisationName}, ${formatDate(m.startAt)}: ${input.label}`,
    font: await (await pdfTools()).loadStampFont(),
    outline,
  });
  return { html, pdf, ranges: layout.ranges, totalPages: layout.totalPages, warnings, passes };
}
