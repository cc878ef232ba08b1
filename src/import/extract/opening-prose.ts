import type { Declaration } from './contract.ts';
import type { Doc, Line } from './doc.ts';
import { findDate, findTime } from './date-text.ts';
import { APOLOGIES_SENTENCE, ATTENDANCE_SENTENCE, DECLARATIONS_LABEL, DECLARED_IN_ITEM, MEETING_SAT_SENTENCE, NO_OTHER_DECLARATIONS } from './layouts.ts';
import { attendanceLabelOf, joinWrapped } from './names.ts';
import { isPageFurniture } from './text-normalise.ts';

/**
 * A record that opens in prose rather than under labels (a decisions list's page: "The Planning Committee met on … at
 * 7.00 pm in Committee Room 2, Town Hall. Members present were Councillors … Apologies for absence were received from
 * …"): when and where it sat, and who attended, said in running sentences.
 */

/** A paragraph of prose: its joined text and the lines it spans (untabbed lines, no blank between). */
interface Paragraph {
  text: string;
  from: number;
  to: number;
}

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof|Rev|Revd|St|No|Sgt|Insp|Supt)|(?:^|\s)\p{Lu})\.$/u;

/** The sentences of a paragraph: split after a full stop before a capital, not after a title or an initial ("A. Bell"). */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
    const prev = out[out.length - 1];
    if (prev !== undefined && ABBREVIATION.test(prev)) out[out.length - 1] = `${prev} ${piece}`;
    else out.push(piece);
  }
  return out;
}

/** The paragraphs of prose between lines `from` and `end`. */
function proseParagraphs(lines: readonly Line[], from: number, end: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = from; i < end; i++) {
    const l = lines[i] as Line;
    if (l.text === '' || l.tabbed || isPageFurniture(l)) continue;
    let to = i;
    while (to + 1 < end && (lines[to + 1] as Line).text !== '' && !(lines[to + 1] as Line).tabbed) to++;
    out.push({ text: joinWrapped(lines.slice(i, to + 1).map((x) => x.text)), from: i, to });
    i = to;
  }
  return out;
}

/** A sentence that says who attended, as the label line it stands for ("Members present were A and B." gives "Members present: A and B"); null for any other. */
function attendanceLine(sentence: string): string | null {
  const s = sentence.trim();
  const said = ATTENDANCE_SENTENCE.exec(s);
  if (said) {
    const label = said[3] ?? `${said[1] as string} ${said[2] as string}`;
    const names = (said[4] as string).replace(/\.$/, '');
    return attendanceLabelOf(`${label}: x`) === null ? null : `${label}: ${names}`;
  }
  // "Apologies for absence were received from …": a sentence with its verb, not a label ("Apologies: …").
  if (!/^apologies\b/i.test(s)) return null;
  const names = APOLOGIES_SENTENCE.exec(s)?.[1];
  return names === undefined ? null : `Apologies: ${names.replace(/\.$/, '')}`;
}

/** When and where the meeting sat, said in a sentence of the opening prose dated `date`. */
export interface SatAt {
  time: string | null;
  venue: string | null;
}

/** The time and place a sentence of the prose between `from` and `end` gives for the meeting of `date` ("… met on … at 7.00 pm in …"). */
export function satAt(lines: readonly Line[], from: number, end: number, date: string): SatAt | null {
  for (const p of proseParagraphs(lines, from, end)) {
    for (const sentence of sentencesOf(p.text)) {
      const m = MEETING_SAT_SENTENCE.exec(sentence);
      if (!m || findDate(m[1] as string)?.date !== date) continue;
      const venue = (m[3] as string).replace(/[\s.,]+$/, '').trim();
      return { time: findTime(m[2] as string)?.time ?? null, venue: venue === '' ? null : venue };
    }
  }
  return null;
}

/**
 * The lines between `from` and `end` with each paragraph of prose that says who attended in running sentences set out
 * as the label lines those sentences stand for ("Members present: …", "Apologies: …"), a blank line between, its other
 * sentences kept as a line of their own; the lines' printed numbers kept. Null when no paragraph says so.
 */
export function attendanceAsLabels(doc: Doc, from: number, end: number): { doc: Doc; end: number } | null {
  const { lines } = doc;
  const out: Line[] = lines.slice(0, from);
  const laid: string[] | undefined = doc.laidOut?.slice(0, from);
  let changed = false;
  let at = from;
  const push = (l: Line, layout: string): void => {
    out.push(l);
    laid?.push(layout);
  };
  for (const p of proseParagraphs(lines, from, end)) {
    // A paragraph under an attendance label of its own ("APOLOGIES: Apologies were received from …") is read as labelled.
    if (lines.slice(p.from, p.to + 1).some((l) => attendanceLabelOf(l.text) !== null)) continue;
    const said = sentencesOf(p.text).map((s) => ({ s, label: attendanceLine(s) }));
    if (!said.some((x) => x.label !== null)) continue;
    for (; at < p.from; at++) push(lines[at] as Line, doc.laidOut?.[at] ?? '');
    const first = lines[p.from] as Line;
    const line = (text: string): Line => ({ ...first, last: (lines[p.to] as Line).last, raw: text, text, tabbed: false, indent: 0, cells: undefined, coverFields: undefined });
    const blank = line('');
    let prose: string[] = [];
    const flush = (): void => {
      if (prose.length > 0) push(line(prose.join(' ')), prose.join(' '));
      push(blank, '');
      prose = [];
    };
    for (const { s, label } of said) {
      if (label === null) {
        prose.push(s);
        continue;
      }
      flush();
      push(line(label), label);
      push(blank, '');
    }
    if (prose.length > 0) flush();
    at = p.to + 1;
    changed = true;
  }
  if (!changed) return null;
  const shift = out.length - at;
  for (; at < lines.length; at++) push(lines[at] as Line, doc.laidOut?.[at] ?? '');
  return { doc: { ...doc, lines: out, ...(laid ? { laidOut: laid } : {}) }, end: end + shift };
}

/**
 * The declarations a paragraph of the opening prose makes for the items it names ("Declarations of interest:
 * Councillor A Bell declared a personal interest in item 7 …"), by item number; read with `read` (the minutes'
 * declarations reader). A declaration naming no item is left out.
 */
export function declarationsByItem(lines: readonly Line[], from: number, end: number, read: (texts: string[]) => Declaration[]): Map<string, Declaration[]> {
  const out = new Map<string, Declaration[]>();
  for (const p of proseParagraphs(lines, from, end)) {
    const label = DECLARATIONS_LABEL.exec(p.text);
    if (!label) continue;
    // "No other declarations were made." closing the paragraph is no part of the declaration before it.
    const said = sentencesOf(p.text.slice(label[0].length)).filter((s) => !NO_OTHER_DECLARATIONS.test(s));
    for (const d of read([said.join(' ')])) {
      const item = DECLARED_IN_ITEM.exec(d.interest)?.[1];
      if (item === undefined) continue;
      out.set(item, [...(out.get(item) ?? []), d]);
    }
  }
  return out;
}
