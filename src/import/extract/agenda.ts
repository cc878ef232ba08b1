import type { AgendaItem, GuidanceNote } from './contract.ts';
import type { Doc, Line } from './doc.ts';
import { cellsOf, locate } from './doc.ts';
import { isPageFurniture } from './text-normalise.ts';

const PAGES = /\(\s*(?:pages?|pp?\.?)\s*(\d{1,4})(?:\s*[-–—]\s*(\d{1,4}))?\s*\)/i;
const ITEM = /^(\d{1,3}(?:\.\d{1,2})?)\.?\s+(\S.*)$/;
const SUB_ITEM = /^[-•]?\s*\(?([a-z])\)\s+(\S.*)$/;
const EXEMPT = /\bexempt\b|exclusion of (?:the )?press|schedule 12a|\bconfidential\b|\bpart (?:2|ii)\b/i;
/** The motion to exclude the press and public: itself taken in public, the items after it are not. */
const EXCLUSION = /\bexclu(?:sion|ding|de)\b(?: of)?(?: the)? press (?:and|&) (?:the )?public\b|\bpress (?:and|&) (?:the )?public\b.{0,20}\bexclu/i;

/** Where the guidance notes of a pack begin: "Guidance notes", "Agenda Annexe". */
export const GUIDANCE_HEADING = /^(?:agenda annexe|(?:the meeting\s*[-–—]\s*)?guidance notes(?: for the meeting)?|notes for (?:the )?(?:public|guidance)|guidance for the public)\b/i;

/** Whether a line is the agenda heading or a repeated agenda page header. */
export function isAgendaHeading(text: string): boolean {
  return /^agenda$/i.test(text) || /^item\s+\S.*\d{4}$/i.test(text);
}

/** Item numbers a motion names ("for items 9 and 10", "item 8"); null when it names none. */
function namedItems(text: string): Set<string> | null {
  const m = /\bitems?\s+(\d{1,3}(?:\.\d{1,2})?(?:\s*(?:,|and|&|-|–|to)\s*\d{1,3}(?:\.\d{1,2})?)*)/i.exec(text);
  if (!m) return null;
  const out = new Set<string>();
  for (const piece of (m[1] as string).split(/\s*(?:,|and|&)\s*/)) {
    const range = /^(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})$/.exec(piece.trim());
    if (range && Number(range[2]) - Number(range[1]) < 50) for (let k = Number(range[1]); k <= Number(range[2]); k++) out.add(String(k));
    else out.add(piece.trim());
  }
  return out;
}

/** Reads numbered agenda items between `start` and `end`; numbers must run in sequence. */
export function readAgenda(doc: Doc, start: number, end: number): AgendaItem[] {
  const { lines } = doc;
  const items: AgendaItem[] = [];
  const notes: string[][] = [];
  /** Line indexes of each item: its own line, then the last wrapped or note line. */
  const spans: Array<[number, number]> = [];
  let top = 0;
  let sub = 0;
  for (let i = start; i < end; i++) {
    const l = lines[i] as Line;
    const t = l.text;
    if (t === '' || isPageFurniture(t) || isAgendaHeading(t) || /^\*+.*\*+$/.test(l.raw.trim())) continue;
    let itemText = t;
    let cellNote: string | null = null;
    if (l.tabbed) {
      // An agenda laid out as a table: number, title, then notes in later cells.
      const cells = cellsOf(l).filter((c) => c !== '');
      const lead = /^\d{1,3}(?:\.\d{1,2})?\.?$/.test(cells[0] ?? '') ? 2 : 1;
      itemText = cells.slice(0, lead).join(' ');
      const rest = cells.slice(lead).join(' ').trim();
      cellNote = rest === '' ? null : rest;
    }
    const m = ITEM.exec(itemText);
    if (m && itemText.length < 300) {
      const number = m[1] as string;
      const [major, minor] = number.split('.').map(Number) as [number, number | undefined];
      const fits = minor === undefined ? major === top + 1 || (top === 0 && major <= 2) : major === top && minor === sub + 1;
      if (fits) {
        const first = i;
        let title = m[2] as string;
        let pages: AgendaItem['pages'] = null;
        // A title wrapped onto the next line that carries the page range.
        if (!PAGES.test(title)) {
          const nx = lines[i + 1];
          if (nx && nx.text !== '' && nx.text.length < 150 && PAGES.test(nx.text) && !ITEM.exec(nx.text)) {
            title = `${title} ${nx.text}`;
            i++;
          }
        }
        const p = PAGES.exec(title);
        if (p) {
          const from = Number(p[1]);
          const to = p[2] === undefined ? from : Number(p[2]);
          pages = { from, to };
          title = `${title.slice(0, p.index)} ${title.slice(p.index + p[0].length)}`.replace(/\s+/g, ' ').trim();
          if (to < from) doc.warnings.push({ line: l.no, code: 'agenda-pages-reversed', message: `item ${number} pages ${from}-${to} run backwards` });
        }
        if (pages === null && cellNote !== null && PAGES.test(cellNote)) {
          const q = PAGES.exec(cellNote) as RegExpExecArray;
          pages = { from: Number(q[1]), to: q[2] === undefined ? Number(q[1]) : Number(q[2]) };
          cellNote = cellNote.replace(PAGES, '').trim() || null;
        }
        items.push({ number, title, pages, note: null, exempt: EXEMPT.test(title) ? true : false });
        notes.push(cellNote === null ? [] : [cellNote]);
        spans.push([first, i]);
        if (minor === undefined) {
          top = major;
          sub = 0;
        } else sub = minor;
        continue;
      }
    }
    const s = SUB_ITEM.exec(t);
    if (s && items.length > 0 && t.length < 300) {
      const letter = s[1] as string;
      const prev = items[items.length - 1] as AgendaItem;
      const expected = /^[a-z]\)$/.test(prev.number) ? String.fromCharCode(prev.number.charCodeAt(0) + 1) : 'a';
      if (letter === expected) {
        items.push({ number: `${letter})`, title: (s[2] as string).replace(/[;.]$/, ''), pages: null, note: null, exempt: EXEMPT.test(s[2] as string) });
        notes.push([]);
        spans.push([i, i]);
        continue;
      }
    }
    if (items.length > 0) {
      (notes[notes.length - 1] as string[]).push(t);
      (spans[spans.length - 1] as [number, number])[1] = i;
    }
  }
  let excluded: Set<string> | 'rest' | null = null;
  items.forEach((item, k) => {
    const note = (notes[k] as string[]).join(' ').trim();
    item.note = note === '' ? null : note;
    if (note !== '' && EXEMPT.test(note) && /\bparagraph\s+\d|schedule 12a|exclu/i.test(note)) item.exempt = true;
    if (EXCLUSION.test(item.title)) {
      // The resolution to exclude is moved in public; the items it names (or else all after it) are private.
      item.exempt = false;
      excluded = namedItems(`${item.title} ${note}`) ?? 'rest';
    } else if (excluded === 'rest' || excluded?.has(item.number)) item.exempt = true;
    const [first, last] = spans[k] as [number, number];
    locate(doc, item, first, last, false);
  });
  return items;
}

/** Reads numbered guidance notes ("1 Inspection of Papers", then its text). */
export function readGuidance(doc: Doc, start: number, end: number): GuidanceNote[] {
  const { lines } = doc;
  const notes: GuidanceNote[] = [];
  const texts: string[][] = [];
  let expected = 1;
  for (let i = start; i < end; i++) {
    const l = lines[i] as Line;
    const t = l.text;
    if (t === '' || isPageFurniture(t) || GUIDANCE_HEADING.test(t)) continue;
    const m = /^(\d{1,2})\.?\s+([A-Z].{1,100})$/.exec(t);
    if (m && Number(m[1]) === expected && !/[.:;,]$/.test(t)) {
      notes.push({ number: m[1] as string, title: (m[2] as string).trim(), text: '' });
      texts.push([]);
      expected++;
      continue;
    }
    if (texts.length > 0) (texts[texts.length - 1] as string[]).push(t);
  }
  notes.forEach((n, k) => {
    n.text = (texts[k] as string[]).join('\n');
  });
  return notes;
}
