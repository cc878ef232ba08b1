/** Small string similarity measures for OCR ghosts and title matching (bounded, linear-ish). */

/** Edit distance between two short strings (both truncated to 200 characters). */
export function editDistance(a: string, b: string): number {
  const s = a.slice(0, 200);
  const t = b.slice(0, 200);
  if (s === t) return 0;
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = cur;
  }
  return prev[t.length] as number;
}

/** 1 for equal strings, 0 for nothing in common, by edit distance over the longer length. */
export function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - editDistance(a.toLowerCase(), b.toLowerCase()) / Math.min(longer, 200);
}

/** Whether `fragment` is an OCR ghost of `original`: a near-copy that is not an exact word continuation. */
export function isGhostOf(fragment: string, original: string): boolean {
  const f = fragment.trim();
  const o = original.trim();
  if (f.length < 3 || o.length < 3) return false;
  const ratio = f.length / o.length;
  if (ratio < 0.6 || ratio > 1.5) return false;
  return editSimilarity(f, o) >= 0.5;
}

const STOP_WORDS = new Set(['the', 'and', 'of', 'for', 'to', 'in', 'on', 'a', 'an', 'report', 'update']);
// Titles are compared many times over (every report against every agenda item); each is split once.
const wordCache = new Map<string, string[]>();

/** Lower-case word stems of a title, for loose matching. */
export function titleWords(text: string): string[] {
  let words = wordCache.get(text);
  if (words === undefined) {
    words = stems(text);
    if (wordCache.size > 5000) wordCache.clear();
    wordCache.set(text, words);
  }
  return words;
}

/** Forgets the titles split so far: each pack starts afresh (a benchmark that repeats packs must not gain from them). */
export function forgetTitleWords(): void {
  wordCache.clear();
}

function stems(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map((w) => (w.length > 4 ? w.replace(/(?:ies|es|s|ing|ed)$/, '') : w));
}

/** Dice similarity of the word stems of two titles (0..1). */
export function titleSimilarity(a: string, b: string): number {
  const x = new Set(titleWords(a));
  const y = new Set(titleWords(b));
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

/** Whether a cell is OCR garbage: no word of three or more letters. */
export function isGarbage(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  return !/[A-Za-z]{3,}/.test(t);
}
