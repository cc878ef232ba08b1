import { cleanInline } from './text-normalise.ts';

const ITEM = '\u0001';
const END = '\u0002';

/** A list read out of a cell: the lead-in sentence and the items. */
export interface ListItems {
  leadIn: string | null;
  items: string[];
  /** Whether the items carried explicit numbers, bullets or list tags. */
  marked: boolean;
}

function markSequence(text: string, pattern: RegExp, first: number, toNumber: (s: string) => number): { text: string; count: number } {
  let expected = first;
  let count = 0;
  const out = text.replace(pattern, (whole, lead: string, label: string) => {
    if (toNumber(label) !== expected) return whole;
    expected++;
    count++;
    return `${lead}${ITEM} `;
  });
  return { text: out, count };
}

/**
 * Splits a table cell holding HTML or plain text into list items: at list tags, bullets and
 * numbers in sequence (1. 2. 3. or a) b) c)); the text before the first item is the lead-in.
 */
export function splitListItems(raw: string): ListItems {
  let t = raw
    .replace(/<li\b[^<>]{0,500}>/gi, ` ${ITEM} `)
    .replace(/<\/(?:ol|ul)\s*>/gi, ` ${END} `)
    .replace(/[•·▪◦]/g, ` ${ITEM} `)
    .replace(/(^|>)\s*- (?=\S)/g, `$1 ${ITEM} `);
  t = cleanInline(t.replace(/\t/g, ' '));
  // The space after a number is looked at, not taken: an item may end in a number ("… Appendix 2. 3. To delegate …").
  const numbered = markSequence(t, /(^|\s)(\d{1,2})[.)](?=\s)/g, 1, Number);
  t = numbered.text;
  if (numbered.count === 0) t = markSequence(t, /(^|\s)\(?([a-h])\)(?=\s)/g, 1, (s) => s.charCodeAt(0) - 96).text;
  const chunks = t.split(ITEM);
  const leadRaw = (chunks.shift() ?? '').split(END)[0]?.trim() ?? '';
  const items = chunks.map((c) => (c.split(END)[0] ?? '').replace(/\s+/g, ' ').trim()).filter((c) => c !== '' && /[A-Za-z0-9]/.test(c));
  if (items.length === 0) {
    const whole = t
      .replace(new RegExp(`[${ITEM}${END}]`, 'g'), ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (whole.endsWith(':')) return { leadIn: whole, items: [], marked: false };
    return { leadIn: null, items: whole === '' ? [] : [whole], marked: false };
  }
  return { leadIn: leadRaw === '' ? null : leadRaw, items, marked: true };
}
