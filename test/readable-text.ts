/** Lower-cases and collapses whitespace, so "Exempt  report" and "exempt report" compare equal. */
export const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text a reader would see in a response: HTML entities decoded, iCalendar lines unfolded and unescaped,
 * JSON escapes undone, then normalised. Leak checks look for secrets in this.
 * @example readableText('Children&#39;s home') === "children's home"
 */
export function readableText(body: string): string {
  return normalise(
    body
      .replace(/\r?\n[ \t]/g, '')
      .replace(/\\([,;\\])/g, '$1')
      .replace(/\\[nN]/g, ' ')
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\"/g, '"')
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&([a-z]+);/gi, (m, name: string) => entities[name.toLowerCase()] ?? m),
  );
}

/**
 * A search page without the places that echo the query back (the search box, the page title, the
 * results heading and the filter and page links), so a leak check sees only the results.
 * @example readableText(withoutSearchEcho(html))
 */
export function withoutSearchEcho(body: string): string {
  return body
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/value="[^"]*"/g, '')
    .replace(/href="\/search\?[^"]*"/g, '')
    .replace(/<span class="govuk-visually-hidden">for [\s\S]*?<\/span>/g, '');
}
