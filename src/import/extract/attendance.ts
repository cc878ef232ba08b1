import type { Meeting, Minutes } from './contract.ts';
import type { Doc } from './doc.ts';
import { warn } from './doc.ts';
import { membersLineOf } from './meeting.ts';
import { attendanceOf } from './minutes.ts';
import { titleSimilarity } from './similarity.ts';

const TITLES =
  /^(?:(?:county|borough|district|town|parish|city|community) (?:councillor|cllr)|(?:chief |detective )?(?:superintendent|inspector)|ch supt|supt|sergeant|constable|pcso|sgt|insp|cllr|councillor|cynghorydd|cyng|alderman|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|rev|revd)\.?\s+/i;

/** A body name for comparison: lower case, "&" as "and", no "the", no punctuation. */
export function bodyKey(body: string): string {
  return body
    .toLowerCase()
    .replace(/\*\*/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A person as surname and first initial ("Cllr M Chilcott", "Mandy Chilcott" → chilcott, m). */
export function personKey(name: string): { surname: string; initial: string | null } | null {
  let t = name
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/,.*$/, '')
    .replace(/\s*-\s*/g, '-')
    .trim();
  for (let k = 0; k < 3 && TITLES.test(t); k++) t = t.replace(TITLES, '');
  const words = t.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length === 0) return null;
  const surname = (words[words.length - 1] as string).toLowerCase().replace(/[^a-z'’-]/g, '');
  if (surname.length < 2) return null;
  const initial = words.length > 1 ? ((words[0] as string)[0]?.toLowerCase() ?? null) : null;
  return { surname, initial };
}

// Names recur across the lists of a pack; each is keyed once.
const keyCache = new Map<string, ReturnType<typeof personKey>>();
function cachedKey(name: string): ReturnType<typeof personKey> {
  let k = keyCache.get(name);
  if (k === undefined) {
    k = personKey(name);
    if (keyCache.size > 10000) keyCache.clear();
    keyCache.set(name, k);
  }
  return k;
}

/** Forgets the names keyed so far: each pack starts afresh (a benchmark that repeats packs must not gain from them). */
export function forgetPersonKeys(): void {
  keyCache.clear();
}

/** Whether two printed names are the same person: same surname, and same first initial when both give one. */
export function samePerson(a: string, b: string): boolean {
  const x = cachedKey(a);
  const y = cachedKey(b);
  if (!x || !y || x.surname !== y.surname) return false;
  return x.initial === null || y.initial === null || x.initial === y.initial;
}

/**
 * Cross-checks the summons' membership with the attendance of minutes of the same body, as warnings:
 * a member recorded present or sending apologies who is not on the membership list (bodies alike by
 * name), and, only when the body names are the same, a member of the list the minutes never mention.
 */
export function checkAttendance(doc: Doc, meeting: Meeting, minutes: Minutes[]): void {
  if (meeting.members.length === 0) return;
  const members = meeting.members.map((m) => m.name);
  const membersLine = membersLineOf.get(meeting) ?? null;
  for (const set of minutes) {
    const same = bodyKey(set.body) === bodyKey(meeting.body);
    if (!same && titleSimilarity(set.body, meeting.body) < 0.8) continue;
    const attendees = attendanceOf.get(set) ?? [];
    for (const a of attendees) {
      if (a.group !== 'present' && a.group !== 'apologies') continue;
      if (members.some((m) => samePerson(m, a.name))) continue;
      const as = a.group === 'present' ? 'present' : 'giving apologies';
      warn(
        doc,
        a.line,
        'attendance-not-member',
        `${a.name}, recorded as ${as} in the minutes of ${set.date}, is not on the membership list of ${meeting.body} summoned for ${meeting.date}`,
      );
    }
    if (!same || set.present.length === 0) continue;
    const named = [...set.present, ...set.apologies, ...set.otherMembersPresent, ...set.otherAttendance.flatMap((g) => g.names)];
    for (const member of members) {
      if (named.some((n) => samePerson(member, n))) continue;
      warn(
        doc,
        membersLine,
        'member-not-in-attendance',
        `${member}, on the membership list of ${meeting.body} summoned for ${meeting.date}, is neither present nor giving apologies in the minutes of ${set.date}`,
      );
    }
  }
}
