import type { DateQualifier, DecisionDate, ForwardPlanEntry } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { cellsOf, locate, warn } from './doc.ts';
import { findDate, LONG_DATE_SOURCE } from './date-text.ts';
import { isGarbage } from './similarity.ts';

const REF = /^([A-Za-z]{1,5}\/\d{2}\/\d{2}\/\d{2,3})\b/;
const DATE_MAKER = new RegExp(`^(?:(not before|no earlier than|on or after|after|before|by|no later than)\\s+)?(${LONG_DATE_SOURCE}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})\\s*(.*)$`, 'i');

function qualifierOf(word: string | undefined): DateQualifier {
  if (word === undefined) return 'on';
  const w = word.toLowerCase();
  if (w === 'not before' || w === 'no earlier than' || w === 'on or after' || w === 'after') return 'not-before';
  return 'before';
}

function splitIssue(text: string): { issue: string | null; decision: string | null } {
  const m = /^(?:issue\s*:\s*)?(.*?)\s*\bdecision\s*:\s*(.*)$/i.exec(text);
  if (m && /^issue\s*:/i.test(text)) return { issue: (m[1] as string).trim() || null, decision: (m[2] as string).trim() || null };
  const only = /^issue\s*:\s*(.*)$/i.exec(text);
  if (only) return { issue: (only[1] as string).trim() || null, decision: null };
  return { issue: null, decision: text.trim() === '' ? null : text.trim() };
}

const append = (a: string | null, b: string): string | null => (b.trim() === '' ? a : a ? `${a} ${b.trim()}` : b.trim());

function joinRow(entry: ForwardPlanEntry, rel: string[]): void {
  if (rel[2]) {
    if (entry.decision !== null || entry.issue === null) entry.decision = append(entry.decision, rel[2]);
    else entry.issue = append(entry.issue, rel[2]);
  }
  if (rel[3]) entry.documents = append(entry.documents, rel[3]);
  if (rel[4]) entry.exempt = append(entry.exempt, rel[4]);
  const contact = rel.slice(5).filter((c) => c.trim() !== '').join(' ');
  if (contact !== '') {
    if (entry.contacts.length > 0) entry.contacts[entry.contacts.length - 1] += ` ${contact}`;
    else entry.contacts.push(contact);
  }
}

/** Reads the entries of a forward plan table (rows with a reference such as FP/17/06/04). */
export function parseForwardPlan(doc: Doc, span: Span): ForwardPlanEntry[] {
  const { lines } = doc;
  const entries: ForwardPlanEntry[] = [];
  let last: { entry: ForwardPlanEntry; refAt: number; first: number; last: number } | null = null;
  const spans: Array<{ entry: ForwardPlanEntry; first: number; last: number }> = [];
  for (let i = span.start; i < span.end; i++) {
    const l = lines[i] as Line;
    if (!l.tabbed || l.text === '') continue;
    const cells = cellsOf(l);
    const refAt = cells.findIndex((c) => REF.test(c));
    if (refAt < 0) {
      if (cells.some((c) => /decision/i.test(c)) && cells.some((c) => /ref/i.test(c))) continue;
      const content = cells.filter((c) => c !== '');
      if (content.length === 0) continue;
      if (content.every(isGarbage) || !last) {
        warn(doc, l, 'table-row-unplaced', `forward plan row not understood: "${l.text}"`);
        continue;
      }
      // A row split at a page break continues the entry above.
      joinRow(last.entry, cells.slice(last.refAt));
      last.last = i;
      warn(doc, l, 'row-joined', `forward plan row joined to ${last.entry.ref}`);
      continue;
    }
    const rel = cells.slice(refAt);
    const refCell = rel[0] as string;
    const ref = (REF.exec(refCell)?.[1] as string).toUpperCase();
    const published = /first published:?\s*(.*)$/i.exec(refCell);
    const firstPublished = published ? (findDate(published[1] as string)?.date ?? null) : null;
    let dateMaker = rel[1] ?? '';
    let details = rel[2] ?? '';
    const inlineIssue = /\s\bissue\s*:/i.exec(dateMaker);
    if (inlineIssue) {
      details = `${dateMaker.slice(inlineIssue.index).trim()} ${details}`.trim();
      dateMaker = dateMaker.slice(0, inlineIssue.index).trim();
    }
    let decisionDate: DecisionDate = { text: dateMaker, date: null, qualifier: null };
    let makers: string[] = [];
    const dm = DATE_MAKER.exec(dateMaker);
    const parsed = dm ? findDate(dm[2] as string) : null;
    if (dm && parsed) {
      const text = `${dm[1] ? `${dm[1]} ` : ''}${dm[2] as string}`;
      decisionDate = { text, date: parsed.date, qualifier: qualifierOf(dm[1]) };
      makers = (dm[dm.length - 1] as string)
        .split(/\s*,\s+/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    } else {
      warn(doc, l, 'fp-date-unreadable', `${ref}: decision date not understood: "${dateMaker}"`);
    }
    const { issue, decision } = splitIssue(details);
    const blank = (s: string | undefined): string | null => (s === undefined || s.trim() === '' ? null : s.trim());
    const entry: ForwardPlanEntry = {
      ref,
      firstPublished,
      decisionDate,
      decisionMakers: makers,
      issue,
      decision,
      documents: blank(rel[3]),
      exempt: blank(rel[4]),
      contacts: rel.slice(5).filter((c) => c.trim() !== ''),
    };
    if (!published) warn(doc, l, 'fp-first-published-missing', `${ref}: no "First published" date`);
    entries.push(entry);
    last = { entry, refAt, first: i, last: i };
    spans.push(last);
  }
  for (const s of spans) locate(doc, s.entry, s.first, s.last);
  return entries;
}
