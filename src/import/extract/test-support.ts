import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ExtractResult } from './contract.ts';

/** The repository root (two levels above src/import/extract). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared reference material beside the checkout (read-only). */
export const sharedDir = resolve(repoRoot, '../shared');

/** The fixtures directory of the extractor. */
export const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The text normaliser the facts use: lower case, straight quotes, no `**`, single spaces. */
export const n = (s: unknown): string =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();

let validator: ((doc: unknown) => string[]) | null = null;

/** A validator for the pack-extract JSON Schema; null when the shared contract is missing. */
export function contractValidator(schemaPath = resolve(sharedDir, 'contracts/pack-extract.schema.json')): ((doc: unknown) => string[]) | null {
  if (validator) return validator;
  let schema: object;
  try {
    schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  } catch {
    return null;
  }
  const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  const validate = ajv.compile(schema);
  validator = (doc: unknown): string[] => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
  return validator;
}

/** A JSON round trip, as the CLI prints it. */
export function asJson(result: ExtractResult): unknown {
  return JSON.parse(JSON.stringify(result)) as unknown;
}

/**
 * Source text for matching: tags (and for HTML, tags cut by a line break) and emphasis removed, entities decoded,
 * Markdown's backslash escapes ("\-", "1\.") decoded, `n()`-normalised.
 */
function plainForMatch(line: string, html: boolean, markdown = false): string {
  const t = (html ? line.replace(/^[^<>]*>/, ' ').replace(/<[^<>]*$/, ' ') : markdown ? line.replace(/\\([!-/:-@[-`{-~])/g, '$1') : line)
    // Inline runs join as a browser shows them ("<b>A/1/</b><b>2</b>" reads "A/1/2"); other tags part words.
    .replace(/<\/?(?:b|i|u|em|strong|font|span)\b[^<>]*>/gi, '')
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&#(\d{1,7});/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&nbsp;/gi, ' ')
    .replace(/&[lr]squo;/gi, "'")
    .replace(/&[lr]dquo;/gi, '"')
    .replace(/&[mn]dash;/gi, '-')
    .replace(/[–—]/g, '-')
    .replace(/\t/g, ' ');
  return n(t);
}

/** Line `i` of an HTML source, with the lines after it that close a tag it leaves open (up to line `to`). */
function tagJoined(raw: string[], i: number, to: number): string {
  let s = raw[i] ?? '';
  for (let j = i + 1; j < to && s.lastIndexOf('<') > s.lastIndexOf('>'); j++) s += `\n${raw[j] ?? ''}`;
  return s;
}

/** The opening words of a text, `n()`-normalised, for finding a record in its source lines. */
export function openingWords(text: string, count = 3): string {
  return n(text.replace(/[–—]/g, '-')).split(' ').slice(0, count).join(' ');
}

type Ranged = { lines?: { from: number; to: number }; pages?: { from: number; to: number } | null };
type Check = { label: string; record: Ranged; keys: string[]; marks?: string[]; onFirstLine?: boolean; parent?: Ranged; printedPages?: boolean };

/** Every record that should carry `lines`, with the text its lines must hold. */
function checksOf(r: ExtractResult): { checks: Check[]; siblings: Ranged[][] } {
  const checks: Check[] = [];
  const siblings: Ranged[][] = [];
  const m = r.meeting;
  if (m) {
    checks.push({ label: `meeting ${m.body}`, record: m, keys: [openingWords(m.body)] });
    for (const a of m.agenda) {
      const keys = [openingWords(a.title)];
      // A lettered running number ("PC/31/012") is matched in lower case, as a minute's is.
      if (/^\d|^[A-Z]{1,5}\/\d/.test(a.number)) keys.push(n(a.number));
      // A lettered sub-item's bracketed letter ("(a)", as a word processor's list prints it) may start its first line, its text on the lines below.
      const marks = /^[a-z]\)$/.test(a.number) ? [`(${a.number}`] : [];
      checks.push({ label: `agenda ${a.number}`, record: a, keys, marks, onFirstLine: true, parent: m, printedPages: true });
    }
    siblings.push(m.agenda);
  }
  for (const set of r.minutes) {
    checks.push({ label: `minutes ${set.date}`, record: set, keys: [openingWords(set.body)] });
    for (const it of set.items) {
      const keys = [openingWords(it.title)];
      // Matched against n()-normalised text: a lettered number ("FRA/24/37") in lower case.
      if (it.minute !== '') keys.push(n(it.minute));
      checks.push({ label: `minute ${it.minute || it.title}`, record: it, keys, onFirstLine: true, parent: set });
    }
    siblings.push(set.items);
  }
  for (const rep of r.reports) checks.push({ label: `report ${rep.title}`, record: rep, keys: [openingWords(rep.title, 2)] });
  for (const f of r.forwardPlan) checks.push({ label: `forward plan ${f.ref}`, record: f, keys: [n(f.ref)], onFirstLine: true });
  for (const w of r.workProgramme) checks.push({ label: `work programme ${w.item}`, record: w, keys: [openingWords(w.item)], onFirstLine: true });
  for (const t of r.outcomeTracker) checks.push({ label: `tracker ${t.item}`, record: t, keys: [openingWords(t.item)], onFirstLine: true });
  siblings.push(r.reports, r.forwardPlan, r.workProgramme, r.outcomeTracker);
  for (const p of r.actionPlans) {
    checks.push({ label: `plan ${p.title}`, record: p, keys: p.title === 'Action plan' ? [] : [openingWords(p.title)] });
    // The source text is matched in lower case: so is a lettered number ("P1").
    for (const a of p.actions) checks.push({ label: `action ${a.number}`, record: a, keys: [a.number.toLowerCase()], onFirstLine: true, parent: p });
    siblings.push(p.actions);
  }
  return { checks, siblings };
}

/** The run of words of a laid-out line that starts within two places of `at` ('' if none). */
function cellAt(line: string, at: number): string {
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) if (Math.abs(m.index - at) <= 2) return m[0];
  return '';
}

/**
 * What is wrong with the `lines` of an extraction of `source` (its text as the importer reads it):
 * a record without lines, a range outside the file, key text (opening words, minute number, FP ref,
 * action number) missing from the lines, a record starting on another record's line, a child outside
 * its parent. Empty when all is well.
 */
export function provenanceProblems(r: ExtractResult, source: string): string[] {
  const html = r.source.format === 'html';
  const markdown = r.source.format === 'markdown';
  const raw = source.split('\n');
  const text = raw.map((line) => plainForMatch(line, html, markdown));
  // A title wrapped in a laid-out table's left column ("1. Welcome and   The Chair …" over "apologies   residents …"):
  // the first cells of the lines hold its words without the other columns' text between them.
  const firstCells = html ? [] : raw.map((line) => (/^ {0,2}\S/.test(line) ? plainForMatch(line.trim().split(/ {3,}|\t/)[0] ?? '', false, markdown) : ''));
  const problems: string[] = [];
  const { checks, siblings } = checksOf(r);
  const wordHit = (hay: string, key: string): boolean =>
    /^[\d.]+$/.test(key) ? new RegExp(`(?:^|[\\s(])${key.replace(/\./g, '\\.')}(?:[\\s.):]|$)`).test(hay) : hay.includes(key);
  // An HTML ordered list's item number is not printed: its <li> on the record's first line stands for it, or an <li>
  // alone on the line just above (a blank line in the text, so the record starts at its title under it).
  const listed = (from: number, key: string): boolean => html && /^\d+$/.test(key) && (/<li\b/i.test(raw[from - 1] ?? '') || /^\s*<li\b[^<>]*>\s*$/i.test(raw[from - 2] ?? ''));
  for (const c of checks) {
    const l = c.record.lines;
    if (!l) {
      problems.push(`${c.label}: no lines`);
      continue;
    }
    if (!(Number.isInteger(l.from) && Number.isInteger(l.to) && l.from >= 1 && l.from <= l.to && l.to <= r.source.lines)) {
      problems.push(`${c.label}: lines ${l.from}-${l.to} outside 1-${r.source.lines}`);
      continue;
    }
    if ((text[l.from - 1] ?? '') === '') problems.push(`${c.label}: line ${l.from} is blank`);
    if ((text[l.to - 1] ?? '') === '') problems.push(`${c.label}: line ${l.to} is blank`);
    // In HTML a tag cut by a line break joins the lines it spans ("<b>PH/1</b><b><span" / "style='…'>2</span>" reads "PH/12").
    const all = html ? plainForMatch(raw.slice(l.from - 1, l.to).join('\n'), true) : text.slice(l.from - 1, l.to).join(' ');
    const left = firstCells.slice(l.from - 1, l.to).join(' ');
    const keys = c.keys.filter((k) => k !== '');
    // A title wrapped in a later column of a laid-out table: the cells starting where the first line's cells start.
    const columns = html
      ? []
      : [...(raw[l.from - 1] ?? '').matchAll(/\S+(?: \S+)*/g)].map((m) =>
          raw
            .slice(l.from - 1, l.to)
            .map((line) => plainForMatch(cellAt(line, m.index), false, markdown))
            .join(' '),
        );
    for (const key of keys)
      if (!wordHit(all, key) && !wordHit(left, key) && !columns.some((hay) => wordHit(hay, key)) && !listed(l.from, key))
        problems.push(`${c.label}: "${key}" not in lines ${l.from}-${l.to}`);
    // A tight range starts on the record's own line: one of its keys is on the first line.
    const first = html ? plainForMatch(tagJoined(raw, l.from - 1, l.to), true) : (text[l.from - 1] ?? '');
    if (
      c.onFirstLine &&
      keys.length > 0 &&
      !keys.some((k) => wordHit(first, k) || columns.some((hay) => wordHit(hay, k)) || listed(l.from, k)) &&
      !(c.marks ?? []).some((k) => first.startsWith(k))
    )
      problems.push(`${c.label}: none of ${keys.join(', ')} on its first line ${l.from}`);
    const p = c.parent?.lines;
    if (p && (l.from < p.from || l.to > p.to)) problems.push(`${c.label}: lines ${l.from}-${l.to} outside its parent's ${p.from}-${p.to}`);
    if (!c.printedPages && c.record.pages && c.record.pages.from > c.record.pages.to) problems.push(`${c.label}: pages run backwards`);
  }
  for (const group of siblings) {
    for (let k = 1; k < group.length; k++) {
      const a = group[k - 1]?.lines;
      const b = group[k]?.lines;
      if (a && b && b.from <= a.to && b.from >= a.from) problems.push(`records ${k - 1} and ${k} of a list overlap: ${a.from}-${a.to} and ${b.from}-${b.to}`);
    }
  }
  return problems;
}
