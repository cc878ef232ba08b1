/**
 * A risk register printed as a wide laid-out table (an appendix of risks, one a row): a header naming the
 * reference, the risk and its owner, and under an assessment's name ("Inherent", "Residual") its "L | I | Score"
 * cells. Each row starts with a reference at the margin; its text cells wrap onto the lines under it, the numbers
 * only on the first. Every word is read by position against the row's first line and the header.
 */
import type { RiskRow } from './contract.ts';
import type { Doc, Line } from './doc.ts';
import { warn } from './doc.ts';
import type { LaidOutColumn } from './layout-columns.ts';
import { headerColumns } from './layout-columns.ts';
import { RISK_ASSESSMENT_GROUPS, RISK_CELL_LABEL, RISK_REF, RISK_REGISTER_COLUMNS } from './layouts.ts';
import { joinWrapped } from './names.ts';
import { isPageFurniture } from './text-normalise.ts';

type Field = 'ref' | 'title' | 'owner' | 'likelihood' | 'impact' | 'score' | null;

/** A column of the register: where its header sits, what it holds, and whether it is the current assessment's. */
interface Slot {
  start: number;
  end: number;
  field: Field;
  current: boolean;
}

const NUMBER = /^\d{1,3}$/;
const centre = (c: { start: number; end: number }): number => (c.start + c.end) / 2;
const span = (c: LaidOutColumn): { start: number; end: number } => ({ start: c.start, end: c.start + c.header.length });

/** The field a header cell names, from RISK_REGISTER_COLUMNS. */
function fieldOf(header: string): Field {
  for (const f of ['ref', 'title', 'owner', 'likelihood', 'impact', 'score'] as const) if (RISK_REGISTER_COLUMNS[f].test(header)) return f;
  return null;
}

/**
 * The register's columns from the header at line i: its first tier, and the "L | I | Score" tier within the next
 * three lines, each assessment named by the first-tier cell over it. Null when line i is not such a header.
 */
function registerSlots(laid: readonly string[], i: number): { slots: Slot[]; body: number } | null {
  // A reference first and a risk column; or, with no references, one risk column first and its likelihood, impact, score
  // and owner in the row (a report's own risk table names no owner).
  const names = (cells: readonly LaidOutColumn[]): boolean =>
    cells.length >= 4 &&
    ((fieldOf(cells[0]?.header ?? '') === 'ref' && cells.some((c) => fieldOf(c.header) === 'title')) ||
      (fieldOf(cells[0]?.header ?? '') === 'title' &&
        cells.filter((c) => fieldOf(c.header) === 'title').length === 1 &&
        (['likelihood', 'impact', 'score', 'owner'] as const).every((f) => cells.some((c) => fieldOf(c.header) === f))));
  let top = headerColumns(laid[i] ?? '');
  let body = i + 1;
  if (!names(top)) {
    // A header whose cells wrap onto the line under them ("Risk" over "ref"): each cell with the words under it.
    top = headerUnder(top, headerColumns(laid[i + 1] ?? ''));
    if (!names(top)) return null;
    i++;
    body = i + 1;
  }
  let tier: LaidOutColumn[] = [];
  for (let j = i + 1; j <= i + 3 && j < laid.length; j++) {
    const runs = headerColumns(laid[j] ?? '');
    const fields = runs.map((c) => fieldOf(c.header));
    if (runs.length >= 3 && fields.includes('likelihood') && fields.includes('impact') && fields.every((f) => f === 'likelihood' || f === 'impact' || f === 'score')) {
      tier = runs;
      body = j + 1;
      break;
    }
  }
  // A one-tier header holds its L, I and Score cells itself.
  const scores = tier.length > 0 ? tier : top.filter((c) => ['likelihood', 'impact', 'score'].includes(fieldOf(c.header) ?? ''));
  // The assessments: each likelihood cell opens one, named by the first-tier cell centred over it.
  const groups: Array<{ cols: LaidOutColumn[]; label: LaidOutColumn | undefined }> = [];
  for (const c of scores) {
    if (fieldOf(c.header) === 'likelihood' || groups.length === 0) groups.push({ cols: [], label: undefined });
    (groups[groups.length - 1] as { cols: LaidOutColumn[] }).cols.push(c);
  }
  for (const g of groups) {
    const from = (g.cols[0] as LaidOutColumn).start - 4;
    const to = span(g.cols[g.cols.length - 1] as LaidOutColumn).end + 4;
    if (tier.length > 0) g.label = top.find((c) => centre(span(c)) >= from && centre(span(c)) <= to && RISK_ASSESSMENT_GROUPS.some((k) => k.pattern.test(c.header)));
  }
  const kindOf = (g: (typeof groups)[number]): string | undefined => (g.label ? RISK_ASSESSMENT_GROUPS.find((k) => k.pattern.test(g.label?.header ?? ''))?.kind : undefined);
  const current = groups.find((g) => kindOf(g) === 'current') ?? (groups.length === 1 ? groups[0] : undefined);
  const labels = new Set(groups.map((g) => g.label));
  const slots: Slot[] = top
    .filter((c) => !labels.has(c) && !scores.includes(c))
    .map((c) => ({ ...span(c), field: fieldOf(c.header) === 'ref' || fieldOf(c.header) === 'title' || fieldOf(c.header) === 'owner' ? fieldOf(c.header) : null, current: false }));
  for (const g of groups) for (const c of g.cols) slots.push({ ...span(c), field: fieldOf(c.header), current: g === current });
  slots.sort((a, b) => a.start - b.start);
  return { slots, body };
}

/** Whether line i heads a risk register (a reference and a risk column before the scores): a table of risks, no one report's score. */
export function registerHeaderAt(laid: readonly string[], i: number): boolean {
  return registerSlots(laid, i) !== null;
}

/** Header cells joined with the words wrapped under them; none when a word under them sits under no cell. */
function headerUnder(top: readonly LaidOutColumn[], under: readonly LaidOutColumn[]): LaidOutColumn[] {
  const below = (c: LaidOutColumn, r: LaidOutColumn): boolean => r.start < c.start + c.header.length + 2 && r.start + r.header.length > c.start - 2;
  if (under.length === 0 || !under.every((r) => r.header.length <= 20 && top.some((c) => below(c, r)))) return [];
  return top.map((c) => ({ ...c, header: [c.header, ...under.filter((r) => below(c, r)).map((r) => r.header)].join(' ') }));
}

/** The slot whose header is centred nearest a run of words; text never goes to a number's column. */
function nearest(slots: readonly Slot[], run: { start: number; end: number }, text: boolean): number {
  let best = -1;
  slots.forEach((s, k) => {
    if (text && (s.field === 'likelihood' || s.field === 'impact' || s.field === 'score')) return;
    if (best < 0 || Math.abs(centre(s) - centre(run)) < Math.abs(centre(slots[best] as Slot) - centre(run))) best = k;
  });
  return best;
}

/** One row of the register: each slot's lines, and where each text cell starts on the row's first line. */
interface Row {
  line: Line;
  cells: string[][];
  starts: Map<number, number>;
}

/** Reads a row's first line: the reference at the margin, then every run of words to its nearest column. */
function openRow(slots: readonly Slot[], text: string, line: Line): Row {
  const row: Row = { line, cells: slots.map(() => []), starts: new Map() };
  const ref = slots.findIndex((s) => s.field === 'ref');
  headerColumns(text).forEach((c, n) => {
    let words = c.header;
    let start = c.start;
    // The reference may be printed one space before the risk ("SR1 Loss of …").
    if (n === 0 && ref >= 0) {
      const [first = ''] = words.split(' ');
      (row.cells[ref] as string[]).push(first);
      row.starts.set(ref, start);
      words = words.slice(first.length).trim();
      start += c.header.length - words.length;
      if (words === '') return;
    }
    const k = nearest(slots, { start, end: start + words.length }, !NUMBER.test(words));
    (row.cells[k] as string[]).push(words);
    if (!row.starts.has(k)) row.starts.set(k, start);
  });
  return row;
}

/** Adds a wrapped line to the row: each run of words goes to the cell it starts under (or the nearest text column). */
function continueRow(slots: readonly Slot[], row: Row, text: string): void {
  for (const c of headerColumns(text)) {
    let k = -1;
    for (const [slot, start] of row.starts) if (start <= c.start + 2 && (k < 0 || start > (row.starts.get(k) as number))) k = slot;
    if (k < 0 || ['likelihood', 'impact', 'score'].includes(slots[k]?.field ?? '')) k = nearest(slots, span(c), true);
    (row.cells[k] as string[]).push(c.header);
  }
}

/** The risk a row gives: its reference, headline (up to a "Cause:" label), owner and current assessment as printed. */
function riskOf(doc: Doc, slots: readonly Slot[], row: Row): RiskRow {
  const cell = (f: Field, current = false): string[] => {
    const k = slots.findIndex((s) => s.field === f && (!current || s.current));
    return k < 0 ? [] : (row.cells[k] as string[]);
  };
  const headline: string[] = [];
  const lines = cell('title');
  // Without references a risk is named by a headline over a sentence describing it: the sentence starts a line with a capital.
  const described = !slots.some((s) => s.field === 'ref') && /\.$/.test(lines.at(-1) ?? '');
  for (const l of lines) {
    if (RISK_CELL_LABEL.test(l) || (described && headline.length > 0 && /^\p{Lu}/u.test(l))) break;
    headline.push(l);
  }
  const num = (f: Field): number | null => {
    const v = cell(f, true).find((t) => NUMBER.test(t));
    return v === undefined ? null : Number(v);
  };
  const owner = joinWrapped(cell('owner'));
  const risk: RiskRow = {
    ref: cell('ref')[0] ?? null,
    title: headline.length > 0 ? joinWrapped(headline) : null,
    owner: owner === '' ? null : owner,
    likelihood: num('likelihood'),
    impact: num('impact'),
    score: num('score'),
  };
  if (risk.likelihood !== null && risk.impact !== null && risk.score !== null && risk.likelihood * risk.impact !== risk.score) {
    warn(doc, row.line, 'risk-score-mismatch', `risk ${risk.ref ?? ''} score ${risk.score} is not likelihood ${risk.likelihood} × impact ${risk.impact}`);
  }
  return risk;
}

/**
 * Every risk of the laid-out risk registers in the pack, in order, each reference once (a register's header is
 * repeated on each page). A row starts with a reference at the margin and runs until the next; a line after a blank
 * or page furniture that starts no row ends the table.
 */
export function readRiskRegisters(doc: Doc): RiskRow[] {
  const laid = doc.laidOut;
  if (!laid) return [];
  const out: RiskRow[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < doc.lines.length; i++) {
    const header = registerSlots(laid, i);
    if (!header) continue;
    const { slots } = header;
    const titleStart = slots.find((s) => s.field === 'title')?.start ?? 0;
    const refs = slots.some((s) => s.field === 'ref');
    const rows: Row[] = [];
    let gap = false;
    let j = header.body;
    for (; j < doc.lines.length; j++) {
      const l = doc.lines[j] as Line;
      const text = laid[j] ?? '';
      if (l.text === '' || isPageFurniture(l)) {
        gap = true;
        continue;
      }
      const first = /\S+/.exec(text);
      // Without a reference column a row starts with its numbers: two or more beside the risk's first line.
      const numbers = headerColumns(text).filter((c) => NUMBER.test(c.header)).length;
      const starts = first !== null && (refs ? first.index < titleStart && RISK_REF.test(first[0]) && numbers > 0 : numbers >= 2);
      if (starts) rows.push(openRow(slots, text, l));
      else if (gap || rows.length === 0) break;
      else continueRow(slots, rows[rows.length - 1] as Row, text);
      gap = false;
    }
    for (const row of rows) {
      const risk = riskOf(doc, slots, row);
      // Each risk once: by its reference, or by its title in a register without references.
      const key = refs ? risk.ref : risk.title;
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      out.push(risk);
    }
    i = Math.max(i, j - 1);
  }
  return out;
}
