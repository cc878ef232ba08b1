import type { ForwardPlanEntry } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { locate, prevNonBlank } from './doc.ts';
import { decisionDateOf, splitMakers } from './forward-plan.ts';
import { findDate } from './date-text.ts';
import type { NoticeField } from './layouts.ts';
import { NOTICE_LABEL_LINE, NOTICE_LABELS, registryMatcher } from './layouts.ts';
import { isPageFurniture } from './text-normalise.ts';

const noticeLabelIndex = registryMatcher(NOTICE_LABELS.map((l) => l.pattern));

/** The field and value of a notice's "Label: value" line; null when the line is not one. */
export function noticeLabelOf(text: string): { field: NoticeField; value: string } | null {
  if (text.length > 600) return null;
  const m = NOTICE_LABEL_LINE.exec(text);
  if (!m) return null;
  const k = noticeLabelIndex((m[1] as string).trim());
  const entry = k >= 0 ? NOTICE_LABELS[k] : undefined;
  return entry ? { field: entry.field, value: (m[2] as string).trim() } : null;
}

/** Whether a line carries on the value above it: indented, not a label, not page furniture. */
function continues(l: Line): boolean {
  return l.text !== '' && (l.indent > 0 || /^\s/.test(l.raw)) && !isPageFurniture(l.text) && noticeLabelOf(l.text) === null;
}

/** Lines after a reference label at i, up to the next blank-line gap of two or a new reference: the block's lines. */
function blockEnd(lines: Line[], i: number, end: number): number {
  let j = i + 1;
  for (; j < end; j++) {
    const l = lines[j] as Line;
    if (l.text === '') {
      const next = lines[j + 1];
      if (!next || next.text === '' || !continues(next)) break;
      continue;
    }
    const label = noticeLabelOf(l.text);
    if (label?.field === 'ref') break;
    if (!label && !continues(l)) break;
  }
  return j;
}

/** Whether a block starting at a reference label holds a decision maker and a decision date: a notice, not a report cover. */
function isNotice(lines: Line[], i: number, end: number): boolean {
  const fields = new Set<NoticeField>();
  for (let j = i + 1; j < end; j++) {
    const label = noticeLabelOf((lines[j] as Line).text);
    if (label) fields.add(label.field);
  }
  return fields.has('makers') && fields.has('date');
}

/** Where forward plan notices are printed as label blocks: from the first block's heading to the last block's end. */
export function findNoticeBlocks(doc: Doc): Array<{ start: number; end: number; header: number | null }> {
  const { lines } = doc;
  const out: Array<{ start: number; end: number; header: number | null }> = [];
  let run: { start: number; end: number; header: number | null } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.text === '' || l.text.indexOf(':') < 0 || noticeLabelOf(l.text)?.field !== 'ref') continue;
    const end = blockEnd(lines, i, lines.length);
    if (!isNotice(lines, i, end)) continue;
    // Notices follow one another with only rules, blanks and page furniture between them.
    if (run && gapIsFurniture(lines, run.end, i)) {
      run.end = end;
      i = end - 1;
      continue;
    }
    if (run) out.push(run);
    const above = prevNonBlank(lines, i - 1, Math.max(0, i - 30));
    run = { start: above >= 0 && /^[-=_\s]{3,}$/.test((lines[above] as Line).text) ? above : i, end, header: i };
    i = end - 1;
  }
  if (run) out.push(run);
  return out;
}

/** Whether the lines between two notices are only rules, blanks, page numbers and a short running header. */
function gapIsFurniture(lines: Line[], from: number, to: number): boolean {
  let words = 0;
  for (let j = from; j < to; j++) {
    const t = (lines[j] as Line).text;
    if (t === '' || isPageFurniture(t) || /^[-=_\s]{3,}$/.test(t)) continue;
    if (t.length > 120 || /[.;]$/.test(t)) return false;
    words++;
  }
  return words <= 3;
}

/** Reads forward plan entries printed as "Label: value" blocks, one notice after another. */
export function parseNoticeBlocks(doc: Doc, span: Span): ForwardPlanEntry[] {
  const { lines } = doc;
  const out: ForwardPlanEntry[] = [];
  let values: Partial<Record<NoticeField, string>> | null = null;
  let field: NoticeField | null = null;
  let first = -1;
  let last = -1;
  const flush = (): void => {
    if (values) out.push(locate(doc, entryOf(values), first, last));
    values = null;
    field = null;
  };
  for (let i = span.start; i < span.end; i++) {
    const l = lines[i] as Line;
    const label = l.text.includes(':') ? noticeLabelOf(l.text) : null;
    if (label?.field === 'ref') {
      flush();
      values = {};
      first = i;
    }
    if (!values) continue;
    const v: Partial<Record<NoticeField, string>> = values;
    if (label) {
      field = label.field;
      v[field] = v[field] === undefined || v[field] === '' ? label.value : `${v[field]} ${label.value}`.trim();
      last = i;
    } else if (field && continues(l)) {
      v[field] = `${v[field] ?? ''} ${l.text}`.trim();
      last = i;
    } else if (l.text !== '') field = null;
  }
  flush();
  return out;
}

/** A forward plan entry from a notice's labelled values; what the notice does not print stays null. */
function entryOf(v: Partial<Record<NoticeField, string>>): ForwardPlanEntry {
  const blank = (s: string | undefined): string | null => (s === undefined || s === '' || /^(?:n\/?a|-+|none)$/i.test(s) ? null : s);
  const contact = blank(v.contact);
  return {
    ref: (v.ref ?? '').toUpperCase(),
    firstPublished: v.published ? (findDate(v.published)?.date ?? null) : null,
    decisionDate: decisionDateOf(v.date ?? ''),
    decisionMakers: splitMakers(v.makers ?? ''),
    issue: blank(v.issue),
    decision: blank(v.decision),
    documents: blank(v.documents),
    exempt: blank(v.exempt),
    contacts: contact ? [contact] : [],
  };
}
