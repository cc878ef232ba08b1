import type { Declaration, Report, ReportSection, RiskScore, SignOff } from './contract.ts';
import type { Doc, Line, Span } from './doc.ts';
import { cellsOf, labelCellOf, locate, nextNonBlank, warn } from './doc.ts';
import { findDate } from './date-text.ts';
import { splitListItems } from './list-items.ts';
import {
  AUTHOR_COLUMN_LABEL,
  BARE_FORWARD_PLAN_REF,
  DATE_BEFORE_YEAR,
  DECISION_DATE_LABEL,
  DECISION_SECTION_HEADINGS,
  FORM_FIELD_NUMBER,
  FORM_LABEL_PROMPT,
  FORWARD_PLAN_REF,
  KEY_DECISION_LABEL,
  LEAD_IN_LABEL,
  POST_WORDS,
  PRIORITY_SECTION_HEADING,
  RECOMMENDATION_HEADING,
  RISK_COLUMNS,
  RISK_SENTENCE,
  SENTENCE_BROKEN,
  SIGNATURE_DATE_LABEL,
  SIGNATURE_LABEL,
  SIGNATURE_ROLE_LABEL,
  SIGN_OFF_COLUMNS,
  SIGN_OFF_HEADING,
  SIGN_OFF_ROW_LABEL,
  SPACED_FORWARD_PLAN_REF,
  SUMMARY_HEADING,
  WRAPPED_LABEL_TAIL,
  RECOMMENDATION_LEAD_IN_ITEM,
  CONTINUED_TABLE_COLUMN_SLACK,
} from './layouts.ts';
import type { LaidOutColumn } from './layout-columns.ts';
import { cellsByPosition, headerColumns, rowCellsByPosition } from './layout-columns.ts';
import { markerOf, readMarkedList } from './marked-list.ts';
import { readDeclarations } from './minutes.ts';
import { joinWrapped, looksLikePerson, startsWithTitle } from './names.ts';
import { authorAndContact, parseCover } from './report-cover.ts';
import { registerHeaderAt } from './risk-register.ts';
import { cleanInline, isPageFurniture } from './text-normalise.ts';

const TEMPLATE_LABEL =
  /^(?:summary|recommendations?|reasons? for (?:the )?recommendations?|links? to\b|consultations?\b|financial|legal|hr\b|human resources|risk|other implications|scrutiny|equalit|options|background|forward plan ref|key decision|exempt|appendices|implications)/i;
const HEADING = /^(\d{1,2})\.?\s+([A-Z‘'"][^\t]{1,110})$/;
const FP_REF = FORWARD_PLAN_REF;
const RISK = /\blikelihood\b\s*:?\s*(\d{1,2})?\s*(?:[x×*]\s*)?\bimpact\b\s*:?\s*(\d{1,2})?\s*=?\s*(?:\brisk\s*)?\bscore\b\s*:?\s*(\d{1,3})?/i;

/** Whether a sign-off cell is empty or a placeholder. */
function blank(s: string): boolean {
  return s === '' || DATE_PLACEHOLDER.test(s);
}

/** An empty sign-off cell as templates print it: "N/A", dashes, or a form's unfilled date prompt. */
const DATE_PLACEHOLDER = /^(?:n\/?a|-+|none|tbc|tba|\.+|(?:click|tap)(?: or (?:click|tap))? (?:here )?to enter (?:a )?(?:date|text)\.?|enter (?:a )?date\.?|dd\/mm\/yy(?:yy)?)$/i;

interface Field {
  label: string;
  raw: string[];
  line: number;
}

function isLabelCell(cell: string): boolean {
  return cell.length > 1 && cell.length <= 120 && cell.endsWith(':');
}

function labelOf(cell: string): string {
  return cell.replace(/:\s*$/, '').trim();
}

const SEEN_BY = /seen by|\bname\b/i;

/**
 * The column of a sign-off table's header row that names who signed off (SIGN_OFF_COLUMNS), or -1: "Seen by", or a
 * role with the name beside it and a date column after them, past columns of a post or a signature ("Role | Name |
 * Post | Signed | Date").
 */
function signOffRoleColumn(cells: readonly string[]): number {
  const seenBy = cells.findIndex((c) => SIGN_OFF_COLUMNS.seenBy.test(c));
  if (seenBy >= 0) return seenBy;
  return cells.findIndex((c, k) => SIGN_OFF_COLUMNS.role.test(c) && SIGN_OFF_COLUMNS.name.test(cells[k + 1] ?? '') && signOffDateColumn(cells, k) >= 0);
}

/** The date column of a sign-off table's header row whose role column is `roleCol`: the first after the name, or -1. */
function signOffDateColumn(cells: readonly string[], roleCol: number): number {
  const k = cells.findIndex((c, j) => j >= roleCol + 2 && SIGN_OFF_COLUMNS.date.test(c));
  // A "Seen by" table whose date column is headed otherwise ("Seen by | Name | Signed off"): the date is two along.
  return k >= 0 ? k : SIGN_OFF_COLUMNS.seenBy.test(cells[roleCol] ?? '') ? roleCol + 2 : -1;
}

/**
 * A sign-off table of a page layout whose cells wrap ("Monitoring Officer" over "(consulted)", "A. Bell-" over "Cole",
 * "14 March" over "2031"), read by the header's positions: a row runs from a line whose role cell opens a role (not a
 * label's tail, see WRAPPED_LABEL_TAIL) over the lines under it, to a blank line or the next such line, its cells' lines
 * joined. A role cell alone on its line ("Legal (on behalf of the Director of" over "Law and Governance)") goes on the
 * row above too, as does any line under a row whose date has no year yet ("Chief Finance" over "Officer", "1 June" over
 * "2031"). Null when the header's columns are not the table's.
 */
function readSignOffsByPosition(doc: Doc, header: number, end: number): { signOffs: SignOff[]; next: number } | null {
  const { lines } = doc;
  const laid = doc.laidOut;
  if (!laid) return null;
  const headed = headerColumns(laid[header] ?? '');
  const heads = headed.map((c) => c.header);
  const roleCol = signOffRoleColumn(heads);
  const dateCol = roleCol < 0 ? -1 : signOffDateColumn(heads, roleCol);
  if (roleCol < 0 || dateCol < 0 || dateCol >= headed.length) return null;
  // The columns each line is read by: the header's, or on a page the table goes on to, that page's (continuedColumns).
  let columns = headed;
  const columnsOf = new Map<number, LaidOutColumn[]>();
  const cellsAt = (j: number): string[] => cellsByPosition(laid[j] ?? '', columnsOf.get(j) ?? headed);
  const rows: number[][] = [];
  // For the row being read: how many lines of its role cell stand above its first line with a name or date (`lead`),
  // and how many under it (`tail`); a role wrapped round cells centred in the row has as many lines under them as above.
  let lead = 0;
  let tail = 0;
  let named = false;
  let i = header + 1;
  let blankAbove = false;
  let page = (lines[header] as Line).page;
  for (; i < end; i++) {
    const l = lines[i] as Line;
    if (l.text === '') {
      blankAbove = true;
      continue;
    }
    // The page's foot and the next page's head: the table may go on under them, without its header row.
    if (!l.tabbed && isPageFurniture(l.text) && rows.length > 0) {
      blankAbove = true;
      continue;
    }
    if (!l.tabbed) break;
    if (l.page !== page) {
      const next = continuedColumns(laid, lines, i, end, headed);
      if (next === null) break;
      columns = next;
      page = l.page;
    }
    columnsOf.set(i, columns);
    const cells = cellsAt(i);
    if (cells.slice(0, roleCol).some((c) => c !== '')) break;
    const role = cells[roleCol] as string;
    const row = rows[rows.length - 1];
    const roleAlone = cells.every((c, k) => k === roleCol || c === '');
    // A row whose date so far has no year ("1 June" over "2031") goes on, whatever its role cell holds.
    const dated = row ? joinWrapped(row.map((j) => cellsAt(j)[dateCol] as string)) : '';
    const unfinished = DATE_BEFORE_YEAR.test(dated);
    const centredTail = !roleAlone || !named || lead === 0 || tail < lead;
    if (row && !blankAbove && centredTail && (role === '' || roleAlone || unfinished || WRAPPED_LABEL_TAIL.test(role))) {
      row.push(i);
      if (roleAlone && named) tail++;
      else if (roleAlone) lead++;
    } else {
      rows.push([i]);
      lead = roleAlone ? 1 : 0;
      tail = 0;
      named = false;
    }
    if (!roleAlone) named = true;
    blankAbove = false;
  }
  const signOffs: SignOff[] = [];
  for (const row of rows) {
    // A row's lines read by their page's columns, the cells of each page joined.
    const cells = headed.map(() => '');
    for (let a = 0; a < row.length;) {
      const cols = columnsOf.get(row[a] as number) ?? headed;
      let b = a;
      while (b < row.length && (columnsOf.get(row[b] as number) ?? headed) === cols) b++;
      const part = rowCellsByPosition(
        row.slice(a, b).map((j) => laid[j] ?? ''),
        cols,
      );
      part.forEach((c, k) => (cells[k] = joinWrapped([cells[k] as string, c])));
      a = b;
    }
    const role = (cells[roleCol] as string).replace(/:$/, '').trim();
    const name = (cells[roleCol + 1] as string).trim();
    const dateText = (cells[dateCol] as string).trim();
    if (role === '' || SIGN_OFF_COLUMNS.seenBy.test(role)) continue;
    signOffs.push({
      role,
      name: blank(name) ? null : name,
      date: blank(dateText) ? null : (findDate(dateText)?.date ?? null),
      dateText: blank(dateText) ? null : dateText,
    });
    if (!blank(dateText) && !findDate(dateText) && !/^sent\b/i.test(dateText)) {
      warn(doc, lines[row[0] as number] as Line, 'sign-off-date-unreadable', `sign-off date not understood: "${dateText}"`);
    }
  }
  return { signOffs, next: i };
}

/**
 * The columns of a table on the page it goes on to without its header row (`from` its first line there): the page is
 * laid out afresh, so its columns are where the cells of a full row on it start (a run in every column), its first
 * column within CONTINUED_TABLE_COLUMN_SLACK of the header's. The header's columns when no row there is full; null when
 * the page's first line does not start in the header's first column (the table ended at the page's foot).
 */
function continuedColumns(laid: readonly string[], lines: readonly Line[], from: number, end: number, headed: readonly LaidOutColumn[]): LaidOutColumn[] | null {
  const near = (at: number): boolean => Math.abs(at - (headed[0] as LaidOutColumn).start) <= CONTINUED_TABLE_COLUMN_SLACK;
  if (!near((laid[from] ?? '').search(/\S/))) return null;
  const page = (lines[from] as Line).page;
  for (let j = from; j < end && (lines[j] as Line).page === page; j++) {
    const l = lines[j] as Line;
    if (l.text !== '' && !l.tabbed) break;
    const runs = [...(laid[j] ?? '').matchAll(/\S+(?: \S+)*/g)];
    if (runs.length === headed.length && near(runs[0]?.index ?? -1)) return runs.map((m, k) => ({ start: m.index, header: (headed[k] as LaidOutColumn).header }));
  }
  return [...headed];
}

/** Reads the sign-off table ("Seen by / Name / Date", "Statutory officer / Name / Date") that starts at or after `from`. */
function readSignOffs(doc: Doc, from: number, end: number): { signOffs: SignOff[]; next: number; header: number } {
  const { lines } = doc;
  let header = -1;
  let seen = 0;
  // The table usually follows the cover, but some templates put it in a closing "Report Sign-Off" section.
  for (let i = from; i < end; i++) {
    const l = lines[i] as Line;
    if (l.text === '') continue;
    seen++;
    // A header row has "Seen by" or "Name" in its text: rows without them are not split into cells.
    if (l.tabbed && SEEN_BY.test(l.text) && signOffRoleColumn(cellsOf(l)) >= 0) {
      header = i;
      break;
    }
  }
  if (header < 0) return { signOffs: [], next: from, header };
  const byPosition = readSignOffsByPosition(doc, header, end);
  if (byPosition) return { signOffs: byPosition.signOffs, next: seen <= 6 ? byPosition.next : from, header };
  const headCells = cellsOf(lines[header] as Line);
  const roleCol = signOffRoleColumn(headCells);
  const dateCol = signOffDateColumn(headCells, roleCol);
  const signOffs: SignOff[] = [];
  let role = '';
  let i = header + 1;
  let blankAbove = false;
  for (; i < end; i++) {
    const l = lines[i] as Line;
    if (l.text === '') {
      blankAbove = true;
      continue;
    }
    const wrapped = !blankAbove;
    blankAbove = false;
    if (!l.tabbed) break;
    // A header indented past its rows (its first heading centred over the role column, nothing left of it): the rows'
    // cells start at the role column.
    const indented = cellsOf(l).length === headCells.length - roleCol && headCells.slice(0, roleCol).every((c) => c === '');
    const cells = indented ? [...headCells.slice(0, roleCol).map(() => ''), ...cellsOf(l)] : cellsOf(l);
    const lead = cells.slice(0, roleCol).join(' ').trim();
    if (lead !== '' && !/report sign.?off/i.test(lead)) break;
    const roleCell = (cells[roleCol] ?? '').replace(/:$/, '').trim();
    const name = (cells[roleCol + 1] ?? '').trim();
    const dateText = (cells[dateCol] ?? '').trim();
    if (roleCell === '' && name === '' && dateText === '') continue;
    if (SIGN_OFF_COLUMNS.seenBy.test(roleCell)) continue;
    // On a page layout, a role cell wrapped onto the line under its row is that row's role, not a row of its own.
    const previous = signOffs[signOffs.length - 1];
    if (doc.layout && wrapped && previous && roleCell !== '' && name === '' && dateText === '') {
      previous.role = `${previous.role} ${roleCell}`;
      role = previous.role;
      continue;
    }
    if (roleCell !== '') role = roleCell;
    if (role === '') {
      warn(doc, l, 'sign-off-without-role', `sign-off row without a role: "${l.text}"`);
      continue;
    }
    signOffs.push({
      role,
      name: blank(name) ? null : name,
      date: blank(dateText) ? null : (findDate(dateText)?.date ?? null),
      dateText: blank(dateText) ? null : dateText,
    });
    if (!blank(dateText) && !findDate(dateText) && !/^sent\b/i.test(dateText)) {
      warn(doc, l, 'sign-off-date-unreadable', `sign-off date not understood: "${dateText}"`);
    }
  }
  // A table at the end of the report leaves the template after the cover still to be read.
  return { signOffs, next: seen <= 6 ? i : from, header };
}

/**
 * A sign-off table with no header row, under a heading of its own (SIGN_OFF_HEADING: "Statutory officer clearance"):
 * rows of three cells, the post, the officer's name and the date cleared ("Cleared 6 May 2031"), a post wrapped onto
 * the line under its row going on with it. Empty unless every row under the heading is such a row.
 */
function readHeadedSignOffs(lines: readonly Line[], from: number, end: number): SignOff[] {
  for (let i = from; i < end; i++) {
    if (!SIGN_OFF_HEADING.test((lines[i] as Line).text.trim())) continue;
    const out: SignOff[] = [];
    let previous = '';
    for (let j = i + 1; j < end; j++) {
      const l = lines[j] as Line;
      if (l.text === '') {
        if (out.length > 0) break;
        previous = '';
        continue;
      }
      const cells = l.tabbed ? cellsOf(l).filter((c) => c !== '') : [];
      const last = out[out.length - 1];
      // A post wrapped onto the line under its row: a few words alone, straight under the row.
      if (cells.length === 0 && last && previous !== '' && l.text.length <= 40 && !l.text.includes(':')) {
        last.role = joinWrapped([last.role, l.text]);
        continue;
      }
      const [role, name, dateText] = cells as [string, string, string];
      if (cells.length !== 3 || !looksLikePerson(name) || !findDate(dateText)) return [];
      out.push({ role, name, date: findDate(dateText)?.date ?? null, dateText });
      previous = l.text;
    }
    return out;
  }
  return [];
}

/**
 * Sign-offs printed as a cover's rows, the post named in the label ("Section 151 Officer sign-off | A. Bell, 3 May
 * 2031"): the officer's name before the date in the value. Each row stands alone; prose between them is skipped.
 */
function readSignOffRows(lines: readonly Line[], from: number, end: number): SignOff[] {
  const out: SignOff[] = [];
  for (let i = from; i < end; i++) {
    const l = lines[i] as Line;
    if (!l.tabbed) continue;
    const cells = cellsOf(l).filter((c) => c !== '');
    if (cells.length !== 2) continue;
    const role = SIGN_OFF_ROW_LABEL.exec(cells[0] as string)?.[1];
    const value = cells[1] as string;
    const found = findDate(value);
    if (role === undefined || !found) continue;
    const name = value
      .slice(0, found.index)
      .replace(/[\s,;:–-]+$/, '')
      .trim();
    if (!looksLikePerson(name)) continue;
    out.push({ role, name, date: found.date, dateText: value.slice(found.index, found.index + found.length) });
  }
  return out;
}

/**
 * Sign-offs printed as a signature box's row ("Signed: | A. Bell | Date: 3 May 2031") with the signatory's name and post
 * printed under the signature in its column ("Ann Bell, Leader of the Council"), wrapped there perhaps: one per row, the
 * post its role. A row with no name and post under it names no one.
 */
function readSignatureRows(lines: readonly Line[], from: number, end: number): Array<SignOff & { at: number }> {
  const out: Array<SignOff & { at: number }> = [];
  for (let i = from; i < end; i++) {
    const l = lines[i] as Line;
    if (!l.tabbed || l.text.length > 160) continue;
    const inCapacity = capacitySignatureRow(lines, i, end);
    if (inCapacity !== null) {
      out.push(inCapacity.signOff);
      i = inCapacity.last;
      continue;
    }
    const pairs = labelPairs(l);
    if (!SIGNATURE_LABEL.test(pairs[0]?.label ?? '')) continue;
    const column = cellsOf(l).indexOf(pairs[0]?.value ?? '');
    const under: string[] = [];
    for (let j = i + 1; j < Math.min(end, i + 4); j++) {
      const n = lines[j] as Line;
      const cells = n.tabbed ? cellsOf(n) : [];
      if (cells[0] !== '' || cells.filter((c) => c !== '').length !== 1 || column < 1) break;
      under.push(cells[column] ?? '');
    }
    const printed = under.join(' ').trim();
    const comma = printed.indexOf(',');
    const post = comma > 0 ? printed.slice(comma + 1).trim() : '';
    if (post === '' || !POST_WORDS.test(post)) continue;
    const dateText = pairs.find((p) => SIGNATURE_DATE_LABEL.test(p.label))?.value ?? '';
    out.push({
      at: i,
      role: post,
      name: printed.slice(0, comma).trim(),
      date: dateText === '' ? null : (findDate(dateText)?.date ?? null),
      dateText: dateText === '' ? null : dateText,
    });
  }
  return out;
}

/**
 * A signature table's row labelled with the capacity signed in (SIGNATURE_ROLE_LABEL: "Signed (Leader of the" / "Council)"),
 * the signature beside the label and its "Date:" cell after it: the label goes on down its column inside its bracket,
 * and the signatory's name is printed under the signature, a post after a comma perhaps ("Ann Bell, Chief Executive").
 * The capacity is the role; the printed name, or the signature when none is printed, the name. Null for another line,
 * or a row naming no one.
 */
function capacitySignatureRow(lines: readonly Line[], i: number, end: number): { signOff: SignOff & { at: number }; last: number } | null {
  const l = lines[i] as Line;
  const labelCell = labelCellOf(l);
  const filled = cellsOf(l).filter((c) => c !== '');
  if (filled[0] !== labelCell || !SIGNATURE_ROLE_LABEL.test(labelCell)) return null;
  const date = labelPairs(l).find((p) => SIGNATURE_DATE_LABEL.test(p.label));
  const signature = filled.slice(1).find((c) => !c.includes(':')) ?? '';
  const label = [labelCell];
  const printed: string[] = [];
  let last = i;
  for (let j = i + 1; j < Math.min(end, i + 5); j++) {
    const n = lines[j] as Line;
    if (n.text === '' || isPageFurniture(n) || SIGNATURE_ROLE_LABEL.test(labelCellOf(n))) break;
    const cells = n.tabbed ? cellsOf(n).filter((c) => c !== '') : [n.text];
    // At the label's indent the line's first cell is the label's next words, while its bracket is open.
    if (Math.abs(n.indent - l.indent) <= 1) {
      if (!unclosed(label.join(' '))) break;
      label.push(cells[0] as string);
      printed.push(...cells.slice(1));
    } else if (n.indent > l.indent + 8 && cells.length === 1) printed.push(cells[0] as string);
    else break;
    last = j;
  }
  const role = (SIGNATURE_ROLE_LABEL.exec(label.join(' ').replace(/\s+/g, ' '))?.[1] ?? '').trim();
  const who = printed.join(' ').trim();
  const comma = who.indexOf(',');
  const name = comma > 0 && POST_WORDS.test(who.slice(comma + 1)) ? who.slice(0, comma).trim() : who;
  const signatory = name !== '' ? name : signature;
  // A row naming no one, beside the signature or under it, is a box left to sign.
  if (signatory === '') return null;
  const dateText = date?.value ?? '';
  return {
    signOff: {
      at: i,
      role,
      name: signatory,
      date: dateText === '' ? null : (findDate(dateText)?.date ?? null),
      dateText: dateText === '' ? null : dateText,
    },
    last,
  };
}

/** The "Label: value" pairs of a line: a form row's cells ("Signature:<TAB>A. B<TAB>Date:<TAB>1/2/31") or "Label: value". */
function labelPairs(l: Line): Array<{ label: string; value: string }> {
  const out: Array<{ label: string; value: string }> = [];
  const cells = l.tabbed ? cellsOf(l).filter((c) => c !== '') : [l.text];
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k] as string;
    const m = /^([A-Za-z][A-Za-z ]{0,30}?)\s*:\s*(.*)$/.exec(c);
    if (!m) continue;
    let value = (m[2] as string).trim();
    if (value === '' && k + 1 < cells.length && !/:\s*$/.test(cells[k + 1] as string)) value = cells[++k] as string;
    out.push({ label: (m[1] as string).trim(), value });
  }
  return out;
}

const isSignatureRow = (l: Line): boolean => labelPairs(l).some((p) => SIGNATURE_LABEL.test(p.label) || SIGNATURE_DATE_LABEL.test(p.label));

/**
 * Sign-offs printed as signature blocks rather than a table: a "Name:" row with "Signature:" and "Date:" rows next to
 * it, under the signatory's heading ("Chief Finance Officer") or over their post, one block per signatory.
 */
function readSignatureBlocks(lines: readonly Line[], from: number, end: number): SignOff[] {
  const out: SignOff[] = [];
  for (let i = from; i < end; i++) {
    const l = lines[i] as Line;
    if (l.text.length > 120 || !/^name\s*:/i.test(l.text)) continue;
    const name = labelPairs(l)[0]?.value ?? '';
    let top = i;
    while (top - 1 >= from && i - top < 3 && (lines[top - 1] as Line).text !== '' && isSignatureRow(lines[top - 1] as Line)) top--;
    let bottom = i;
    let post: string | null = null;
    for (let j = i + 1; j < Math.min(end, i + 4) && (lines[j] as Line).text !== ''; j++) {
      const n = lines[j] as Line;
      if (isSignatureRow(n)) bottom = j;
      else if (j === i + 1 && !n.text.includes(':') && n.text.length <= 100) {
        post = n.text;
        bottom = j;
      } else break;
    }
    const pairs = [];
    for (let j = top; j <= bottom; j++) pairs.push(...labelPairs(lines[j] as Line));
    if (!pairs.some((p) => SIGNATURE_LABEL.test(p.label))) continue;
    const dateText = pairs.find((p) => SIGNATURE_DATE_LABEL.test(p.label))?.value ?? '';
    out.push({
      role: post ?? headingAbove(lines, top, Math.max(from, top - 10)) ?? '',
      name: name === '' ? null : name,
      date: dateText === '' ? null : (findDate(dateText)?.date ?? null),
      dateText: dateText === '' ? null : dateText,
    });
    i = bottom;
  }
  return out.filter((x) => x.role !== '');
}

/** The nearest short heading line (after a blank line, unpunctuated, not a label) above line i, at or after floor. */
function headingAbove(lines: readonly Line[], i: number, floor: number): string | null {
  for (let j = i - 1; j >= floor; j--) {
    const t = (lines[j] as Line).text;
    if (t === '' || t.length > 80 || /[.:;,]$/.test(t) || (lines[j] as Line).tabbed || t.includes(':')) continue;
    if (j === 0 || (lines[j - 1] as Line).text === '') return t;
  }
  return null;
}

function templateRowFollows(lines: Line[], i: number, end: number, within: number): boolean {
  for (let j = i + 1; j < Math.min(end, i + within); j++) {
    const l = lines[j] as Line;
    if (!l.tabbed) continue;
    const first = cellsOf(l)[0] ?? '';
    if (first === '' || isLabelCell(first)) return true;
  }
  return false;
}

/** Reads the template's label rows ("Summary:", "Recommendations:" …) from `from`. */
function readTemplate(doc: Doc, from: number, end: number): { fields: Field[]; next: number } {
  const { lines } = doc;
  const fields: Field[] = [];
  let start = -1;
  for (let i = from, seen = 0; i < end && seen < 12; i++) {
    const l = lines[i] as Line;
    if (l.text === '') continue;
    seen++;
    if (l.tabbed && isLabelCell(cellsOf(l)[0] ?? '') && TEMPLATE_LABEL.test(cellsOf(l)[0] ?? '')) {
      start = i;
      break;
    }
  }
  if (start < 0) return { fields, next: from };
  let i = start;
  for (; i < end; i++) {
    const l = lines[i] as Line;
    if (l.text === '' || isPageFurniture(l)) continue;
    const current = fields[fields.length - 1];
    if (l.tabbed) {
      const rawCells = l.raw.split('\t');
      const first = cleanInline(rawCells[0] ?? '');
      if (isLabelCell(first)) {
        fields.push({ label: labelOf(first), raw: [rawCells.slice(1).join('\t')], line: i });
        continue;
      }
      if (first === '' || /likelihood|impact|risk score/i.test(l.text)) {
        current?.raw.push(first === '' ? rawCells.slice(1).join('\t') : l.raw);
        continue;
      }
      break;
    }
    const heading = HEADING.exec(l.text);
    if (heading && heading[1] === '1' && !templateRowFollows(lines, i, end, 14)) break;
    const labelled = /^([A-Z][^:]{2,80}):\s+(.*)$/.exec(l.text);
    if (labelled && TEMPLATE_LABEL.test(labelled[1] as string)) {
      fields.push({ label: (labelled[1] as string).trim(), raw: [labelled[2] as string], line: i });
      continue;
    }
    if (!current) break;
    current.raw.push(l.raw);
  }
  return { fields, next: i };
}

function fieldText(f: Field): string {
  return cleanInline(f.raw.join(' ').replace(/\t/g, ' '));
}

/** Whether a laid-out line is a number and a heading only (indented, the number's gap a cell break), not a table row. */
function headingCells(doc: Doc, l: Line): boolean {
  if (!doc.layout) return false;
  const cells = cellsOf(l).filter((c) => c !== '');
  return cells.length <= 2 && (cells.length === 1 || /^\d{1,2}\.?$/.test(cells[0] as string));
}

/** Reads numbered sections ("1. Background") from `from` to `end`. */
function readSections(doc: Doc, from: number, end: number): ReportSection[] {
  const { lines } = doc;
  const sections: ReportSection[] = [];
  let expected = 1;
  let current: { heading: string; parts: string[] } | null = null;
  let closed = false;
  // The line above, as a numbered item under a lead-in ("… the Mayor has decided:" / "1. To approve …") is a list's, not a heading.
  let above = '';
  for (let i = from; i < end; i++) {
    const l = lines[i] as Line;
    if (l.text === '' || isPageFurniture(l)) continue;
    const leadIn = above.endsWith(':');
    above = l.text;
    // A numbered heading starts with a digit: most lines are passed over on their first character.
    const c0 = l.text.charCodeAt(0);
    const m = closed || c0 < 48 || c0 > 57 ? null : HEADING.exec(l.text);
    if (m && !leadIn && Number(m[1]) === expected && !/[.:;,]$/.test(l.text) && (!l.tabbed || headingCells(doc, l))) {
      if (current) sections.push({ heading: current.heading, text: current.parts.join(' ') });
      current = { heading: (m[2] as string).trim(), parts: [] };
      expected++;
      if (/background papers|appendices/i.test(current.heading)) closed = true;
      continue;
    }
    current?.parts.push(l.text);
  }
  if (current) sections.push({ heading: current.heading, text: current.parts.join(' ') });
  return sections;
}

/**
 * Labelled paragraphs ("Reasons for the decision:" and the text under or after it), as a decision
 * record or a report without numbered sections prints them.
 */
function readLabelledSections(doc: Doc, from: number, end: number): { sections: ReportSection[]; tableEnd: number | null } {
  const { lines } = doc;
  const out: ReportSection[] = [];
  let current: ReportSection | null = null;
  let lastText = from;
  // A web page's label table as cells (CLOSED_CELL_ROW seen, among the cover's rows just above too): a value cell open on the lines under its label.
  let cellTable = lines.slice(Math.max(0, from - 6), from).some((l) => CLOSED_CELL_ROW.test(l.raw));
  let cellOpen = false;
  // A boxed form's label column, while the label row's label may go on wrapped in it on the lines under the row.
  let labelColumn: number | null = null;
  for (let i = from; i < end; i++) {
    const l = lines[i] as Line;
    if (!cellTable && CLOSED_CELL_ROW.test(l.raw)) cellTable = true;
    if (cellOpen && current !== null) {
      // The cell's paragraphs and list items go on in its row until the line that closes it (a tab).
      const tab = l.raw.indexOf('\t');
      const text = tab < 0 ? l.text : cleanInline(l.raw.slice(0, tab));
      if (text !== '' && !isPageFurniture(text)) current.text = current.text === '' ? text : `${current.text} ${text}`;
      if (tab >= 0) cellOpen = false;
      lastText = i;
      continue;
    }
    // The label table is over: what follows (the page's contact block, its footer) is not the record's.
    if (cellTable && l.text !== '' && !l.tabbed) return { sections: out, tableEnd: i };
    const label = cellTable && l.tabbed ? openCellLabel(l) : null;
    if (label !== null) {
      current = { heading: label, text: '' };
      out.push(current);
      cellOpen = true;
      lastText = i;
      continue;
    }
    if (l.text === '' || isPageFurniture(l)) {
      // A numbered or bulleted list after a blank line goes on in the section above (its lead-in ends in a colon).
      if (current !== null && current.text !== '') {
        const k = nextNonBlank(lines, i + 1, end);
        // A section broken off mid-sentence by a page break ("… agreed to the" / page furniture / "terms of …") goes on over it.
        let after = k;
        while (after >= 0 && isPageFurniture(lines[after] as Line)) after = nextNonBlank(lines, after + 1, end);
        // A sentence left without its full stop goes on too ("… to make minor" / page furniture / "amendments to …").
        const overPage =
          after >= 0 &&
          lines.slice(lastText, after).some((x) => isPageFurniture(x)) &&
          (SENTENCE_BROKEN.test(current.text) || !/[.;:!?)]$/.test(current.text)) &&
          /^[a-z]/.test((lines[after] as Line).text);
        if (k < 0 || (markerOf((lines[k] as Line).text) === null && !overPage)) current = null;
      }
      continue;
    }
    // The label's words wrapped in its column, under its row ("Conflicts of interest | None" / "declared by the
    // decision maker"), or inside its bracketed prompt: the heading's, not the value's, which may go on beside them.
    const labelCell = labelColumn !== null && l.indent === labelColumn && lastText === i - 1 ? (l.tabbed ? (cellsOf(l)[0] ?? '') : l.text) : '';
    if (current !== null && labelCell !== '' && (WRAPPED_LABEL_TAIL.test(labelCell) || unclosed(current.heading))) {
      current.heading = `${current.heading} ${labelCell}`;
      const beside = l.tabbed
        ? cellsOf(l)
            .slice(1)
            .filter((c) => c !== '')
            .join(' ')
        : '';
      if (beside !== '') current.text = current.text === '' ? beside : `${current.text} ${beside}`;
      lastText = i;
      continue;
    }
    labelColumn = null;
    lastText = i;
    // A numbered form's label cell ("12.Reasons for the decision"): the label without its number.
    const numbered = l.tabbed && (cellsOf(l)[0] ?? '') !== '';
    const m = /^([A-Z][A-Za-z ,'’()/-]{2,70}?)\s*[:?]\s*(.*)$/.exec(
      l.tabbed
        ? cellsOf(l)
            .filter((c) => c !== '')
            .join(': ')
            .replace(/:\s*:/g, ':')
            .replace(numbered ? FORM_FIELD_NUMBER : /^$/, '')
        : l.text,
    );
    // A plain heading ("Financial implications"): a short capitalised line after a blank, a paragraph under it.
    if (!m && plainHeading(lines, i, end)) {
      current = { heading: l.text, text: '' };
      out.push(current);
      continue;
    }
    // A lead-in to a list ("The Cabinet Member RESOLVED that:", or any "…:" line just under a plain heading) is the section's text, not a heading.
    // A web page's paragraphs are a blank line apart: there the lead-in is known by the numbered list under it.
    const leadIn =
      m !== null && current !== null && current.text === '' && (m[2] as string) === '' && i > from && ((lines[i - 1] as Line).text !== '' || listFollows(lines, i + 1, end));
    if (m && !leadIn && (m[1] as string).split(/\s+/).length <= 9 && !/^(?:signed|date)$/i.test(m[1] as string) && !LEAD_IN_LABEL.test(m[1] as string)) {
      current = { heading: (m[1] as string).trim(), text: (m[2] as string).replace(/^[:\s]+/, '').trim() };
      out.push(current);
      cellOpen = cellTable && OPEN_CELL_ROW.test(l.raw);
      if (doc.layout && numbered) labelColumn = l.indent;
      continue;
    }
    if (current) current.text = current.text === '' ? l.text : `${current.text} ${l.text}`;
  }
  for (const s of out) s.heading = s.heading.replace(FORM_LABEL_PROMPT, '');
  return { sections: out, tableEnd: null };
}

/** Whether a label opens a bracket it does not close ("Dispensation (granted by the Monitoring Officer or"). */
function unclosed(label: string): boolean {
  return (label.match(/\(/g) ?? []).length > (label.match(/\)/g) ?? []).length;
}

/** A label table's row as a web page's cells close on its line: the label, its value and each cell's closing tab. */
const CLOSED_CELL_ROW = /^[^\t]*\S[^\t]*\t[^\t]*\S[^\t]*\t$/;

/** A label row whose value cell is still open at the line's end (its paragraphs or list below): one tab, after the label. */
const OPEN_CELL_ROW = /^[^\t]*\S[^\t]*\t[^\t]*$/;

/** The label of a row whose value cell opens empty, its paragraphs or list on the lines below ("Decision" | …), or null. */
function openCellLabel(l: Line): string | null {
  if (!OPEN_CELL_ROW.test(l.raw) || !l.raw.endsWith('\t')) return null;
  const label = cleanInline(l.raw.slice(0, -1));
  return /^[A-Z]/.test(label) && label.length <= 80 && label.split(/\s+/).length <= 9 && !/[.;,]$/.test(label) ? label.replace(/\s*[:?]$/, '') : null;
}

/** Whether the next line after blanks from line i on is an item of a numbered or bulleted list. */
function listFollows(lines: Line[], i: number, end: number): boolean {
  const k = nextNonBlank(lines, i, end);
  return k >= 0 && markerOf((lines[k] as Line).text) !== null;
}

/**
 * Whether line i is a plain section heading: short, capitalised, unpunctuated, after a blank line and over a longer
 * paragraph, straight under it or (as `pandoc -t plain` sets a heading) one blank line below.
 */
function plainHeading(lines: readonly Line[], i: number, end: number): boolean {
  const l = lines[i] as Line;
  const t = l.text;
  if (l.tabbed || t.length > 50 || t.length < 4 || !/^[A-Z][A-Za-z’' ()&,-]+$/.test(t) || t.split(' ').length > 6) return false;
  if (i > 0 && (lines[i - 1] as Line).text !== '') return false;
  const under = i + 1 < end && (lines[i + 1] as Line).text === '' ? i + 2 : i + 1;
  const next = under < end ? (lines[under] as Line).text : '';
  return next.length > t.length && !isPageFurniture(next);
}

/** Reads "Likelihood 3 Impact 4 Risk Score 12"; warns when the score is not likelihood × impact. */
export function readRisk(doc: Doc, text: string, line: number | null): RiskScore | null {
  const m = RISK.exec(text);
  if (!m) return null;
  const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
  const risk = { likelihood: num(m[1]), impact: num(m[2]), score: num(m[3]) };
  if (risk.likelihood === null && risk.impact === null && risk.score === null) return null;
  if (risk.likelihood !== null && risk.impact !== null && risk.score !== null && risk.likelihood * risk.impact !== risk.score) {
    warn(doc, line, 'risk-score-mismatch', `risk score ${risk.score} is not likelihood ${risk.likelihood} × impact ${risk.impact}`);
  } else if (risk.likelihood === null || risk.impact === null || risk.score === null) {
    warn(doc, line, 'risk-score-incomplete', 'risk table is only partly filled in');
  }
  for (const [k, v] of [
    ['likelihood', risk.likelihood],
    ['impact', risk.impact],
  ] as const) {
    if (v !== null && (v < 1 || v > 5)) warn(doc, line, 'risk-out-of-range', `risk ${k} ${v} is outside 1–5`);
  }
  return risk;
}

/** How many lines of a paragraph cut at the cap a risk sentence's next window reads again. */
const RISK_PARAGRAPH_OVERLAP = 2;

/**
 * A risk scored in a paragraph of the report (RISK_SENTENCE), its lines joined so that a sentence wrapped between the
 * numbers is read whole: the numbers as "Likelihood L Impact I Score S" and the paragraph's first line, or null.
 */
function riskSentence(doc: Doc, from: number, end: number): { text: string; line: number } | null {
  const { lines } = doc;
  for (let i = from; i < end; i++) {
    if ((lines[i] as Line).text === '') continue;
    let j = i;
    const para: string[] = [];
    for (; j < end && (lines[j] as Line).text !== '' && para.length < 12; j++) para.push((lines[j] as Line).text);
    const m = /likelihood/i.test(para.join(' ')) ? RISK_SENTENCE.exec(para.join(' ')) : null;
    if (m) return { text: `Likelihood ${m[1] as string} Impact ${m[2] as string} Score ${m[3] as string}`, line: (lines[i] as Line).no };
    // A paragraph cut at the cap (a report's sections printed with no blank line between) goes on from its last lines, so
    // that no line is skipped and a sentence wrapped over the cut is read whole.
    i = j < end && (lines[j] as Line).text !== '' ? j - RISK_PARAGRAPH_OVERLAP - 1 : j;
  }
  return null;
}

/**
 * A risk table: a header row with Likelihood, Impact and Score columns (see RISK_COLUMNS) and, within a few
 * lines under it (a wrapped heading between), a row whose cells in those columns start with numbers. On a page
 * layout the cells are read by the header's positions, otherwise by the row's cells. The row as "Likelihood L
 * Impact I Score S" and its line, or null.
 */
function riskTableRow(doc: Doc, from: number, end: number): { text: string; line: number } | null {
  const { lines } = doc;
  const laid = doc.laidOut;
  for (let i = from; i < end; i++) {
    const l = lines[i] as Line;
    if (!l.tabbed || !/likelihood|probability/i.test(l.text) || (laid && registerHeaderAt(laid, i))) continue;
    const columns = laid ? headerColumns(laid[i] ?? '') : null;
    const heads = columns ? columns.map((c) => c.header) : cellsOf(l);
    const at = (re: RegExp): number => heads.findIndex((h) => re.test(h.trim()));
    const k = [at(RISK_COLUMNS.likelihood), at(RISK_COLUMNS.impact), at(RISK_COLUMNS.score)];
    if (k.some((x) => x < 0)) continue;
    for (let j = i + 1, seen = 0; j < end && seen < 4; j++) {
      const row = lines[j] as Line;
      if (row.text === '') continue;
      seen++;
      const cells = columns ? cellsByPosition(laid?.[j] ?? '', columns) : cellsOf(row);
      const nums = k.map((x) => /^(\d{1,3})(?=\s|$)/.exec((cells[x] ?? '').trim())?.[1] ?? null);
      if (nums.every((v) => v === null)) continue;
      const [a, b, c] = nums.map((v) => v ?? '');
      return { text: `Likelihood ${a as string} Impact ${b as string} Score ${c as string}`.replace(/\s+/g, ' '), line: row.no };
    }
  }
  return null;
}

/**
 * The priorities listed under a priorities section: the lines set in from the lead-in ("The proposals support the
 * following priorities:"), or bulleted, one a line, until the list ends at a blank line or the next heading.
 */
function readPrioritySection(doc: Doc, from: number, end: number): string[] {
  const { lines } = doc;
  // From `from` only: a findIndex over the whole document ran once per report.
  let at = -1;
  for (let i = Math.max(0, from); i < end && i < lines.length && at < 0; i++) if (PRIORITY_SECTION_HEADING.test((lines[i] as Line).text.trim())) at = i;
  if (at < 0) return [];
  const base = (lines[at] as Line).indent;
  const items: string[] = [];
  for (let i = at + 1; i < end && i < at + 20; i++) {
    const l = lines[i] as Line;
    const text = l.text.trim();
    if (text === '') {
      if (items.length > 0) break;
      continue;
    }
    if (isPageFurniture(l)) continue;
    const bullet = /^[•·▪\-–*]\s+/.exec(text);
    if (l.indent > base + 2 || bullet) items.push(bullet ? text.slice(bullet[0].length) : text);
    // Before the list, the lead-in; after it, or at the next numbered heading, the list is over.
    else if (items.length > 0 || HEADING.test(text)) break;
  }
  return items;
}

function ticked(items: string[]): string[] {
  const marked = items.filter((s) => /[☒☑✔✓]|\[x\]/i.test(s));
  if (marked.length === 0) return items;
  return marked.map((s) => s.replace(/[☒☑✔✓☐]|\[[x ]\]/gi, '').trim());
}

/**
 * A label table's "Recommendations" row: the label in the first cell and the value beside it, wrapped down its
 * column on the lines under it (their first cell empty) until a blank line or the next label. Null when line i
 * is not such a row.
 */
function cellValue(lines: readonly Line[], i: number, end: number): string | null {
  const cells = cellsOf(lines[i] as Line).filter((c) => c !== '');
  if (cells.length < 2 || (cellsOf(lines[i] as Line)[0] ?? '') === '' || !RECOMMENDATION_HEADING.test(cells[0] as string)) return null;
  const parts = [cells.slice(1).join(' ')];
  for (let j = i + 1; j < end; j++) {
    const n = lines[j] as Line;
    if (n.text === '' || isPageFurniture(n) || !n.tabbed || (cellsOf(n)[0] ?? '') !== '') break;
    parts.push(
      cellsOf(n)
        .filter((c) => c !== '')
        .join(' '),
    );
  }
  return parts.join(' ');
}

/**
 * The first recommendations block of a report: a "Recommendation(s)" heading (or label) and the
 * list under it, its lead-in ("The Committee is asked to RESOLVE that:") left out; a paragraph with
 * no list is one recommendation. A repeat of the block later in the report adds nothing.
 */
function readRecommendations(doc: Doc, from: number, end: number): string[] {
  const { lines } = doc;
  for (let i = from; i < end; i++) {
    const l = lines[i] as Line;
    if (l.text === '' || l.text.length > 300) continue;
    const cell = l.tabbed ? cellValue(lines, i, end) : null;
    if (cell !== null) {
      const list = splitListItems(cell);
      return list.items;
    }
    // "Recommendation: …", or a cover table's row "Recommendation | …" (the label in its own cell).
    const inline =
      /^(?:recommendations?(?:\s*\(s\))?|recommended\s+(?:decisions?|resolutions?))\s*:\s*(\S.*)$/i.exec(l.text) ??
      (l.tabbed
        ? /^(?:recommendations?(?:\s*\(s\))?|recommended\s+(?:decisions?|resolutions?))\s*:?\t+\s*(\S.*)$/i.exec(
            cellsOf(l)
              .filter((c) => c !== '')
              .join('\t'),
          )
        : null);
    if (!inline && !RECOMMENDATION_HEADING.test(l.text)) continue;
    const list = readMarkedList(lines, inline ? i : i + 1, end, 6);
    // A numbered paragraph that only leads in ("2.1 Cabinet is recommended to:"): the list lettered under it.
    if (list.items.length === 1 && RECOMMENDATION_LEAD_IN_ITEM.test(list.items[0] as string)) {
      const under = readMarkedList(lines, list.end, end, 0);
      if (under.items.length > 0) return under.items;
    }
    if (list.items.length > 0 && (!inline || list.first > i)) return list.items;
    // No list: the paragraph under the heading (or after the label) is the recommendation.
    const parts: string[] = inline ? [inline[1] as string] : [];
    let j = i + 1;
    while (j < end && (lines[j] as Line).text === '' && parts.length === 0) j++;
    for (; j < end; j++) {
      const t = (lines[j] as Line).text;
      if (t === '' || isPageFurniture(lines[j] as Line)) break;
      parts.push(t);
    }
    const text = joinWrapped(parts);
    if (text === '' || /:$/.test(text)) return [];
    return [text];
  }
  return [];
}

/** A summary under a "Summary" / "Purpose of report" heading or label, up to the next blank line. */
function readSummary(doc: Doc, from: number, end: number): string | null {
  const { lines } = doc;
  for (let i = from; i < Math.min(end, from + 120); i++) {
    const t = (lines[i] as Line).text;
    if (t === '' || t.length > 400) continue;
    const inline = /^(?:summary|executive summary|purpose(?: of (?:the )?report)?)\s*:\s*(\S.*)$/i.exec(t);
    if (!inline && !SUMMARY_HEADING.test(t)) continue;
    const parts: string[] = inline ? [inline[1] as string] : [];
    let j = i + 1;
    while (j < end && (lines[j] as Line).text === '' && parts.length === 0) j++;
    for (; j < end; j++) {
      const n = (lines[j] as Line).text;
      if (n === '' || isPageFurniture(n) || RECOMMENDATION_HEADING.test(n)) break;
      parts.push(n);
    }
    const text = joinWrapped(parts);
    return text === '' ? null : text;
  }
  return null;
}

/** A line of a person's contact details: a phone or an e-mail, labelled or not. */
const CONTACT_DETAIL = /@|\b(?:tel|telephone|phone|e-?mail)\b|\d{4}\s?\d{3}/i;

/**
 * A contact block printed as columns side by side, each under a label ("Contact officer (report author):" beside
 * "Relevant Director:"): the author is the first line of the author's column, the contact its phone and e-mail lines.
 */
function readAuthorColumn(doc: Doc, from: number, end: number): { author: string; contact: string | null } | null {
  const laid = doc.laidOut;
  if (!laid) return null;
  for (let i = end - 1; i >= from; i--) {
    const l = doc.lines[i] as Line;
    if (!l.tabbed || l.text.length > 200) continue;
    const columns = headerColumns(laid[i] ?? '');
    const k = columns.findIndex((c) => AUTHOR_COLUMN_LABEL.test(c.header));
    if (columns.length < 2 || k < 0 || !columns.every((c) => c.header.endsWith(':'))) continue;
    const under: string[] = [];
    for (let j = i + 1; j < Math.min(end, i + 8) && (doc.lines[j] as Line).text !== ''; j++) {
      const cell = cellsByPosition(laid[j] ?? '', columns)[k] as string;
      if (cell !== '') under.push(cell);
    }
    if (under.length === 0) continue;
    const contact = under.slice(1).filter((t) => CONTACT_DETAIL.test(t));
    return { author: under[0] as string, contact: contact.length > 0 ? contact.join(' ') : null };
  }
  return null;
}

/**
 * "Author of report - Name, Post" at the foot of a report, with the e-mail and phone printed under it;
 * failing that, a "Contact officer:" line gives the contact and names its officer as the author.
 */
function readAuthorAtFoot(doc: Doc, from: number, end: number): { author: string | null; contact: string | null } | null {
  const { lines } = doc;
  const column = readAuthorColumn(doc, from, end);
  if (column) return column;
  for (let i = end - 1; i >= from; i--) {
    const l = lines[i] as Line;
    if (l.text === '' || l.text.length > 200) continue;
    const m = /^(?:report\s+)?authors?(?:\s*\(s\))?(?:\s+of\s+(?:the\s+)?report)?(?:\s*(?:and|\/)\s*contact(?:\s+details)?)?\s*(?:[:\-–—]\s*)(\S.{2,150})$/i.exec(l.text);
    if (!m) continue;
    let author = (m[1] as string).replace(/[\s,]+$/, '').trim();
    // "Report Authors: | Lead Directors": the label heads a column, and the author is the line under it.
    const cells = l.tabbed ? cellsOf(l).filter((c) => c !== '') : [];
    if (cells.length >= 2 && /:\s*$/.test(cells[0] as string)) {
      const under = lines[i + 1];
      const name = under && under.tabbed ? (cellsOf(under).find((c) => c !== '') ?? '') : (under?.text ?? '');
      // The line under may be the next label ("Tel: …"), when the author's name is the label's own value.
      if (name !== '' && !/^[A-Za-z][\w ]{1,30}:/.test(name)) author = name;
    }
    const contact: string[] = [];
    for (let j = i + 1; j < Math.min(end, i + 4); j++) {
      const t = (lines[j] as Line).text;
      if (t === '') break;
      if (CONTACT_DETAIL.test(t)) contact.push(t);
    }
    // "Name, Post, 01632 …, name@…" on one line: the phone and e-mail are the contact.
    const split = authorAndContact(author, null);
    if (split.contact !== null && split.author !== null) {
      contact.unshift(split.contact);
      author = split.author;
    } else if (/@|\d{5}/.test(author)) contact.unshift(author);
    return { author, contact: contact.length > 0 ? contact.join(' ') : null };
  }
  for (let i = end - 1; i >= from; i--) {
    const m = /^(?:contact(?:\s+officer)?(?:\s+details)?|for further information(?: please)? contact|background papers held by)\s*[:\-–—]\s*(\S.{2,200})$/i.exec(
      formRowAsLabel(lines[i] as Line),
    );
    if (!m) continue;
    const parts = [(m[1] as string).trim()];
    // The officer's phone and e-mail on the lines under the label ("Tel: … Email: …"), past a post printed
    // under the name ("Contact officer: Name" / "Post" / "Tel: …" / "Email: …").
    for (let j = i + 1, post = 0; j < Math.min(end, i + 5); j++) {
      const t = (lines[j] as Line).text;
      if (t === '') break;
      if (!CONTACT_DETAIL.test(t)) {
        if (parts.length > 1 || ++post > 1 || t.length > 80 || /[.:;]$/.test(t)) break;
        continue;
      }
      parts.push(t);
    }
    const contact = parts.join(' ');
    // "Contact officer: Name, Post" names the officer who wrote the report; a phone or e-mail first names no one.
    const named = /^contact/i.test(formRowAsLabel(lines[i] as Line)) ? authorAndContact(parts[0] as string, null).author : null;
    const author = named !== null && !/@|\d{4}/.test(named) ? named : null;
    if (/@|\d{4}\s?\d{3}/.test(contact)) return { author, contact };
  }
  return null;
}

/** A form row's label cell and value cell ("Contact officer | Jo Bloggs, Officer") as "Label: value"; other lines as they are. */
function formRowAsLabel(l: Line): string {
  if (!l.tabbed || l.text.length > 240) return l.text;
  const filled = cellsOf(l).filter((c) => c !== '');
  // The label is the row's first cell, or on a form laid out indented the first after the indent ("   Contact officer   Jo Bloggs").
  const label = labelCellOf(l);
  return filled.length === 2 && label === filled[0] && !/:$/.test(label) ? `${label}: ${filled[1] as string}` : l.text;
}

/**
 * The date of a record signed at its foot: a "Date:" row next to its "Signed:" row (a form's signature
 * box), as an ISO date; null when there is none.
 */
function signedDate(doc: Doc, from: number, end: number): string | null {
  const { lines } = doc;
  const labelOf = (l: Line): { label: string; value: string } | null => {
    const m = /^([A-Za-z][A-Za-z ]{1,24}?)\s*:\s*(.*)$/.exec(l.text);
    return m ? { label: m[1] as string, value: m[2] as string } : null;
  };
  for (let i = end - 1; i >= from; i--) {
    const l = lines[i] as Line;
    if (l.text === '' || l.text.length > 120 || !SIGNATURE_LABEL.test(labelOf(l)?.label ?? '')) continue;
    for (let j = Math.max(from, i - 2); j < Math.min(end, i + 3); j++) {
      const d = labelOf(lines[j] as Line);
      if (j === i || !d || !SIGNATURE_DATE_LABEL.test(d.label)) continue;
      const date = findDate(d.value)?.date ?? null;
      if (date !== null) return date;
    }
  }
  return null;
}

/** Whether a "Key decision?: Yes" label line is among lines [from, to). */
function keyDecisionSaysYes(lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = (lines[i] as Line).text;
    const colon = t.length < 80 ? t.indexOf(':') : -1;
    if (
      colon > 0 &&
      KEY_DECISION_LABEL.test(
        t
          .slice(0, colon)
          .replace(/\s*\?$/, '')
          .trim(),
      ) &&
      /^\s*yes\b/i.test(t.slice(colon + 1))
    )
      return true;
  }
  return false;
}

/** Reads one report (cover, sign-offs, template, sections) from its span. */
export function parseReport(doc: Doc, span: Span): Report {
  const { lines } = doc;
  const cover = parseCover(doc, span.start, span.end);
  if (!cover) warn(doc, lines[span.start] ?? null, 'report-cover-unreadable', 'report cover labels not found');
  const from = cover?.end ?? span.start;
  const table = readSignOffs(doc, from, span.end);
  const { next } = table;
  // A signature box's rows beside the table, in the order printed.
  const signed = readSignatureRows(lines, from, span.end);
  const rows = [...signed.filter((s) => s.at < table.header), ...table.signOffs, ...signed.filter((s) => s.at >= table.header)].map(({ role, name, date, dateText }) => ({
    role,
    name,
    date,
    dateText,
  }));
  const headed = rows.length > 0 ? [] : readHeadedSignOffs(lines, from, span.end);
  const blocks = rows.length > 0 || headed.length > 0 ? [] : readSignatureBlocks(lines, from, span.end);
  const signOffs = rows.length > 0 ? rows : headed.length > 0 ? headed : blocks.length > 0 ? blocks : readSignOffRows(lines, span.start, Math.min(span.end, span.start + 80));
  const { fields, next: afterTemplate } = readTemplate(doc, next, span.end);
  const field = (re: RegExp): Field | undefined => fields.find((f) => re.test(f.label));

  let forwardPlanRef: string | null = null;
  const fpField = field(/^forward plan ref/i);
  if (fpField) {
    const m = FP_REF.exec(fieldText(fpField)) ?? BARE_FORWARD_PLAN_REF.exec(fieldText(fpField));
    forwardPlanRef = m ? (m[1] as string).toUpperCase() : null;
  }

  if (forwardPlanRef === null && cover?.fpRef)
    forwardPlanRef = (FP_REF.exec(cover.fpRef) ?? BARE_FORWARD_PLAN_REF.exec(cover.fpRef) ?? SPACED_FORWARD_PLAN_REF.exec(cover.fpRef))?.[1]?.toUpperCase() ?? null;

  let recommendations: string[] = [];
  const recField = field(/^recommendations?$/i);
  if (recField) recommendations = splitListItems(recField.raw.join(' ')).items;
  // Outside a template table: the first "Recommendation(s)" block of the report, once.
  if (!recField) recommendations = readRecommendations(doc, cover?.recommendationsAt ?? from, span.end);

  let priorityLinks: string[] = [];
  const linksField = field(/^links? to/i);
  if (linksField) {
    const list = splitListItems(linksField.raw.join(' '));
    priorityLinks = list.marked ? ticked(list.items) : [];
  }
  if (!linksField) priorityLinks = readPrioritySection(doc, afterTemplate, span.end);

  let risk: RiskScore | null = null;
  const riskField = field(/^risk/i);
  const riskText = riskField ? fieldText(riskField) : '';
  if (RISK.test(riskText)) risk = readRisk(doc, riskText, lines[riskField?.line ?? span.start]?.no ?? null);
  else {
    for (let i = from; i < afterTemplate; i++) {
      const l = lines[i] as Line;
      if (/likelihood/i.test(l.text) && RISK.test(l.text)) {
        risk = readRisk(doc, l.text, l.no);
        break;
      }
    }
  }

  if (risk === null) {
    const row = riskTableRow(doc, from, span.end);
    if (row) risk = readRisk(doc, row.text, row.line);
  }
  if (risk === null) {
    const said = riskSentence(doc, from, span.end);
    if (said) risk = readRisk(doc, said.text, said.line);
  }

  const sections: ReportSection[] = fields.filter((f) => !/^forward plan ref/i.test(f.label)).map((f) => ({ heading: f.label, text: fieldText(f) }));
  const numbered = readSections(doc, afterTemplate, span.end);
  const labelled = numbered.length > 0 ? null : readLabelledSections(doc, cover?.end ?? afterTemplate, span.end);
  sections.push(...(labelled?.sections ?? numbered));
  const summaryField = field(/^summary/i);
  const summarySection = sections.find((s) => /^summary\b/i.test(s.heading));
  const summary = summaryField ? fieldText(summaryField) : (summarySection?.text ?? readSummary(doc, span.start, span.end));
  const foot = cover?.author ? null : readAuthorAtFoot(doc, from, span.end);

  if (cover && cover.title === '') warn(doc, lines[span.start] ?? null, 'report-title-missing', 'report has no title above its cover labels');
  // A record printed as a web page's label table ends with its table.
  let last = (labelled?.tableEnd ?? span.end) - 1;
  while (last > span.start && ((lines[last] as Line).text === '' || isPageFurniture(lines[last] as Line))) last--;
  const report: Report = {
    title: cover?.title ?? '',
    kind: cover?.kind ?? null,
    date: cover?.date ?? signedDate(doc, from, span.end),
    agendaItem: null,
    forwardPlanRef,
    cabinetMembers: cover?.cabinetMembers ?? [],
    leadOfficer: cover?.leadOfficer ?? null,
    author: cover?.author ?? foot?.author ?? null,
    contact: cover?.contact ?? foot?.contact ?? null,
    signOffs,
    summary: summary === '' ? null : summary,
    recommendations,
    risk,
    priorityLinks,
    sections,
  };
  const decision = sections.find((x) => /^(?:the\s+)?decisions?(?:\s+(?:taken|made))?$/i.test(x.heading));
  if (decision && decision.text !== '') {
    report.decision = decision.text;
    // A decision in numbered parts under its lead-in: the parts as a list.
    const parts = splitListItems(decision.text);
    if (parts.marked && parts.items.length > 1) report.decisions = parts.items;
    // A record of decision recommends nothing: its numbered decisions are what it resolves.
    if (report.recommendations.length === 0 && report.decisions) report.recommendations = report.decisions;
  }
  const declared = sections.find((x) => DECISION_SECTION_HEADINGS.some((h) => h.kind === 'declarations' && h.pattern.test(x.heading)));
  if (declared) {
    const declarations = sectionDeclarations(declared.text);
    if (declarations.length > 0) report.declarations = declarations;
  }
  // A decision record's labelled date of decision, when the cover gives none; "Key decision: Yes" as its kind.
  if (report.date === null) {
    const dated = sections.find((x) => DECISION_DATE_LABEL.test(x.heading));
    report.date = dated ? (findDate(dated.text)?.date ?? null) : null;
  }
  // Only a record of the decision is a key decision by kind; a report's "Key decision: Yes" asks for one.
  if (report.kind === null && report.decision !== undefined && keyDecisionSaysYes(lines, span.start, Math.min(span.end, span.start + 80))) report.kind = 'Key decision';
  if (cover?.to) report.to = cover.to;
  if (cover?.decisionNo) report.decisionNumber = cover.decisionNo;
  if (cover?.agendaItem) report.agendaItem = cover.agendaItem.replace(/^(?:item\s+)?/i, '').replace(/\.$/, '');
  return locate(doc, report, span.start, last);
}

/**
 * The declarations of interest under a decision record's declarations heading, one per sentence that opens with a
 * member's title ("Councillor A Bell declared … . Cllr C Dean declared …"); a following sentence that names nobody
 * ("She left the room …") stays with the declaration before it.
 */
function sectionDeclarations(text: string): Declaration[] {
  const sentences: string[] = [];
  for (const s of text.split(/(?<=[.;])\s+/)) {
    if (sentences.length > 0 && !startsWithTitle(s)) sentences[sentences.length - 1] += ` ${s}`;
    else sentences.push(s);
  }
  return readDeclarations(sentences);
}
