/** A 1-based inclusive range of source lines. */
export type LineRange = { from: number; to: number };

/** Lower-cases, straightens quotes, drops markdown emphasis and collapses spaces, for finding text in lines. */
export function normaliseForSearch(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[*#_|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Source lines prepared once for repeated searches. */
export type SearchLines = { normalised: string[] };

/** Prepares source text for locateLines. */
export function searchLines(text: string): SearchLines {
  return { normalised: text.split('\n').map(normaliseForSearch) };
}

/**
 * The first line (1-based) at or after `fromLine` holding the record's distinctive text, trying each
 * needle in turn (a title's opening words, a reference, a number); the range is that one line.
 * @example locateLines(searchLines('a\nFP/17/07/04 Land'), ['FP/17/07/04']) // { from: 2, to: 2 }
 */
export function locateLines(src: SearchLines, needles: (string | null | undefined)[], fromLine = 1): LineRange | null {
  // Wrapped table cells hold only the opening words of long text, so shorter prefixes are tried last.
  const tries: string[] = [];
  for (const raw of needles) {
    if (!raw) continue;
    const full = normaliseForSearch(raw);
    if (full.length >= 2) tries.push(full.slice(0, 60));
  }
  for (const raw of needles) {
    const full = raw ? normaliseForSearch(raw) : '';
    if (full.length > 30) tries.push(full.slice(0, 30).trim());
    const words = full.split(' ').slice(0, 3).join(' ');
    if (words.length >= 12 && words.length < 30) tries.push(words);
  }
  for (const needle of tries) {
    for (let i = Math.max(0, fromLine - 1); i < src.normalised.length; i++) {
      if (src.normalised[i]!.includes(needle)) return { from: i + 1, to: i + 1 };
    }
  }
  return null;
}
