/** Splitting lists of people as council papers print them. */
import type { AttendanceKind } from './layouts.ts';
import {
  OCR_COUNCILLOR,
  OCR_ONE_BESIDE_VOWEL,
  OCR_ONE_IN_WORD,
  ATTENDANCE_LABELS,
  MEETING_ROLE_NOTE,
  ATTENDEE_KIND,
  BODY_LAST_WORD,
  CLERK_PREFIX,
  LABEL_LIST_MARKER,
  COUNTED_ATTENDEES,
  COUNTED_PRESS,
  NAME_SUFFIX,
  OFFICE_HOLDER,
  HEARING_PARTY_ROLE,
  ORGANISATION_NAME,
  MEMBER_BODY_NOTE,
  PARTY_NOTE,
  POST_LAST_WORD,
  POST_OR_SURNAME,
  POST_SUBJECT_AND,
  POST_WORDS,
  NOTED_ATTENDANCE_LABEL,
  MEMBER_WARD_TAIL,
  PERSON_DASH_POST,
  QUALIFIED_ATTENDANCE_LABEL,
  registryMatcher,
} from './layouts.ts';

// Titles before a name, including the Welsh "Cynghorydd" (Cyng.), the tier of a councillor ("County Cllr") and a police officer's rank ("PCSO", "PC", "DC", "Superintendent").
const TITLE = `(?:(?:County|Borough|District|Town|Parish|City|Community) (?:Councillor|Cllr)|(?:Chief |Detective )?(?:Superintendent|Inspector)|Ch Supt|Supt|Sergeant|Constable|PCSO|PC|DC|Sgt|Insp|Cllr|Councillor|${OCR_COUNCILLOR}|Cynghorydd|Cyng|Alderman|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd|The Revd|The Rev)\\.?`;
const PERSON_START = new RegExp(`^(?:${TITLE}\\s+)?(?:[A-Z]\\.?\\s+){0,2}[A-Z][A-Za-z'’-]+(?:\\s+[A-Z][A-Za-z'’-]+){0,2}`);

/** Whether text starts with a title such as Cllr or Mrs. */
export function startsWithTitle(text: string): boolean {
  return TITLE_START.test(text.trim());
}

const TITLE_START = new RegExp(`^${TITLE}\\s`, 'i');

/** A break in a run-in list before the next titled person (", Cllr …", " and Councillor …", " & Mr …"). */
const BEFORE_TITLED_PERSON = new RegExp(`\\s*,\\s*(?:(?:and|&)\\s+)?(?=${TITLE}\\s)|\\s+(?:and|&)\\s+(?=${TITLE}\\s)`, 'g');

/**
 * A person with a note after a dash that names no one else: their division, post or organisation, whatever "and" or
 * comma it holds ("Cllr A Bell (Chair) – Northby and Eastby", "J Ode – Eastby Community and Voluntary Service").
 */
export function personDashNote(text: string): boolean {
  const m = PERSON_DASH_POST.exec(text.trim());
  if (!m) return false;
  const person = dropRoleNotes(m[1] as string);
  const note = m[2] as string;
  return (startsWithTitle(person) || looksLikePerson(person)) && !startsWithTitle(note) && !/\s[–—-]\s/.test(note) && note.replace(BEFORE_TITLED_PERSON, '\u0001') === note;
}

/**
 * A run-in list of titled people, each with a note after a dash ("Cllr A Bell (Chair) – Northby North, Cllr C Dunn –
 * Eastby and Westby and Cllr E Fox – Southby"): split only before each title, so an "and" or comma inside a note stays
 * with it; null unless there are two people or more and each is a titled person with a dash note.
 */
export function titledRunIn(text: string): string[] | null {
  const pieces = splitTopLevel(text.trim().replace(/\.$/, ''), BEFORE_TITLED_PERSON)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return pieces.length >= 2 && pieces.every((p) => startsWithTitle(p) && personDashNote(p)) ? pieces : null;
}

/**
 * Whether a line goes on a run-in list of titled people on the line above, wrapped mid-entry ("… Cllr C Dunn – Orris" over
 * "Valley, Cllr E Fox …", "… and Cllr Ann" over "Bell – Northby"): the line above breaks before a titled person at a
 * comma or "and" and stops with no closing mark; the line opens with neither a title nor a person of its own.
 */
export function runsOnTitledList(above: string, line: string): boolean {
  if (/[.;:)]$/.test(above) || startsWithTitle(line) || startsWithPluralTitle(line)) return false;
  if ((above.match(BEFORE_TITLED_PERSON) ?? []).length === 0) return false;
  const head = line.split(/\s[–—-]\s|,/)[0] as string;
  return !looksLikePerson(head.trim());
}

/** Whether text looks like a single person's name ("Cllr M Chilcott", "Ruth Hobbs", "Mrs Hobbs"). */
export function looksLikePerson(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 60) return false;
  if (startsWithTitle(t)) return true;
  if (/^(?:[A-Z]\.?\s*){1,3}\s[A-Z][a-z'’]+(?:[-'’][A-Z]?[a-z'’]+)*$/.test(t)) return true;
  return /^(?:[A-Z]\.?\s+){0,2}[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?:\s+(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*){1,3}$/.test(t) && !PORTFOLIO_WORD.test(t);
}

const PORTFOLIO_WORD =
  /\b(?:Care|Services?|Policy|Health|Families|Children|Education|Transport|Resources|Development|Communities|Community|Finance|Housing|Planning|Environment|Economy|Highways|Well-?Being|Wellbeing|Culture|Leisure|Skills|Adults?|Social|Public|Council|Committee|Board|Strategy|Performance|Property|Governance|Democracy|Safety|Regeneration|Investment|Business|Waste)\b/;

/** Splits "A, B, C and D" into people, one string each, dropping empty parts. */
export function splitPeopleList(text: string): string[] {
  return text
    .replace(/\.$/, '')
    .split(/\s*,\s*|\s+and\s+|\s*;\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^(?:and|all|none|n\/a)$/i.test(s));
}

/**
 * A member as printed: the role in brackets is split off ("Cllr P Quill (Chairman)"), and the ward after a dash left
 * out; a party in brackets ("(Lab)") or the body the member sits for ("(Eastby District Council)", see
 * MEMBER_BODY_NOTE) is not a role and stays.
 */
export function parseMember(printed: string): { name: string; role: string | null } {
  // The ward the member sits for, after a dash ("Cllr A Bell (Chair) – North Ward"), is neither name nor role.
  const text = printed.trim().replace(MEMBER_WARD_TAIL, '');
  const m = /^(.*?)\s*\(([^()]{1,60})\)\s*$/.exec(text);
  const note = (m?.[2] ?? '').trim();
  if (!m || PARTY_NOTE.test(note) || MEMBER_BODY_NOTE.test(note)) return { name: text.trim(), role: null };
  return { name: (m[1] as string).trim(), role: (m[2] as string).trim() };
}

/**
 * Removes bracketed notes about the seat taken ("(in the Chair)", "(Vice-Chair)", "(Depute Convener)", "(substitute)", and
 * "in the Chair" unbracketed at the end) from a name in an attendance list; other brackets ("(representing …)")
 * stay with the person. A seat printed before its holder ("The Mayor (Councillor A Bell)") gives the holder.
 */
export function dropRoleNotes(text: string): string {
  const holder = OFFICE_HOLDER.exec(text.trim());
  if (holder) return (holder[1] as string).trim();
  return text
    .replace(
      /\s*\((?:in the chair|(?:vice[- ]?)?chair(?:man|person|woman)?|deput[ey] chair(?:man)?|(?:vice[- ]?|deput[ey] )?convener|(?:deput[ey] )?provost|(?:deput[ey] )?leader(?: of the council)?|(?:deput[ey] )?mayor|substitute(?: member)?(?: for [^()]{1,60})?|virtual(?:ly)?|remote(?:ly)?|online|via [a-z ]{2,20}|part(?: of the meeting)?|from [^()]{1,40}|until [^()]{1,40})\)/gi,
      '',
    )
    .replace(/\s*[-–—,]?\s+in the chair$/i, '')
    .trim();
}

/**
 * Removes a councillor's portfolio printed in brackets after the name ("Cllr A Bell (Finance & Resources)",
 * "Cllr C Dunn (Deputy Leader; Housing, Planning and Growth)"): words in capitals joined by commas, semicolons, "&"
 * or small words. A name that lost its title to the plural one of its list ("Councillors A Bell (Finance), C Dunn
 * (Leader of the Council; Strategy & Growth) and …") is a councillor's too when `councillor` says so. A party ("(Lab)"),
 * an authority ("(Eastby District Council)") and a note in lower-case words stay.
 */
export function dropPortfolioNote(text: string, councillor = false): string {
  const m = (councillor ? /^([^()]+?)\s*\(([^()]{3,120})\)$/ : /^((?:cllr|councillor)\.?\s+[^()]+?)\s*\(([^()]{3,120})\)$/i).exec(text.trim());
  const note = (m?.[2] ?? '').trim();
  // An authority the member comes from ("(Eastby District Council)") is a note about them, not a portfolio.
  if (!m || PARTY_NOTE.test(note) || (!/[,;]/.test(note) && /\b(?:council|authority|trust|board|police|partnership)$/i.test(note))) return text;
  const words = (m[2] as string).split(/[\s,;&]+/).filter((w) => w !== '');
  const portfolio = words.length > 0 && words.every((w) => /^[A-Z0-9]/.test(w) || /^(?:and|of|the|for|in|to)$/.test(w));
  return portfolio ? (m[1] as string).trim() : text;
}

/**
 * Removes the note in brackets after another member's name that says what brought them to the meeting, not who they
 * are ("Cllr C Dunn (Chair, Scrutiny Committee)", "Cllr E Fox (ward member – item 6 only)"; see MEETING_ROLE_NOTE).
 * A portfolio or any other note stays.
 * @example dropMeetingRoleNote('Cllr E Fox (local member, item 6 only)') // 'Cllr E Fox'
 */
export function dropMeetingRoleNote(text: string): string {
  const m = ATTENDEE_NOTE.exec(text.trim());
  if (!m || !MEETING_ROLE_NOTE.test((m[2] as string).trim())) return text;
  const person = (m[1] as string).trim();
  return startsWithTitle(person) || looksLikePerson(person) ? person : text;
}

/** A name and the one note in brackets that ends it: the name, group 1, and the note, group 2. */
const ATTENDEE_NOTE = /^([^()]+?)\s*\(([^()]{2,160})\)$/;

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

/** A "Label: rest" line, or a line that is only a label ("PRESENT"), as label and the text after it. */
export function labelledLine(line: string): { label: string; rest: string } | null {
  // A label set as a list item ("- Present: …", "• Apologies: …"): the marker is not part of the label.
  const text = LABEL_LIST_MARKER.test(line) ? line.replace(LABEL_LIST_MARKER, '') : line;
  const colon = text.indexOf(':');
  if ((colon < 0 || colon > 60) && text.length > 40) return null;
  if (colon > 0 && colon <= 60) {
    const label = text.slice(0, colon).trim();
    if (/^[A-Za-z][A-Za-z ,'’()/-]*$/.test(label)) return { label, rest: text.slice(colon + 1).trim() };
  }
  if (text.length <= 40) {
    const label = text.replace(/[\s.:;-]+$/, '');
    if (/^[A-Za-z][A-Za-z '’()/-]*$/.test(label)) return { label, rest: '' };
  }
  return null;
}

/** An attendance label of minutes ("PRESENT:", "Apologies for absence:", "In attendance"), with its group. */
export function attendanceLabelOf(text: string): { kind: AttendanceKind; label: string; rest: string } | null {
  if (text.length > 2000) return null;
  const l = labelledLine(text);
  let k = l ? matchAttendanceLabel(l.label) : -1;
  // "IN ATTENDANCE – OFFICERS": the label, and after a dash the kind of attendee it lists (not a person).
  if (k < 0 && text.length <= 90 && /\s[–—-]\s/.test(text)) {
    const qualified = QUALIFIED_ATTENDANCE_LABEL.exec(text.trim());
    const kind = qualified?.[2] ?? '';
    const q = qualified && (ATTENDEE_KIND.test(kind) || (!startsWithTitle(kind) && !looksLikePerson(kind))) ? matchAttendanceLabel(qualified[1] as string) : -1;
    if (q >= 0) return { kind: (ATTENDANCE_LABELS[q] as (typeof ATTENDANCE_LABELS)[number]).kind, label: text.trim().replace(/:$/, ''), rest: '' };
  }
  // "Members present (wards)": the label, and in brackets a note on the members under it (not a person).
  const noted = k < 0 && text.length <= 110 ? NOTED_ATTENDANCE_LABEL.exec((l?.label ?? text).trim()) : null;
  // A note naming a person ("Democratic Services Officer (Ms A Bell)") makes an entry, not a label; one naming a kind
  // of attendee ("Also present (non-voting members)") a group of its own.
  const note = (noted?.[2] ?? '').trim();
  if (noted && !startsWithTitle(note) && !looksLikePerson(note) && !ATTENDEE_KIND.test(note)) {
    const q = matchAttendanceLabel((noted[1] as string).trim());
    if (q >= 0) return { kind: (ATTENDANCE_LABELS[q] as (typeof ATTENDANCE_LABELS)[number]).kind, label: (l?.label ?? text).trim().replace(/:$/, ''), rest: l?.rest ?? '' };
  }
  if (!l) return null;
  // A bilingual label ("PRESENT / YN BRESENNOL"): either language's half.
  if (k < 0 && l.label.includes(' / ')) for (const half of l.label.split(' / ')) if (k < 0) k = matchAttendanceLabel(half.trim());
  return k < 0 ? null : { kind: (ATTENDANCE_LABELS[k] as (typeof ATTENDANCE_LABELS)[number]).kind, label: l.label, rest: l.rest };
}

const matchAttendanceLabel = registryMatcher(ATTENDANCE_LABELS.map((a) => a.pattern));

/** Splits text at a separator outside brackets. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  const re = new RegExp(separator.source, 'g');
  const opens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    opens.push(depth);
  }
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if ((opens[m.index] ?? 0) > 0) continue;
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  out.push(text.slice(from));
  return out;
}

/** Joins lines of a paragraph, rejoining a word broken after a hyphen at a line end ("Barrington-" / "King"). */
export function joinWrapped(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') out = line;
    else if (/\p{L}-$/u.test(out) && /^\p{L}/u.test(line)) out += line;
    else out += ` ${line}`;
  }
  return out;
}

/**
 * The "and" between two subjects of a portfolio or post ("… for Housing and Planning", "… of Finance and Assets"): after
 * "for" or "of" and a few capitalised words, before one word of a portfolio's subject that ends the entry.
 */
const PORTFOLIO_AND =
  /(\b(?:for|of)\s+(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*)\s+and\s+(?=(?:Care|Services?|Policy|Health|Families|Children|Education|Transport|Resources|Development|Communities|Community|Finance|Housing|Planning|Environment|Economy|Highways|Well-?Being|Wellbeing|Culture|Leisure|Skills|Adults?|Social|Governance|Democracy|Safety|Regeneration|Investment|Business|Waste|Assets|Inclusion|Sport|Heritage|Tourism)\b\s*(?:\(|[,;.]|$))/g;

const PLURAL_TITLE_WORD =
  '(?:(?:[Cc]ounty|[Bb]orough|[Dd]istrict|[Tt]own|[Pp]arish|[Cc]ity) [Cc]ouncillors|[Cc]ouncillors|COUNCILLORS|[Aa]ldermen|ALDERMEN|[Cc]llrs\\.?|[Cc]ynghorwyr|[Mm]essrs\\.?)';
// Printed in two languages too: "Cynghorwyr / Councillors A Bell, …".
const PLURAL_TITLE = new RegExp(`^(?:${PLURAL_TITLE_WORD}\\s+\\/\\s+)?${PLURAL_TITLE_WORD}\\s+(?=[A-Z])`);

/** "and" printed in two languages in a list of people ("A Bell a / and B Cole"): the other language's short word before the slash. */
const BILINGUAL_AND = /\s+[^\s/()]{1,5}\s+\/\s+(and|&)\s+/gi;

/** Whether text starts a list of people under a plural title ("Councillors A Bell, B Cole …"). */
export function startsWithPluralTitle(text: string): boolean {
  return PLURAL_TITLE.test(text.trim());
}

/**
 * Splits an attendance list into people as printed: at commas, semicolons, "and" and column gaps
 * outside brackets; a name run on after a bracketed role ("D Richardson (Chair) N Cresswell") is
 * split off; honours (", OBE") and posts (", Cabinet Member for …") stay with the name before them.
 */
export function splitPeople(text: string): string[] {
  let t = text.replace(/\s*\.\s*$/, '').replace(PLURAL_TITLE, '');
  // "Cabinet Member for Housing and Planning": an "and" inside a portfolio joins its subjects, not two people.
  if (t.includes(' and ')) t = t.replace(PORTFOLIO_AND, '$1\u0002').replace(POST_SUBJECT_AND, '$1\u0002');
  if (t.includes('/')) t = t.replace(BILINGUAL_AND, ' $1 ');
  t = t.replace(/\)\s+(?=(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev)\.?\s+)?[A-Z][.\s])/g, ')\t');
  const pieces = splitTopLevel(t, /\t|\s*[,;]\s*|\s+and\s+|\s+&\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b)/);
  const out: string[] = [];
  for (const raw of pieces) {
    const piece = raw
      .replaceAll('\u0002', ' and ')
      .trim()
      .replace(/^(?:and|&)\s+/i, '')
      .replace(PLURAL_TITLE, '');
    if (piece === '' || /^(?:and|none|nil|n\/a)$/i.test(piece)) continue;
    const prev = out[out.length - 1];
    // Honours and posts go with the person before them; a post after a post is an entry of its own.
    if (prev !== undefined && (NAME_SUFFIX.test(piece) || (isPostText(piece) && (startsWithTitle(prev) || looksLikePerson(dropRoleNotes(prev.replace(/,.*$/, ''))))))) {
      out[out.length - 1] = `${prev}, ${piece}`;
      continue;
    }
    out.push(piece);
  }
  return out;
}

/**
 * A list whose entries are people with their posts, divided by semicolons ("A Bell, Director of Finance and Section 151
 * Officer; C Dunn, Head of Legal; and E Fox, Clerk"), or officers named by their posts alone ("Director of Finance; Team
 * Leader, Licensing; and Clerk"): one entry a piece, the commas and "and" inside a post kept; null unless every piece is
 * a person, a comma and a post, or a post.
 */
export function splitPostedPeople(text: string): string[] | null {
  if (!text.includes(';')) return null;
  const pieces = splitTopLevel(text.replace(/\s*\.\s*$/, ''), /\s*;\s*/)
    .map((p) => p.trim().replace(/^(?:and|&)\s+/i, ''))
    .filter((p) => p !== '');
  if (pieces.length < 2) return null;
  // A post alone ("Team Leader, Licensing"), not a run of members ("Councillors A Bell, C Dunn"): its words up to a comma are a post.
  const post = (p: string): boolean => !startsWithPluralTitle(p) && isPostText(p) && isPostText(p.replace(/\([^()]*\)/g, '').split(',')[0] as string);
  return pieces.every((p) => personCommaPost(p) || post(p)) ? pieces : null;
}

/** Whether text is one person, a comma and their post ("A Bell, Head of Legal and Democratic Services"). */
export function personCommaPost(text: string): boolean {
  const comma = text.indexOf(',');
  if (comma <= 0) return false;
  const head = text.slice(0, comma).trim();
  return (startsWithTitle(head) || looksLikePerson(head)) && isPostText(text.slice(comma + 1));
}

/**
 * People joined by "and", then after a comma the post they share in the plural ("Mrs A Bell (Northby Diocese) and
 * Mr C Dunn (Free Church), Church Representatives", "A Bell and C Dunn, Parent Governor Representatives"): one entry a
 * holder, each with the post in the singular; null for any other text.
 * @example splitPostAfterHolders('Ms A Bell and Mr C Dunn, Parent Members') // ['Ms A Bell, Parent Member', 'Mr C Dunn, Parent Member']
 */
export function splitPostAfterHolders(text: string): string[] | null {
  const t = text.trim().replace(/\.$/, '');
  const comma = lastTopLevelComma(t);
  if (comma <= 0) return null;
  const head = t.slice(0, comma).trim();
  const post = t.slice(comma + 1).trim();
  const words = post.split(/\s+/);
  const last = words[words.length - 1] as string;
  if (!/\s(?:and|&)\s/.test(head) || startsWithTitle(post) || !/^[A-Z]/.test(post) || !/[^s]s$/.test(last) || !POST_LAST_WORD.test(last.slice(0, -1).toLowerCase())) return null;
  const holders = splitPeople(head);
  const person = (h: string): boolean => {
    const bare = h.replace(/\s*\([^()]*\)/g, '').trim();
    return startsWithTitle(bare) || looksLikePerson(bare);
  };
  if (holders.length < 2 || !holders.every(person)) return null;
  const singular = [...words.slice(0, -1), last.slice(0, -1)].join(' ');
  return holders.map((h) => `${h}, ${singular}`);
}

/** Where the last comma outside brackets is in text; -1 when there is none. */
function lastTopLevelComma(text: string): number {
  let depth = 0;
  let at = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (c === ',' && depth === 0) at = k;
  }
  return at;
}

/**
 * A list whose entries are posts, each with its holder in brackets ("Chief Executive (Ms A Bell), Director of Finance and
 * Section 151 Officer (Mr C Dunn) and Clerk (Mrs E Fox)"): divided only after a closing bracket, so an "and" inside a
 * post stays; null unless there are two entries or more and every one is a post with a person in brackets.
 */
export function splitHeldPosts(text: string): string[] | null {
  if (!text.includes(')')) return null;
  const pieces = text
    .replace(/\s*\.\s*$/, '')
    .split(/(?<=\))\s*(?:[,;]\s*(?:(?:and|&)\s+)?|\s(?:and|&)\s+)/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (pieces.length < 2) return null;
  const held = (p: string): boolean => {
    const m = /^([^()]+?)\s*\(([^()]{3,60})\)$/.exec(p);
    if (!m) return false;
    const post = m[1] as string;
    const holder = m[2] as string;
    return (startsWithTitle(holder) || looksLikePerson(holder)) && !startsWithTitle(post) && (isPostText(post) || endsInPostWord(post));
  };
  return pieces.every(held) ? pieces : null;
}

/**
 * A post shared by the people in brackets after it ("Senior Planning Officers (Ms A Bell and Mr C Dunn)"): one entry a
 * holder, the post put in the singular where its last word is a job word ("Senior Planning Officer (Ms A Bell)"); the
 * text alone when it is not a post over two people or more.
 * @example sharedPostHolders('Legal Advisers (Mr A Bell and Ms C Dunn)') // ['Legal Adviser (Mr A Bell)', 'Legal Adviser (Ms C Dunn)']
 */
export function sharedPostHolders(text: string): string[] {
  const m = /^([^()]+?)\s*\(([^()]{3,120})\)$/.exec(text.trim());
  if (!m || !/\s(?:and|&)\s|,/.test(m[2] as string)) return [text];
  const post = m[1] as string;
  const words = post.split(/\s+/);
  const last = words[words.length - 1] as string;
  const singular = /[^s]s$/.test(last) && POST_LAST_WORD.test(last.slice(0, -1)) ? [...words.slice(0, -1), last.slice(0, -1)].join(' ') : post;
  if (startsWithTitle(post) || !(isPostText(singular) || endsInPostWord(singular))) return [text];
  const holders = splitPeople(m[2] as string);
  if (holders.length < 2 || !holders.every((h) => startsWithTitle(h) || looksLikePerson(h))) return [text];
  return holders.map((h) => `${singular} (${h})`);
}

/** Whether text after a comma is a post rather than another person ("Cabinet Member for Finance"). */
export function isPostText(text: string): boolean {
  const t = text.trim();
  if (t === '' || startsWithTitle(t)) return false;
  // "four other councillors (…)", "the Clerk (Mrs A Bell)": a count of attendees, or a post with its holder in brackets, is an entry of its own.
  if (COUNTED_ATTENDEES.test(t) || (/^the\s/i.test(t) && startsWithTitle(/\(([^()]{3,60})\)$/.exec(t)?.[1] ?? ''))) return false;
  if (/^[a-z]/.test(t)) return true;
  // "Applicant (Director, Quayside Taverns Ltd)", "Objector (local resident)": a party's part in a hearing is what they are there as.
  if (HEARING_PARTY_ROLE.test(t)) return true;
  // "F Bell (Cabinet Member for Housing)": a person with the post in brackets after the name.
  const bare = t.replace(/\s*\([^()]*\)/g, '').trim();
  // "Police Scotland (Licensing Unit)": the organisation a person comes from stays with them, though it reads as a name.
  if (ORGANISATION_NAME.test(bare)) return true;
  if (bare !== t && bare !== '' && looksLikePerson(bare) && !POST_WORDS.test(bare)) return false;
  // "Clerk J Connelly": a post word before a name is the person's label, not a post after the last name.
  if (CLERK_PREFIX.test(t) && looksLikePerson(t.replace(CLERK_PREFIX, ''))) return false;
  if (!POST_WORDS.test(t)) return false;
  // "Director of Place", "Chief Executive", "Finance Business Partner": a post leads with a post word, links words with
  // "for", "of", or ends in a job word.
  if (POST_WORDS.test(bare.split(/\s+/)[0] as string) || /\b(?:for|of|and|the|to)\b/.test(t) || endsInPostWord(t)) return true;
  // "A Bell, Fernby Parish Council": the body a person comes from stays with them as a post does.
  return BODY_LAST_WORD.test(bare) && !looksLikePerson(t);
}

/**
 * Whether text names a post by its last word, as job titles do: the words before any comma or bracket, two or more,
 * end in a job word (`POST_LAST_WORD`). A job word that is a surname too ("Partner", "Head") after one first name or
 * initials is a person's name, unless a comma follows ("Moorings Partner, Eastern Area").
 * @example endsInPostWord('Bridge Maintenance Engineer, Highways') // true
 * @example endsInPostWord('Orla Partner') // false
 */
export function endsInPostWord(text: string): boolean {
  const t = text.trim();
  const head = (t.split(/[,(]/)[0] as string).trim();
  const words = head.split(/\s+/);
  const last = (words[words.length - 1] as string).replace(/[^\p{L}]+$/u, '');
  if (words.length < 2 || startsWithTitle(t) || !POST_LAST_WORD.test(last)) return false;
  // "Orla Partner", "K L Holder": a first name or initials before the word make it a surname.
  const given = words.slice(0, -1).filter((w) => !/^[A-Z]\.?$/.test(w));
  return !POST_OR_SURNAME.test(last) || t.includes(',') || given.length > 1 || !looksLikePerson(head);
}

/** Whether text names no one: "All Members of the Council", "Members of the public", "TBC". */
export function isNobody(text: string): boolean {
  const t = text.trim();
  if (!/^(?:all|every|any|the|members|councillors|substitute members|tbc|tba|none|vacancy|vacant)\b/i.test(t) || startsWithTitle(t)) return false;
  // A post with its holder's name in brackets ("the Clerk (Mrs A Smith)") names that person.
  const holder = /\(([^()]{3,60})\)$/.exec(t)?.[1] ?? '';
  return !(startsWithTitle(holder) || looksLikePerson(holder));
}

/**
 * An entry of a Present list that counts attendees rather than naming one: none for a bare count ("23 residents"), the
 * people in brackets after a count ("four other councillors (Cllr A Bell and Cllr B Cole)"), none for a note describing them
 * ("one member of the public (a student) observed the meeting"); the entry itself otherwise.
 */
export function countedPeople(text: string): string[] {
  const m = COUNTED_ATTENDEES.exec(text.trim());
  // A count printed in two languages ("17 aelod o'r cyhoedd / 17 members of the public"): the English half counts them.
  if (!m && text.includes(' / '))
    return text.split(' / ').some((half) => COUNTED_ATTENDEES.exec(half.trim())?.[1] === undefined && COUNTED_ATTENDEES.test(half.trim())) ? [] : [text];
  if (!m) return [text];
  // A note in brackets that describes them in lower-case words or counts them ("one member of the public (a trainee
  // teacher)", "6 residents (4 after 19:30)") names no one.
  if (m[1] === undefined || /^[a-z\d]/.test(m[1])) return [];
  // The press counted, their paper in brackets ("1 representative of the press (Northby Echo)"): no one named.
  if (COUNTED_PRESS.test(text.slice(0, text.indexOf('('))) && !startsWithTitle(m[1])) return [];
  const people = splitPeople(m[1]);
  return people.every((p) => startsWithTitle(p) || looksLikePerson(p)) ? people : [text];
}

/** A name or title as printed before OCR: a 1 read inside a word is the letter it stands for (OCR_ONE_IN_WORD). */
export function ocrNameLetters(text: string): string {
  return text.replace(OCR_ONE_IN_WORD, (_one, at: number, s: string) => (OCR_ONE_BESIDE_VOWEL.test(s.charAt(at - 1)) || OCR_ONE_BESIDE_VOWEL.test(s.charAt(at + 1)) ? 'l' : 'i'));
}
