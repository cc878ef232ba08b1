/** Splitting lists of people as council papers print them. */

const TITLE = '(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev)\\.?';
const PERSON_START = new RegExp(`^(?:${TITLE}\\s+)?(?:[A-Z]\\.?\\s+){0,2}[A-Z][A-Za-z'’-]+(?:\\s+[A-Z][A-Za-z'’-]+){0,2}`);

/** Whether text starts with a title such as Cllr or Mrs. */
export function startsWithTitle(text: string): boolean {
  return new RegExp(`^${TITLE}\\s`, 'i').test(text.trim());
}

/** Whether text looks like a single person's name ("Cllr M Chilcott", "Ruth Hobbs", "Mrs Hobbs"). */
export function looksLikePerson(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 60) return false;
  if (startsWithTitle(t)) return true;
  return /^(?:[A-Z]\.?\s+){0,2}[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?:\s+[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*){1,3}$/.test(t) && !PORTFOLIO_WORD.test(t);
}

const PORTFOLIO_WORD = /\b(?:Care|Services?|Policy|Health|Families|Children|Education|Transport|Resources|Development|Communities|Community|Finance|Housing|Planning|Environment|Economy|Highways|Well-?Being|Wellbeing|Culture|Leisure|Skills|Adults?|Social|Public|Council|Committee|Board|Strategy|Performance|Property|Governance|Democracy|Safety|Regeneration|Investment|Business|Waste)\b/;

/** Splits "A, B, C and D" into people, one string each, dropping empty parts. */
export function splitPeopleList(text: string): string[] {
  return text
    .replace(/\.$/, '')
    .split(/\s*,\s*|\s+and\s+|\s*;\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^(?:and|all|none|n\/a)$/i.test(s));
}

/** A member as printed: the role in brackets is split off ("Cllr P Quill (Chairman)"). */
export function parseMember(text: string): { name: string; role: string | null } {
  const m = /^(.*?)\s*\(([^()]{1,60})\)\s*$/.exec(text.trim());
  if (!m) return { name: text.trim(), role: null };
  return { name: (m[1] as string).trim(), role: (m[2] as string).trim() };
}

/** Removes bracketed notes such as "(in the Chair)" from a name. */
export function dropNotes(text: string): string {
  return text.replace(/\s*\([^()]{0,80}\)/g, '').trim();
}

/**
 * Splits a cabinet member field into people: at a line break, or at "&" / " and " when what follows
 * starts a person's name, never at an "&" inside a portfolio name.
 */
export function splitCabinetMembers(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split('\n')) {
    const pieces = part.split(/\s+&\s+/);
    let current = '';
    for (const piece of pieces) {
      if (current === '') {
        current = piece;
        continue;
      }
      const head = /^[^,–—]*/.exec(piece)?.[0]?.trim() ?? '';
      if (looksLikePerson(head) && PERSON_START.test(piece)) {
        out.push(current.trim());
        current = piece;
      } else {
        current += ` & ${piece}`;
      }
    }
    if (current.trim() !== '') out.push(current.trim().replace(/,$/, ''));
  }
  return out.filter((s) => s !== '' && !/^(?:n\/a|none|all)$/i.test(s));
}
