import type { Meeting, QuestionDeadline } from './contract.ts';
import type { Doc, Line } from './doc.ts';
import { locate, prevNonBlank, warn } from './doc.ts';
import { AGENDA_SUPPLEMENT, BULLET_LINE_START, PUBLIC_SPEAKING } from './layouts.ts';
import { inEitherLanguage, isPageFurniture } from './text-normalise.ts';
import { GUIDANCE_HEADING, isAgendaHeading, readAgenda, readGuidance } from './agenda.ts';
import { DATED_DEADLINE, DEADLINE_SENTENCE, resolveDatedDeadline, resolveDeadline } from './deadline.ts';
import { closingBlockAt, frontSheetInColumns, readContactCard, readContacts, readIssued, readMembers, readSummonsHeader } from './summons.ts';

function findDeadline(doc: Doc, texts: string[], meetingDate: string, meetingTime: string | null, line: number | null): QuestionDeadline | null {
  for (const text of texts) {
    // A blank line ends a sentence too: a front sheet's headings and lists have no full stops; so does a bullet's line.
    const paragraphs = text
      .split(/\n\s*\n/)
      .flatMap((para) => para.split(BULLET_LINE_START))
      .map((para) => para.replace(/\n/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/));
    // A sentence giving only the time ("Please tell the Clerk by noon on 8 June.") is a deadline after one about speaking in its paragraph.
    const sentences = paragraphs.flatMap((para) => para.map((sentence, k) => ({ sentence, before: k > 0 ? (para[k - 1] as string) : '' })));
    for (const { sentence, before } of sentences) {
      // A deadline names a time: most sentences are passed over on that alone.
      if (sentence.length > 600 || !/\d\s*(?:am|pm|a\.m|p\.m|hours|hrs)|noon|midday/i.test(sentence)) continue;
      const relative = DEADLINE_SENTENCE.test(sentence);
      if (!relative && !DATED_DEADLINE.test(sentence)) continue;
      if (!PUBLIC_SPEAKING.test(sentence) && !(!relative && PUBLIC_SPEAKING.test(before))) continue;
      const at = relative ? resolveDeadline(sentence, meetingDate, meetingTime) : resolveDatedDeadline(sentence, meetingDate);
      if (at === null) warn(doc, line, 'deadline-unresolved', `public question deadline not resolved: "${sentence}"`);
      return { text: sentence.trim(), at };
    }
  }
  return null;
}

/**
 * Lines after the officer's sign-off closing the agenda that no part was recognised in (a notice or record printed
 * after the agenda in a layout the extractor does not know): one warning, so that nothing is dropped silently.
 */
function warnUnreadAfter(doc: Doc, from: number, to: number): void {
  let first = -1;
  let count = 0;
  for (let i = from; i < to; i++) {
    const t = (doc.lines[i] as Line).text;
    if (t === '' || isPageFurniture(doc.lines[i] as Line)) continue;
    if (first < 0) first = i;
    count++;
  }
  if (count < 5) return;
  const a = doc.lines[first] as Line;
  warn(doc, a, 'part-unrecognised', `${count} lines from line ${a.no}, after the agenda's sign-off, were not recognised as any part`);
}

/** Source line of each meeting's membership list, for warnings that point at it. */
export const membersLineOf = new WeakMap<Meeting, number>();

/**
 * Reads the meeting a pack summons from its opening lines (before `end`); null for a lone document. A front sheet whose
 * details are a column of labels beside the membership is read one column at a time. With `agendaElsewhere` (a meeting's
 * web page), its contact card may be anywhere in the page, up to `pageEnd`.
 */
export function readMeeting(doc: Doc, end: number, options: { agendaElsewhere?: boolean; pageEnd?: number } = {}): Meeting | null {
  const front = frontSheetInColumns(doc, end);
  return (front ? readMeetingFrom(front.doc, front.end, options) : null) ?? readMeetingFrom(doc, end, options);
}

function readMeetingFrom(doc: Doc, end: number, options: { agendaElsewhere?: boolean; pageEnd?: number }): Meeting | null {
  const { lines } = doc;
  const header = readSummonsHeader(doc, end);
  if (!header) return null;
  let agendaStart = -1;
  for (let i = 0; i < end; i++) {
    if (inEitherLanguage(/^agenda$/i, (lines[i] as Line).text)) {
      agendaStart = i;
      if (i >= header.line) break;
    }
  }
  const { members, line: membersLine, listLine } = readMembers(doc, end);
  let guidanceStart = end;
  for (let i = Math.max(agendaStart, header.line) + 1; i < end; i++) {
    if (GUIDANCE_HEADING.test((lines[i] as Line).text)) {
      guidanceStart = i;
      break;
    }
  }
  let from = agendaStart > header.line ? agendaStart + 1 : Math.max(header.line, membersLine) + 1;
  // A front sheet naming itself a supplement to the agenda lists only the late items, their numbers rising with gaps.
  const supplement = lines.slice(0, from).some((l) => l.text.length <= 160 && AGENDA_SUPPLEMENT.test(l.text));
  // The agenda ends where the officer issuing it signs off ("Name / Post" under the last item).
  let signer = closingBlockAt(doc, from, guidanceStart);
  // A summons written as a letter signed above its agenda: the agenda starts under the signature.
  let letterSigner = -1;
  if (signer >= 0 && readAgenda(doc, from, signer, { supplement }).length === 0) {
    const below = closingBlockAt(doc, signer + 2, guidanceStart);
    if (readAgenda(doc, signer + 2, below >= 0 ? below : guidanceStart, { supplement }).length > 0) {
      letterSigner = signer;
      from = signer + 2;
      signer = below;
    }
  }
  const agenda = readAgenda(doc, from, signer >= 0 ? signer : guidanceStart, { supplement });
  if (!options.agendaElsewhere) {
    if (agenda.length === 0 && (agendaStart < 0 || membersLine < 0)) return null;
    if (agendaStart < 0 && membersLine < 0 && !agenda.some((a) => a.pages !== null) && agenda.length < 3) return null;
  }
  if (signer >= 0) warnUnreadAfter(doc, signer + 2, guidanceStart);
  const guidance = guidanceStart < end ? readGuidance(doc, guidanceStart, end) : [];
  const issued = readIssued(
    doc,
    end,
    header.date,
    letterSigner >= 0 ? letterSigner : signer >= 0 ? signer : from,
    agendaStart > header.line ? [header.line + 1, agendaStart] : null,
  );
  const texts = guidance.map((g) => g.text);
  texts.push(
    lines
      .slice(0, end)
      .map((l) => l.text)
      .filter((t) => !isAgendaHeading(t))
      .join('\n'),
  );
  const deadline = findDeadline(doc, texts, header.date, header.time, lines[guidanceStart]?.no ?? null);
  let last = prevNonBlank(lines, end - 1, header.first);
  while (last > header.first && isPageFurniture(lines[last] as Line)) last = prevNonBlank(lines, last - 1, header.first);
  // A meeting's web page may give its contact in a card beside or below the agenda rather than above it.
  let contacts = readContacts(doc, end);
  if (contacts.length === 0 && options.agendaElsewhere) contacts = readContactCard(doc, end, options.pageEnd ?? end);
  const meeting: Meeting = {
    body: header.body,
    date: header.date,
    time: header.time,
    venue: header.venue,
    issuedBy: issued.issuedBy,
    issuedOn: issued.issuedOn,
    members,
    contacts,
    agenda,
    guidance,
    publicQuestionDeadline: deadline,
  };
  if (listLine >= 0) membersLineOf.set(meeting, (lines[listLine] as Line).no);
  return locate(doc, meeting, membersLine >= 0 ? Math.min(header.first, membersLine) : header.first, Math.max(last, header.line));
}
