// A minute's narrative as the minutes print it: its paragraphs kept, its resolutions left to the
// resolution list so that each appears once.

const bare = (s: string) =>
  s
    .toLowerCase()
    .replace(/^\s*(?:[-–•*]\s*)?(?:\(?[0-9ivx]{1,4}[.)]|\(?[a-z][.)])?\s*/i, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A line that only announces the resolutions ("RESOLVED:", "It was resolved that:"), which the list heading says again. */
const announcement = /^(?:it was\s+)?(?:resolved|agreed|approved)(?:\s+that)?\s*[:\-–]?$/i;

/**
 * The narrative of an imported minute: one paragraph per printed paragraph (separated by a blank
 * line), without the lines that are its resolutions, which are shown once, in the numbered list.
 * @example linkedText('The report was introduced.\nRESOLVED:\n1. That the report be noted.', ['That the report be noted.']) // 'The report was introduced.'
 */
export function linkedText(text: string, resolutions: string[]): string {
  const resolved = resolutions.map(bare).filter((r) => r.length > 0);
  const isResolution = (line: string) => {
    const b = bare(line);
    if (b.length < 12) return false;
    return resolved.some((r) => r === b || (b.length >= 40 && (r.includes(b) || b.includes(r))));
  };
  const paragraphs: string[] = [];
  for (const raw of text.split(/\n+/)) {
    const line = raw.trim();
    if (!line || isResolution(line) || announcement.test(line)) continue;
    paragraphs.push(line);
  }
  return paragraphs.join('\n\n');
}

/**
 * Who a resolution delegates to, as the minutes word it ("the Head of Corporate Property, in
 * consultation with the County Solicitor"), or null: shown beside the resolution, never a second copy of it.
 * @example delegateOf('Delegate authority to the Head of Highways to award the contract.') // 'the Head of Highways'
 */
export function delegateOf(text: string): string | null {
  const m = /\bdelegat\w*(?:\s+\w+){0,3}?\s+to\s+(the\s.+?)(?=,?\s+to\s+[a-z]+\b|[.;]|$)/i.exec(text);
  return m ? m[1]!.trim().replace(/,$/, '') : null;
}
