import type { ForwardPlanEntry } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { cellsOf, locate, prevNonBlank } from './doc.ts';
import { decisionDateOf, splitMakers } from './forward-plan.ts';
import { findDate } from './date-text.ts';
import type { NoticeField } from './layouts.ts';
import {
  DECISION_BLOCK,
  DECISION_TAKEN_LABEL,
  NOTICE_BOX_LABEL,
  NOTICE_CONTACT_EMAIL,
  NOTICE_FLAG_VALUE,
  NOTICE_LABEL_LINE,
  NOTICE_LABEL_QUALIFIER,
  NOTICE_LABEL_TAIL,
  NOTICE_LABELS,
  NOTICE_REF_HEADING,
  NOTICE_REF_MARKER,
  NOTICE_REF_NOTE,
  NOTICE_REF_STATUS,
  NOTICE_TITLE,
  NOTICE_TITLE_BADGE,
  registryMatcher,
} from './layouts.ts';
import { joinWrapped } from './names.ts';
import { isPageFurniture } from './text-normalise.ts';

const noticeLabelIndex = registryMatcher(NOTICE_LABELS.map((l) => l.pattern));

/**
 * A notice label's field (null when notices do not use it) and the when-word in brackets closing it ("(not before)").
 * A matter label whose value is only a yes or no ("Key decision: Yes") is a flag, not the matter.
 */
function fieldOf(label: string, value: string): { field: NoticeField | null; qualifier: string | null } {
  const q = NOTICE_LABEL_QUALIFIER.exec(label);
  const k = noticeLabelIndex((q ? label.slice(0, q.index) : label).trim());
  let field = k >= 0 ? (NOTICE_LABELS[k] as { field: NoticeField }).field : null;
  if ((field === 'issue' || field === 'decision') && NOTICE_FLAG_VALUE.test(value)) field = null;
  return { field, qualifier: q ? (q[1] as string) : null };
}

/** A labelled line of a notice: the label's field (null for a label notices do not use), its value and its date qualifier. */
interface NoticeLine {
  field: NoticeField | null;
  value: string;
  qualifier: string | null;
}

/** The field and value of a notice's "Label: value" line; null when the line is not one. */
export function noticeLabelOf(text: string): (NoticeLine & { field: NoticeField }) | null {
  if (text.length > 600) return null;
  const m = NOTICE_LABEL_LINE.exec(text);
  if (!m) return null;
  const value = (m[2] as string).trim();
  const { field, qualifier } = fieldOf((m[1] as string).trim(), value);
  return field ? { field, value, qualifier } : null;
}

/** A row of a notice printed as a label | value box ("Decision maker      Cabinet"); null when the line is not one. */
export function noticeBoxRowOf(l: Line): NoticeLine | null {
  if (!l.tabbed) return null;
  // On a page layout an indented box's rows open with an empty cell (the indent).
  const all = cellsOf(l);
  const cells = all[0] === '' && l.indent > 0 ? all.slice(1) : all;
  const label = (cells[0] ?? '').trim();
  if (cells.length !== 2 || !NOTICE_BOX_LABEL.test(label) || label.split(/\s+/).length > 6) return null;
  const value = (cells[1] as string).trim();
  return { ...fieldOf(label.replace(/\s*:$/, ''), value), value };
}

/**
 * A row of a description list as a web page prints it ("<dt>Decision maker:</dt><dd>Cabinet</dd>" gives "Decision
 * maker:\tCabinet"): a label ending in a colon and its value, the rows apart by blank lines.
 */
function describedRow(l: Line): boolean {
  if (!l.tabbed) return false;
  const cells = cellsOf(l);
  return cells.length === 2 && /:$/.test((cells[0] as string).trim());
}

/** How a notice is printed: as a label | value box, or as a web page's description list (see describedRow). */
interface NoticeShape {
  boxed: boolean;
  described: boolean;
  /** Read from a page layout (pdftotext -layout), where a box's wrapped values are tabbed past its labels. */
  laidOut?: boolean;
  /** The reference the notice prints as its heading, alone on its line over its labels (see headingReference). */
  heading?: string;
}

/**
 * The reference line l prints as a notice's heading ("FP/31/014", a marker such as "NEW" or "DEFERRED from …" beside
 * it); null when the line is not one.
 */
function headingReference(l: Line): string | null {
  if (l.text === '' || l.text.length > 120) return null;
  const cells = l.tabbed ? cellsOf(l).filter((c) => c.trim() !== '') : [l.text];
  const m = NOTICE_REF_HEADING.exec((cells[0] ?? '').trim());
  if (!m || cells.length > 2 || (cells.length === 2 && !NOTICE_REF_MARKER.test((cells[1] as string).trim()))) return null;
  return m[1] as string;
}

/** A line of a notice: a box row in a boxed notice, otherwise a "Label: value" line. */
function labelOf(l: Line, boxed: boolean): NoticeLine | null {
  if (boxed) return noticeBoxRowOf(l);
  return l.text.includes(':') ? noticeLabelOf(l.text) : null;
}

/**
 * The tail of a box's label wrapped onto the next line in the label column ("Documents to be" over "considered:"), alone
 * on its line or beside the value's next line; null when line l holds none.
 */
function labelTailOf(l: Line | undefined): { tail: string; value: string } | null {
  if (!l || l.text === '') return null;
  const cells = l.tabbed ? cellsOf(l) : [l.text];
  const tail = (cells[0] ?? '').trim();
  return cells.length <= 2 && NOTICE_LABEL_TAIL.test(tail) ? { tail, value: (cells[1] ?? '').trim() } : null;
}

/**
 * The box row at line i with its label's tail wrapped onto the line under it joined to the label, when the label has
 * no colon of its own and the tail closes with one; `wrapped` says whether it was.
 */
function boxRowAt(lines: readonly Line[], i: number): (NoticeLine & { wrapped: boolean }) | null {
  const l = lines[i] as Line;
  const row = noticeBoxRowOf(l);
  if (!row) return null;
  const cells = cellsOf(l).filter((c) => c.trim() !== '');
  const label = (cells[0] ?? '').trim();
  const tail = /:$/.test(label) ? null : labelTailOf(lines[i + 1]);
  if (!tail) return { ...row, wrapped: false };
  const whole = fieldOf(`${label} ${tail.tail}`.replace(/\s*:$/, ''), row.value);
  return whole.field === null && row.field !== null ? { ...row, wrapped: false } : { ...whole, value: row.value, wrapped: true };
}

/**
 * Whether line i starts a notice at its reference, and how the notice is printed: a description list when its rows are
 * parted by blank lines (a plain text notice aligns its values with tabs, its rows one under another).
 */
function referenceAt(lines: Line[], i: number): NoticeShape | null {
  const l = lines[i] as Line;
  if (l.text === '') return null;
  if (l.text.includes(':') && noticeLabelOf(l.text)?.field === 'ref') {
    const next = lines[i + 2];
    const described = describedRow(l) && lines[i + 1]?.text === '' && next !== undefined && describedRow(next);
    return { boxed: !described && describedRow(l) && boxedBelow(lines, i), described };
  }
  if (noticeBoxRowOf(l)?.field === 'ref') return { boxed: true, described: false };
  // A reference heading the notice, its labels under it: as a label | value box, or as "Label: value" lines.
  const heading = headingReference(l);
  const next = heading === null ? -1 : nextNonBlank(lines, i + 1, i + 3);
  if (next < 0) return null;
  const under = lines[next] as Line;
  if (noticeBoxRowOf(under)?.field) return { boxed: true, described: false, heading: heading as string };
  return noticeLabelOf(under.text) ? { boxed: false, described: false, heading: heading as string } : null;
}

/**
 * Whether the rows under a tabbed "Reference:" row, down to the first blank line, are all a label | value box's: each
 * tabbed into its label and value cells, or a label's tail wrapped under it ("first published:"). A block with an
 * untabbed "Label: value" line among them is read as labelled lines instead.
 */
function boxedBelow(lines: readonly Line[], i: number): boolean {
  let rows = 0;
  for (let j = i + 1; j < lines.length && (lines[j] as Line).text !== ''; j++, rows++) {
    const l = lines[j] as Line;
    if (!l.tabbed && labelTailOf(l) === null) return false;
  }
  return rows >= 3;
}

/** Index of the first line in [from, to) that is not blank, or -1. */
function nextNonBlank(lines: readonly Line[], from: number, to: number): number {
  for (let j = from; j < Math.min(to, lines.length); j++) if ((lines[j] as Line).text !== '') return j;
  return -1;
}

/**
 * Whether a line carries on the value above it: in a box, a line with an empty label cell; in a description list, a
 * line straight under the value (a description broken by a line break: "Email: …" under the officer); otherwise
 * indented and not a label. Page furniture never does, except that in a box a number alone straight under a value
 * (a wrapped "2026-" / "2030") is the value's, not a page number.
 */
function continues(l: Line, boxed: boolean, direct = false, described = false, laidOut = false): boolean {
  if (l.text === '') return false;
  if (isPageFurniture(l) && !(boxed && direct && /^\d+$/.test(l.text.trim()))) return false;
  // On a page layout an untabbed line is the page's text (a paragraph under the box), not a value's wrap.
  if (boxed) return l.tabbed ? cellsOf(l)[0] === '' : l.indent > 0 && !laidOut;
  if (described) return direct && !l.tabbed && noticeLabelOf(l.text) === null;
  return (l.indent > 0 || /^\s/.test(l.raw)) && noticeLabelOf(l.text) === null;
}

/** Whether an unboxed line is a "Label: value" line of a label the notices do not use ("Wards affected: All"): still the notice's. */
function otherLabel(l: Line, boxed: boolean): boolean {
  return !boxed && l.indent === 0 && !/^\s/.test(l.raw) && NOTICE_LABEL_LINE.test(l.text);
}

/**
 * Lines after a reference label at i, up to the next blank-line gap of two or a new reference: the block's lines. In a
 * description list a blank line parts every row, so the block goes on over one to the next row of the list.
 */
function blockEnd(lines: Line[], i: number, end: number, shape: NoticeShape): number {
  const { boxed, described, laidOut, heading } = shape;
  let j = i + 1;
  for (; j < end; j++) {
    const l = lines[j] as Line;
    if (l.text === '' && heading !== undefined) {
      // Under a heading reference the rows go on past a blank line (a wrapped label's tail joined to it) and a page
      // break, to the next label or wrapped value: the block ends at a line that is neither.
      let k = j + 1;
      while (k < end && ((lines[k] as Line).text === '' || isPageFurniture(lines[k] as Line))) k++;
      const next = lines[k];
      if (!next || headingReference(next) !== null || !(labelOf(next, boxed) !== null || continues(next, boxed, false, false, laidOut))) break;
      j = k - 1;
      continue;
    }
    if (l.text === '') {
      const next = lines[j + 1];
      if (!next || next.text === '' || !(described ? describedRow(next) : continues(next, boxed, false, false, laidOut))) break;
      continue;
    }
    const label = labelOf(l, boxed);
    if (label?.field === 'ref' || (heading !== undefined && headingReference(l) !== null)) break;
    if (boxed && labelTailOf(l) !== null) continue;
    if (!label && !otherLabel(l, boxed) && !continues(l, boxed, (lines[j - 1] as Line).text !== '', described, laidOut)) break;
  }
  return j;
}

/**
 * The heading a web page prints over a notice's description list: its title (a line of a title's length, without the
 * badge after it: "NEW") and the summary paragraphs between the title and the list, at most two; null when the lines
 * above the reference (down to `floor`) are no such heading.
 */
function headingAbove(lines: Line[], ref: number, floor: number): { title: string; summary: string | null; at: number } | null {
  const above: number[] = [];
  for (let j = ref - 1; j >= Math.max(0, floor) && above.length < 3; j--) {
    const l = lines[j] as Line;
    if (l.text === '') continue;
    if (l.tabbed || isPageFurniture(l)) return null;
    if (NOTICE_TITLE.test(l.text)) {
      const summary = above
        .reverse()
        .map((k) => (lines[k] as Line).text)
        .join(' ');
      return { title: l.text.replace(NOTICE_TITLE_BADGE, '').trim(), summary: summary === '' ? null : summary, at: j };
    }
    above.push(j);
  }
  return null;
}

/**
 * Whether a block starting at a reference label holds a decision maker and a decision date: a notice, not a report cover.
 * A description list that goes on under the block with what was decided ("Decision:" over its paragraphs) records a
 * decision taken, not one to come.
 */
function isNotice(lines: Line[], i: number, end: number, { boxed, described }: NoticeShape): boolean {
  const fields = new Set<NoticeField>();
  for (let j = i + 1; j < end; j++) {
    const l = lines[j] as Line;
    const label = labelOf(l, boxed);
    if (label?.field) fields.add(label.field);
    // A label only a decision taken prints: a record of that decision, not a notice of one to come.
    if (DECISION_TAKEN_LABEL.test(rowLabelOf(l, boxed))) return false;
  }
  if (described) {
    let k = end;
    while (k < lines.length && (lines[k] as Line).text === '') k++;
    if (k < lines.length && DECISION_BLOCK.test((lines[k] as Line).text)) return false;
  }
  return fields.has('makers') && fields.has('date');
}

/** The label of a box row or of a "Label: value" line, whichever its field; empty when the line has none. */
function rowLabelOf(l: Line, boxed: boolean): string {
  if (boxed) return l.tabbed ? (cellsOf(l).find((c) => c.trim() !== '') ?? '').trim().replace(/\s*:$/, '') : '';
  return (NOTICE_LABEL_LINE.exec(l.text)?.[1] ?? '').trim();
}

/** Where forward plan notices are printed as label blocks: from the first block's heading to the last block's end. */
export function findNoticeBlocks(doc: Doc): Array<{ start: number; end: number; header: number | null }> {
  // Part detection asks twice (the notices themselves, and report covers skipping them): read the document once.
  let blocks = noticeBlocksOf.get(doc);
  if (blocks === undefined) {
    blocks = readNoticeBlocks(doc);
    noticeBlocksOf.set(doc, blocks);
  }
  return blocks;
}

const noticeBlocksOf = new WeakMap<Doc, Array<{ start: number; end: number; header: number | null }>>();

function readNoticeBlocks(doc: Doc): Array<{ start: number; end: number; header: number | null }> {
  const { lines } = doc;
  const out: Array<{ start: number; end: number; header: number | null }> = [];
  let run: { start: number; end: number; header: number | null } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const found = referenceAt(lines, i);
    if (!found) continue;
    const ref = { ...found, laidOut: doc.layout };
    const end = blockEnd(lines, i, lines.length, ref);
    if (!isNotice(lines, i, end, ref)) continue;
    // A web page's notice starts at its heading.
    const top: number = ref.described ? (headingAbove(lines, i, run?.end ?? 0)?.at ?? i) : i;
    // Notices follow one another with only rules, blanks and page furniture between them.
    if (run && gapIsFurniture(lines, run.end, top)) {
      run.end = end;
      i = end - 1;
      continue;
    }
    if (run) out.push(run);
    const above = prevNonBlank(lines, top - 1, Math.max(0, top - 30));
    run = { start: above >= 0 && /^[-=_\s]{3,}$/.test((lines[above] as Line).text) ? above : top, end, header: i };
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
    if (t === '' || isPageFurniture(lines[j] as Line) || /^[-=_\s]{3,}$/.test(t)) continue;
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
  let shape: NoticeShape = { boxed: false, described: false };
  let qualifier: string | null = null;
  let heading: ReturnType<typeof headingAbove> = null;
  let first = -1;
  let last = -1;
  // The line holding the tail of a label wrapped over two lines, read with the label above it.
  let tailAt = -1;
  const flush = (): void => {
    if (values) {
      // A web page's notice has its matter in the heading over it, unless a label gives it.
      if (heading && values.issue === undefined) values.issue = heading.title;
      if (heading?.summary && values.decision === undefined) values.decision = heading.summary;
      out.push(locate(doc, entryOf(values, qualifier), first, last));
    }
    values = null;
    field = null;
    qualifier = null;
    heading = null;
  };
  for (let i = span.start; i < span.end; i++) {
    const l = lines[i] as Line;
    const ref = referenceAt(lines, i);
    if (ref) {
      const floor = Math.max(span.start, last + 1);
      flush();
      values = ref.heading === undefined ? {} : { ref: ref.heading };
      shape = ref;
      first = i;
      // The entry's lines start at its reference, which its provenance shows first.
      heading = ref.described ? headingAbove(lines, i, floor) : null;
    }
    const { boxed, described } = shape;
    const laidOut = doc.layout;
    if (!values) continue;
    const v: Partial<Record<NoticeField, string>> = values;
    if (i === tailAt) {
      // The line under a wrapped label: its tail, beside the value's next line.
      const value = labelTailOf(l)?.value ?? '';
      if (field && value !== '') v[field] = joinWrapped([v[field] ?? '', value]);
      last = i;
      continue;
    }
    const label = boxed ? boxRowAt(lines, i) : labelOf(l, boxed);
    if (label && 'wrapped' in label && label.wrapped) tailAt = i + 1;
    if (label) {
      field = label.field;
      if (field) v[field] = v[field] === undefined || v[field] === '' ? label.value : `${v[field]} ${label.value}`.trim();
      if (field === 'date' && label.qualifier) qualifier = label.qualifier;
      last = i;
    } else if (field && continues(l, boxed, i > 0 && (lines[i - 1] as Line).text !== '', described, laidOut)) {
      const sofar = v[field] ?? '';
      // A whole contact (with its e-mail address) under one that has its own is the next contact.
      const another = field === 'contact' && NOTICE_CONTACT_EMAIL.test(sofar.slice(sofar.lastIndexOf('\n') + 1)) && NOTICE_CONTACT_EMAIL.test(l.text);
      v[field] = another ? `${sofar}\n${l.text.trim()}` : joinWrapped([sofar, l.text.trim()]);
      last = i;
    } else if (boxed && last === i - 1 && continues(l, boxed, true, described, laidOut)) {
      // The wrapped value of a box row whose label notices do not use ("Consultation"): still the entry's lines.
      last = i;
    } else if (l.text !== '' && !isPageFurniture(l)) field = null;
  }
  flush();
  return out;
}

/** A decision date cell under a label that may carry the qualifier ("Date of decision (not before)" over a bare date). */
function dated(cell: string, qualifier: string | null): ForwardPlanEntry['decisionDate'] {
  const d = decisionDateOf(cell);
  if (qualifier && d.date !== null && d.qualifier === 'on') d.qualifier = decisionDateOf(`${qualifier} ${cell}`).qualifier;
  return d;
}

/** A forward plan entry from a notice's labelled values; what the notice does not print stays null. */
function entryOf(v: Partial<Record<NoticeField, string>>, qualifier: string | null): ForwardPlanEntry {
  const blank = (s: string | undefined): string | null => (s === undefined || s === '' || /^(?:n\/?a|-+|none)$/i.test(s) ? null : s);
  const contacts = (v.contact ?? '').split('\n').flatMap((c) => blank(c.trim()) ?? []);
  const ref = (v.ref ?? '').replace(NOTICE_REF_NOTE, '');
  const marker = NOTICE_REF_STATUS.exec(ref);
  const status = v.status ?? marker?.[1];
  return {
    ref: (marker ? ref.slice(0, marker.index) : ref).toUpperCase(),
    firstPublished: v.published ? (findDate(v.published)?.date ?? null) : null,
    decisionDate: dated(v.date ?? '', qualifier),
    decisionMakers: splitMakers(v.makers ?? ''),
    issue: blank(v.issue),
    decision: blank(v.decision),
    documents: blank(v.documents),
    exempt: blank(v.exempt),
    contacts,
    ...(status ? { status } : {}),
  };
}
