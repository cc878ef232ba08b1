import { describe, expect, it } from 'vitest';
import {
  SIGN_OFF_COLUMNS,
  COUNCIL_NAME_TAIL_LINE,
  COUNCIL_REF_PREFIX,
  RECOMMENDATION_LEAD_IN_ITEM,
  CONTINUED_TABLE_COLUMN_SLACK,
  DECISION_TAKEN_LABEL,
  COLUMN_GROUP_LABEL,
  COLUMN_RUN_ON,
  AGENDA_ACCESS_BADGE,
  PORTFOLIO_NOTE,
  SIGN_OFF_HEADING,
  AGENDA_SUPPLEMENT,
  KEY_DECISION_ANSWER_REF,
  MEMBERSHIP_ADDRESSEE,
  SUPPLEMENT_SUFFIX,
  BARE_GROUP_LABEL,
  NOTED_ATTENDANCE_LABEL,
  TABLE_CELL_GOES_ON,
  ATTENDEE_INITIALS,
  EMAIL_HEADER_LABEL,
  MARGIN_TIME,
  MARGIN_REFERENCE,
  ATTENDEE_TRAILING_POST,
  BARE_RESOLUTION,
  DATE_LINE_STATUS,
  TITLE_CUT,
  webNumberedSection,
  AGENDA_TABLE_HEADER,
  FRONT_SHEET_HEADINGS,
  ITEM_SUFFIX_WRAP,
  ACTION_LOG_COLUMNS,
  ACTION_REF,
  AGENDA_PAPER_NOTE,
  AGENDA_PRESENTER_NOTE,
  LIST_ENTRY_CUT,
  STATUS_THEN_UPDATE,
  ACTION_COLUMN_HEADING,
  ACTION_NUMBER_HEADER,
  AGENDA_CLOSING,
  AGENDA_TABLE_COLUMNS,
  AGENDA_INLINE_NOTE,
  ALL_MEMBERS,
  ALL_MEMBERS_GRID_GAP,
  RECOMMENDED_TO_OWN_COUNCIL,
  APPENDIX_HEADING,
  AUTHOR_COLUMN_LABEL,
  BULLET_LINE_START,
  MEETING_END,
  VENUE_START_TIME,
  CLERK_SUFFIX,
  CONTACT_DETAIL,
  CONTACT_LABEL,
  CONTACT_NAME_LABEL,
  COUNCIL_NAME_LINE,
  COVER_BODY_HEADING,
  DOT_LEADER,
  LEADER_PAGES,
  BODY_DECIDED_SENTENCE,
  DECISIONS_HEADING,
  DECISIONS_TAKEN_BY,
  DECISION_BLOCK,
  DECISION_SECTION_HEADINGS,
  FORWARD_PLAN_REF,
  FULL_COUNCIL_BODY,
  ISSUED_LABEL,
  ITEM_HEADING,
  ITEM_INDEX_COLUMNS,
  ITEM_MARKER,
  KEY_DECISION_NOTE,
  MEETING_DATE_LABEL,
  MEMBER_GROUP_HEADING,
  MEMBER_GROUP_ROW_HEADING,
  MEMBERSHIP_HEADING,
  MEMBERSHIP_LABEL,
  MINUTE_NUMBERS,
  MOVEMENT_TAIL,
  WATERMARK_WORD,
  LEAD_VERB_SUBJECT_END,
  ATTENDANCE_RUN_ON_SENTENCE,
  NAME_CUT,
  HEADER_LABELS,
  HEADING_LINE,
  MEMBERSHIP_TABLE_HEADER,
  MINUTE_NUMBER_CELL,
  MINUTE_TABLE_COLUMNS,
  OFFICE_HOLDER,
  OFFICER_LABEL,
  PARAGRAPH_NUMBER,
  PERSON_DASH_POST,
  PLAN_ACTION_COLUMN,
  PLAN_GROUP_COLUMN,
  PLAN_PROMPT_COLUMN,
  PLAN_RESPONSE_COLUMN,
  TABLE_KEY_HEADING,
  TABLE_ROW_KEY,
  TRACKER_COLUMNS,
  POSTCODE_WRAP,
  ONE_ITEM_FOLLOWING,
  PARTY_NOTE,
  PUBLIC_SPEAKING,
  RECORD_DATE_LABELS,
  REGISTER_KEY,
  REGISTER_KEY_PAIR,
  RECOMMENDATION_LEAD,
  RESOLUTION_LEADS,
  RISK_ASSESSMENT_GROUPS,
  RISK_CELL_LABEL,
  RISK_COLUMNS,
  RISK_REF,
  RISK_REGISTER_COLUMNS,
  SENTENCE_BROKEN,
  SIGNATURE_DATE_LABEL,
  SIGNATURE_LABEL,
  SIGNATURE_ROLE_LABEL,
  SITTING_LABEL,
  STACKED_VENUE,
  SUMMONS_SENTENCES,
  WEB_ACCESS_LABEL,
  WEB_SECTION_ITEM,
  WORK_PROGRAMME_COLUMNS,
  WRAPPED_COLUMN_LABEL,
  WRAPPED_LABEL_TAIL,
  WRAP_LEADS_ON,
  ATTENDANCE_LABELS,
  COUNTED_ATTENDEES,
  ELECTORS_MEETING_TITLE,
  RESOLUTION_MID_LINE,
  ORGANISATION_NAME,
  MEETING_BROADCAST_NOTE,
  RESOLUTION_LEAD_WRAP,
  PROPOSER_MID_LINE,
  SENTENCE_END,
  APOLOGIES_SENTENCE,
  CLERK_PREFIX,
  PRESIDING_LINE,
  CHAIR_SENTENCE,
  RESOLUTION_WITH_REASONS,
  RESOLVED_LIST_SUBHEADING,
  VOTE_TALLY,
  SUMMONS_PURPOSE,
  CALL_IN_REQUEST_LABEL,
  PROSE_AFTER_LIST,
  PROTECTIVE_MARKING,
  FOOTER_WRAP_END,
  ATTENDANCE_SUBGROUP_HEADING,
  MEETING_OF_BODY,
  COLUMN_LIST_WRAP,
  HEADING_DATE_WRAP,
  OTHER_LANGUAGE_PROSE_WORDS,
  RUN_IN_TITLE,
  MEETING_ROLE_NOTE,
  ATTENDANCE_STATUSES,
  ATTENDANCE_REGISTER_COLUMNS,
  NOTED_LIST_LEAD,
  PORTFOLIO_COLUMN,
  WRAPPED_YEAR_CELL,
  AGENDA_ENTRY_PAGES,
  BOLD_CLOSED_BEFORE_PAGES,
  OPEN_PAGE_REFERENCE,
  PAGES_COLUMN_RANGE,
  SUMMONS_LETTER,
  WRAPPED_RECOMMENDATION,
  REPORT_KIND_LINE,
  DATE_BEFORE_YEAR,
  ITEM_DECLARATION_PARAGRAPH,
  MEETING_END_WRAP,
  RESOLUTION_AFTER_WRAPPED_IT,
  MINUTE_BOOK_FOOTER,
  MEMBER_BODY_NOTE,
  MAKER_CONSULTS,
  NOTICE_REF_HEADING,
  NOTICE_REF_MARKER,
  NOTICE_LABEL_TAIL,
  ATTENDEE_BULLET,
  COOKIE_BANNER_CLASS,
  WEB_ITEM_PAGES,
  EXCLUSION_ITEM_TITLE,
  LINK_STRIP,
  RUNNING_EDGE_DATE,
  WRAPPED_DATE_START,
  SENTENCE_RUNS_ON,
} from './layouts.ts';
import { tickedAnswer } from './report-cover.ts';
import { attendanceKey } from './attendance-grid.ts';
import { extractPack } from './index.ts';
import { attendanceLabelOf, countedPeople, dropRoleNotes, isPostText, parseMember, sharedPostHolders, splitPeople, splitPostedPeople, splitHeldPosts } from './names.ts';
import { personCommaPost, splitPostAfterHolders } from './names.ts';
import { personDashNote, runsOnTitledList, titledRunIn } from './names.ts';
import { buildDoc, unboxLine } from './doc.ts';
import { readRiskRegisters } from './risk-register.ts';
import { inEnglish, sequentialEnglish } from './parallel-text.ts';
import { findDate, isWholeDate } from './date-text.ts';
import { splitListItems } from './list-items.ts';
import { noticeLabelOf } from './notice-blocks.ts';
import { decodeEntities, htmlToText } from './text-normalise.ts';
import { looksLikeMarkdown } from './detect-format.ts';
import { provenanceProblems } from './test-support.ts';
import { cleanMarkdownLine } from './markdown.ts';
import { namesFromSentence, readDeclarations } from './minutes.ts';
import { HEARING_PARTY_ROLE } from './layouts.ts';
import { startsWithTitle } from './names.ts';
import { flowedColumns } from './layout-columns.ts';
import { findParts } from './segment.ts';
import { AGENDA_DATE_NOTE, POST_BODY_TAIL, PROCEDURAL_ITEM } from './layouts.ts';
import { ADDRESS_TITLE, ATTENDANCE_SENTENCE, DECLARED_IN_ITEM, ITEM_FIELD_LABEL, MEETING_SAT_SENTENCE, NO_OTHER_DECLARATIONS, NOTHING_DECIDED } from './layouts.ts';
import { APPENDIX_PREFIX, GROUP_ROW_NOTE, PLAN_MEETING_COLUMN } from './layouts.ts';
import { VENUE_NAME_BREAK, WRAPPED_SURNAME } from './layouts.ts';
import { WEB_INLINE_BLOCK, WEB_ITEM_TAG } from './layouts.ts';
import { TARGET_CELL_SPILL } from './layouts.ts';
import { WRAPPED_LABEL_TAIL_CELL } from './layouts.ts';
import { MEMBER_SUBSTITUTES_HEADING } from './layouts.ts';
import { BARE_COUNCIL_BODY, SECOND_LANGUAGE_MINUTES_HEADING } from './layouts.ts';
import { columnEntries } from './attendance-table.ts';
import type { AgendaItem } from './contract.ts';

// Examples for the layouts learnt from the four newest blind packs (fictional data throughout).

describe('forward plan notices as "Label: value" blocks', () => {
  it.each([
    ['Reference:  KD 2031/014', 'ref'],
    ['Key decision reference: ABC/31/7', 'ref'],
    ['Decision to be taken: To approve the plan', 'decision'],
    ['Decision maker:  Cabinet', 'makers'],
    ['Date of decision: Not before 4 May 2031', 'date'],
    ['First published: 1 March 2031', 'published'],
    ['Exempt information: Open', 'exempt'],
    ['Contact officer: A Person, Manager', 'contact'],
    ['Title: Depot Disposal', 'issue'],
  ])('"%s" is a %s label', (line, field) => expect(noticeLabelOf(line)?.field).toBe(field));
  it.each(['Note: the plan is updated monthly', 'The Council will decide: later'])('"%s" is not a notice label', (line) => expect(noticeLabelOf(line)).toBeNull());

  it('reads notices one after another, values wrapped onto indented lines, no report or meeting invented', () => {
    const text = [
      'NOTICE OF KEY DECISIONS',
      '',
      '____________________________',
      '',
      'Reference:          KD 2031/001',
      'Title:              Library Hours Review',
      'Decision to be taken: To approve revised opening hours',
      '                    at all branch libraries.',
      'Decision maker:     Cabinet, Full Council',
      'Date of decision:   Before 30 June 2031',
      'First published:    2 April 2031',
      'Exempt information: Open',
      'Contact:            Ada Quill, Libraries Manager',
      '',
      '____________________________',
      '',
      'Reference:          KD 2031/002',
      'Title:              Fleet Replacement',
      'Decision maker:     Director of Place',
      'Date of decision:   July 2031',
      'Exempt information: Fully exempt',
      'Contact:            Bo Reed, Fleet Lead',
      '',
    ].join('\n');
    const r = extractPack(Buffer.from(text), 'plan.txt');
    expect(r.forwardPlan.map((f) => f.ref)).toEqual(['KD 2031/001', 'KD 2031/002']);
    expect(r.forwardPlan[0]).toMatchObject({
      issue: 'Library Hours Review',
      decision: 'To approve revised opening hours at all branch libraries.',
      decisionMakers: ['Cabinet', 'Full Council'],
      decisionDate: { date: '2031-06-30', qualifier: 'before' },
      firstPublished: '2031-04-02',
      contacts: ['Ada Quill, Libraries Manager'],
    });
    expect(r.forwardPlan[1]?.decisionDate).toEqual({ text: 'July 2031', date: null, qualifier: null });
    expect(r.reports).toEqual([]);
  });
});

describe('forward plan notices as label | value boxes, one per decision', () => {
  it('reads each box: a "(not before)" label qualifies its bare dates, rows it does not use still belong to the box', () => {
    const pad = (label: string, value: string): string => `${label.padEnd(34)}${value}`;
    const more = (value: string): string => `${''.padEnd(34)}${value}`;
    const text = [
      'Register of Executive Decisions',
      '',
      'Introduction',
      'This register lists the executive decisions due in the coming months and who will take them.',
      'Exempt reports are marked below.',
      '',
      pad('Decision ref', 'XD/41'),
      pad('Decision', 'Canal Towpath Resurfacing Phase 2021-'),
      more('2034'),
      more('To approve the scheme and its funding.'),
      pad('Decision maker', 'Cabinet Member for Parks & Leisure'),
      pad('Date of decision (not before)', '3 March 2031'),
      pad('Why key', 'Spending over the threshold'),
      more('for the area'),
      pad('Documents', 'Cabinet report; route'),
      more('plan'),
      pad('Contact officer', 'Wren Caddick, Towpath Officer'),
      more('Tel: 01000 000001'),
      pad('Exempt', 'No'),
      '',
      '',
      '                         Page 1 of 2',
      '\f' + pad('Decision ref', 'XD/42'),
      pad('Decision', 'Depot Lease Renewal'),
      pad('Decision maker', 'Cabinet, Council'),
      pad('Date of decision (not before)', 'May 2031'),
      pad('Contact officer', 'Oren Pike, Estates Lead'),
      pad('Exempt', 'Yes - paragraph 3'),
      '',
      '',
      '                         Page 2 of 2',
      '',
    ].join('\n');
    const r = extractPack(Buffer.from(text), 'register.txt');
    expect(r.forwardPlan.map((f) => f.ref)).toEqual(['XD/41', 'XD/42']);
    expect(r.forwardPlan[0]).toMatchObject({
      decision: 'Canal Towpath Resurfacing Phase 2021- 2034 To approve the scheme and its funding.',
      decisionMakers: ['Cabinet Member for Parks & Leisure'],
      decisionDate: { text: '3 March 2031', date: '2031-03-03', qualifier: 'not-before' },
      documents: 'Cabinet report; route plan',
      exempt: 'No',
      contacts: ['Wren Caddick, Towpath Officer Tel: 01000 000001'],
    });
    expect(r.forwardPlan[1]).toMatchObject({
      decisionMakers: ['Cabinet', 'Council'],
      decisionDate: { text: 'May 2031', date: null, qualifier: null },
      exempt: 'Yes - paragraph 3',
    });
    expect(r.reports).toEqual([]);
  });
});

describe('records of decisions', () => {
  it.each(['DECISION', 'Decision: approved', 'DECISIONS'])('"%s" is a decision block', (t) => expect(DECISION_BLOCK.test(t)).toBe(true));
  it('takes an item heading by its agenda number, without the decision kind', () => {
    expect(ITEM_HEADING.exec('Item 12   PARKS STRATEGY                KEY DECISION')?.slice(1, 3)).toEqual(['12', 'PARKS STRATEGY']);
    expect(ITEM_HEADING.exec('Agenda item 3: Depot Disposal')?.slice(1, 3)).toEqual(['3', 'Depot Disposal']);
  });
  it('knows the sub-headings under a decision and the dates of the record', () => {
    const kinds = ['REASONS FOR DECISION', 'ALTERNATIVE OPTIONS CONSIDERED', 'DECLARATIONS OF INTEREST'].map((t) => DECISION_SECTION_HEADINGS.find((h) => h.pattern.test(t))?.kind);
    expect(kinds).toEqual(['reasons', 'alternatives', 'declarations']);
    expect(RECORD_DATE_LABELS.test('Call-in deadline: 5pm on 3 May 2031')).toBe(true);
    expect(RECORD_DATE_LABELS.test('Publication date: 1 May 2031')).toBe(true);
    expect(RECORD_DATE_LABELS.test('Date: 1 May 2031')).toBe(false);
  });
  it('a "Decision" heading alone opens what was decided; prose naming the body does not', () => {
    expect(RESOLUTION_LEADS.some((re) => re.test('Decision'))).toBe(true);
    expect(RESOLUTION_LEADS.some((re) => re.test('The Committee agreed to approve the plan.'))).toBe(false);
  });
});

describe('CMS meeting pages', () => {
  it('numbers an ordered list as a browser shows it, from its start', () => {
    expect(
      htmlToText('<ol start="4"><li>Minutes</li><li>Budget</li></ol><ul><li>Home</li></ul>')
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual(['4. Minutes', '5. Budget', '- Home']);
  });
  it('splits a note printed after a title and a dash; a title with a dash of its own stays whole', () => {
    expect(AGENDA_INLINE_NOTE.exec('Apologies for absence – to receive apologies')?.slice(1, 3)).toEqual(['Apologies for absence', 'to receive apologies']);
    expect(AGENDA_INLINE_NOTE.exec('Staffing – Confidential. To resolve to exclude the public')?.[1]).toBe('Staffing');
    expect(AGENDA_INLINE_NOTE.test('Parks Strategy - Phase 2')).toBe(false);
  });
  it('takes "Councillors" as a membership heading and "Date of next meeting" as the agenda\u2019s close', () => {
    expect(['Councillors', 'Members of the Committee', 'Town Councillors'].every((t) => MEMBERSHIP_HEADING.test(t))).toBe(true);
    expect(AGENDA_CLOSING.test('Date of next meeting: Tuesday 3 June 2031.')).toBe(true);
    expect(AGENDA_CLOSING.test('9. Date of next meeting')).toBe(false);
  });
});

describe('a summons letter with the body centred inside its sentence', () => {
  it('reads the body and venue across the centred heading, and invents no members', () => {
    const text = [
      'To: The Mayor and all other Members of the Council',
      '',
      'You are summoned to attend a meeting of the',
      '',
      '                 BOROUGH COUNCIL',
      '',
      'to be held in the Assembly Room, Guild Hall, Quay Road',
      'on Thursday, 4 March 2032 at 7.00 pm to transact the business below.',
      '',
      'AGENDA',
      '',
      '1.  Apologies for absence',
      '2.  Minutes of the last meeting',
      '3.  Annual budget',
      '',
      'Members of the public: the hall has level access and a hearing loop.',
      '',
    ].join('\n');
    const r = extractPack(Buffer.from(text), 'summons.txt');
    expect(r.meeting).toMatchObject({ body: 'BOROUGH COUNCIL', date: '2032-03-04', time: '19:00', venue: 'Assembly Room, Guild Hall, Quay Road', members: [] });
  });
  it('"Members of the public:" is not a membership label; a line ending "of the" breaks a sentence', () => {
    expect(MEMBERSHIP_LABEL.test('Members of the public: please arrive early')).toBe(false);
    expect(MEMBERSHIP_LABEL.exec('Members of the Cabinet: Cllr A Reed')?.[1]).toBe('Cllr A Reed');
    expect(SENTENCE_BROKEN.test('You are summoned to attend a meeting of the')).toBe(true);
    expect(SENTENCE_BROKEN.test('for the business set out below.')).toBe(false);
  });
});

describe('minutes attendance as bullets of "Name, Job title"', () => {
  it('keeps officers after an "In attendance" heading and a blank line, one a bullet with their post and firm', () => {
    const text = [
      '# Minutes of the meeting held on Monday 2 February 2032 at 2.00 pm',
      '',
      '### Present',
      '',
      '- Cllr Ann Voss (Chair)',
      '- Cllr Ben Tarrant',
      '',
      '### In attendance',
      '',
      '- Carys Moult, Head of Finance',
      '- Dev Anand, Clerk to the Panel',
      '- Ros Hale, Audit Lead, Fenbridge Audit LLP',
      '',
      '## 1. Apologies',
      '',
      'None.',
      '',
      '## 2. Budget monitoring',
      '',
      '**RESOLVED** that the report be noted.',
      '',
    ].join('\n');
    const m = extractPack(Buffer.from(text), 'minutes.md').minutes[0];
    expect(m?.present).toEqual(['Cllr Ann Voss', 'Cllr Ben Tarrant']);
    expect(m?.inAttendance).toEqual(['Carys Moult, Head of Finance', 'Dev Anand, Clerk to the Panel', 'Ros Hale, Audit Lead, Fenbridge Audit LLP']);
  });
});

describe('officer decision records exported from a Word form ("Label:<TAB>value", CRLF)', () => {
  it('keeps each row to its own label, reads a prompted label, the author at the foot and the signature date', () => {
    const text = [
      'RECORD OF AN OFFICER DECISION',
      '',
      'Reference:\tOD/31/009',
      'Title of decision:\tReplacement of the museum boiler',
      'Service area:\tCulture and Leisure',
      'Decision maker (name and post):\tOlwen Price, Head of Culture',
      'Is this a key decision?\tNo',
      '',
      'Decision:',
      'To replace the boiler at the town museum at a cost of £18,200.',
      '',
      'Reasons:',
      'The boiler failed its annual safety inspection.',
      '',
      'Report author / contact:\tTomas Reyes, Buildings Officer, 01632 960 555, tomas.reyes@example.gov.uk',
      '',
      'Signed:\tO Price',
      'Date:\t9/3/31',
      '',
    ].join('\r\n');
    const r = extractPack(Buffer.from(text), 'decision.txt').reports[0];
    expect(r).toMatchObject({
      title: 'Replacement of the museum boiler',
      leadOfficer: 'Olwen Price, Head of Culture',
      author: 'Tomas Reyes, Buildings Officer',
      date: '2031-03-09',
    });
    expect(r?.contact).toContain('tomas.reyes@example.gov.uk');
  });
  it('leaves the summary and recommendation rows under a cover to the report template', () => {
    const text = [
      'Report to:\tCabinet',
      'Date:\t4 June 2031',
      'Title:\tLibrary opening hours',
      'Lead officer:\tHana Ruiz, Director of Communities',
      'Service area:\tLibraries',
      'Summary:\tThe report reviews opening hours.',
      'Recommendations:\t1. Approve the new hours. 2. Review them in a year.',
      '',
      '1. Background',
      'The libraries open six days a week.',
      '',
    ].join('\r\n');
    const r = extractPack(Buffer.from(text), 'report.txt').reports[0];
    expect(r).toMatchObject({ title: 'Library opening hours', leadOfficer: 'Hana Ruiz, Director of Communities', summary: 'The report reviews opening hours.' });
    expect(r?.recommendations).toEqual(['Approve the new hours.', 'Review them in a year.']);
  });
  it('knows a signature box\u2019s labels', () => {
    expect(['Signed', 'Signature of decision maker'].every((t) => SIGNATURE_LABEL.test(t))).toBe(true);
    expect(['Date', 'Date signed'].every((t) => SIGNATURE_DATE_LABEL.test(t))).toBe(true);
    expect(SIGNATURE_DATE_LABEL.test('Date published')).toBe(false);
  });
});

describe('minutes printed as a table ("Minute No. | Item | Resolution | Action by")', () => {
  it('knows the header cells and a minute number alone in its cell', () => {
    const role = (c: string): string | undefined => MINUTE_TABLE_COLUMNS.find((x) => x.pattern.test(c))?.column;
    expect(['Min. No.', 'Subject', 'Decision', 'Action by'].map(role)).toEqual(['number', 'title', 'text', 'action']);
    expect(['Ref', 'Matter', 'Discussion and decisions', 'Owner'].map(role)).toEqual(['number', 'title', 'text', 'action']);
    expect(['31/07', '12.', 'PC/31/4', 'Min 8'].every((c) => MINUTE_NUMBER_CELL.test(c))).toBe(true);
    expect(['Clerk', '£450', '1 May 2031'].some((c) => MINUTE_NUMBER_CELL.test(c))).toBe(false);
  });

  it('decodes the arrows of a breadcrumb trail', () => expect(decodeEntities('Home &raquo; Minutes &laquo; Back')).toBe('Home » Minutes « Back'));

  it('reads an HTML table inside site chrome: rows, titles from their column, lists and RESOLVED sentences in the text cell', () => {
    const html = `<!DOCTYPE html><html><head><title>Minutes</title></head><body>
<nav><ul class="menu"><li><a href="/">Home</a></li><li><a href="/minutes/">Minutes</a></li></ul></nav>
<main><h1>Minutes of the Meeting of Saltcote Town Council</h1>
<p>Held on Monday 5th May 2031 at 7pm in the Guild Room, Saltcote Institute</p>
<p><strong>Present:</strong> Cllr Ada Lyle (Mayor), Cllr Rhys Venn, Cllr Tom Quarry</p>
<table><thead><tr><th>Min. No.</th><th>Subject</th><th>Decision</th><th>Action by</th></tr></thead>
<tbody>
<tr><td>31/20</td><td>Apologies</td><td>Cllr Ives sent apologies. RESOLVED that they be accepted.</td><td></td></tr>
<tr><td>31/21</td><td>Allotments</td><td>RESOLVED:
<ol type="a"><li>to raise plot rents by 3%;</li><li>to repair the water trough.</li></ol>
</td><td>Clerk</td></tr>
<tr><td>31/22</td><td>Correspondence</td><td>Noted. No decision needed.</td><td></td></tr>
</tbody></table>
<p>The meeting closed at 8.15pm.</p></main></body></html>`;
    const m = extractPack(Buffer.from(html), 'minutes.html').minutes[0];
    expect(m?.items.map((i) => [i.minute, i.title, i.resolutions.length])).toEqual([
      ['31/20', 'Apologies', 1],
      ['31/21', 'Allotments', 2],
      ['31/22', 'Correspondence', 0],
    ]);
    expect(m?.items[1]?.resolutions).toEqual(['to raise plot rents by 3%;', 'to repair the water trough.']);
    expect(m?.endedAt).toBe('20:15');
  });

  it('reads a Word table saved as text, one row a line, the action column left out', () => {
    const text = [
      'MINUTES OF THE MEETING OF FELLSIDE PARISH COUNCIL HELD ON 3 JUNE 2031',
      '',
      'Present: Cllr Jo Marsh (Chair), Cllr Sam Ede',
      '',
      'Minute\tItem\tMinutes\tAction',
      '12/31\tBus shelter\tRESOLVED that the Clerk order a new roof.\tClerk',
      '13/31\tFootpaths\tThe stile on path 4 is broken. AGREED to report it.\tCllr Ede',
      '',
    ].join('\r\n');
    const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(m?.items.map((i) => [i.minute, i.title, i.resolutions])).toEqual([
      ['12/31', 'Bus shelter', ['the Clerk order a new roof.']],
      ['13/31', 'Footpaths', ['to report it.']],
    ]);
  });

  it('leaves a table under a minute heading (an action log) inside that minute', () => {
    const text = [
      'MINUTES OF THE MEETING OF FELLSIDE PARISH COUNCIL HELD ON 3 JUNE 2031',
      '',
      'Present: Cllr Jo Marsh (Chair), Cllr Sam Ede',
      '',
      '14. Apologies',
      '',
      'None were received.',
      '',
      '15. Action log',
      '',
      'The log was reviewed:',
      'Ref\tSubject\tDecision\tOwner',
      'A/1\tGrit bin\tAGREED to buy one.\tClerk',
      'A/2\tBench\tNoted.\tClerk',
      '',
    ].join('\n');
    const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['14', 'Apologies'],
      ['15', 'Action log'],
    ]);
  });
});

/** A fictional Cabinet agenda's front sheet, above the items of the two tests below. */
const ashgroveFrontSheet = ['ASHGROVE DISTRICT COUNCIL', '', 'CABINET', '', 'Thursday, 6 May 2032 at 10.00 am', 'Council Chamber, Ashgrove House', '', 'AGENDA', ''];

describe('running headers and footers of a paged text', () => {
  it('are page furniture, not part of the note they interrupt', () => {
    const header = ['Ashgrove District Council                    Cabinet, 6 May 2032', ''];
    const footer = (n: number): string[] => ['', `Cabinet agenda                                              Page ${n} of 2`];
    const pages = [
      [...ashgroveFrontSheet, '1.   APOLOGIES', '', '2.   BUDGET', '', '     To consider the budget for the year,', ...footer(1)],
      [...header, '     including the fees and charges.', '', '3.   PARKING', ...footer(2)],
      [...header, '4.   HOUSING', '', '5.   ANY OTHER BUSINESS', ...footer(3)],
    ];
    const text = `${pages.map((p) => p.join('\n')).join('\n\f')}\n`;
    const agenda = extractPack(Buffer.from(text), 'agenda.txt').meeting?.agenda ?? [];
    expect(agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(agenda.every((a) => !/page \d|cabinet, 6 may|ashgrove district/i.test(`${a.title} ${a.note ?? ''}`))).toBe(true);
  });
});

describe('lettered sub-items wrapped under a hanging indent', () => {
  it('keep their wrapped text in the title, not the note', () => {
    const text = [
      ...ashgroveFrontSheet,
      '1.   APOLOGIES',
      '',
      '2.   RECOMMENDATIONS FROM COMMITTEES',
      '',
      '     To consider the following:',
      '',
      '     (a) Planning Committee, 1 April 2032: Parking',
      '         Strategy 2032 to 2035',
      '     (b) Audit Committee, 8 April 2032: Annual',
      '         Governance Statement',
      '',
      '3.   ANY OTHER BUSINESS',
      '',
    ].join('\n');
    const agenda = extractPack(Buffer.from(text), 'agenda.txt').meeting?.agenda ?? [];
    expect(agenda.filter((a) => /\)$/.test(a.number)).map((a) => [a.title, a.note])).toEqual([
      ['Planning Committee, 1 April 2032: Parking Strategy 2032 to 2035', null],
      ['Audit Committee, 8 April 2032: Annual Governance Statement', null],
    ]);
  });
});

describe('a lone committee report laid out by pdftotext, its cover centred capitals', () => {
  const pad = (n: number, s: string): string => `${' '.repeat(n)}${s}`;
  const pages = [
    [
      pad(70, 'ITEM NO. 12'),
      '',
      pad(70, 'PAPER NO. ES/9/31'),
      '',
      pad(30, 'KELDWICK COUNCIL'),
      '',
      pad(16, 'ENVIRONMENT COMMITTEE – 14 OCTOBER 2031'),
      '',
      pad(18, 'COASTAL PATH MAINTENANCE 2032/33'),
      '',
      pad(12, 'REPORT BY DIRECTOR OF NEIGHBOURHOOD SERVICES'),
      '',
      '',
      '1.    PURPOSE',
      '',
      '1.1   To ask the Committee to agree a programme of repairs to the coastal path.',
      '',
      '2.    RECOMMENDATIONS',
      '',
      '      It is recommended that the Committee:',
      '',
      '2.1   agrees the repair programme at Appendix A; and',
      '',
      '2.2   asks the Director to report progress to the Committee, with the costs of each',
      '      section of path repaired and any sections',
      '',
      pad(40, '1'),
    ],
    [
      pad(12, 'Keldwick Council – Environment Committee – 14 October 2031'),
      '',
      '      closed to walkers for more than a month.',
      '',
      '3.    BACKGROUND',
      '',
      '3.1   The path was surveyed in the summer.',
      '',
      'Ruth Askew',
      'Director of Neighbourhood Services',
      '',
      'Report author:    Tomas Brede, Countryside Officer',
      'Tel:              01632 960 118',
      '',
      pad(40, '2'),
    ],
    [pad(12, 'Keldwick Council – Environment Committee – 14 October 2031'), '', 'Appendix A – Repair programme', '', pad(40, '3')],
  ];
  const text = `${pages.map((p) => p.join('\n')).join('\n\f')}\n\f`;

  it('reads one report, not an agenda: title, date, item number, lead, author and the recommendations', () => {
    const result = extractPack(Buffer.from(text), 'report.txt');
    expect(result.meeting?.agenda ?? []).toEqual([]);
    expect(result.reports).toHaveLength(1);
    const r = result.reports[0];
    expect(r?.title).toBe('COASTAL PATH MAINTENANCE 2032/33');
    expect(r?.date).toBe('2031-10-14');
    expect(r?.agendaItem).toBe('12');
    expect(r?.leadOfficer).toBe('DIRECTOR OF NEIGHBOURHOOD SERVICES');
    expect(r?.author).toContain('Tomas Brede');
    expect(r?.contact).toContain('01632 960 118');
    // The second recommendation runs on over the page break, without the page number or running header.
    expect(r?.recommendations).toEqual([
      'agrees the repair programme at Appendix A; and',
      'asks the Director to report progress to the Committee, with the costs of each section of path repaired and any sections closed to walkers for more than a month.',
    ]);
  });
});

describe('a web page of one decision, its details as labelled paragraphs', () => {
  it('is one record: the title above the page links, the decision in parts, the labelled date of decision, a key decision', () => {
    const html = `<html><body>
<nav><ul><li><a href="/a">Find a councillor</a></li><li><a href="/b">Meetings</a></li></ul></nav>
<h1>Decision details</h1>
<h2>Allotment rents 2032/33</h2>
<ul><li><a href="/h">Issue history</a></li><li><a href="/p">Print this page</a></li></ul>
<p>Decision Maker: Cabinet Member for Parks</p>
<p>Is this a key decision?: Yes</p>
<h3>Purpose:</h3>
<p>To set allotment rents for next year.</p>
<h3>Decision:</h3>
<p>The Cabinet Member agreed that:</p>
<ol><li>allotment rents rise by 4% from 1 October 2032;</li><li>concessions for pensioners continue; and</li><li>the Parks Manager writes to every tenant.</li></ol>
<h3>Reasons for the decision:</h3>
<p>Rents have not covered water charges since 2030.</p>
<p>Contact: Owen Prys, Parks Manager Tel: 01632 960 555</p>
<p>Publication date: 9/6/2032</p>
<p>Date of decision: 8/6/2032</p>
</body></html>`;
    const result = extractPack(Buffer.from(html), 'decision.html');
    expect(result.reports.map((r) => r.title)).toEqual(['Allotment rents 2032/33']);
    const r = result.reports[0];
    expect(r?.date).toBe('2032-06-08');
    expect(r?.kind).toBe('Key decision');
    expect(r?.decisions).toHaveLength(3);
    expect(r?.decisions?.[0]).toContain('4% from 1 October 2032');
    expect(r?.decisions?.every((d) => !/agreed that|have not covered/i.test(d))).toBe(true);
  });
});

describe('a laid-out forward plan whose matter cell carries the reference and the first published date', () => {
  const row = (...cells: Array<[number, string]>): string => {
    let out = '';
    for (const [at, text] of cells) out = `${out.padEnd(at)}${text}`;
    return out;
  };
  const header = [
    row([30, 'KELDWICK COUNCIL – PLAN OF KEY DECISIONS']),
    '',
    row([1, 'Matter for decision'], [42, 'Decision maker'], [64, 'Date of decision'], [84, 'Contact']),
    '',
  ];
  const footer = (n: number): string[] => ['', '', row([1, 'Keldwick Council – Key Decisions'], [100, `Page ${n} of 2`])];
  const pages = [
    [
      ...header,
      row([1, 'Ref: KD/31/02   NEW'], [42, 'Cabinet'], [64, '3 May 2031'], [84, 'Ann Vell, Parks Lead']),
      row([1, 'Play Area Renewal'], [84, '01632 960 101']),
      row([1, 'First published: 1 March 2031']),
      '',
      row([1, 'Ref: KD/31/05'], [42, 'Cabinet Member for'], [64, 'Not before'], [84, 'Joel Marr, Fleet']),
      row([1, 'Refuse Fleet Replacement'], [42, 'Environment'], [64, '9 June 2031'], [84, 'Manager']),
      row([1, 'Purchase of twelve vehicles to']),
      ...footer(1),
    ],
    [...header, row([1, 'replace the oldest of the fleet.'], [84, 'joel.marr@keldwick.example']), row([1, 'First published: 2 April 2031']), ...footer(2)],
  ];
  const text = `${pages.map((p) => p.join('\n')).join('\n\f')}\n`;

  it('takes the reference without its NEW marker, the date from the cell, and joins a row across the page break', () => {
    const result = extractPack(Buffer.from(text), 'plan.txt');
    expect(result.forwardPlan.map((e) => e.ref)).toEqual(['KD/31/02', 'KD/31/05']);
    const [a, b] = result.forwardPlan;
    expect(a?.firstPublished).toBe('2031-03-01');
    expect(a?.issue).toBe('Play Area Renewal');
    expect(b?.issue).toBe('Refuse Fleet Replacement Purchase of twelve vehicles to replace the oldest of the fleet.');
    expect(b?.firstPublished).toBe('2031-04-02');
    expect(b?.decisionMakers).toEqual(['Cabinet Member for Environment']);
    expect(b?.contacts.join(' ')).toContain('joel.marr@keldwick.example');
  });
});

describe('a laid-out forward programme under month headings, references on key decisions only', () => {
  const row = (...cells: Array<[number, string]>): string => {
    let out = '';
    for (const [at, text] of cells) out = `${out.padEnd(at)}${text}`;
    return out;
  };
  const lines = [
    row([20, 'Osterby Borough Council – Executive Programme']),
    '',
    row([1, 'Ref.'], [16, 'Title'], [38, 'Purpose'], [64, 'Decision maker'], [84, 'Date of'], [98, 'Lead officer']),
    row([84, 'decision']),
    '',
    row([1, 'March 2032']),
    row([1, 'EX/32/003 Library'], [38, 'To agree the new opening'], [64, 'Executive'], [84, '9 March'], [98, 'Pia Dunn-']),
    row([11, 'Opening Hours'], [38, 'hours for all branches.'], [84, '2032'], [98, 'Ellis, Librarian']),
    row([16, 'Allotment Rents'], [38, 'To set rents for 2032/33.'], [64, 'Executive'], [84, '9 March'], [98, 'Tom Hale']),
    row([84, '2032']),
    row([16, 'Street Lighting'], [38, 'To approve the LED'], [64, 'Executive Member Not before'], [98, 'Ray Cole']),
    row([38, 'programme.'], [64, 'for'], [81, '20 March']),
    row([64, 'Transport'], [81, '2032']),
    '',
    row([1, 'April 2032']),
    row([1, 'EX/32/007 Leisure'], [38, 'To award the contract.'], [64, 'Executive, Council'], [84, 'TBC'], [98, 'Ann Orme']),
    row([11, 'Contract']),
    '',
    row([1, 'The Executive meets at 6.00 pm at the Civic Offices; dates may change.']),
  ];
  const text = `${lines.join('\n')}\n`;

  it('starts a row at a reference or a new date, keeps month headings and the closing note out, and splits jammed cells', () => {
    const plan = extractPack(Buffer.from(text), 'programme.txt').forwardPlan;
    expect(plan.map((e) => e.ref)).toEqual(['EX/32/003', '', '', 'EX/32/007']);
    const [library, rents, lights, leisure] = plan;
    expect(library?.issue).toBe('Library Opening Hours');
    expect(library?.decision).toBe('To agree the new opening hours for all branches.');
    expect(library?.contacts).toEqual(['Pia Dunn-Ellis, Librarian']);
    expect(library?.decisionDate).toMatchObject({ date: '2032-03-09', qualifier: 'on' });
    expect(rents?.issue).toBe('Allotment Rents');
    expect(lights?.decisionMakers).toEqual(['Executive Member for Transport']);
    expect(lights?.decisionDate).toMatchObject({ date: '2032-03-20', qualifier: 'not-before' });
    expect(leisure?.decisionMakers).toEqual(['Executive', 'Council']);
    expect(leisure?.decisionDate).toMatchObject({ text: 'TBC', date: null, qualifier: null });
    expect(leisure?.issue).toBe('Leisure Contract');
  });
});

describe('a committee minute converted from Word by pandoc: bold item headings wrapped inside the bold, footnotes', () => {
  const text = [
    '**GLENLOCHY COUNCIL**',
    '',
    '**Harbours and Coast Committee**',
    '',
    'Minute of meeting of the Harbours and Coast Committee held in the',
    'Burgh Hall, Glenlochy on 4 March 2032 at 2.00 pm.',
    '',
    '**Present:** Councillor Ann Bell (Convener), Councillors Rob Craig and',
    'Isla Dunn.',
    '',
    '**1. Harbour Dues 2032/33**',
    '',
    'A shortfall of £40,000 was forecast[^1].',
    '',
    'The Committee agreed:',
    '',
    '(a) to raise harbour dues by 3% from 1 April 2032;',
    '',
    '(b) to review the dues for leisure berths in',
    '    the autumn.',
    '',
    '**2. North Pier -- Repair Options and Costs for the Coming',
    'Financial Year**',
    '',
    'The Committee agreed:',
    '',
    '(a) to note the survey;',
    '',
    '(b) to approve option 2.',
    '',
    '**3. Slipway Lighting**',
    '',
    'The Committee agreed to defer the item.',
    '',
    'The meeting concluded at 3.10 pm.',
    '',
    '[^1]: Figures at the end of January 2032.',
    '',
  ].join('\n');

  it('reads every item, the wrapped heading joined, each lettered decision, and no footnote text', () => {
    const result = extractPack(Buffer.from(text), 'minute.md');
    const items = result.minutes[0]?.items ?? [];
    expect(items.map((i) => i.minute)).toEqual(['1', '2', '3']);
    expect(items[1]?.title).toBe('North Pier -- Repair Options and Costs for the Coming Financial Year');
    expect(items[0]?.resolutions).toHaveLength(2);
    expect(items[1]?.resolutions).toEqual(['to note the survey;', 'to approve option 2.']);
    expect(JSON.stringify(result.minutes)).not.toContain('[^1]');
    expect(JSON.stringify(items[2])).not.toContain('end of January');
  });
});

describe('a decision record saved from Word as text: label cells, plain headings, a lead-in under the Decision heading', () => {
  it('reads the author and phone, each plain-headed section, and the decision in its numbered parts', () => {
    const text = [
      '\ufeffOFFICE OF THE FIRE COMMISSIONER',
      '',
      'RECORD OF DECISION',
      '',
      'Decision number:\tFC 31/07',
      'Title:\tReplacement of Breathing Apparatus Sets',
      'Author / contact officer:\tNia Brook, Equipment Manager',
      'Telephone:\t01632 960 404',
      '',
      'Executive summary',
      'The sets bought in 2021 reach the end of their working life next spring and spares are no longer made.',
      '',
      'Decision',
      'The Commissioner agrees:',
      '1.\tthe purchase of 140 sets from the regional framework; and',
      '2.\tthe sale of the old sets for spares.',
      '',
      'Financial implications',
      'The purchase costs £612,000, met from the capital reserve.',
      '',
    ].join('\r\n');
    const [r, ...rest] = extractPack(Buffer.from(text), 'record.txt').reports;
    expect(rest).toEqual([]);
    expect(r?.title).toBe('Replacement of Breathing Apparatus Sets');
    expect(r?.author).toContain('Nia Brook');
    expect(r?.contact).toContain('01632 960 404');
    expect(r?.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['Executive summary', 'Decision', 'Financial implications']));
    expect(r?.decisions).toEqual(['the purchase of 140 sets from the regional framework; and', 'the sale of the old sets for spares.']);
    expect(r?.sections.find((s) => s.heading === 'Financial implications')?.text).toContain('£612,000');
  });
});

describe('sign-offs printed as signature blocks, not a table', () => {
  it('gives one sign-off per Name / Signature / Date block, its role the heading above or the post under the name', () => {
    const text = [
      'RECORD OF DECISION',
      '',
      'Decision number:\tFC 31/09',
      'Title:\tStation Roof Repairs',
      'Author / contact officer:\tNia Brook, Estates Officer',
      '',
      'Decision',
      'The Commissioner agrees to repair the roof at a cost of £88,000.',
      '',
      'Treasurer',
      'I confirm that the budget provides for this spending.',
      'Name:\tPaul Orme',
      'Signature:\tP. Orme\tDate:\t03/02/2031',
      '',
      'Commissioner\u2019s approval',
      'I have no personal interest in this matter.',
      'Interests declared:\tNone',
      '',
      'Signature:\tL. Vance',
      'Name:\tLena Vance',
      'Fire Commissioner for the County',
      'Date:\t5 February 2031',
      '',
    ].join('\r\n');
    const [r] = extractPack(Buffer.from(text), 'record.txt').reports;
    expect(r?.signOffs).toEqual([
      { role: 'Treasurer', name: 'Paul Orme', date: '2031-02-03', dateText: '03/02/2031' },
      { role: 'Fire Commissioner for the County', name: 'Lena Vance', date: '2031-02-05', dateText: '5 February 2031' },
    ]);
  });
});

describe('a joint committee\u2019s Present list under each partner body\u2019s name', () => {
  it('keeps every member present, and a bracketed note wrapped over two lines stays with its member', () => {
    const text = [
      'MINUTES of the meeting of the JOINT PARKING BOARD held on 2 March 2032 at 10.00 am',
      '',
      'Present:',
      '',
      'Keldwick Borough Council:',
      'Councillors T Abbot (Chair) and S Rowe',
      '',
      'Marlow Vale District Council:',
      'Councillors B Quince, H Lyle (substitute for Councillor',
      'F Nash) and E Dorr',
      '',
      'Officers:',
      'P Grey (Parking Manager)',
      '',
      '1.   APOLOGIES',
      '',
      'Apologies were received from Councillor F Nash.',
      '',
      '2.   MINUTES',
      '',
      'RESOLVED: That the minutes of the last meeting be signed.',
      '',
    ].join('\n');
    const [m] = extractPack(Buffer.from(text), 'minutes.txt').minutes;
    expect(m?.present).toEqual(['T Abbot', 'S Rowe', 'B Quince', 'H Lyle', 'E Dorr']);
  });
});

describe('minutes numbered with a body letter and a dot ("C.12/31")', () => {
  it('reads each minute, and apologies "for inability to attend" in prose', () => {
    const text = [
      'KELDWICK DISTRICT COUNCIL',
      '',
      'Minutes of the Monthly Meeting of Council held in the Council Chamber on Monday 5 May 2031 at 7.00 pm',
      '',
      'Members present:\tAlderman J Tate',
      '\tCouncillor R Moss',
      '',
      'C.12/31\tAPOLOGIES',
      '',
      'Apologies for inability to attend were received from Councillor P Lowe.',
      '',
      'C.13/31\tHARBOUR LIGHTS',
      '',
      'Proposed by Councillor Moss, Seconded by Alderman Tate and',
      '',
      'RESOLVED – that the harbour lights be repaired.',
      '',
      'C.14/31\tCORRESPONDENCE',
      '',
      'RESOLVED – that the correspondence be noted.',
      '',
    ].join('\n');
    const [m] = extractPack(Buffer.from(text), 'minutes.txt').minutes;
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['C.12/31', 'APOLOGIES'],
      ['C.13/31', 'HARBOUR LIGHTS'],
      ['C.14/31', 'CORRESPONDENCE'],
    ]);
    expect(m?.apologies).toEqual(['Councillor P Lowe']);
    expect(m?.items[1]?.resolutions).toEqual(['that the harbour lights be repaired.']);
  });
});

describe('Word tab-table agendas with timings', () => {
  it('takes "Agenda published:" as the date of issue, but not a sentence about papers', () => {
    expect(ISSUED_LABEL.exec('Agenda published: Friday 2 May 2031')?.[1]).toBe('Friday 2 May 2031');
    expect(ISSUED_LABEL.exec('Summons issued: 3 May 2031')?.[1]).toBe('3 May 2031');
    expect(ISSUED_LABEL.test('Papers published on the website are final')).toBe(false);
  });
  it('keeps an unnumbered row with its own time (a break, the close) out of the title above', () => {
    const text = [
      'Riverside Community Safety Partnership',
      '',
      'Date:\tMonday 5 May 2031',
      'Time:\t10.00 am',
      'Venue:\tThe Mill Room, Riverside House',
      '',
      'AGENDA',
      '',
      'Item\tTitle\tLead\tTime',
      'Item 1\tApologies for absence\tChair\t10:00',
      'Item 2\tDomestic abuse needs assessment\tAnna Quill, Head of Safer Places\t10:05',
      '\tRefreshment break\t\t10:45',
      'Item 3\tYouth diversion fund bids\tTom Reyes\t11:00',
      '\tEnd of meeting\t\t11:30',
      '',
    ].join('\n');
    const agenda = extractPack(Buffer.from(text), 'csp.txt').meeting?.agenda ?? [];
    expect(agenda.map((a) => [a.number, a.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Domestic abuse needs assessment'],
      ['3', 'Youth diversion fund bids'],
    ]);
  });
});

describe('hearing decision notices under a "Label: value" block', () => {
  it('takes a notice of determination as a decision heading, also under the Act it is made under', () => {
    expect(['NOTICE OF DETERMINATION', 'GAMBLING ACT 2005: NOTICE OF DETERMINATION', 'Determination notice'].every((t) => DECISIONS_HEADING.test(t))).toBe(true);
    expect(DECISIONS_HEADING.test('The Act 2003 requires a hearing')).toBe(false);
  });
  it('knows the labels of the hearing date, the members who sat and the officers who attended', () => {
    expect(MEETING_DATE_LABEL.test('Date of hearing:   3 June 2031')).toBe(true);
    expect(MEETING_DATE_LABEL.test('Date of notice: 9 June 2031')).toBe(false);
    expect(['Sub-Committee', 'Hearing panel', 'Panel members'].every((t) => SITTING_LABEL.test(t))).toBe(true);
    expect(['Legal adviser', 'Licensing officer', 'Clerk'].every((t) => OFFICER_LABEL.test(t))).toBe(true);
    expect(OFFICER_LABEL.test('Premises licence holder')).toBe(false);
  });
  it('reads the notice as the record of the hearing: its date, who sat, and the numbered steps decided', () => {
    const text = [
      'NOTICE OF DETERMINATION',
      'APPLICATION FOR A NEW PREMISES LICENCE',
      '',
      'Premises:          The Old Forge, 2 Mill Lane, Ashby Cross',
      'Applicant:         Forge Taverns Limited',
      'Date of hearing:   3 June 2031',
      'Panel:             Councillor Ann Vale (Chair), Councillor Ben Oduya,',
      '                   Councillor Cara Lind',
      'Legal adviser:     Dan Frost, Solicitor',
      'Licensing officer: Eve Marsh, Licensing Team Leader',
      '',
      'Representations',
      '',
      'The Panel heard from the applicant and from two residents who objected:',
      '',
      '   (a)   noise from the beer garden late at night;',
      '   (b)   parking in Mill Lane.',
      '',
      'Decision',
      '',
      'The Panel has decided to:',
      '',
      '   1.   grant the licence subject to the conditions in the Annex; and',
      '   2.   end the use of the beer garden at 21:00.',
      '',
      'Reasons',
      '',
      'The Panel was satisfied that the conditions will prevent public nuisance.',
      '',
    ].join('\n');
    const r = extractPack(Buffer.from(text), 'notice.txt');
    expect(r.minutes).toHaveLength(1);
    const m = r.minutes[0];
    expect(m?.date).toBe('2031-06-03');
    expect(m?.present).toEqual(['Councillor Ann Vale', 'Councillor Ben Oduya', 'Councillor Cara Lind']);
    expect(m?.inAttendance).toEqual(['Dan Frost, Solicitor', 'Eve Marsh, Licensing Team Leader']);
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([['', 'APPLICATION FOR A NEW PREMISES LICENCE']]);
    expect(m?.items[0]?.resolutions).toEqual(['grant the licence subject to the conditions in the Annex; and', 'end the use of the beer garden at 21:00.']);
    expect(r.warnings.map((w) => w.code)).toContain('minute-number-missing');
  });
  it('warns when lines after the agenda\u2019s sign-off are read as nothing', () => {
    const text = [
      'Harbour Committee',
      '',
      'Date: Monday 2 June 2031',
      'Time: 10.00 am',
      'Venue: The Harbour Office',
      '',
      'AGENDA',
      '',
      '1.   Apologies for absence',
      '2.   Mooring fees',
      '3.   Dredging programme',
      '',
      'Ada Price',
      'Chief Executive',
      '',
      'HARBOUR MASTER\u2019S NOTES',
      'Tide tables for June are attached to this pack.',
      'The east pontoon is closed for repair until July.',
      'Visitors must book berths through the office.',
      'Fuel is available from the north quay only.',
      'The slipway gate code has changed.',
      '',
    ].join('\n');
    const r = extractPack(Buffer.from(text), 'harbour.txt');
    expect(r.meeting?.agenda).toHaveLength(3);
    expect(r.warnings.find((w) => w.code === 'part-unrecognised')?.line).toBe(16);
  });
});

describe('minutes numbered with a body prefix in a left column, with a table of decisions', () => {
  it('reads every lettered minute, those before the first "(Item N)" too, and keeps a decisions table in its minute', () => {
    const text = [
      'LOWMARSH HARBOUR BOARD',
      '',
      'MINUTES of the meeting held at the Harbour Office on Monday 2 June 2031 at 2.00 pm',
      '',
      'PRESENT:          Mr A Quayle (Chair), Ms B Ferris and Cllr C Dunn',
      '',
      'HB/31/10          APOLOGIES',
      '',
      '                  There were none.',
      '',
      'HB/31/11          MINUTES',
      '',
      '                  RESOLVED: That the minutes of 5 May 2031 be approved.',
      '',
      'HB/31/12          MOORING LICENCES',
      '                  (Item 4)',
      '',
      '                  RESOLVED: That the licences be decided as below.',
      '',
      ' Ref              Berth and applicant                     Decision            Vote',
      ' ML/31/001        East pontoon, berth 4 – Tern Sailing    Granted             For 3 Against 0',
      ' ML/31/002        North quay, berth 9 – K Rowe             Refused             For 2 Against 1',
      '',
      'HB/31/13          DREDGING',
      '                  (Item 5)',
      '',
      '                  RESOLVED: That the dredging report be noted.',
      '',
      '                  The meeting ended at 3.10 pm.',
      '',
    ].join('\n');
    const r = extractPack(Buffer.from(text), 'harbour-minutes.txt');
    expect(r.forwardPlan).toEqual([]);
    const items = r.minutes[0]?.items ?? [];
    expect(items.map((i) => [i.minute, i.agendaItem])).toEqual([
      ['HB/31/10', null],
      ['HB/31/11', null],
      ['HB/31/12', '4'],
      ['HB/31/13', '5'],
    ]);
    expect(items[2]?.text).toContain('ML/31/002');
    expect(r.minutes[0]?.endedAt).toBe('15:10');
  });
});

describe('bilingual front sheets laid out as a letter', () => {
  it('reads labels in two languages, a value under its other-language line, the letter\u2019s own date and contact, and titles over their translation', () => {
    const pad = (n: number): string => ' '.repeat(n);
    const text = [
      `${pad(60)}Dyddiad / Date: 2 Mai 2031 / 2 May 2031`,
      `${pad(60)}Ymholiadau / Enquiries: Ifan Rhys`,
      `${pad(60)}Ff\u00f4n / Tel: 01632 960123`,
      `${pad(60)}E-bost / E-mail: pwyllgorau@example.gov.wales`,
      '',
      'PWYLLGOR CYNLLUNIO',
      'PLANNING COMMITTEE',
      '',
      "Fe'ch gwahoddir i gyfarfod a gynhelir:",
      'You are invited to a meeting which will be held:',
      '',
      'Dyddiad / Date:       Dydd Llun, 12 Mai 2031',
      '                      Monday, 12 May 2031',
      '',
      'Amser / Time:         2.00 y.p.',
      '                      2.00 pm',
      '',
      'Lleoliad / Venue:     Y Siambr, Swyddfeydd y Cyngor, Aberwen',
      '',
      'Yn gywir / Yours faithfully,',
      '',
      'Mared Huws',
      'Prif Weithredwr / Chief Executive',
      '',
      'Aelodau / Members:',
      '',
      'Y Cynghorydd / Councillor Dafydd Owen (Cadeirydd / Chair)',
      'Y Cynghorwyr / Councillors: Sian Pugh, Rhys Bevan,',
      'Ceri Lloyd',
      '',
      ' Eitem                                                         Tudalennau',
      ' Item                                                          Pages',
      '',
      ' 1.    Ymddiheuriadau',
      '       Apologies',
      '',
      ' 2.    Cofnodion y cyfarfod a gynhaliwyd ar 3 Ebrill 2031        1 - 6',
      '       Minutes of the meeting held on 3 April 2031',
      '',
      ' 3.    Ceisiadau Cynllunio                                       7 - 40',
      '       Planning Applications',
      '',
      '\f Eitem                                                         Tudalennau',
      ' Item                                                          Pages',
      '',
      ' 4.    Rhaglen Waith 2031/32                                     41 - 44',
      '       Work Programme 2031/32',
      '',
      ' Cyfarfod Nesaf / Next Meeting: Dydd Llun, 9 Mehefin 2031 / Monday, 9 June 2031',
      '',
    ].join('\n');
    const r = extractPack(Buffer.from(text), 'pwyllgor.txt');
    const m = r.meeting;
    expect(m).toMatchObject({ body: 'PLANNING COMMITTEE', date: '2031-05-12', time: '14:00', issuedOn: '2031-05-02', issuedBy: 'Mared Huws' });
    expect(m?.contacts).toEqual([{ name: 'Ifan Rhys', phone: '01632 960123', email: 'pwyllgorau@example.gov.wales' }]);
    expect(m?.members.map((x) => x.name)).toEqual(['Councillor Dafydd Owen', 'Sian Pugh', 'Rhys Bevan', 'Ceri Lloyd']);
    expect(m?.members[0]?.role).toBe('Cadeirydd / Chair');
    expect(m?.agenda.map((a) => [a.number, a.pages?.from ?? null])).toEqual([
      ['1', null],
      ['2', 1],
      ['3', 7],
      ['4', 41],
    ]);
    expect(m?.agenda[1]?.title).toContain('Minutes of the meeting held on 3 April 2031');
    // The column header repeated after the page break and the next-meeting line are no item's note.
    expect(m?.agenda.map((a) => a.note)).toEqual([null, null, null, null]);
    expect([r.minutes, r.workProgramme]).toEqual([[], []]);
  });
});

describe('a meeting web page with an attendance register and agenda sections behind toggles', () => {
  it.each([
    ['Item 4 – Library Opening Hours', '4', 'Library Opening Hours'],
    ['Agenda item 12: Parks Strategy', '12', 'Parks Strategy'],
  ])('"%s" is a section heading', (line, number, title) => expect(WEB_SECTION_ITEM.exec(line)?.slice(1, 3)).toEqual([number, title]));
  it.each(['Item 4 (Library Opening Hours) was discussed', 'Items 4 and 5'])('"%s" is no section heading', (line) => expect(WEB_SECTION_ITEM.test(line)).toBe(false));
  it.each([
    ['Rental Tender Restricted', true],
    ['Depot Lease (Exempt)', true],
    ['Private Sector Housing Update', false],
  ])('"%s" ends in an access label: %s', (title, label) => expect(WEB_ACCESS_LABEL.test(title)).toBe(label));

  it('keeps an accordion toggle as its heading, drops other buttons, a breadcrumb list and a sidebar menu', () => {
    const text = htmlToText(
      [
        '<ol class="breadcrumb"><li><a href="/">Home</a></li><li>Meetings</li></ol>',
        '<aside class="side"><ul><li><a href="/a">Calendar</a></li></ul></aside>',
        '<button id="ok">Accept all</button>',
        '<h3><button aria-expanded="false" aria-controls="b1">Item 1 &ndash; Welcome</button></h3>',
      ].join('\n'),
    );
    expect(text).toContain('Item 1 – Welcome');
    expect(text).not.toMatch(/Home|Calendar|Accept all/);
  });

  it('reads the details list, the register, the sections and their minutes', () => {
    const html = [
      '<!DOCTYPE html><html><body><main>',
      '<h1>Leisure Panel &ndash; Monday 2 June 2031</h1>',
      '<dl><dt>Committee</dt><dd>Leisure Panel</dd><dt>Date</dt><dd>Monday, 2 June 2031</dd><dt>Time</dt><dd>6.30 pm</dd><dt>Venue</dt><dd>Room 4, Civic Offices</dd></dl>',
      '<h2>Attendance</h2>',
      '<table><caption>Who came</caption><tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>',
      '<tr><td>Councillor Ada Brook</td><td>Chair</td><td>Present</td></tr>',
      '<tr><td>Councillor Ben Cole</td><td>Member</td><td>Present</td></tr>',
      '<tr><td>Councillor Cy Dunn</td><td>Member</td><td>Apologies</td></tr>',
      '<tr><td>Eve Fox, Leisure Manager</td><td>Officer</td><td>Present</td></tr></table>',
      '<h3>Apologies</h3><ul><li>Councillor Cy Dunn</li></ul>',
      '<h2>Agenda</h2>',
      '<section><h3><button aria-controls="i1">Item 1 &ndash; Apologies</button></h3><div id="i1">',
      '<h4>Minutes</h4><p><strong>RESOLVED:</strong> That the apologies be noted.</p></div></section>',
      '<section><h3><button aria-controls="i2">Item 2 &ndash; Pool Repairs</button></h3><div id="i2">',
      '<p>Report of the Leisure Manager.</p><ul><li><a href="/r.pdf">Report.pdf</a> <span>(120 KB)</span></li></ul>',
      '<h4>Minutes</h4><p>The manager introduced the report.</p><p><strong>RESOLVED:</strong></p>',
      '<ol type="a"><li>That the repairs be noted.</li><li>That a further update be given.</li></ol></div></section>',
      '<section><h3><button aria-controls="i3">Item 3 &ndash; Kiosk Lease</button> <span>Restricted</span></h3><div id="i3">',
      '<p>Exempt under paragraph 3 of Schedule 12A.</p>',
      '<h4>Minutes</h4><p><strong>RESOLVED:</strong> That the lease be agreed.</p></div></section>',
      '<p>The meeting ended at 8.05 pm.</p>',
      '</main></body></html>',
    ].join('\n');
    const r = extractPack(Buffer.from(html), 'panel.html');
    expect(r.meeting).toMatchObject({ body: 'Leisure Panel', date: '2031-06-02', time: '18:30', venue: 'Room 4, Civic Offices' });
    expect(r.meeting?.members.slice(0, 2)).toEqual([
      { name: 'Councillor Ada Brook', role: 'Chair' },
      { name: 'Councillor Ben Cole', role: null },
    ]);
    expect(r.meeting?.agenda.map((a) => [a.number, a.title, a.exempt])).toEqual([
      ['1', 'Apologies', false],
      ['2', 'Pool Repairs', false],
      ['3', 'Kiosk Lease', true],
    ]);
    const m = r.minutes[0];
    expect(m).toMatchObject({
      present: ['Councillor Ada Brook', 'Councillor Ben Cole'],
      apologies: ['Councillor Cy Dunn'],
      inAttendance: ['Eve Fox, Leisure Manager'],
      endedAt: '20:05',
    });
    expect(m?.items.map((i) => [i.minute, i.resolutions.length])).toEqual([
      ['1', 1],
      ['2', 2],
      ['3', 1],
    ]);
    expect(r.reports).toEqual([]);
    // The register's caption is no line left unread.
    expect(r.warnings).toEqual([]);
  });
});

describe('a record of decisions with a stacked heading, a name / portfolio attendance table and labelled sections', () => {
  it.each([
    ['Council Chamber, Guildhall, High Street', true],
    ['Room 3, Civic Offices', true],
    ['Riverside Drive, Anytown, AB1 2CD', true],
    ['Decisions published on: 3 June 2031', false],
    ['Minutes of the meeting', false],
  ])('"%s" is a stacked venue line: %s', (line, venue) => expect(STACKED_VENUE.test(line) && !line.includes(':')).toBe(venue));
  it.each(['Dispensations granted:', 'Dispensation:'])('"%s" is a section heading', (line) => expect(DECISION_SECTION_HEADINGS.some((h) => h.pattern.test(line))).toBe(true));

  it('reads the venue under the date, one person a row beside a wrapped portfolio, and stops each list at the next section', () => {
    const text = [
      '                                  Anyshire Council',
      '                                 Record of Decisions',
      '                                      Executive',
      '                          Monday, 2 June 2031 at 5.30 pm',
      '                    Committee Room 1, Shire Hall, Anytown, AB1 2CD',
      '',
      'Decisions published on: Wednesday, 4 June 2031',
      '',
      'Call-in deadline: 5.00 pm on Wednesday, 11 June 2031',
      '',
      'Present:',
      '',
      'Councillor Ann Brook (Chair)                 Leader of the Council',
      'Councillor Ben Cray                          Cabinet Member for Parks, Leisure and',
      '                                             Open Spaces',
      'Councillor Cath Dale                         Cabinet Member for Roads and Public',
      '                                             Transport',
      '',
      'Apologies:',
      '',
      'Councillor Dan Eyre                          Cabinet Member for Waste and Street',
      '                                             Cleansing',
      '',
      '3. Play Area Renewal',
      'Key decision: No',
      'Decision:',
      'Executive RESOLVED:',
      '  1. To approve the renewal programme.',
      '  2. To note the cost of £120,000.',
      'Reasons for decision:',
      'The play areas are worn out.',
      'Interests declared:',
      'None.',
      'Dispensations granted:',
      'None.',
      '',
      '4. Exclusion of the Press and Public',
      'Decision:',
      'RESOLVED: That the press and public be excluded for the next item.',
      'Interests declared:',
      'None.',
      '',
    ].join('\n');
    const r = extractPack(Buffer.from(text), 'decisions.txt');
    const m = r.minutes[0];
    expect(m).toMatchObject({ body: 'Executive', date: '2031-06-02', time: '17:30', venue: 'Committee Room 1, Shire Hall, Anytown, AB1 2CD' });
    expect(m?.present).toEqual(['Councillor Ann Brook', 'Councillor Ben Cray', 'Councillor Cath Dale']);
    expect(m?.apologies).toEqual(['Councillor Dan Eyre']);
    expect(m?.items.map((i) => i.resolutions)).toEqual([
      ['To approve the renewal programme.', 'To note the cost of £120,000.'],
      ['That the press and public be excluded for the next item.'],
    ]);
  });
});

describe('community council minutes laid out as an "Item | Discussion" table', () => {
  it('reads the side-by-side heading, numbered titles wrapped in the left column, and decisions apart from actions', () => {
    const head = '                 Glenbrae & Kirkton Council – draft minutes';
    const page = (n: number): string[] => ['', `                                        Page ${n}`];
    const text = [
      head,
      '',
      '                                                       Minutes of Monthly Meeting',
      'Glenbrae &',
      '                                                    Wednesday 4th June 2031 at 7pm',
      'Kirkton Council                                  Kirkton Village Hall, Main Street',
      '',
      'Sederunt:          Ailsa Brodie (Chair), Kenny Muir, Isla Baird',
      'Apologies:         Rab Dunn',
      '',
      'Item                    Discussion',
      '1. Apologies and        Apologies were noted as above.',
      'welcome',
      '',
      '2. Minutes of the       The minutes of 7th May 2031 were read.',
      'last meeting            Agreed: the minutes were approved.',
      '                        Proposed: Kenny Muir; seconded: Isla Baird.',
      ...page(1),
      `\f${head}`,
      '',
      'Item                    Discussion',
      '3. Treasurer’s          Balance at 31st May: £812.40.',
      'report                  Agreed: to pay the hall hire of £30.00.',
      '                        Action: Treasurer to pay the hall.',
      '',
      '4. Roads                The pothole on Mill Brae is still open.',
      '                        Action: Chair to write to the council.',
      '',
      'The meeting closed at 8.40pm.',
      ...page(2),
      '',
    ].join('\n');
    const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(m).toMatchObject({ body: 'Glenbrae & Kirkton Council', date: '2031-06-04', time: '19:00', venue: 'Kirkton Village Hall, Main Street', endedAt: '20:40' });
    expect(m?.present).toHaveLength(3);
    expect(m?.items.map((i) => [i.minute, i.title, i.resolutions])).toEqual([
      ['1', 'Apologies and welcome', []],
      ['2', 'Minutes of the last meeting', ['the minutes were approved.']],
      ['3', 'Treasurer’s report', ['to pay the hall hire of £30.00.']],
      ['4', 'Roads', []],
    ]);
    expect(m?.items.every((i) => !/page \d|draft minutes|discussion/i.test(i.text))).toBe(true);
  });

  it('takes a place under the date line as the venue, but not a sentence printed there', () => {
    const minutes = (third: string): string =>
      ['MINUTES OF THE FINANCE COMMITTEE', 'Monday 2nd June 2031 at 6pm', third, '', 'Present: Cllr A Vale, Cllr B Wren', '', '1. Apologies', '', 'None.', ''].join('\n');
    expect(extractPack(Buffer.from(minutes('Committee Room 2, Guild Hall, Westgate')), 'm.txt').minutes[0]?.venue).toBe('Committee Room 2, Guild Hall, Westgate');
    expect(extractPack(Buffer.from(minutes('The decisions below, once agreed, take effect on Tuesday')), 'm.txt').minutes[0]?.venue).toBeNull();
  });
});

describe('parish minutes run on without blank lines', () => {
  it('reads headings over lettered parts, lettered and mid-paragraph resolutions, and a clerk named in brackets', () => {
    const text = [
      'MINUTES of the meeting of Ashby Fold Parish Council held at the Reading Room, Ashby Fold on Tuesday 6th May 2031 at 7.30pm.',
      'Present: Cllrs T Arden (Chairman), W Okoro and P Lisle.',
      'In attendance: the Clerk (Mrs A Tolland) and 2 members of the public.',
      '31/040 Apologies',
      'There were none.',
      '31/041 Planning',
      'a) 31/00412/FUL – New porch, 3 Well Lane.',
      'Resolved: no objection.',
      'b) 31/00436/HOUS – Rear extension, Hill Farm.',
      'Resolved: to object on the grounds of overlooking.',
      'Proposed Cllr Okoro, seconded Cllr Lisle, all in favour.',
      '31/042 Finance',
      'a) Resolved: to pay the grass cutting invoice of £240.00.',
      'b) Resolved: to note the bank reconciliation.',
      '31/043 Play area',
      'The swing chain is worn. Resolved: that the Clerk order a new chain.',
      'Proposed Cllr Lisle, seconded Cllr Arden, all in favour.',
      '31/044 Date of next meeting',
      'Tuesday 3rd June 2031.',
      'The meeting closed at 9.05pm.',
      '',
    ].join('\n');
    const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(m?.inAttendance[0]).toContain('Tolland');
    expect(m?.items.map((i) => [i.minute, i.resolutions.length])).toEqual([
      ['31/040', 0],
      ['31/041', 2],
      ['31/042', 2],
      ['31/043', 1],
      ['31/044', 0],
    ]);
    expect(m?.items[3]?.resolutions).toEqual(['that the Clerk order a new chain.']);
  });
});

// Examples for the layouts learnt from round three's lone decision report and letter-style scrutiny pack (fictional data).

/** A laid-out line: each text at its column. */
const laidLine = (...cells: Array<[number, string]>): string => cells.reduce((line, [col, text]) => `${line.padEnd(col === 0 ? 0 : Math.max(col, line.length + 1))}${text}`, '');

describe('report registries: forward plan references, risk table and work programme columns', () => {
  it.each([
    ['Forward Plan reference: FP/31/04/02', 'FP/31/04/02'],
    ['Forward Plan reference: KD2031/044', 'KD2031/044'],
    ['Key decision ref: EX/2031/7', 'EX/2031/7'],
  ])('"%s" holds the reference %s', (line, ref) => expect(FORWARD_PLAN_REF.exec(line)?.[1]).toBe(ref));

  it('names the likelihood, impact and score columns of a risk table, wrapped or not', () => {
    expect(['Likelihood', 'Probability (1-5)'].every((h) => RISK_COLUMNS.likelihood.test(h))).toBe(true);
    expect(['Impact (1–', 'Severity'].every((h) => RISK_COLUMNS.impact.test(h))).toBe(true);
    expect(['Score (L × I)', 'Risk rating', 'Residual score'].every((h) => RISK_COLUMNS.score.test(h))).toBe(true);
    expect(RISK_COLUMNS.score.test('Mitigation')).toBe(false);
  });

  it('names the date, item and lead columns of a work programme table', () => {
    expect(['Meeting date', 'Date', 'Meeting'].every((h) => WORK_PROGRAMME_COLUMNS.date.test(h))).toBe(true);
    expect(['Item', 'Topic', 'Report'].every((h) => WORK_PROGRAMME_COLUMNS.item.test(h))).toBe(true);
    expect(['Lead officer', 'Lead', 'Responsible officer', 'Report author'].every((h) => WORK_PROGRAMME_COLUMNS.lead.test(h))).toBe(true);
    expect(WORK_PROGRAMME_COLUMNS.lead.test('Purpose')).toBe(false);
  });
});

describe('a lone decision report laid out as a page: a label/value cover, a risk table, a sign-off table with wrapped roles', () => {
  const page1 = [
    '  Portfolio Holder Decision',
    '',
    '  Harbour Wall Repairs – Award of Contract',
    '',
    laidLine([5, 'Decision maker:'], [40, 'Portfolio Holder for Coast and Harbours']),
    laidLine([40, 'Councillor Wyn Albery']),
    '',
    laidLine([5, 'Forward Plan reference:'], [40, 'KD2031/044']),
    '',
    laidLine([5, 'Report author:'], [40, 'Esme Pardoe, Harbour Engineer']),
    laidLine([40, 'Tel: 01632 960 733']),
    laidLine([40, 'E-mail: esme.pardoe@example.org']),
    '',
    laidLine([5, 'Lead director:'], [40, 'Rufus Okoro, Director of Coast']),
    '',
    '  Recommendation(s)',
    '',
    '  The Portfolio Holder is recommended to:',
    '',
    '       1. award the repair contract to the lowest tenderer; and',
    '       2. note the closure of the east slipway during the works.',
    '',
    '  1. Background',
    '  1.1 The east wall was damaged in the storms of last winter.',
    '',
    '  2. Risk management',
    '  2.1 The residual risk is scored below.',
    '',
    laidLine([5, 'Risk'], [50, 'Likelihood'], [63, 'Impact (1–'], [80, 'Score (L × I)']),
    laidLine([50, '(1–5)'], [63, '5)']),
    '',
    laidLine([5, 'Storm damage during the works'], [50, '3'], [63, '3'], [80, '9 (Amber)']),
    '',
    '                                     Page 1 of 2',
  ];
  const page2 = [
    '  Report sign off',
    '',
    laidLine([5, 'Seen by'], [45, 'Name'], [70, 'Date']),
    '',
    laidLine([5, 'Legal (on behalf of the Head of'], [45, 'Ines Tamsett'], [70, '02/03/2031']),
    laidLine([5, 'Legal Services)']),
    '',
    laidLine([5, 'Portfolio Holder for Coast and'], [45, 'Councillor Wyn Albery'], [70, '6 March 2031']),
    laidLine([5, 'Harbours']),
    '',
    '                                     Page 2 of 2',
  ];
  const text = `${[page1, page2].map((p) => p.join('\n')).join('\n\f')}\n\f`;

  it('reads the reference, the contact on two lines, the risk row under wrapped headings and one sign-off per row', () => {
    const result = extractPack(Buffer.from(text), 'decision.txt');
    expect(result.reports).toHaveLength(1);
    const r = result.reports[0];
    expect(r?.forwardPlanRef).toBe('KD2031/044');
    expect(result.forwardPlan).toEqual([]);
    expect(r?.contact).toContain('01632 960 733');
    expect(r?.contact).toContain('esme.pardoe@example.org');
    expect(r?.risk).toEqual({ likelihood: 3, impact: 3, score: 9 });
    expect(r?.signOffs.map((s) => [s.role, s.name, s.date])).toEqual([
      ['Legal (on behalf of the Head of Legal Services)', 'Ines Tamsett', '2031-03-02'],
      ['Portfolio Holder for Coast and Harbours', 'Councillor Wyn Albery', '2031-03-06'],
    ]);
  });
});

describe('a scrutiny pack whose front sheet is a letter, with a label-table report and a laid-out work programme', () => {
  const running = '                         Place Scrutiny Panel – 4 June 2031';
  const front = [
    running,
    '',
    laidLine([60, 'Governance Team']),
    laidLine([0, 'Dunwold District Council'], [60, 'Civic Centre']),
    laidLine([60, 'Dunwold']),
    '',
    laidLine([60, 'Enquiries to: Petra Lusk']),
    laidLine([60, 'Tel: 01632 960 250']),
    laidLine([60, 'Email: petra.lusk@example.org']),
    '',
    laidLine([60, 'Date: 24 May 2031']),
    '',
    'To: Members of the Place Scrutiny Panel',
    '',
    laidLine([0, 'Councillor Ada Wrenn (Chair)'], [50, 'Councillor Olu Fenby']),
    laidLine([0, 'Councillor Bram Hosk (Vice-Chair)'], [50, 'Councillor Jo Castell']),
    laidLine([0, 'Councillor Kit Morrow']),
    '',
    'Dear Member',
    '',
    'You are invited to attend a meeting of the Place Scrutiny Panel to be',
    'held as follows. The business is set out in the agenda overleaf.',
    '',
    'Date:           Wednesday, 4 June 2031',
    'Time:           6.30 pm',
    'Venue:          Room 3, Civic Centre, Dunwold',
    '',
    'Yours sincerely',
    '',
    'Hal Brightwell',
    'Head of Governance',
    '',
    '                                  Page 1',
  ];
  const agenda = [
    running,
    '',
    'AGENDA',
    '',
    '1.       Apologies for Absence',
    '',
    '2.       Bus Shelter Renewal',
    '',
    '3.       Work Programme 2031/32',
    '',
    '                                  Page 2',
  ];
  const report = [
    running,
    '',
    laidLine([0, 'Dunwold District Council'], [90, 'Agenda Item 2']),
    laidLine([1, 'Report to'], [30, 'Place Scrutiny Panel']),
    '',
    laidLine([1, 'Report of'], [30, 'Director of Place']),
    '',
    laidLine([1, 'Subject'], [30, 'Bus Shelter Renewal']),
    '',
    laidLine([1, 'Recommendations'], [30, 'The Panel is asked to:']),
    laidLine([30, '(a) note the renewal programme; and']),
    laidLine([30, '(b) comment on the choice of the two']),
    laidLine([30, 'shelter designs.']),
    '',
    '1. Background',
    '1.1 Forty shelters are more than twenty years old.',
    '',
    '2. Risk',
    laidLine([1, 'Risk'], [30, 'Likelihood'], [45, 'Impact'], [55, 'Score'], [65, 'Mitigation']),
    '',
    laidLine([1, 'Supplier delay'], [30, '2'], [45, '3'], [55, '6'], [65, 'Two suppliers invited']),
    '',
    'Contact officer: Lior Amsel, Transport Planner',
    'Tel: 01632 960 611 Email: lior.amsel@example.org',
    '',
    '                                  Page 3',
  ];
  const programme1 = [
    running,
    '',
    'Place Scrutiny Panel – Work Programme 2031/32',
    laidLine([0, 'Meeting date'], [20, 'Item'], [60, 'Purpose'], [100, 'Lead officer']),
    '',
    laidLine([0, '4 June 2031'], [20, 'Bus Shelter Renewal'], [60, 'To comment on the designs'], [100, 'Lior Amsel']),
    '',
    laidLine([20, 'Street Lighting Review and'], [60, 'To review the results of the'], [100, 'Nia Hollis / Tom']),
    laidLine([20, 'Dimming Trial'], [60, 'trial'], [100, 'Crane']),
    '',
    laidLine([0, '9 July 2031'], [20, 'Verge Cutting Contract'], [60, 'To scrutinise performance'], [100, 'Tom Crane']),
    '',
    '                                  Page 4',
  ];
  const programme2 = [
    running,
    '',
    laidLine([1, 'Meeting date'], [25, 'Item'], [65, 'Purpose'], [105, 'Lead officer']),
    '',
    laidLine([25, 'Car Park Charges'], [65, 'Pre-decision scrutiny'], [105, 'Nia Hollis']),
    '',
    'Items awaiting scheduling',
    laidLine([1, 'Item'], [40, 'Purpose'], [90, 'Lead officer']),
    '',
    laidLine([1, 'Public Toilets Strategy'], [40, 'To contribute to the draft'], [90, 'Lior Amsel']),
    '',
    'The programme is reviewed at every meeting, and members may suggest topics to the Chair at any time.',
    '',
    '                                  Page 5',
  ];
  const text = `${[front, agenda, report, programme1, programme2].map((p) => p.join('\n')).join('\n\f')}\n\f`;
  const result = extractPack(Buffer.from(text), 'scrutiny.txt');

  it('reads the body from the invitation, the letter date of issue and both columns of members', () => {
    const m = result.meeting;
    expect(m).toMatchObject({ body: 'Place Scrutiny Panel', date: '2031-06-04', time: '18:30', issuedOn: '2031-05-24' });
    // Whether a two-column list runs down its columns or along its rows the page does not say: every member once.
    expect(m?.members.map((x) => [x.name, x.role]).sort()).toEqual(
      [
        ['Councillor Ada Wrenn', 'Chair'],
        ['Councillor Bram Hosk', 'Vice-Chair'],
        ['Councillor Kit Morrow', null],
        ['Councillor Olu Fenby', null],
        ['Councillor Jo Castell', null],
      ].sort(),
    );
  });

  it('reads the recommendations in the label table, the risk row and the contact officer with the lines under it', () => {
    const r = result.reports.find((x) => x.title.includes('Bus Shelter'));
    expect(r?.recommendations).toEqual(['note the renewal programme; and', 'comment on the choice of the two shelter designs.']);
    expect(r?.risk).toEqual({ likelihood: 2, impact: 3, score: 6 });
    expect(r?.contact).toContain('01632 960 611');
    expect(r?.contact).toContain('lior.amsel@example.org');
  });

  it('reads the work programme by column: wrapped cells joined, the date held over the page break, unscheduled items undated', () => {
    expect(result.workProgramme.map((w) => [w.meetingDate, w.item, w.leads])).toEqual([
      ['2031-06-04', 'Bus Shelter Renewal', ['Lior Amsel']],
      ['2031-06-04', 'Street Lighting Review and Dimming Trial', ['Nia Hollis', 'Tom Crane']],
      ['2031-07-09', 'Verge Cutting Contract', ['Tom Crane']],
      ['2031-07-09', 'Car Park Charges', ['Nia Hollis']],
      [null, 'Public Toilets Strategy', ['Lior Amsel']],
    ]);
  });
});

describe('full Council minutes from a word processor: a running header on every page, run-on attendance paragraphs', () => {
  it('knows a seat printed before its holder', () => {
    expect(OFFICE_HOLDER.exec('The Mayor (Councillor P Rook) in the Chair')?.[1]).toBe('Councillor P Rook');
    expect(OFFICE_HOLDER.exec('Deputy Chairman (Cllr T Vane)')?.[1]).toBe('Cllr T Vane');
    expect(OFFICE_HOLDER.test('Councillor P Rook (Mayor)')).toBe(false);
    expect(dropRoleNotes('The Mayor (Councillor P Rook) in the Chair')).toBe('Councillor P Rook');
    expect(dropRoleNotes('Councillor A Bell - in the Chair')).toBe('Councillor A Bell');
  });

  it('reads one set of minutes under the header, the holder of the chair, names broken over lines and apologies given as a sentence', () => {
    const header = ['                         Full Council - 3.5.32', '', '', '', ''];
    const footer = (n: number): string[] => ['', '', `                         Page ${n} of 2`];
    const pages = [
      [
        ...header,
        '             KELDWICK BOROUGH COUNCIL',
        'MINUTES of the meeting of the COUNCIL held at the Guildhall, Keldwick on Monday,',
        '3 May 2032 at 7.00 pm',
        'PRESENT: The Mayor (Councillor P Rook) in the Chair',
        'Councillors A Bell, C Dunn, E',
        'Finch, G Hale and K Iles.',
        'OFFICERS IN ATTENDANCE: M Nye (Chief Executive) and O Pike (Democratic',
        'Services Officer).',
        'APOLOGIES FOR ABSENCE: Apologies for absence were received from Councillors J Kerr',
        'and L Moss.',
        '',
        '11      MINUTES',
        '        RESOLVED that the minutes of the meeting held on 1 March 2032 be approved.',
        ...footer(1),
      ],
      [...header, '12      PETITIONS', '        No petitions had been received.', '', '13      CIVIC AWARDS', ...footer(2)],
      [
        ...header,
        '        RESOLVED that:',
        '            (a) the civic awards be presented in July; and',
        '            (b) the Mayor present them.',
        '        Councillor Hale left the meeting.',
        'The meeting closed at 8.15 pm.',
        ...footer(3),
      ],
    ];
    const text = `${pages.map((p) => p.join('\n')).join('\n\f')}\n`;
    const r = extractPack(Buffer.from(text), 'minutes.txt');
    expect(r.minutes).toHaveLength(1);
    const [m] = r.minutes;
    expect(m).toMatchObject({ date: '2032-05-03', time: '19:00', endedAt: '20:15' });
    expect(m?.present).toEqual(['Councillor P Rook', 'A Bell', 'C Dunn', 'E Finch', 'G Hale', 'K Iles']);
    expect(m?.inAttendance).toEqual(['M Nye (Chief Executive)', 'O Pike (Democratic Services Officer)']);
    expect(m?.apologies).toEqual(['J Kerr', 'L Moss']);
    expect(m?.items.map((i) => i.minute)).toEqual(['11', '12', '13']);
    // A line back at the minute's indent, left of the list's markers, is not part of the last item.
    expect(m?.items[2]?.resolutions).toEqual(['the civic awards be presented in July; and', 'the Mayor present them.']);
  });
});

describe('a planning committee pack: a contact box beside the heading, a grid of members, a planning application report', () => {
  const pad = (left: string, right = ''): string => (right === '' ? left : `${left.padEnd(50)}${right}`);
  const grid = (cells: string[]): string => cells.map((c, k) => (k < cells.length - 1 ? c.padEnd(34) : c)).join('');
  const frontSheet = [
    '                                                               Public Document Pack',
    '',
    'Ashgrove District Council',
    '',
    pad('Licensing Committee', 'Contact: Jo Marsh'),
    pad('', 'Committee Services Officer'),
    pad('Tuesday, 9th March, 2032 at 2.00 pm', 'Tel: 01632 960999'),
    pad('Committee Room 1, Ashgrove House', 'E-mail: jo.marsh@ashgrove.example'),
    '',
    'Membership:',
    grid(['Councillor Amy Birch', 'Councillor Ben Cole', 'Councillor Cara Dale']),
    grid(['(Chair)', '(Vice-Chair)']),
    grid(['Councillor Dan Eyre', 'Councillor Eve Fox']),
    'Quorum: 3 Members',
    '',
    '                        AGENDA',
    '                                                                         Pages',
    '1.      Apologies for Absence',
    '',
    '2.      Declarations of Interest',
    '',
    '3.      32/00417/FUL - Land at Mill Farm, Ashgrove                          1 - 6',
    '        Erection of twelve dwellings with a new access from Mill Lane, parking and',
    '        a landscaped attenuation pond.',
    'Information for members of the public',
    'Public speaking: register with Committee Services by 12 noon on Friday, 5 March 2032.',
    '',
  ];
  const report = [
    '\f                                                          Agenda Item 3',
    '',
    '                     ASHGROVE DISTRICT COUNCIL',
    '                  LICENSING COMMITTEE - 9 MARCH 2032',
    '          Report of: Kit Lowe, Head of Planning',
    '',
    'Application number          32/00417/FUL',
    '',
    'Site                        Land at Mill Farm, Ashgrove',
    '',
    'Applicant                   Mill Farm Homes Ltd',
    '',
    'Case officer                Lee Moss, Planning Officer',
    '',
    'Recommendation              REFUSE planning permission for the reasons in',
    '                            section 5',
    '',
    '1. Summary',
    '1.1 The site lies outside the settlement boundary.',
    '',
    '2. Recommendation',
    'That planning permission be refused for the reasons below:',
    '(a) harm to the countryside; and',
    '(b) highway safety.',
    '',
  ];
  const r = extractPack(Buffer.from([...frontSheet, ...report].join('\n')), 'pack.txt');

  it('takes the body from the left column, not the contact box under the contact label', () => {
    expect(r.meeting).toMatchObject({ body: 'Licensing Committee', date: '2032-03-09', time: '14:00' });
  });

  it('takes a sentence wrapped under a finished title as the item\u2019s note', () => {
    expect(r.meeting?.agenda[2]?.note).toBe('Erection of twelve dwellings with a new access from Mill Lane, parking and a landscaped attenuation pond.');
  });

  it('ends the agenda at the information for the public', () => {
    expect(r.meeting?.agenda.map((a) => a.title)).toEqual(['Apologies for Absence', 'Declarations of Interest', '32/00417/FUL - Land at Mill Farm, Ashgrove']);
    expect(r.meeting?.publicQuestionDeadline?.at).toBe('2032-03-05T12:00');
  });

  it('reads members laid out several a row, each role wrapped under its name in the same column', () => {
    expect(r.meeting?.members).toEqual([
      { name: 'Councillor Amy Birch', role: 'Chair' },
      { name: 'Councillor Ben Cole', role: 'Vice-Chair' },
      { name: 'Councillor Cara Dale', role: null },
      { name: 'Councillor Dan Eyre', role: null },
      { name: 'Councillor Eve Fox', role: null },
    ]);
  });

  it('reads the application report from its cover table: the site as title, the case officer, the recommendation row first', () => {
    expect(r.reports).toHaveLength(1);
    expect(r.reports[0]).toMatchObject({
      title: 'Land at Mill Farm, Ashgrove',
      decisionNumber: '32/00417/FUL',
      agendaItem: '3',
      leadOfficer: 'Kit Lowe, Head of Planning',
      author: 'Lee Moss, Planning Officer',
      recommendations: ['REFUSE planning permission for the reasons in section 5'],
    });
  });
});

describe('minutes numbered with the body\u2019s letters and a dot ("LC.12"), one heading too long to look like one', () => {
  it('takes no lone heading such as "HS2 Consultation" as a minute numbered so', () => {
    const text = [
      'Minutes of a meeting of the Transport Board held on Tuesday, 2 February 2032 at 2.00 pm',
      '',
      'Present: Councillors A Birch (Chair), B Cole and C Dale',
      '',
      'HS2 Consultation',
      'RESOLVED: That the response be agreed.',
      '',
    ].join('\n');
    const [m] = extractPack(Buffer.from(text), 'minutes.txt').minutes;
    expect(m?.items.some((i) => i.minute === 'HS2')).toBe(false);
  });

  it('reads the heading that is the missing link of the run, but not a minute cited in prose, and ends a resolution at its paragraph', () => {
    const text = [
      'Minutes of a meeting of the Licensing Committee held on Tuesday, 2 February 2032 at 2.00 pm',
      '',
      'Present: Councillors A Birch (Chair), B Cole and C Dale',
      '',
      'LC.12 Apologies',
      'There were none.',
      '',
      'LC.13 32/00101/FUL - Units 4 to 9 Riverside Trading Estate, Quay Road, Ashgrove',
      'The Committee considered the application. Councillor Cole referred to minute',
      'LC.12 and asked about parking.',
      'RESOLVED: That planning permission be granted subject to the conditions in the',
      'report.',
      'Councillor Cole left the meeting.',
      '',
      'LC.14 Appeals',
      'RESOLVED: That the report be noted.',
      '',
    ].join('\n');
    const [m] = extractPack(Buffer.from(text), 'minutes.txt').minutes;
    expect(m?.items.map((i) => i.minute)).toEqual(['LC.12', 'LC.13', 'LC.14']);
    // The sentence ends well short of the line above it: the line after it is prose of its own.
    expect(m?.items[1]?.resolutions).toEqual(['That planning permission be granted subject to the conditions in the report.']);
  });
});

describe('minutes saved from a word processor as a web page, a table of number | text cells of paragraphs', () => {
  const cell = (paras: string[]): string => `<td valign=top>\r\n<p class=MsoNormal>${paras.join('<o:p></o:p></p>\r\n<p class=MsoNormal>')}<o:p></o:p></p>\r\n</td>`;
  const row = (no: string, paras: string[]): string => `<tr>\r\n${cell([`<b>${no}</b>`])}\r\n${cell(paras)}\r\n</tr>`;
  const html = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml><o:DocumentProperties></o:DocumentProperties></xml><![endif]-->',
    '<style>p.MsoNormal {margin:0cm;}</style></head><body lang=EN-GB>',
    '<h1>MINUTES OF THE MEETING OF THE PARISH COUNCIL held on Monday 3<sup>rd</sup> March 2031 at 7.30pm in the Village Hall</h1>',
    '<p class=MsoNormal><b>Present:<span style="mso-tab-count:1">&nbsp;&nbsp; </span></b>Cllr A Birch (Chair), Cllr B Cole and Cllr C Dale.<o:p></o:p></p>',
    '<p class=MsoNormal><o:p>&nbsp;</o:p></p>',
    '<table class=MsoTableGrid border=1>',
    row('PC/31/20', ['<b>APOLOGIES</b>', 'Apologies were received from Cllr D Eyre.', '<o:p>&nbsp;</o:p>']),
    row('PC/31/21', [
      '<b>ACCOUNTS</b>',
      '</p><table class=MsoTableGrid><tr><td><p class=MsoNormal><b>Payee<o:p></o:p></b></p></td><td><p class=MsoNormal><b>Amount<o:p></o:p></b></p></td></tr>' +
        '<tr><td><p class=MsoNormal>Mowing contractor<o:p></o:p></p></td><td><p class=MsoNormal>120.00<o:p></o:p></p></td></tr></table><p class=MsoNormal>',
      '<b>RESOLVED:</b>',
      '<![if !supportLists]><span style="mso-list:Ignore">1.<span>&nbsp;&nbsp;&nbsp; </span></span><![endif]>To approve the payment of &pound;120.00.',
      '<![if !supportLists]><span style="mso-list:Ignore">2.<span>&nbsp;&nbsp;&nbsp; </span></span><![endif]>To note the bank statement.',
    ]),
    row('PC/31/22', ['<b>NEXT MEETING</b>', 'The next meeting will be held on 7th April 2031.']),
    '</table>',
    '<p class=MsoNormal>Meeting closed at 8.41pm.<o:p></o:p></p>',
    '</body></html>',
  ].join('\r\n');

  it('puts each row\u2019s number and heading on one line, each cell of an inner table on its row\u2019s line, and shows what Word\u2019s list marks hold', () => {
    const lines = htmlToText(html).split('\n');
    expect(lines).toContain('PC/31/20\tAPOLOGIES');
    expect(lines).toContain('Mowing contractor\t120.00\t');
    expect(lines.some((l) => l.startsWith('1.') && l.includes('To approve the payment'))).toBe(true);
    expect(lines.some((l) => l.includes('<!['))).toBe(false);
  });

  it('reads the minutes, their headings and numbered resolutions; the rows of the inner table are not minutes', () => {
    const [m] = extractPack(Buffer.from(html), 'minutes.html').minutes;
    expect(m?.items.map((i) => i.minute)).toEqual(['PC/31/20', 'PC/31/21', 'PC/31/22']);
    expect(m?.items.map((i) => i.title)).toEqual(['APOLOGIES', 'ACCOUNTS', 'NEXT MEETING']);
    expect(m?.items[1]?.resolutions).toEqual(['To approve the payment of £120.00.', 'To note the bank statement.']);
    expect(m?.endedAt).toBe('20:41');
  });
});

describe('a meeting\u2019s web page whose "No. | Item" cells hold paragraphs', () => {
  it('reads each row\u2019s number and the title that shares its line', () => {
    const row = (no: string, title: string, minutes: string): string =>
      `<tr><td class="num">\n<p>${no}</p>\n</td><td>\n<p>${title}</p>\n<p>Minutes:</p>\n<p>${minutes}</p>\n</td></tr>`;
    const html = [
      '<html><body><h1>Agenda, decisions and minutes</h1>',
      '<h2>Highways Committee - Thursday 4 March 2032 7:00 pm</h2>',
      '<p>Venue: Civic Hall, Ashgrove. Contact: Committee Services</p>',
      '<h2>Items</h2>',
      '<table><tr><th>No.</th><th>Item</th></tr>',
      row('12.', 'Apologies for Absence', 'There were none.'),
      row('13.', 'Street Lighting Review', 'RESOLVED: That the review be noted.'),
      row('14.', 'Any Other Business', 'There was no other business.'),
      '</table></body></html>',
    ].join('\n');
    const lines = htmlToText(html).split('\n');
    expect(lines).toContain('13.\tStreet Lighting Review');
    const pack = extractPack(Buffer.from(html), 'meeting.html');
    expect(pack.meeting?.agenda.map((a) => [a.number, a.title])).toEqual([
      ['12', 'Apologies for Absence'],
      ['13', 'Street Lighting Review'],
      ['14', 'Any Other Business'],
    ]);
  });
});

describe('district minutes printed with run-on attendance and a hanging number column', () => {
  const text = [
    '                                                    Public Document Pack',
    '',
    '                     BRINDLEFORD BOROUGH COUNCIL',
    '                          Licensing Committee',
    'Minutes of the meeting held on Tuesday 3 June 2031 at 7.00 pm in the Guildhall,',
    '                   Market Place, Brindleford',
    '',
    'Present: Councillors A Quill (Chair), B Rowan, C Sefton and D',
    'Tarrant',
    'Also present: Councillors E Usher (Leader of the Council) and F Vale (Cabinet Member for',
    'Parks and Open Spaces)',
    'Officers: Gina Wharf (Licensing Manager) and Hal Yew (Democratic',
    'Services Officer)',
    '12.   Apologies for Absence',
    '      Apologies for absence were received from Councillor J Abel.',
    '',
    '13.   Minutes',
    '      RESOLVED: That the minutes of the meeting held on 6 May 2031 be approved.',
    '',
    '14.   Taxi Fares Review',
    '      (Agenda item 4)',
    '      The Licensing Manager introduced the review.',
    '      RESOLVED: That',
    '',
    '',
    '                                    Page 1',
    '\f      1. the fares be increased by 5%;',
    '      2. the review be repeated in 2032.',
    '',
    '15.   Street Trading Policy',
    '      (Agenda item 5)',
    '      RESOLVED: That the policy be adopted.',
    '',
    'The meeting ended at 8.15 pm',
    '',
  ].join('\n');
  it('counts plain-numbered minutes up to the first "(Agenda item N)" one, and reads the attendance and a list under a footer', () => {
    const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(m?.body).toBe('Licensing Committee');
    expect(m?.items.map((i) => [i.minute, i.agendaItem])).toEqual([
      ['12', null],
      ['13', null],
      ['14', '4'],
      ['15', '5'],
    ]);
    expect(m?.present).toEqual(['A Quill', 'B Rowan', 'C Sefton', 'D Tarrant']);
    expect(m?.otherMembersPresent).toEqual(['E Usher', 'F Vale (Cabinet Member for Parks and Open Spaces)']);
    expect(m?.inAttendance).toHaveLength(2);
    expect(m?.apologies).toEqual(['Councillor J Abel']);
    expect(m?.items[2]?.resolutions).toEqual(['the fares be increased by 5%;', 'the review be repeated in 2032.']);
  });
  it('keeps a person with a post in brackets apart from a post after a comma', () => {
    expect(isPostText('F Vale (Cabinet Member for Parks)')).toBe(false);
    expect(isPostText('Cabinet Member for Parks')).toBe(true);
  });
});

describe('a partnership board pack laid out in tables: a timed agenda, a membership table, a three-column attendance and an action log', () => {
  const text = [
    "Fernbrook Children's Partnership Board                                           4 November 2031",
    '',
    '                                                              Public Document Pack',
    '',
    'Fernbrook District Council',
    '',
    "Children's Partnership Board",
    'Date:                  Thursday, 4 November 2031',
    'Time:                  10.00 am',
    'Venue:                 Meeting Room 4, Fernbrook House, Quay Street,',
    '                       Fernbrook, FB2 9QQ',
    'Contact:               Tamsin Orrell, Governance Officer',
    '                       Tel: 01632 970111',
    'Date of publication:   Monday, 25 October 2031',
    '',
    'Questions from the public must reach the Governance Officer by 5.00 pm on Monday, 1 November 2031.',
    '',
    'Odile Brackenbury',
    'Head of Governance',
    '',
    '                                       Page 1',
    "\fFernbrook Children's Partnership Board                                           4 November 2031",
    '',
    'Agenda',
    ' Start          Item                                           Presenter                          Report',
    ' 10.00am        1.      Apologies and introductions            Chair                              -',
    ' 10.10am        2.      Youth voice: what young people told    Ines Pardoe, Youth Forum           Report 1',
    '                        us about safe travel to school',
    '                        The Forum will present its survey.',
    '',
    ' 10.40am        3.      Early help annual review               Colm Yarrow, Head of Early         Report 2',
    '                                                               Help',
    ' 11.20am        4.      Close                                  Chair                              -',
    '',
    'Timings are approximate. The Board next meets on Thursday, 10 February 2032.',
    '',
    'Membership of the Board',
    ' Name                                         Representing',
    ' Cllr Wendell Sharrow (Chair)                 Fernbrook District Council',
    '',
    ' Dr Aurelie Fenwick (Vice-Chair)              Fernbrook and Wold Health',
    '                                              Partnership',
    ' Colm Yarrow                                  Head of Early Help',
    '',
    '                                       Page 2',
    "\fFernbrook Children's Partnership Board                                           4 November 2031",
    '',
    "Children's Partnership Board",
    'Minutes of the meeting held on Thursday, 5 August 2031 at 10.00 am in Meeting Room 4, Fernbrook House',
    'Present:            Cllr Wendell Sharrow (Chair)          Fernbrook District Council',
    '                    Dr Aurelie Fenwick                    Fernbrook and Wold Health',
    '                    Colm Yarrow                           Head of Early Help',
    'Apologies:          Ines Pardoe                           Youth Forum Coordinator',
    'In attendance:      Tamsin Orrell                         Governance Officer',
    '',
    '7.      APOLOGIES',
    '        Apologies were received as recorded above.',
    '',
    '8.      EARLY HELP',
    '        RESOLVED that the update be noted.',
    '',
    'Agreed action                                              Lead                   Deadline',
    ' Share the travel survey with every secondary                Ines Pardoe /          30 September 2031',
    ' school                                                      Colm Yarrow',
    '',
    ' Report early help caseloads to the next                     Colm Yarrow            Autumn 2031',
    ' meeting',
    '',
    'The meeting ended at 11.30 am.',
    '',
    '                                       Page 3',
    '\f',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'board.txt');
  it('names the columns of a timed agenda table, a membership table and an unnumbered action log', () => {
    const kind = (h: string): string | undefined => AGENDA_TABLE_COLUMNS.find((c) => c.pattern.test(h))?.column;
    expect(['Start', 'Item', 'Presenter', 'Report', 'Timings', 'Lead officer'].map(kind)).toEqual(['time', 'item', 'lead', 'paper', 'time', 'lead']);
    expect(kind('Purpose')).toBe('purpose');
    expect(['Name', 'Board members', 'Councillor'].every((h) => MEMBERSHIP_TABLE_HEADER.name.test(h))).toBe(true);
    expect(MEMBERSHIP_TABLE_HEADER.name.test('Representing')).toBe(false);
    const log = (h: string): string | undefined => ACTION_LOG_COLUMNS.find((c) => c.pattern.test(h))?.column;
    expect(['Agreed action', 'Lead', 'Deadline', 'Action by', 'Target date'].map(log)).toEqual(['action', 'owner', 'due', 'owner', 'due']);
    expect(log('Progress')).toBeUndefined();
  });
  it('reads the agenda table by position: titles without time, presenter or report, a description as the note, no pages', () => {
    expect(r.meeting?.agenda.map((a) => [a.number, a.title, a.pages])).toEqual([
      ['1', 'Apologies and introductions', null],
      ['2', 'Youth voice: what young people told us about safe travel to school', null],
      ['3', 'Early help annual review', null],
      ['4', 'Close', null],
    ]);
    expect(r.meeting?.agenda[1]?.note).toBe('The Forum will present its survey.');
  });
  it('reads the membership table under its header, the publication date beside its label and the signer above the agenda', () => {
    expect(r.meeting?.members).toEqual([
      { name: 'Cllr Wendell Sharrow', role: 'Chair' },
      { name: 'Dr Aurelie Fenwick', role: 'Vice-Chair' },
      { name: 'Colm Yarrow', role: null },
    ]);
    expect(r.meeting?.issuedOn).toBe('2031-10-25');
    expect(r.meeting?.issuedBy).toBe('Odile Brackenbury');
  });
  it('reads a label table with a third column: people by name, officers with their post', () => {
    const m = r.minutes[0];
    expect(m?.present).toEqual(['Cllr Wendell Sharrow', 'Dr Aurelie Fenwick', 'Colm Yarrow']);
    expect(m?.apologies).toEqual(['Ines Pardoe']);
    expect(m?.inAttendance).toEqual(['Tamsin Orrell, Governance Officer']);
    expect(m?.endedAt).toBe('11:30');
  });
  it('reads the unnumbered action log as an action plan, owners split at "/", a season kept as text, apart from the last minute', () => {
    expect(r.actionPlans).toHaveLength(1);
    expect(r.actionPlans[0]?.actions.map((a) => [a.number, a.action, a.owners, a.due])).toEqual([
      ['', 'Share the travel survey with every secondary school', ['Ines Pardoe', 'Colm Yarrow'], { text: '30 September 2031', date: '2031-09-30' }],
      ['', 'Report early help caseloads to the next meeting', ['Colm Yarrow'], { text: 'Autumn 2031', date: null }],
    ]);
    expect(r.minutes[0]?.items.at(-1)?.text).toBe('RESOLVED that the update be noted.');
  });
});

describe('annual council minutes numbered with one letter and a running number, each over "(Item N)"', () => {
  const text = [
    '                          THORNACRE BOROUGH COUNCIL',
    '',
    '  MINUTES of the ANNUAL MEETING of the COUNCIL held in the Assembly Room,',
    '  Guild House, Wharf Lane, Thornacre on Wednesday, 14 May 2031 at 7.00 pm',
    '',
    'PRESENT:            Councillor P Ashdown (Mayor) in the Chair',
    '                    Councillors B Corrigan, Mrs D Eastfield and G Hartley.',
    '',
    'A1          ELECTION OF MAYOR',
    '            (Item 1)',
    '            RESOLVED that Councillor P Ashdown be elected Mayor for 2031/32.',
    '',
    'A2          APPOINTMENT OF PANELS',
    '            (Item 3)',
    '            RESOLVED that:',
    '            (1)     the Scrutiny Panel be appointed: Councillors B Corrigan (Chair) and G Hartley;',
    '            (2)     the Audit Panel be appointed: Councillors Mrs D Eastfield (Chair) and Mr R Lomax as co-opted member (non-',
    '                    voting).',
    '',
    'A3          PUBLIC QUESTIONS',
    '            (Item 2)',
    '            No questions had been received.',
    '',
    'The meeting closed at 7.40 pm.',
    '',
  ].join('\n');
  it('reads "A1 Title" as minute A1 when its neighbours run on from it', () => {
    const scheme = MINUTE_NUMBERS.find((s) => s.name === 'single-lettered');
    const m = scheme?.pattern.exec('K9 Budget Setting');
    expect(m?.slice(1, 3)).toEqual(['K9', 'Budget Setting']);
    expect(scheme?.follows('K9', 'K10')).toBe(true);
    expect(scheme?.follows('K9', 'J10')).toBe(false);
    expect(scheme?.paired).toBe(true);
    const mins = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(mins?.items.map((i) => [i.minute, i.agendaItem, i.title])).toEqual([
      ['A1', '1', 'ELECTION OF MAYOR'],
      ['A2', '3', 'APPOINTMENT OF PANELS'],
      ['A3', '2', 'PUBLIC QUESTIONS'],
    ]);
  });
  it('joins a word broken at a hyphen even when its second half reads like a voting note', () => {
    const mins = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(mins?.items[1]?.resolutions).toEqual([
      'the Scrutiny Panel be appointed: Councillors B Corrigan (Chair) and G Hartley;',
      'the Audit Panel be appointed: Councillors Mrs D Eastfield (Chair) and Mr R Lomax as co-opted member (non-voting).',
    ]);
  });
  it('keeps a lone "A1 …" heading over "(Item N)" whole: a road is not a minute number', () => {
    const lone = [
      'Minutes of the meeting of the Highways Panel held on Monday 2 June 2031 at 6.00 pm',
      '',
      'Present: Councillors B Corrigan and G Hartley',
      '',
      'A1 ROUNDABOUT SAFETY SCHEME',
      '(Item 4)',
      'RESOLVED that the scheme be approved.',
      '',
    ].join('\n');
    const mins = extractPack(Buffer.from(lone), 'minutes.txt').minutes[0];
    expect(mins?.items.map((i) => [i.minute, i.title])).toEqual([['', 'A1 ROUNDABOUT SAFETY SCHEME']]);
  });
});

describe('an attendance label wrapped in its label column, the names beside its first line', () => {
  const minutes = (labels: [string, string]): string =>
    [
      'Minutes of the meeting of the Civic Committee held on Thursday 5 June 2031 at 6.00 pm in the Moot Hall, Thornacre',
      '',
      'PRESENT:                Councillors B Corrigan (Chair), Mrs D Eastfield and G Hartley',
      '',
      `${labels[0]}                R Quayle and Mrs T Varley`,
      labels[1],
      'OFFICERS:               N Ormsby (Town Clerk)',
      '',
      '1.      MINUTES',
      '        RESOLVED that the minutes of 1 May 2031 be approved.',
      '',
      '2.      CIVIC AWARDS',
      '        RESOLVED that the awards be presented in July.',
      '',
    ].join('\n');
  it('joins "FREEMEN" over "OF THE BOROUGH:" into one group of its own, and "ALSO" over "PRESENT:" into a known one', () => {
    expect(WRAPPED_COLUMN_LABEL.head.test('FREEMEN')).toBe(true);
    expect(WRAPPED_COLUMN_LABEL.tail.test('OF THE BOROUGH:')).toBe(true);
    expect(WRAPPED_COLUMN_LABEL.tail.test('R Quayle and Mrs T Varley')).toBe(false);
    const freemen = extractPack(Buffer.from(minutes(['FREEMEN', 'OF THE BOROUGH:'])), 'minutes.txt').minutes[0];
    expect(freemen?.otherAttendance).toEqual([{ label: 'FREEMEN OF THE BOROUGH', names: ['R Quayle', 'Mrs T Varley'] }]);
    expect(freemen?.present).toEqual(['B Corrigan', 'Mrs D Eastfield', 'G Hartley']);
    expect(freemen?.inAttendance).toEqual(['N Ormsby (Town Clerk)']);
    const also = extractPack(Buffer.from(minutes(['ALSO   ', 'PRESENT:'])), 'minutes.txt').minutes[0];
    expect(also?.otherMembersPresent).toEqual(['R Quayle', 'Mrs T Varley']);
  });
});

describe('minutes with an "(Item N)" pointer under each numbered heading and no blank line between minutes', () => {
  const text = [
    'MINUTES of the meeting of the Joint Waste Board held in Room 4, Civic Offices, Quarrington on Wednesday 9 April',
    '2031 at 2.00 pm',
    'PRESENT: Councillors A Lumb (Chair), B Nettle and C Orris',
    'APOLOGIES: Councillor D Pym',
    'JW/11/31      APOLOGIES',
    '              (Item 1)',
    '              Apologies were received as listed above.',
    'JW/12/31      BUDGET MONITORING',
    '              (Item 3)',
    '              The Treasurer presented the report.',
    '              RESOLVED that the report be noted.',
    'JW/13/31      RECYCLING CREDITS',
    '              (Item 2)',
    '              RESOLVED that the credits be paid quarterly.',
    '',
  ].join('\n');
  it('starts each title at its numbered line, not at the text of the minute above', () => {
    const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(m?.items.map((i) => [i.minute, i.agendaItem, i.title])).toEqual([
      ['JW/11/31', '1', 'APOLOGIES'],
      ['JW/12/31', '3', 'BUDGET MONITORING'],
      ['JW/13/31', '2', 'RECYCLING CREDITS'],
    ]);
    expect(m?.items[1]?.resolutions).toEqual(['the report be noted.']);
  });
});

describe("a joint committee's summons letter with a contents-list agenda and a membership table", () => {
  it.each([
    ['Budget Monitoring . . . . . . . . . . 7', '7'],
    ['Budget Monitoring ............ 7 - 12', '7 - 12'],
    ['Annual Report . . . . . . . . To follow', 'To follow'],
  ])('reads the dot leader of %s', (line, entry) => {
    expect(DOT_LEADER.exec(line)?.[1]).toBe(entry);
  });
  it('tells a page entry from words, and leaves a title without a leader alone', () => {
    expect(LEADER_PAGES.test('7 - 12')).toBe(true);
    expect(LEADER_PAGES.test('To follow')).toBe(false);
    expect(DOT_LEADER.test('Minutes of 3 May 2031')).toBe(false);
    expect(DOT_LEADER.test('Update from the Chair...')).toBe(false);
  });
  it("knows a membership table's header and a label that names no one", () => {
    expect(MEMBERSHIP_TABLE_HEADER.name.test('Member')).toBe(true);
    expect(MEMBERSHIP_TABLE_HEADER.name.test('Councillor Ann Lowe')).toBe(false);
    expect(ALL_MEMBERS.test('All Members of the Joint Committee')).toBe(true);
    expect(ALL_MEMBERS.test('Councillors A Lowe, B Marsh')).toBe(false);
  });
  const text = [
    'To:            All Members of the Pellingford Joint Crematorium Committee',
    'Our ref:       JCC/0531',
    'Date:          2 May 2031',
    '',
    'Dear Councillor,',
    'JOINT CREMATORIUM COMMITTEE – WEDNESDAY 14 MAY 2031',
    'You are summoned to attend a meeting of the Pellingford Joint Crematorium Committee, which will',
    'be held in the Board Room, Larchfield Offices, Mill Lane, Pellingford on',
    'Wednesday 14 May 2031 at 2.00 pm, for the purpose of transacting the business set out below.',
    'A site visit for members of the Committee will leave the Larchfield Offices at 12.30 pm, and lunch will be',
    'served in the staff canteen beforehand for those who have told the clerk that they will attend it.',
    'Please let the clerk know if you cannot attend so that your apologies can be recorded and a substitute',
    'arranged by your own council where its constitution allows one to be nominated for the meeting.',
    'Yours sincerely,',
    '',
    'Quentin Ashdown',
    'Clerk to the Committee',
    '',
    '                                AGENDA',
    '',
    'Item                                                                          Page',
    '',
    '1.     Apologies for absence',
    '2.     Minutes of the meeting held on 9 April 2031 . . . . . . . . . . . .       4',
    '3.     Chapel Refurbishment: Options for the Works and',
    '       the Temporary Arrangements . . . . . . . . . . . . . . . . . . . .       9',
    '4.     Fees and Charges 2032/33 . . . . . . . . . . . . . . . . . . . . . To follow',
    '',
    '',
    'MEMBERSHIP OF THE COMMITTEE',
    'Member                                       Council',
    'Councillor Ann Lowe (Chair)                  Pellingford Borough Council',
    'Councillor Bram Nuttall (Vice-Chair)         Ruston District Council',
    'Councillor Cerys Ogden                       Pellingford Borough Council',
    '',
  ].join('\n');
  it('reads the summons sentence out of the letter, the agenda up to the membership heading, and the table under its header', () => {
    const m = extractPack(Buffer.from(text), 'front.txt').meeting;
    expect([m?.body, m?.date, m?.time, m?.venue]).toEqual([
      'Pellingford Joint Crematorium Committee',
      '2031-05-14',
      '14:00',
      'Board Room, Larchfield Offices, Mill Lane, Pellingford',
    ]);
    expect(m?.agenda.map((a) => [a.number, a.title, a.pages?.from ?? null, a.note])).toEqual([
      ['1', 'Apologies for absence', null, null],
      ['2', 'Minutes of the meeting held on 9 April 2031', 4, null],
      ['3', 'Chapel Refurbishment: Options for the Works and the Temporary Arrangements', 9, null],
      ['4', 'Fees and Charges 2032/33', null, 'To follow'],
    ]);
    expect(m?.members).toEqual([
      { name: 'Councillor Ann Lowe', role: 'Chair' },
      { name: 'Councillor Bram Nuttall', role: 'Vice-Chair' },
      { name: 'Councillor Cerys Ogden', role: null },
    ]);
  });
});

describe('forum minutes with a coded attendance register, a key under it and an action column', () => {
  // Invented: a borough's admissions forum, laid out as a browser prints an HTML page (columns as spaces, form feeds).
  const pad = (text: string, width: number): string => text.padEnd(width, ' ');
  const row = (name: string, cell: string, status = ''): string => `  ${pad(name, 40)}${pad(cell, 52)}${status}`.trimEnd();
  const members: Array<[string, string, string]> = [
    ['Mrs Orla Fenwright (Chair)', 'Larchmere Infant School', 'P'],
    ['Mr Dev Oyelaran', 'Coldharbour Junior School', 'P'],
    ['Ms Ines Ravensworth', 'Tollgate Primary School', 'A'],
    ['Mr Piotr Szalwinski', 'Cobbled Lane Primary School – substitute for Ms', 'S'],
    ['', 'I Ravensworth', ''],
    ['Dr Hana Quennell (Vice-Chair)', 'Wharfside Academy', 'P'],
    ['Mr Ade Brightwater', 'Fellgate Learning Trust (secondary', 'P'],
    ['', 'academies)', ''],
    ['Mrs Tilda Marchbank', 'Saltings Academy', 'A'],
    ['Mr Rufus Elverston', 'Parent governor, primary', 'P'],
    ['Ms Wren Abernathy', 'Parent governor, secondary', 'P'],
    ['Mr Lorcan Ditchburn', 'Faith schools representative', 'P'],
    ['Mrs Esme Crowthorne', 'Early years providers', 'A'],
    ['Mr Idris Pemberton', 'Special schools', 'P'],
    ['Ms Nia Gallowgate', 'Pupil referral unit', 'P'],
    ['Mr Oban Hartswood', 'Trade unions (teaching staff)', 'P'],
    ['Mrs Sorcha Lindfield', 'Trade unions (support staff)', 'P'],
    ['Mr Tobias Wrenfield', 'Further education colleges', 'A'],
    ['Ms Fenella Ashdown', 'Sixth form colleges', 'P'],
  ];
  const table = [
    `  ${pad('Name', 40)}${pad('Representing', 52)}Present/Absent`,
    `  ${pad('', 40)}${pad('', 52)}(P / A / S)`,
    '  Headteachers',
    ...members.slice(0, 8).map(([n, c, s]) => row(n, c, s)),
    '  Governors',
    ...members.slice(8, 11).map(([n, c, s]) => row(n, c, s)),
    '  Other representatives',
    ...members.slice(11).map(([n, c, s]) => row(n, c, s)),
    ' Key: P = present; A = apologies; S = present as substitute.',
  ];
  const text = [
    'Quillhaven Admissions Forum                                                           9 March 2032',
    '',
    ' QUILLHAVEN BOROUGH COUNCIL',
    ' QUILLHAVEN ADMISSIONS FORUM',
    ' MINUTES of the meeting of the Quillhaven Admissions Forum held in the Beacon Room, Harbour House,',
    ' Quay Street, Quillhaven on Tuesday 9 March 2032 at 4.00 pm.',
    '',
    ' ATTENDANCE',
    ...table,
    '',
    'Draft minutes – not yet approved                                                      Page 1 of 2',
    '\fQuillhaven Admissions Forum                                                           9 March 2032',
    '',
    ' OFFICERS PRESENT',
    ' Yusuf Kettleby            Pupil Place Planning Manager',
    ' Maren Holloway            Capital Programme Partner, North',
    ' Colm Ridgewell            Committee Clerk',
    '',
    ' Also in attendance: Councillor Petra Vantongeren, Cabinet Member for Housing and Planning (observer).',
    '',
    '                                                                                          ACTION',
    ' 1.         APOLOGIES AND SUBSTITUTES',
    ' 1.1        Apologies were received as recorded above.',
    '',
    ' 2.         DECLARATIONS OF INTEREST',
    ' 2.1        Mr Lorcan Ditchburn declared an interest in item 3 as a governor of a faith school',
    '            seeking a change to its admission number.',
    '',
    ' 3.         MINUTES OF THE LAST MEETING',
    ' 3.1        The clerk was asked to circulate the appeals timetable.                          CR',
    '            AGREED: That the minutes of the meeting held on 12 January 2032 be confirmed by the',
    '            Chairman.',
    '',
    ' The meeting closed at 5.20 pm.',
    '',
    'Draft minutes – not yet approved                                                      Page 2 of 2',
    '',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'forum.txt').minutes[0];

  it('reads a register whose status codes are explained by the key printed under it, group rows and wrapped cells left out', () => {
    expect(m?.body).toBe('Quillhaven Admissions Forum');
    expect(m?.present).toHaveLength(13);
    expect(m?.present).toContain('Mr Piotr Szalwinski');
    expect(m?.present.some((p) => p.includes('Orla Fenwright'))).toBe(true);
    expect(m?.apologies).toEqual(['Ms Ines Ravensworth', 'Mrs Tilda Marchbank', 'Mrs Esme Crowthorne', 'Mr Tobias Wrenfield']);
    expect([...(m?.present ?? []), ...(m?.apologies ?? [])].some((p) => /headteachers|governors|representatives|academies|ravensworth$/i.test(p) && !/^Ms Ines/.test(p))).toBe(
      false,
    );
  });
  it('keeps each officer with a post that ends in a post word, and a portfolio joined by "and" with its member', () => {
    expect(m?.inAttendance).toEqual([
      'Yusuf Kettleby, Pupil Place Planning Manager',
      'Maren Holloway, Capital Programme Partner, North',
      'Colm Ridgewell, Committee Clerk',
      'Councillor Petra Vantongeren, Cabinet Member for Housing and Planning (observer)',
    ]);
  });
  it('reads the minutes under a lone ACTION heading without its initials, a "2.1" paragraph number or the page footer', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['1', '2', '3']);
    expect(m?.items[1]?.declarations).toEqual([
      { member: 'Mr Lorcan Ditchburn', interest: 'an interest in item 3 as a governor of a faith school seeking a change to its admission number.' },
    ]);
    expect(m?.items[2]?.text).not.toMatch(/\bCR$/m);
    expect(m?.items.map((i) => i.text).join('\n')).not.toMatch(/draft minutes|page \d/i);
    expect(m?.items[2]?.resolutions).toEqual(['That the minutes of the meeting held on 12 January 2032 be confirmed by the Chairman.']);
    expect(m?.endedAt).toBe('17:20');
  });
  it('knows a register key line and its pairs', () => {
    const key = REGISTER_KEY.exec('Key: P = present; A = apologies; S = substitute');
    expect([...(key?.[1] ?? '').matchAll(REGISTER_KEY_PAIR)].map((p) => [p[1], p[2]?.trim()])).toEqual([
      ['P', 'present'],
      ['A', 'apologies'],
      ['S', 'substitute'],
    ]);
    expect(ACTION_COLUMN_HEADING.test('Action by')).toBe(true);
    expect(PARAGRAPH_NUMBER.test('4.2 The panel noted')).toBe(true);
    expect(PARAGRAPH_NUMBER.test('2032 was the year')).toBe(false);
  });
});

describe('a joint committee with a marked attendance grid, titled attendance lists and recommendations to another body', () => {
  const pad = (cells: ReadonlyArray<[number, string]>): string => cells.reduce((line, [at, text]) => `${line.padEnd(at)}${text}`, '');
  const text = [
    'TOLLMERE AND FENWICK JOINT WASTE COMMITTEE',
    'MINUTES of a meeting of the Tollmere and Fenwick Joint Waste Committee held in the Council Chamber,',
    'Riverside House, Tollmere on Wednesday 14 May 2031 at 2.00 pm',
    '',
    'MEMBERS',
    pad([
      [1, 'Tollmere District Council'],
      [44, 'Fenwick Borough Council'],
    ]),
    pad([
      [1, 'Cllr Ada Brightwell (Vice-'],
      [36, 'P'],
      [44, 'Cllr Cyril Dunmore (Chair)'],
      [80, 'P'],
    ]),
    pad([[1, 'Chair)']]),
    pad([
      [1, 'Cllr Edna Fairlop'],
      [36, 'Ap'],
      [44, 'Cllr Gideon Hartle'],
      [80, 'X'],
    ]),
    pad([
      [1, 'Cllr Iris Jessop'],
      [36, 'P'],
    ]),
    pad([[1, '(substitute)']]),
    'Key: P = Present, Ap = Apologies, X = Absent',
    '',
    'IN ATTENDANCE - PARTNER ORGANISATIONS',
    pad([
      [0, 'Kit Lomax'],
      [40, 'Chief Operating Officer, Tollmere Recycling Services'],
    ]),
    pad([[40, 'Community Interest Company']]),
    '',
    'OFFICERS',
    pad([
      [0, 'Mina Norcott'],
      [40, 'Waste Manager, Tollmere District Council (host authority)'],
    ]),
    pad([
      [0, 'Olly Pemberton'],
      [40, 'Committee Officer, Fenwick Borough Council'],
    ]),
    '',
    '7.          COLLECTION CONTRACT',
    '            (Item 3)',
    '            The Waste Manager presented the report.',
    '            RECOMMENDED to the Tollmere District Council Cabinet that:',
    '                1. the contract be extended by two years; and',
    '                2. the depot lease be renewed.',
    '            RESOLVED that the report be noted.',
    '',
    '8.          RECYCLING TARGETS',
    '            (Item 4)',
    '            RECOMMENDED to both councils that the targets be adopted.',
    '',
    'The meeting closed at 3.40 pm.',
    '',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'joint-minutes.txt').minutes[0];

  it('reads the key under a grid of members and its marks', () => {
    expect([...(attendanceKey('Key: P = Present, Ap = Apologies, X = Absent') ?? [])]).toEqual([
      ['P', 'present'],
      ['AP', 'apologies'],
      ['X', 'absent'],
    ]);
    expect(attendanceKey('Key: P = Present    A = Apologies for absence')?.get('A')).toBe('apologies');
    expect(attendanceKey('Key decisions are marked KD')).toBeNull();
  });

  it('places each member of the grid by the mark beside them, their wrapped role or note joined on', () => {
    expect(m?.present).toEqual(['Cllr Ada Brightwell', 'Cllr Iris Jessop', 'Cllr Cyril Dunmore']);
    expect(m?.apologies).toEqual(['Cllr Edna Fairlop']);
    // The X-marked member was absent: in no attendance list (a loaded "Absent" group would read as present).
    const listed = [
      ...(m?.present ?? []),
      ...(m?.apologies ?? []),
      ...(m?.inAttendance ?? []),
      ...(m?.otherMembersPresent ?? []),
      ...(m?.otherAttendance ?? []).flatMap((g) => g.names),
    ];
    expect(listed.some((n) => n.includes('Hartle'))).toBe(false);
  });

  it('reads an attendance label with the kind of attendee after a dash, and posts ending in a post word or wrapped under it', () => {
    expect(attendanceLabelOf('IN ATTENDANCE - PARTNER ORGANISATIONS')?.kind).toBe('attendance');
    expect(attendanceLabelOf('Present – Voting Members')?.kind).toBe('present');
    expect(attendanceLabelOf('Apologies – Cllr Q Rudd')).toBeNull();
    expect(attendanceLabelOf('Apologies - Quentin Rudd')).toBeNull();
    expect(isPostText('Waste Manager, Tollmere District Council (host authority)')).toBe(true);
    expect(isPostText('Tollmere District Council, Fenwick')).toBe(false);
    expect(m?.inAttendance).toEqual([
      'Kit Lomax, Chief Operating Officer, Tollmere Recycling Services Community Interest Company',
      'Mina Norcott, Waste Manager, Tollmere District Council (host authority)',
      'Olly Pemberton, Committee Officer, Fenwick Borough Council',
    ]);
  });

  it('counts a recommendation to another body only where the minute resolves nothing itself', () => {
    expect(RECOMMENDATION_LEAD.test('RECOMMENDED to Council that the budget be set.')).toBe(true);
    expect(RECOMMENDATION_LEAD.test('RESOLVED that the report be noted.')).toBe(false);
    expect(m?.items.map((i) => i.resolutions)).toEqual([['the report be noted.'], ['to both councils that the targets be adopted.']]);
  });
});

describe('a cabinet front sheet in table boxes, an agenda with a key decision column, and a record of decisions', () => {
  const front = [
    '                                                                                                       Committee Services',
    'PELLINGHAM DISTRICT COUNCIL                                                                              Moot Hall',
    '                                                                                                       Pellingham',
    'Public Document Pack                                                                                     PL9 2XX',
    '',
    '',
    'Executive',
    'Date:                     Thursday, 8 May 2031',
    'Time:                     2.00 pm',
    'Venue:                    Council Chamber, Moot Hall, Fore Street,',
    '                          Pellingham PL9 2XX',
    'Contact officer:          Morwenna Trevail-Hughes, Committee Officer',
    'Tel:                      01999 123456',
    'E-mail:                   committee.services@pellingham.example',
    'Issued:                   Monday, 28 April 2031',
    '',
    'Membership of the Executive',
    ' Councillor                                      Portfolio',
    ' Councillor Aled Quarrie (Leader)                Leader of the Council and Executive Member for Growth &',
    '                                                 Investment',
    ' Councillor Bryony Stellfox (Deputy              Deputy Leader and Executive Member for Housing &',
    ' Leader)                                         Planning',
    ' Councillor Cedric Ombwe                         Executive Member for Waste and Street Scene',
    ' Councillor Delyth Varga                         Executive Member for Leisure and Tourism',
    '',
    'Dear Councillor,',
    'You are summoned to attend a meeting of the Executive to be held at the date, time and place shown above',
    'to transact the business set out in the agenda overleaf.',
    '',
    ' Access to the meeting',
    ' This meeting is open to the public, except for any item in Part 2 of the agenda. It may be filmed and the',
    " recording published on the Council's website.",
    '',
    '',
    '',
    'Jocasta Penvose',
    'Chief Executive',
    '',
    '',
    '                                                              Page 1',
    '\fPellingham District Council – Executive, 8 May 2031                                                         Agenda',
    '',
    '                                                            AGENDA',
    ' No.       Item                                                                         Key decision / Ward(s)            Pages',
    ' PART 1',
    ' 1.        Apologies for Absence',
    '           To receive apologies for absence.',
    ' 2.        Minutes                                                       N/A                                              3-8',
    '           To approve the minutes of the meeting held on 3 April 2031.',
    ' 3.        Market Square Public Realm – Detailed Design and                             Key decision                      9-20',
    '           Delivery Programme                                                           EX/31/02/01',
    '           Report of the Director of Growth.                                            Moot; Fore Ward',
    ' 4.        Waste Collection Round Changes                                               Non-key                           To follow',
    '           Report of the Director of Operations.                                        All Wards',
    ' PART 2 (NOT OPEN TO THE PUBLIC)',
    ' 5.        Disposal of the Former Depot, Quay Lane                                      Key decision                      Members',
    '           Report of the Director of Growth.                                            EX/31/03/04                       only',
    '',
    '                                                              Page 2',
    '\f',
    '',
  ].join('\n');
  const record = [
    '                                           PELLINGHAM DISTRICT COUNCIL',
    '                                                    EXECUTIVE',
    '                                               RECORD OF DECISIONS',
    '                                       Thursday, 3 April 2031 at 2.00 pm',
    '                                          Council Chamber, Moot Hall',
    '',
    'Present:                   Councillors Aled Quarrie (Chair), Bryony Stellfox and Cedric Ombwe',
    'Apologies:                 Councillor Delyth Varga',
    'Officers:                  Jocasta Penvose (Chief Executive), Idris',
    '                           Fenwick-Oduya (Director of Growth)',
    'Date of publication: Friday, 4 April 2031',
    '',
    '14. TOWN CENTRE PARKING TARIFFS',
    '(Agenda item 4)       Key decision: Yes – EX/31/01/02     Wards: All Wards',
    'Decision',
    'RESOLVED that the tariffs in Appendix 1 be approved.',
    'Reasons for decision',
    'The tariffs have not changed since 2027.',
    '',
    '15. ALLOTMENT RENTS 2031/32',
    '(Agenda item 5) Key decision: No Wards: Moot',
    'Decision',
    'RESOLVED that allotment rents rise by 3%.',
    'Reasons for decision',
    'To cover the cost of water.',
    '',
    'The meeting ended at 2.40 pm.',
    '',
  ].join('\n');
  it('reads the membership table under its header row, a bracketed role wrapped in its cell, and no portfolio as a role', () => {
    expect(MEMBERSHIP_TABLE_HEADER.name.test('Councillor') && MEMBERSHIP_TABLE_HEADER.beside.test('Portfolio')).toBe(true);
    expect(MEMBERSHIP_TABLE_HEADER.name.test('Councillor Aled Quarrie')).toBe(false);
    const m = extractPack(Buffer.from(front), 'front.txt').meeting;
    expect(m?.members).toEqual([
      { name: 'Councillor Aled Quarrie', role: 'Leader' },
      { name: 'Councillor Bryony Stellfox', role: 'Deputy Leader' },
      { name: 'Councillor Cedric Ombwe', role: null },
      { name: 'Councillor Delyth Varga', role: null },
    ]);
  });
  it("reads a label column's issue date, the sign-off at the foot of the summons page, and a double-barrelled contact", () => {
    const m = extractPack(Buffer.from(front), 'front.txt').meeting;
    expect(m?.issuedOn).toBe('2031-04-28');
    expect(m?.issuedBy).toBe('Jocasta Penvose');
    expect(m?.contacts[0]?.name).toBe('Morwenna Trevail-Hughes');
  });
  it('keeps the key decision and ward column and a page cell that is no range out of agenda titles', () => {
    expect(AGENDA_TABLE_HEADER.number.test('No.') && AGENDA_TABLE_HEADER.title.test('Item') && AGENDA_TABLE_HEADER.pages.test('Pages')).toBe(true);
    const agenda = extractPack(Buffer.from(front), 'front.txt').meeting?.agenda ?? [];
    expect(agenda.map((a) => [a.number, a.title, a.pages, a.exempt])).toEqual([
      ['1', 'Apologies for Absence', null, false],
      ['2', 'Minutes', { from: 3, to: 8 }, false],
      ['3', 'Market Square Public Realm – Detailed Design and Delivery Programme', { from: 9, to: 20 }, false],
      ['4', 'Waste Collection Round Changes', null, false],
      ['5', 'Disposal of the Former Depot, Quay Lane', null, true],
    ]);
    expect(agenda[2]?.note).toContain('Key decision');
  });
  it('reads "(Agenda item N)" with the decision\'s kind and wards beside it, and ends the officers at the publication date', () => {
    expect(ITEM_MARKER.exec('(Agenda item 4)   Key decision: Yes – EX/31/01/02   Wards: All Wards')?.[1]).toBe('4');
    expect(ITEM_MARKER.test('(Agenda item 4) The Director introduced the report.')).toBe(false);
    const m = extractPack(Buffer.from(record), 'record.txt').minutes[0];
    expect(m?.items.map((i) => [i.minute, i.agendaItem, i.title])).toEqual([
      ['14', '4', 'TOWN CENTRE PARKING TARIFFS'],
      ['15', '5', 'ALLOTMENT RENTS 2031/32'],
    ]);
    expect(m?.inAttendance).toEqual(['Jocasta Penvose (Chief Executive)', 'Idris Fenwick-Oduya (Director of Growth)']);
    expect(RECORD_DATE_LABELS.test('Date of publication: Friday, 4 April 2031')).toBe(true);
  });
});

describe('parish minutes with a lettered resolution and the proposer under it', () => {
  const text = [
    'MINUTES OF THE MEETING OF UPPER SALLOWBY PARISH COUNCIL HELD ON TUESDAY 4TH MARCH 2031 AT 7.30 PM IN THE VILLAGE HALL',
    '',
    'Present:\tCllr A Brackley (Chairman), Cllr B Denholme and Cllr C Farrant',
    '',
    '31/12\tVillage green',
    'Members discussed the state of the pond railings.',
    'Resolved:',
    '(a)\tthat the Clerk obtains two quotes for new railings; and',
    '(b)\tthat the old railings are removed.',
    'Proposed Cllr Denholme, seconded Cllr Farrant, all in favour.',
    '',
    '31/13\tCorrespondence',
    'Resolved: That the correspondence be noted.',
    'Proposed Cllr Farrant, seconded Cllr Brackley, all in favour.',
    '',
  ].join('\n');
  it('ends the lettered list at the line naming who proposed and seconded it', () => {
    const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(m?.items.map((i) => [i.minute, i.resolutions])).toEqual([
      ['31/12', ['that the Clerk obtains two quotes for new railings; and', 'that the old railings are removed.']],
      ['31/13', ['That the correspondence be noted.']],
    ]);
  });
});

describe('an agenda item whose note, after a blank line, names the minutes it approves', () => {
  it('reads the note as the item\u2019s, not as the start of a set of minutes', () => {
    const text = [
      'KILNHAVEN DISTRICT COUNCIL',
      '',
      'A meeting of the HARBOUR AND COASTAL COMMITTEE will be held in the Assembly Room, Quay House, Kilnhaven on',
      'Tuesday 8 April 2031 at 2.00 pm.',
      '',
      '                                   AGENDA',
      '1.          APOLOGIES',
      '',
      '2.          MINUTE OF LAST MEETING',
      '',
      '            Minute of Meeting of the Harbour and Coastal Committee of 4 March 2031 (copy',
      '            attached).',
      '',
      '3.          BERTHING CHARGES 2031/32',
      '',
      '            Report No. 12/31 by the Harbour Master',
      '',
      '4.          SLIPWAY REPAIRS',
      '            Report No. 13/31 by the Harbour Master',
      '',
    ].join('\n');
    const r = extractPack(Buffer.from(text), 'agenda.txt');
    expect(r.minutes).toEqual([]);
    expect(r.meeting?.agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4']);
    expect(r.meeting?.agenda[1]?.note).toContain('4 March 2031');
  });
});

describe('a Scottish-style pack: a front sheet signed at its foot, members in grouped columns, and "The Committee agreed" minutes', () => {
  const text = [
    'Kilnhaven District Council                                   Harbour and Coastal Committee – 8 April 2031',
    '',
    '',
    'KILNHAVEN DISTRICT COUNCIL',
    '',
    'Date of issue: 1 April 2031',
    '',
    'A Meeting of the HARBOUR AND COASTAL COMMITTEE will be held in the Assembly Room, Quay House,',
    'Kilnhaven on Tuesday 8 April 2031 at 2.00 pm.',
    '',
    'MEMBERSHIP OF THE COMMITTEE',
    'Councillors                                   Co-opted Members',
    'Councillor Ann Bellweather (Chair)            Mr Tobias Quillon',
    'Councillor Ravi Dunmore (Vice-Chair)          Ms Orla Penhallow',
    'Councillor Sian Trevose',
    'Councillor Mark Ellery                        Harbour Users Representative',
    '                                              Mrs Jenna Polworth',
    '',
    'PETRA VOSKUIJLEN',
    'Director of Law and Governance',
    '',
    '',
    '                                         Page 1',
    '\f' + 'Kilnhaven District Council                                   Harbour and Coastal Committee – 8 April 2031',
    '',
    '',
    '                                   AGENDA',
    '1.          APOLOGIES',
    '',
    '2.          BERTHING CHARGES 2031/32',
    '            Report No. 12/31 by the Harbour Master',
    '',
    '',
    '                                         Page 2',
    '\f' + 'Kilnhaven District Council                                   Harbour and Coastal Committee – 8 April 2031',
    '',
    '',
    '                          KILNHAVEN DISTRICT COUNCIL',
    '',
    ' MINUTE of MEETING of the HARBOUR AND COASTAL COMMITTEE held in the Assembly Room, Quay House,',
    '                  Kilnhaven on Tuesday 4 March 2031 at 2.00 pm.',
    '',
    'Present:              Councillor Ann Bellweather (Chair); Councillors Ravi Dunmore and Sian Trevose.',
    'In Attendance:        P Voskuijlen, Director of Place; T Marrack, Harbour Finance',
    '                      Business Partner; and D Lowena, Committee Officer.',
    '',
    '1.        DREDGING PROGRAMME',
    '          There was submitted a report by the Harbour Master on the dredging programme.',
    '',
    '          The Committee agreed:',
    '',
    '          (i)       to note the report;',
    '          (ii)      to approve the programme for 2031; and',
    '          (iii)     to seek quotations for the outer channel.',
    '',
    '2.        MOORINGS',
    '          There was submitted a report on the moorings waiting list.',
    '',
    '          The Committee agreed:',
    '',
    '          (i)       to note the waiting list;',
    '',
    '',
    '                                         Page 3',
    '\f' + 'Kilnhaven District Council                                   Harbour and Coastal Committee – 8 April 2031',
    '',
    '',
    '          (ii)      to review the charges in the autumn.',
    '',
    '3.        HARBOUR ACCOUNTS',
    '          There was submitted a report on the harbour accounts.',
    '',
    '          The Committee agreed to note the surplus of £21,000 on the harbour',
    '          account.',
    '',
    'The meeting ended at 3.10 pm.',
    '',
    '',
    '                                         Page 4',
    '\f',
  ].join('\n');
  it('reads the signer in capitals above the agenda page and the members of both grouped columns, without the headings', () => {
    const r = extractPack(Buffer.from(text), 'pack.txt');
    expect(r.meeting?.issuedBy).toBe('PETRA VOSKUIJLEN');
    expect(r.meeting?.members.map((m) => [m.name, m.role])).toEqual([
      ['Councillor Ann Bellweather', 'Chair'],
      ['Councillor Ravi Dunmore', 'Vice-Chair'],
      ['Councillor Sian Trevose', null],
      ['Councillor Mark Ellery', null],
      ['Mr Tobias Quillon', null],
      ['Ms Orla Penhallow', null],
      ['Mrs Jenna Polworth', null],
    ]);
    expect(r.meeting?.agenda.map((a) => a.number)).toEqual(['1', '2']);
  });
  it('reads a hanging (i)-(iii) list, one split by a page break, and a decision in prose as the resolutions', () => {
    const m = extractPack(Buffer.from(text), 'pack.txt').minutes[0];
    expect(m?.items.map((i) => i.resolutions)).toEqual([
      ['to note the report;', 'to approve the programme for 2031; and', 'to seek quotations for the outer channel.'],
      ['to note the waiting list;', 'to review the charges in the autumn.'],
      ['to note the surplus of £21,000 on the harbour account.'],
    ]);
    expect(m?.inAttendance).toEqual(['P Voskuijlen, Director of Place', 'T Marrack, Harbour Finance Business Partner', 'D Lowena, Committee Officer']);
  });
  it('keeps the words of the rules apart from their look-alikes', () => {
    expect(['(ii)', '(b)', '(3)'].some((t) => WRAPPED_LABEL_TAIL.test(t))).toBe(false);
    expect(['post)', '(constitution reference)', 'considered'].every((t) => WRAPPED_LABEL_TAIL.test(t))).toBe(true);
    expect(BODY_DECIDED_SENTENCE.exec('The Licensing Sub-Committee agreed to refuse the application.')?.[1]).toBe('to refuse the application.');
    expect(BODY_DECIDED_SENTENCE.test('The Panel resolved, under paragraph 3 of the Schedule, to exclude the public.')).toBe(false);
    expect(['Councillors', 'Co-opted Members', 'Parent Governor Representatives'].every((t) => MEMBER_GROUP_HEADING.test(t))).toBe(true);
    expect(MEMBER_GROUP_HEADING.test('Councillor Ann Bellweather')).toBe(false);
    expect(isPostText('Finance Business Partner')).toBe(true);
    expect(isPostText('Executive Director (Place and Growth)')).toBe(true);
    expect(isPostText('Ruth Partner')).toBe(false);
  });
});

describe('bilingual minutes set in two languages side by side, a shared minute-number column and a label table', () => {
  // Invented: a town council printing Welsh on the left and English on the right of every page.
  const row = (no: string, left: string, right: string): string => `${no.padEnd(12)}${left.padEnd(58)}${right}`.trimEnd();
  const text = [
    'Cyngor Tref Aberhelyg / Aberhelyg Town Council                                              Mawrth / March 2031',
    '',
    row('', 'COFNODION Cyfarfod Blynyddol Cyngor Tref', 'MINUTES of the Annual Meeting of Aberhelyg'),
    row('', 'Aberhelyg a gynhaliwyd yn Sefydliad y Glowyr', 'Town Council held at the Miners Institute on'),
    row('', 'nos Iau, 6 Mawrth 2031 am 6.30 yh', 'Thursday, 6 March 2031 at 6.30 pm'),
    '',
    'Yn bresennol /          Cynghorwyr / Councillors Rhodri Tegid (Maer / Mayor), Lowri Ffransis a / and',
    'Present:                Ifan Morgan-Prys',
    'Ymddiheuriadau /        Cynghorydd / Councillor Gwenno Wyn',
    'Apologies:',
    'Yn mynychu / In         Dewi Hafod (Clerc / Clerk)',
    'attendance:',
    '',
    row('31/31', 'Ymddiheuriadau', 'Apologies'),
    row('', '(Eitem 1)', '(Item 1)'),
    row('', 'Derbyniwyd ymddiheuriadau gan y Cynghorydd Wyn.', 'Apologies were received from Councillor Wyn.'),
    '',
    row('32/31', 'Cyllid', 'Finance'),
    row('', '(Eitem 2)', '(Item 2)'),
    row('', 'Cyflwynodd y Clerc adroddiad ariannol y chwarter.', 'The Clerk presented the quarterly finance report.'),
    row('', 'PENDERFYNWYD:', 'RESOLVED:'),
    row('', '(a) cymeradwyo taliadau gwerth £1,210;', '(a) to approve payments of £1,210;'),
    row('', '(b) nodi cysoniad banc mis Chwefror.', '(b) to note the February bank reconciliation.'),
    '',
    row('', 'Daeth y cyfarfod i ben am 7.40 yh.', 'The meeting closed at 7.40 pm.'),
    '',
  ].join('\n');
  it('reads the English column alone: numbers kept, each resolution once, the wrapped bilingual labels and lists', () => {
    const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(m?.date).toBe('2031-03-06');
    expect(m?.time).toBe('18:30');
    expect(m?.endedAt).toBe('19:40');
    expect(m?.items.map((i) => [i.minute, i.agendaItem, i.title])).toEqual([
      ['31/31', '1', 'Apologies'],
      ['32/31', '2', 'Finance'],
    ]);
    expect(m?.items[1]?.resolutions).toEqual(['to approve payments of £1,210;', 'to note the February bank reconciliation.']);
    expect(m?.present).toEqual(['Rhodri Tegid (Maer / Mayor)', 'Lowri Ffransis', 'Ifan Morgan-Prys']);
    expect(m?.apologies).toHaveLength(1);
    expect(m?.inAttendance).toEqual(['Dewi Hafod (Clerc / Clerk)']);
  });
  it('leaves two columns of one language, or labels beside values, as printed', () => {
    const cabinet = [
      '   Cabinet Member                  Portfolio',
      '   Councillor A Quillfeather       Leader of the Council; Finance and Assets',
      '   Councillor B Rushworth          Deputy Leader; Homes and Neighbourhoods',
      '   Councillor C Stanbury           Environment, Parks and the Waterfront',
      '   Councillor D Tillotson          Culture, Leisure and the Visitor Economy',
      '   Councillor E Umbleby            Planning, Transport and the Local Plan',
    ];
    expect(inEnglish(cabinet)).toEqual(cabinet);
    expect(inEnglish(['Report author        Jane Smith, Head of Housing and Communities', 'Date                 4 June 2031'])).toEqual([
      'Report author        Jane Smith, Head of Housing and Communities',
      'Date                 4 June 2031',
    ]);
  });
});

describe('a bilingual summons letter signed above its agenda, set in two languages side by side', () => {
  // Invented: a community council's summons, Welsh left and English right, with a shared item-number column.
  const two = (left: string, right: string): string => ` ${left.padEnd(66)}${right}`.trimEnd();
  const item = (no: string, left: string, right: string): string => `${no.padEnd(12)}${left.padEnd(55)}${right}`.trimEnd();
  const text = [
    'Clerc / Clerk: Mr Iolo Garnant                                                   Ffôn / Tel: 01632 960777',
    '',
    '                              CYNGOR CYMUNED DYFFRYN HELYG',
    '                               DYFFRYN HELYG COMMUNITY COUNCIL',
    '                                    3 Mai 2031 / 3 May 2031',
    two("At holl Aelodau'r Cyngor", 'To all Members of the Council'),
    two('Annwyl Gynghorydd,', 'Dear Councillor,'),
    two('Fe’ch gwysir i fynychu Cyfarfod Cyngor Cymuned', 'You are summoned to attend the Meeting of'),
    two('Dyffryn Helyg a gynhelir yn Festri Capel Seion,', 'Dyffryn Helyg Community Council to be held at'),
    two('nos Fawrth, 10 Mai 2031 am 7.30 yh.', 'Seion Chapel Vestry on Tuesday, 10 May 2031 at'),
    two('Dylai unrhyw un sy’n dymuno annerch y Cyngor', '7.30 pm.'),
    two("roi gwybod i'r Clerc erbyn 5 yh ddydd Llun", 'Anyone wishing to address the Council should'),
    two('9 Mai 2031. Croeso i aelodau’r cyhoedd fynychu yn', 'notify the Clerk by 5 pm on Monday 9 May 2031.'),
    two('y neuadd neu ar-lein drwy ddolen gan y Clerc.', 'Members of the public are welcome to attend in'),
    two('', 'the hall or online with a link from the Clerk.'),
    '',
    'Iolo Garnant',
    'Clerc a Swyddog Ariannol Cyfrifol / Clerk and Responsible Financial Officer',
    '',
    '                                 RHAGLEN / AGENDA',
    item('1.', 'Ymddiheuriadau', 'Apologies'),
    '',
    item('2.', 'Cofnodion y cyfarfod a gynhaliwyd ar 12 Ebrill', 'Minutes of the meeting held on 12 April'),
    item('', '2031', '2031'),
    '',
    item('3.', 'Gwahardd y wasg a’r cyhoedd', 'Exclusion of press and public'),
    item('', 'Ystyried gwahardd y wasg a’r cyhoedd ar gyfer yr', 'To consider excluding the press and public for'),
    item('', 'eitem ganlynol oherwydd natur gyfrinachol y busnes.', 'the following item as the business is confidential.'),
    '',
    item('4.', 'Materion staffio', 'Staffing matters'),
    item('', 'Eitem gyfrinachol – eithriedig', 'Confidential item – exempt'),
    '',
    item('5.', 'Dyddiad y cyfarfod nesaf', 'Date of next meeting'),
    '',
  ].join('\n');
  it('reads the meeting from the English summons, the letter’s date and signature, and the agenda under it', () => {
    const m = extractPack(Buffer.from(text), 'summons.txt').meeting;
    expect([m?.body, m?.date, m?.time]).toEqual(['Dyffryn Helyg Community Council', '2031-05-10', '19:30']);
    expect(m?.venue).toContain('Seion Chapel Vestry');
    expect([m?.issuedBy, m?.issuedOn]).toEqual(['Iolo Garnant', '2031-05-03']);
    expect(m?.publicQuestionDeadline?.at).toBe('2031-05-09T17:00');
    expect(m?.agenda.map((a) => [a.number, a.title, a.exempt])).toEqual([
      ['1', 'Apologies', false],
      ['2', 'Minutes of the meeting held on 12 April 2031', false],
      ['3', 'Exclusion of press and public', false],
      ['4', 'Staffing matters', true],
      ['5', 'Date of next meeting', false],
    ]);
  });
  it('takes a date printed in two languages for one date, and "the following item" for one item', () => {
    expect(isWholeDate('3 Mai 2031 / 3 May 2031')).toBe('2031-05-03');
    expect(isWholeDate('3 May 2031 / 4 May 2031')).toBeNull();
    expect(ONE_ITEM_FOLLOWING.test('that the public be excluded for the following item')).toBe(true);
    expect(ONE_ITEM_FOLLOWING.test('that the public be excluded for the following items')).toBe(false);
    expect(PUBLIC_SPEAKING.test('Anyone wishing to address the Council should notify the Clerk')).toBe(true);
  });
});

describe('holdout: a web page of individual member decisions, each a description list of labels under its heading', () => {
  const decision = (title: string, rows: string, body: string): string =>
    `<article><h2>${title}</h2><dl>${rows}</dl><dl>${body}</dl><h3>Papers</h3><ul><li><a href="/r.pdf">Report to Cabinet Member: ${title.toLowerCase()}</a> <span>(PDF, 120 KB)</span></li></ul><p><a href="#top">Back to top</a></p></article>`;
  const html = [
    '<html><body><main><h1>Executive Member decisions: fortnight to 9 May 2031</h1>',
    '<p>Enquiries: Governance Team, Guildhall. Email governance@example.org.</p>',
    decision(
      'Grass verge cutting contract 2031 to 2034',
      '<div><dt>Decision number</dt><dd>EMD/31/17</dd></div><div><dt>Decision maker</dt><dd>Councillor Imogen Fairweather-Lusk, Executive Member for Parks &amp; Open Spaces</dd></div><div><dt>Date of decision</dt><dd><time datetime="2031-05-05">5 May 2031</time></dd></div>',
      '<dt>Decision</dt><dd><p>The Executive Member for Parks and Open Spaces:</p><ol><li>awarded the verge cutting contract to Greenlane Grounds Ltd;</li><li>delegated the contract terms to the Head of Parks.</li></ol></dd><dt>Reasons</dt><dd><p>The current contract ends in June.</p></dd><dt>Declarations</dt><dd>None</dd>',
    ),
    decision(
      'Allotment rents 2032',
      '<div><dt>Decision number</dt><dd>EMD/31/18</dd></div><div><dt>Decision maker</dt><dd>Councillor Dev Okonkwo, Executive Member for Environment</dd></div><div><dt>Date of decision</dt><dd>7 May 2031</dd></div>',
      '<dt>Decision</dt><dd><p>To hold allotment rents at their 2031 level for 2032.</p></dd><dt>Declarations</dt><dd>None</dd>',
    ),
    '</main></body></html>',
  ].join('\n');

  it('prints a short description beside its term as a label line, and a description of paragraphs under its term', () => {
    const text = htmlToText(html);
    expect(text).toContain('Decision maker:\tCouncillor Imogen Fairweather-Lusk, Executive Member for Parks & Open Spaces');
    expect(text).toContain('Date of decision:\t5 May 2031');
    expect(text).toMatch(/Decision:\n+The Executive Member for Parks and Open Spaces:\n+1\. awarded/);
  });

  it('reads one record for each decision, its cover starting under its heading, its list items and enquiries line not labels', () => {
    const r = extractPack(Buffer.from(html), 'decisions.html').reports;
    expect(r.map((x) => [x.title, x.date, x.decisionNumber])).toEqual([
      ['Grass verge cutting contract 2031 to 2034', '2031-05-05', 'EMD/31/17'],
      ['Allotment rents 2032', '2031-05-07', 'EMD/31/18'],
    ]);
    expect(r.map((x) => x.cabinetMembers)).toEqual([
      ['Councillor Imogen Fairweather-Lusk, Executive Member for Parks & Open Spaces'],
      ['Councillor Dev Okonkwo, Executive Member for Environment'],
    ]);
  });

  it('takes a lead-in a blank line above its numbered list as the decision’s text, the list as its parts', () => {
    const [first, second] = extractPack(Buffer.from(html), 'decisions.html').reports;
    expect(first?.decisions).toEqual(['awarded the verge cutting contract to Greenlane Grounds Ltd;', 'delegated the contract terms to the Head of Parks.']);
    expect(second?.decision).toBe('To hold allotment rents at their 2031 level for 2032.');
    expect(second?.decisions).toBeUndefined();
  });
});

describe('holdout: minutes numbered "EX 14/31" in a left column, officers listed "Name, Post;" and key decision notes wrapped', () => {
  const lettered = MINUTE_NUMBERS.find((x) => x.name === 'lettered');
  it("reads the body's letters spaced off a running number over the year as a minute number, one following another", () => {
    expect(lettered?.pattern.exec('EX 14/31          QUARTERLY FINANCE REPORT')?.[1]).toBe('EX 14/31');
    expect(lettered?.follows('EX 14/31', 'EX 15/31')).toBe(true);
    expect(lettered?.follows('EX 14/31', 'PL 15/31')).toBe(false);
    expect(lettered?.pattern.test('A 12/31 Something')).toBe(false);
  });
  it('keeps "Name, Post" entries whole where semicolons divide them, and only there', () => {
    expect(splitPostedPeople('Ruth Amberley, Head of Law and Governance; Dr Ivo Senn, Director of Housing and Assets; and Pia Lund, Committee Officer.')).toEqual([
      'Ruth Amberley, Head of Law and Governance',
      'Dr Ivo Senn, Director of Housing and Assets',
      'Pia Lund, Committee Officer',
    ]);
    expect(splitPostedPeople('Councillor Tom Birtle (Chair); Councillors Ann Frew, Bo Hale and Cy Imber')).toBeNull();
    expect(splitPostedPeople('Ruth Amberley, Head of Law')).toBeNull();
  });
  it.each([
    ['Key decision reference: EX/31/009 - in force on 2 May 2031 unless called in', true],
    ['Forward plan ref: FP 31/4', true],
    ['Key decision: Yes', true],
    ['This was not a key decision.', false],
    ['The key decision was taken last year: see minute 3', false],
  ])('"%s" is a key decision note: %s', (line, yes) => expect(KEY_DECISION_NOTE.test(line)).toBe(yes));

  it('reads the minutes: numbers, agenda items, officers whole, resolutions, and the key decision note joined apart from them', () => {
    const text = [
      'THORNBURY VALE DISTRICT COUNCIL',
      'EXECUTIVE',
      '',
      'Minutes of the meeting of the Executive held on Tuesday 22 April 2031 at 6.30 pm in the',
      'Assembly Room, Vale House, Thornbury',
      '',
      'Present:        Councillor Tom Birtle (Leader, in the Chair); Councillors Ann Frew, Bo',
      '                Hale and Cy Imber.',
      'Officers:       Ruth Amberley, Head of Law and Governance; Dr Ivo Senn, Director of',
      '                Housing and Assets; and Pia Lund, Committee Officer.',
      'Apologies:      Councillor Di Jowett.',
      '',
      'EX 14/31        DECLARATIONS OF INTEREST',
      '                (Agenda Item 2)',
      '                No declarations of interest were made.',
      '',
      'EX 15/31        RIVERSIDE CAR PARK – DISPOSAL OF THE',
      '                LOWER DECK',
      '                (Agenda Item 4)',
      '                Councillor Frew introduced the report.',
      '',
      '                Decision:',
      '                   1. That the lower deck be declared surplus.',
      '                   2. That the Head of Law and Governance be authorised to complete the',
      '                      disposal.',
      '',
      '                Key decision reference: EX/31/009 - this decision will come into force on 2',
      '                May 2031 unless called in',
      '',
      'The meeting closed at 7.05 pm.',
    ].join('\n');
    const m = extractPack(Buffer.from(text), 'executive.txt').minutes[0];
    expect(m?.inAttendance).toEqual(['Ruth Amberley, Head of Law and Governance', 'Dr Ivo Senn, Director of Housing and Assets', 'Pia Lund, Committee Officer']);
    expect(m?.items.map((i) => [i.minute, i.agendaItem, i.title])).toEqual([
      ['EX 14/31', '2', 'DECLARATIONS OF INTEREST'],
      ['EX 15/31', '4', 'RIVERSIDE CAR PARK – DISPOSAL OF THE LOWER DECK'],
    ]);
    expect(m?.items[1]?.resolutions).toEqual(['That the lower deck be declared surplus.', 'That the Head of Law and Governance be authorised to complete the disposal.']);
    expect(m?.items[1]?.keyDecision).toBe('Key decision reference: EX/31/009 - this decision will come into force on 2 May 2031 unless called in');
    expect(m?.items[0]?.keyDecision).toBeUndefined();
  });
});

describe('holdout: a risk register appendix laid out as a wide table, and party initials after members’ names', () => {
  const register = [
    'Appendix 2 – Corporate Risk Register',
    '',
    laidLine([2, 'Risk No.'], [16, 'Risk description'], [55, 'Owner'], [82, 'Gross'], [100, 'Mitigation'], [140, 'Net'], [156, 'Direction']),
    laidLine([76, 'L'], [82, 'I'], [87, 'Score'], [134, 'L'], [140, 'I'], [145, 'Score']),
    laidLine(
      [1, 'CR-1'],
      [10, 'Loss of the ferry service to'],
      [50, 'Head of Transport'],
      [76, '4'],
      [82, '4'],
      [89, '16'],
      [96, 'Standby vessel contract;'],
      [134, '3'],
      [140, '3'],
      [147, '9'],
      [156, 'Steady'],
    ),
    laidLine([10, 'the outer islands'], [50, 'and Harbours'], [96, 'winter timetable agreed.']),
    laidLine([10, 'Consequence: stranded residents.']),
    laidLine(
      [1, 'CR-2'],
      [10, 'Library system outage'],
      [50, 'Head of Libraries /'],
      [76, '3'],
      [82, '5'],
      [89, '15'],
      [96, 'Nightly backups.'],
      [134, '2'],
      [140, '5'],
      [147, '12'],
      [156, 'Rising'],
    ),
    laidLine([50, 'Digital Lead']),
    '',
    'L = likelihood, I = impact. Score = L x I.',
    '',
    laidLine([1, 'CR-4'], [10, 'Not a risk row after the key'], [76, '1'], [82, '1'], [89, '1']),
  ].join('\n');

  it('names the register’s columns, its assessments, its references and a label that ends the headline', () => {
    expect(['Risk No.', 'Ref', 'Reference'].every((h) => RISK_REGISTER_COLUMNS.ref.test(h))).toBe(true);
    expect(['Risk description', 'Risk and cause', 'Risk'].every((h) => RISK_REGISTER_COLUMNS.title.test(h))).toBe(true);
    expect(RISK_REGISTER_COLUMNS.owner.test('Owner')).toBe(true);
    expect(RISK_REGISTER_COLUMNS.owner.test('Mitigation')).toBe(false);
    expect(RISK_ASSESSMENT_GROUPS.find((g) => g.pattern.test('Net'))?.kind).toBe('current');
    expect(RISK_ASSESSMENT_GROUPS.find((g) => g.pattern.test('Gross'))?.kind).toBe('other');
    expect(['CR-1', 'SR12', 'R7'].every((r) => RISK_REF.test(r))).toBe(true);
    expect(RISK_REF.test('Risk')).toBe(false);
    expect(RISK_CELL_LABEL.test('Consequence: stranded residents.')).toBe(true);
  });

  it('reads each row’s reference, headline joined over its wrap, owner joined and net score; a score that is not L x I is kept and warned', () => {
    const doc = buildDoc(register, { layout: true });
    expect(readRiskRegisters(doc)).toEqual([
      { ref: 'CR-1', title: 'Loss of the ferry service to the outer islands', owner: 'Head of Transport and Harbours', likelihood: 3, impact: 3, score: 9 },
      { ref: 'CR-2', title: 'Library system outage', owner: 'Head of Libraries / Digital Lead', likelihood: 2, impact: 5, score: 12 },
    ]);
    expect(doc.warnings.map((w) => w.code)).toEqual(['risk-score-mismatch']);
    expect(doc.warnings[0]?.message).toContain('CR-2');
  });

  it('keeps a party in brackets with the name and takes only a post as the role', () => {
    expect(['Con', 'Lab', 'LD', 'Ind', 'Grn', 'SNP', 'Plaid Cymru'].every((p) => PARTY_NOTE.test(p))).toBe(true);
    expect(PARTY_NOTE.test('Vice-Chair')).toBe(false);
    expect(parseMember('Councillor Ada Quennell (Lab)')).toEqual({ name: 'Councillor Ada Quennell (Lab)', role: null });
    expect(parseMember('Councillor Ada Quennell (Lab) (Vice-Chair)')).toEqual({ name: 'Councillor Ada Quennell (Lab)', role: 'Vice-Chair' });
  });
});

describe('holdout: a joint board’s pack, its venue wrapped inside the postcode, a sederunt under group headings and an action log with a two-line header', () => {
  const notice = [
    'Glenfarrow Joint Care Board – 14 May 2031',
    '',
    '',
    '',
    'GLENFARROW JOINT CARE BOARD',
    'NOTICE OF MEETING',
    '',
    laidLine([0, 'Date:'], [30, 'Wednesday 14 May 2031']),
    laidLine([0, 'Time:'], [30, '2.00 pm']),
    laidLine([0, 'Venue:'], [30, 'Board Room, Harbour Chambers, 3 Quay Lane, Port Elsie PE7']),
    laidLine([30, '4LW and online']),
    laidLine([0, 'Clerk:'], [30, 'Tamsin Orrick, Governance Officer']),
    '',
    'Members are requested to attend the above meeting to consider the business set out in the agenda below.',
    '',
    laidLine([40, 'AGENDA']),
    laidLine([1, 'Item'], [10, 'Subject'], [60, 'Lead']),
    laidLine([1, '1'], [10, 'Apologies'], [60, 'Chair']),
    laidLine([1, '2'], [10, 'Action Log'], [60, 'Clerk']),
    laidLine([1, '3'], [10, 'Respite Services Review'], [60, 'Chief Officer']),
  ];
  const log = [
    'ACTION LOG',
    '',
    laidLine([1, 'Action'], [10, 'Meeting'], [23, 'Action'], [52, 'Owner'], [74, 'Due date'], [86, 'Status'], [97, 'Update']),
    laidLine([1, 'no.'], [10, 'date']),
    laidLine([1, '12'], [10, '05/03/2031'], [23, 'Publish the respite audit'], [52, 'Head of Care'], [74, '30/04/2031 Complete Published on']),
    laidLine([23, 'summary for carers'], [94, '28/04/2031.']),
    laidLine([1, '14'], [10, '05/03/2031'], [23, 'Review the cost of patient'], [52, 'Finance Manager /'], [74, '11/06/2031'], [86, 'On track'], [97, 'Costs gathered;']),
    laidLine([23, 'transport'], [52, 'Fleet Lead'], [97, 'report in June.']),
    '',
    'Status key: Complete – done and proposed for closure; On track – expected by the due date.',
  ];
  const minute = [
    'MINUTE of Meeting of the Glenfarrow Joint Care Board held in the Board Room, Harbour Chambers on Wednesday 5 March 2031 at 2.00 pm',
    laidLine([0, 'Present:'], [20, 'Voting Members']),
    laidLine([20, 'Councillor Ewan Tarrant (Chair)'], [62, 'Glenfarrow Council']),
    laidLine([20, 'Dr Priya Lomond'], [62, 'NHS Westmere']),
    laidLine([20, 'Non-Voting Members']),
    laidLine([20, 'Hamish Drury'], [62, 'Chief Officer']),
    laidLine([20, 'Ruth Saddler'], [62, 'Staff Representative (Carers Forum,']),
    laidLine([62, 'Glenfarrow Council)']),
    laidLine([0, 'In attendance:'], [20, 'Colm Ferrie'], [62, 'Finance Manager']),
    laidLine([0, 'Apologies:'], [20, 'Councillor Ailsa Brodie'], [62, 'Glenfarrow Council']),
    '',
    '1. WELCOME',
    '         The Chair welcomed members to the meeting.',
    '',
    '2. MINUTE OF PREVIOUS MEETING',
    '         Decision',
    '         The Board approved the minute of 8 January 2031.',
  ];
  const text = `${[notice, log, minute].map((p) => p.join('\n')).join('\n\f')}\n\f`;

  it('joins a postcode broken at the end of a venue line to its inward half below', () => {
    expect(POSTCODE_WRAP.head.test('3 Quay Lane, Port Elsie PE7')).toBe(true);
    expect(POSTCODE_WRAP.tail.test('4LW and online')).toBe(true);
    expect(POSTCODE_WRAP.head.test('Board Room 2')).toBe(false);
    expect(extractPack(Buffer.from(text), 'board.txt').meeting?.venue).toBe('Board Room, Harbour Chambers, 3 Quay Lane, Port Elsie PE7 4LW and online');
  });

  it('reads a sederunt whose label stands beside a group heading: one member a row, the headings and the column beside them no one', () => {
    const m = extractPack(Buffer.from(text), 'board.txt').minutes[0];
    expect(m?.present.map((p) => p.replace(/\s*\(Chair\)$/, ''))).toEqual(['Councillor Ewan Tarrant', 'Dr Priya Lomond', 'Hamish Drury', 'Ruth Saddler']);
    expect(m?.inAttendance).toEqual(['Colm Ferrie, Finance Manager']);
    expect(m?.apologies).toEqual(['Councillor Ailsa Brodie']);
  });

  it('reads an action log whose number heading wraps under its first line, each row’s cells by position, a jammed status apart', () => {
    expect(ACTION_NUMBER_HEADER.test('Action no.')).toBe(true);
    expect(ACTION_NUMBER_HEADER.test('Action')).toBe(false);
    const plans = extractPack(Buffer.from(text), 'board.txt').actionPlans;
    expect(plans.flatMap((p) => p.actions.map((a) => [a.number, a.action, a.owners, a.status, a.due?.date ?? null, a.progress]))).toEqual([
      ['12', 'Publish the respite audit summary for carers', ['Head of Care'], 'Complete', '2031-04-30', 'Published on 28/04/2031.'],
      ['14', 'Review the cost of patient transport', ['Finance Manager', 'Fleet Lead'], 'On track', '2031-06-11', 'Costs gathered; report in June.'],
    ]);
  });
});

describe('holdout: "Councillor X in the Chair." as a sentence of its own after the attendance lists', () => {
  const text = [
    'MINUTE of MEETING of the BRAEMOUNT LICENSING BOARD held on 4 March 2031 at 10.00 am.',
    '',
    'Present:\tCouncillors Fiona Lennie, Ross Urquhart and Moira Sangster.',
    '',
    'Apologies:\tCouncillor Alan Dunnet.',
    '',
    'Councillor Lennie in the Chair.',
    '',
    '1.\tDECLARATIONS OF INTEREST',
    '',
    'There were no declarations of interest.',
    '',
  ].join('\n');

  it('knows the sentence, and ends the lists above it without naming anyone new or leaving the line unplaced', () => {
    expect(CHAIR_SENTENCE.test('Councillor Lennie in the Chair.')).toBe(true);
    expect(CHAIR_SENTENCE.test('Councillor Lennie in the Chair')).toBe(false);
    const r = extractPack(Buffer.from(text), 'board.txt');
    const m = r.minutes[0];
    expect(m?.apologies).toEqual(['Councillor Alan Dunnet']);
    expect(m?.present).toHaveLength(3);
    expect(r.warnings.filter((w) => w.message.includes('in the Chair'))).toEqual([]);
  });
});

describe('holdout: an action log under its heading and a paragraph wrapped over two lines', () => {
  const text = [
    'Governance Committee – Action Log',
    'Updated: 2 March 2031. Actions marked Complete are taken off the log once the Committee has',
    'seen them.',
    '',
    ' Ref        Meeting   Action                                      Lead Officer    Due           Status / Update',
    ' GC/31/02   12 Jan    Publish the revised whistleblowing policy   Head of Legal   30 Apr 2031   Complete',
    ' GC/31/05   12 Jan    Report on the cost of agency staff          HR Manager      31 May 2031   Not yet due',
    '\f',
  ].join('\n');

  it('names the log by its heading, not by the last line of the paragraph under it', () => {
    const plans = extractPack(Buffer.from(text), 'log.txt').actionPlans;
    expect(plans.map((p) => p.title)).toEqual(['Governance Committee – Action Log']);
    expect(plans[0]?.actions.map((a) => a.number)).toEqual(['GC/31/02', 'GC/31/05']);
  });
});

describe('holdout: key decision notices typed as padded "Label:" lines over pages with a running header and footer', () => {
  const pad = (label: string, value: string): string => `${`${label}:`.padEnd(24)}${value}`;
  const more = (value: string): string => `${''.padEnd(24)}${value}`;
  const rule = '-'.repeat(60);
  const header = '\fBrackenmoor Borough Council        Key Decisions – issued 4 May 2031';
  const footer = (n: number): string[] => ['', '', `${''.padEnd(50)}Page ${n} of 2`];
  const text = [
    'BRACKENMOOR BOROUGH COUNCIL',
    '',
    'KEY DECISIONS NOTICE',
    '',
    'Issued: 4 May 2031. Representations to the Proper Officer, Town Hall, Brackenmoor.',
    ...footer(1),
    header,
    '',
    rule,
    pad('Reference', 'BK/31/020 (deferred from April)'),
    pad('Subject', 'Renewal of the parks grounds maintenance contract'),
    more('for five years'),
    pad('Decision maker', 'Cabinet'),
    pad('Date of decision', 'Not before 2 June 2031'),
    pad('Key decision', 'Yes'),
    pad('Wards affected', 'All wards'),
    pad('Exempt', 'No'),
    pad('Documents', 'Cabinet report; specification;'),
    '',
    '',
    `${''.padEnd(50)}Page 2 of 3`,
    header,
    '',
    more('pricing schedule'),
    pad('Contact', 'Juno Penrice, Parks Manager, juno.penrice@brackenmoor.example'),
    more('Olek Stavros, Contracts Lead, olek.stavros@brackenmoor.example'),
    rule,
    'Reference:\tBK/31/022',
    'Subject:\tSale of the Mill Lane garage site',
    '\tfor affordable housing',
    'Decision maker:\tDirector of Resources',
    'Date of decision:\tJuly 2031',
    'Key decision:\tYes',
    'Exempt:\tYes – paragraph 3 (sale price)',
    'Contact:\tTamsin Oake, Estates Officer, tamsin.oake@brackenmoor.example',
    rule,
    '',
    'Wilhelmina Sparrowgate',
    'Proper Officer',
    ...footer(3),
    '',
  ].join('\n');

  it('drops a bracketed note from a reference, and never takes a "Key decision: Yes" flag for the subject', () => {
    const plan = extractPack(Buffer.from(text), 'key-decisions.txt').forwardPlan;
    expect(plan.map((f) => f.ref)).toEqual(['BK/31/020', 'BK/31/022']);
    expect(plan[0]?.issue).toBe('Renewal of the parks grounds maintenance contract for five years');
  });

  it('carries a value over the page break past the footer and header, one contact per line with its own e-mail address', () => {
    const [first] = extractPack(Buffer.from(text), 'key-decisions.txt').forwardPlan;
    expect(first?.documents).toBe('Cabinet report; specification; pricing schedule');
    expect(first?.contacts).toEqual(['Juno Penrice, Parks Manager, juno.penrice@brackenmoor.example', 'Olek Stavros, Contracts Lead, olek.stavros@brackenmoor.example']);
  });

  it('reads a notice typed with a tab after each label and a tab-indented continuation; labels it does not use keep the last notice going', () => {
    const last = extractPack(Buffer.from(text), 'key-decisions.txt').forwardPlan[1];
    expect(last).toMatchObject({
      issue: 'Sale of the Mill Lane garage site for affordable housing',
      decisionMakers: ['Director of Resources'],
      decisionDate: { text: 'July 2031', date: null, qualifier: null },
      exempt: 'Yes – paragraph 3 (sale price)',
      contacts: ['Tamsin Oake, Estates Officer, tamsin.oake@brackenmoor.example'],
    });
    expect(JSON.stringify(last)).not.toContain('Sparrowgate');
  });
});

describe('holdout: pandoc Markdown minutes, a pipe table per page with inline HTML lines in its cells', () => {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const header = [row(['**Min. no.**', '**Subject**', '**Minutes**']), '|------|------|------|'];
  const md = [
    '**ORMSBY FELL PARISH COUNCIL**',
    '',
    '**MINUTES OF THE MEETING OF THE PARISH COUNCIL held in the Reading Room, Ormsby Fell on Monday',
    '9<sup>th</sup> June 2031 at 7.30pm**',
    '',
    '**Present:**',
    '',
    '-   Cllr Ffion Adeyemi-Holt (Chair)',
    '-   Cllr Lars Penhaligon',
    '-   Cllr Tamsin Odhiambo',
    '',
    '**In attendance:**',
    '',
    '-   Mr Cyril Dunmore, Clerk',
    '',
    ...header,
    row([
      'OF/31/40',
      '**Apologies**',
      'Apologies were received from Cllr Yusuf Brandreth (holiday) and Cllr Elin Marchbank (ill health).<br>**RESOLVED:** That the apologies be accepted.',
    ]),
    row([
      'OF/31/41',
      '**Accounts**<br>*(Cllr Odhiambo did not vote)*',
      'Payments:<ul><li>1\\. Fellside Mowing \\| verges \\| £410.00</li><li>2\\. Parish Lighting \\| lamps \\| £95.00</li></ul>**RESOLVED:**<br>(i) That the payments be approved.<br>(ii) That the budget report be noted.',
    ]),
    '',
    "Chair's initials: ………………                                   Page 1 of 2",
    '',
    ...header,
    row(['OF/31/42', '**Village green**', 'The Clerk reported on the drainage works. Members noted the report.']),
    '',
    'There being no further business, the Chair closed the meeting at',
    '9.05pm.',
    '',
    'Signed: …………………… Chair       Date: ……………',
    '',
    'Page 2 of 2',
  ].join('\n');

  it('takes pandoc\'s padded bullets ("-   item") or a pipe table\'s rule row as Markdown', () => {
    expect(looksLikeMarkdown('**Present:**\n\n-   Cllr A Jones\n-   Cllr B Smith\n')).toBe(true);
    expect(looksLikeMarkdown('**Minutes**\n\n| No. | Item |\n|-----|------|\n| 1 | Apologies |\n')).toBe(true);
    expect(looksLikeMarkdown('Minutes\n\n-   one\n')).toBe(false);
  });

  it('reads each table row as one minute, its <br> and <li> lines apart, the header repeated and the page footer between tables skipped', () => {
    const [m] = extractPack(Buffer.from(md), 'ormsby.md').minutes;
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['OF/31/40', 'Apologies'],
      ['OF/31/41', 'Accounts'],
      ['OF/31/42', 'Village green'],
    ]);
    expect(m?.items[1]?.resolutions).toEqual(['That the payments be approved.', 'That the budget report be noted.']);
    expect(m?.items[1]?.text).toContain('(Cllr Odhiambo did not vote)');
    expect(m?.items[2]?.text).toBe('The Clerk reported on the drainage works. Members noted the report.');
    expect(m?.present).toHaveLength(3);
  });

  it('reads the close wrapped after "at", and apologies without their reasons in lower-case brackets', () => {
    const [m] = extractPack(Buffer.from(md), 'ormsby.md').minutes;
    expect(m?.endedAt).toBe('21:05');
    expect(m?.apologies).toEqual(['Cllr Yusuf Brandreth', 'Cllr Elin Marchbank']);
    expect(namesFromSentence('Cllr A Bell (Vice-Chair) and Cllr C Dale (on leave)')).toEqual(['Cllr A Bell (Vice-Chair)', 'Cllr C Dale']);
  });
});

describe('holdout: a lone report laid out as a page, its From: naming a councillor and an officer, an appendix action plan answering a review', () => {
  const running = laidLine([0, 'Quillbury District Council'], [90, 'Cabinet – 3 July 2031']);
  const page1 = [
    running,
    '',
    laidLine([70, 'Agenda Item 9']),
    '',
    laidLine([0, 'From:'], [26, 'Councillor Tamsin Oldroyd, Leader of the Council']),
    laidLine([26, 'Bartholomew Yeend, Managing Director']),
    '',
    laidLine([0, 'To:'], [26, 'Cabinet – 3 July 2031']),
    laidLine([0, 'Subject:'], [26, 'External Audit of Procurement: Findings and the Council’s']),
    laidLine([26, 'Improvement Plan']),
    laidLine([0, 'Classification:'], [26, 'Unrestricted']),
    '',
    '  Summary: The auditors reported in April 2031 and made three findings on contract management.',
    '  Recommendation(s):',
    '  The Cabinet is asked to:',
    '  (a) NOTE the audit findings; and',
    '  (b) APPROVE the improvement plan at Appendix 1.',
    '',
    '1. Background',
    '1.1   The audit looked at contracts let in the last two years.',
    '',
    '2. Contact details',
    laidLine([0, 'Report author:'], [50, 'Relevant Director:']),
    laidLine([0, 'Philippa Gant'], [50, 'Bartholomew Yeend']),
    laidLine([0, 'Procurement Manager'], [50, 'Managing Director']),
    laidLine([0, '01632 961 204'], [50, '01632 961 001']),
    laidLine([0, 'philippa.gant@example.org'], [50, 'bartholomew.yeend@example.org']),
    '',
    laidLine([40, 'Page 1 of 2']),
  ];
  const header = (gap: number): string =>
    laidLine([1, 'No.'], [8, 'Audit finding'], [36 + gap, 'Agreed action'], [66 + gap, 'Lead'], [92 + gap, 'Target date'], [106 + gap, 'RAG'], [113 + gap, 'Progress']);
  const page2 = [
    running,
    '',
    'Appendix 1 – Procurement Improvement Plan',
    'The Council’s response to the audit findings (position at 1 June 2031)',
    '',
    header(0),
    '',
    ' Area 1 – Contract management',
    '',
    laidLine(
      [1, '1'],
      [8, 'Contract registers are not'],
      [36, 'Register rebuilt in the new'],
      [66, 'Head of Finance / Legal'],
      [92, '30/09/2031'],
      [106, 'Amber'],
      [113, 'Half the contracts'],
    ),
    laidLine([8, 'kept up to date.'], [36, 'system, checked monthly.'], [66, 'Services Manager'], [113, 'now entered.']),
    '',
    laidLine(
      [1, '2'],
      [8, 'Waivers granted without'],
      [36, 'Waiver form revised, with'],
      [66, 'Director, Finance, Audit'],
      [92, 'December'],
      [106, 'Green'],
      [113, 'Form in use.'],
    ),
    laidLine([8, 'recorded reasons.'], [36, 'the reason required.'], [66, 'and Risk'], [92, '2031']),
    '',
    laidLine([40, 'Page 2 of 3']),
    '\f' + running,
    '',
    header(2),
    '',
    laidLine([1, '3'], [8, 'Spend is not analysed by'], [38, 'Quarterly spend report to'], [68, 'Procurement Manager'], [94, 'Ongoing'], [108, 'Red'], [115, 'Not started.']),
    laidLine([8, 'supplier.'], [38, 'the Cabinet.']),
    '',
    'RAG key: Green – on track; Amber – some slippage; Red – off track.',
    '',
    laidLine([40, 'Page 3 of 3']),
  ];
  const text = `${[page1, page2].map((p) => p.join('\n')).join('\n\f')}\n\f`;

  it('names the action and prompt columns, the appendix heading and the author’s column label', () => {
    expect(['Agreed action', 'Our response / action', 'Action', 'Proposed actions'].every((h) => PLAN_ACTION_COLUMN.test(h))).toBe(true);
    expect(PLAN_ACTION_COLUMN.test('Lead officer')).toBe(false);
    expect(['Audit finding', 'Recommendation', 'Review team recommendation', 'Area for improvement'].every((h) => PLAN_PROMPT_COLUMN.test(h))).toBe(true);
    expect(PLAN_PROMPT_COLUMN.test('Progress update')).toBe(false);
    expect(APPENDIX_HEADING.test('Appendix 1 – Procurement Improvement Plan')).toBe(true);
    expect(APPENDIX_HEADING.test('Appendices and background papers')).toBe(false);
    expect(['Contact officer (report author):', 'Report author:', 'Author:'].every((h) => AUTHOR_COLUMN_LABEL.test(h))).toBe(true);
    expect(AUTHOR_COLUMN_LABEL.test('Relevant Director:')).toBe(false);
  });

  it('reads From: one person a line: the councillor a cabinet member, the officer the lead; the author from the author’s column', () => {
    const r = extractPack(Buffer.from(text), 'report.txt').reports[0];
    expect(r?.cabinetMembers).toEqual(['Councillor Tamsin Oldroyd, Leader of the Council']);
    expect(r?.leadOfficer).toBe('Bartholomew Yeend, Managing Director');
    expect(r?.author).toBe('Philippa Gant');
    expect(r?.contact).toBe('01632 961 204 philippa.gant@example.org');
  });

  it('reads the plan by position under its appendix heading: finding and action kept, group headings and the key not rows, the header re-read after the page break', () => {
    const result = extractPack(Buffer.from(text), 'report.txt');
    expect(result.outcomeTracker).toEqual([]);
    expect(result.actionPlans.map((p) => p.title)).toEqual(['Appendix 1 – Procurement Improvement Plan']);
    const actions = result.actionPlans[0]?.actions ?? [];
    expect(actions.map((a) => [a.number, a.action, a.owners, a.rag, a.due, a.progress])).toEqual([
      [
        '1',
        'Contract registers are not kept up to date. — Register rebuilt in the new system, checked monthly.',
        ['Head of Finance', 'Legal Services Manager'],
        'Amber',
        { text: '30/09/2031', date: '2031-09-30' },
        'Half the contracts now entered.',
      ],
      [
        '2',
        'Waivers granted without recorded reasons. — Waiver form revised, with the reason required.',
        ['Director, Finance, Audit and Risk'],
        'Green',
        { text: 'December 2031', date: null },
        'Form in use.',
      ],
      ['3', 'Spend is not analysed by supplier. — Quarterly spend report to the Cabinet.', ['Procurement Manager'], 'Red', { text: 'Ongoing', date: null }, 'Not started.'],
    ]);
  });
});

describe('holdout: a combined authority board’s minutes, its members in a "Member | Appointing authority" table and officers as "Name – post"', () => {
  it('names the table’s columns and a person before a dashed post', () => {
    expect(MEMBERSHIP_TABLE_HEADER.name.test('Member') && MEMBERSHIP_TABLE_HEADER.beside.test('Appointing authority')).toBe(true);
    expect(['Constituent council', 'Organisation', 'Nominating body'].every((h) => MEMBERSHIP_TABLE_HEADER.beside.test(h))).toBe(true);
    expect(MEMBERSHIP_TABLE_HEADER.beside.test('Councillor Ivo Tarrant')).toBe(false);
    expect(PERSON_DASH_POST.exec('Nell Oakridge – Head of Legal and Democratic Services')?.slice(1)).toEqual(['Nell Oakridge', 'Head of Legal and Democratic Services']);
  });

  it('reads one member a row, a wrapped name cell joined and the authority beside it left out, and each officer’s post whole', () => {
    const text = [
      laidLine([30, 'BRENNOCK VALLEY COMBINED AUTHORITY']),
      laidLine([25, 'MINUTES of the meeting held at Weir House, Brennock on Monday 6 October 2031 at 2.00 pm']),
      '',
      'PRESENT:',
      laidLine([8, 'Mayor Ossian Darrow (in the Chair)']),
      '',
      laidLine([10, 'Member'], [60, 'Appointing authority']),
      '',
      laidLine([10, 'Cllr Ivo Tarrant (Deputy Mayor)'], [60, 'Brennock City Council']),
      '',
      laidLine([10, 'Cllr Mair Quillan (substitute for Cllr'], [60, 'Lowther Fells District']),
      laidLine([10, 'Bryony Haltwhistle)'], [60, 'Council']),
      '',
      laidLine([10, 'Cllr Teodor Vass-'], [60, 'Ashby Marsh Council']),
      laidLine([10, 'Ronan']),
      '',
      'OFFICERS:',
      laidLine([8, 'Nell Oakridge – Head of Legal and Democratic Services']),
      laidLine([8, 'Dr Piet Amsel – Chief Executive and Head of Paid Service']),
      '',
      'APOLOGIES:',
      laidLine([8, 'Cllr Bryony Haltwhistle (Lowther Fells District Council)']),
      '',
      laidLine([0, 'BV 41/31'], [20, 'MINUTES OF THE LAST MEETING']),
      laidLine([20, 'RESOLVED – That the minutes be approved as a correct record.']),
      '',
      'The meeting closed at 3.10 pm.',
    ];
    const m = extractPack(Buffer.from(`${text.join('\n')}\n\f`), 'board.txt').minutes[0];
    expect(m?.present).toEqual(['Mayor Ossian Darrow', 'Cllr Ivo Tarrant', 'Cllr Mair Quillan', 'Cllr Teodor Vass-Ronan']);
    expect(m?.inAttendance).toEqual(['Nell Oakridge – Head of Legal and Democratic Services', 'Dr Piet Amsel – Chief Executive and Head of Paid Service']);
    expect(m?.apologies).toEqual(['Cllr Bryony Haltwhistle (Lowther Fells District Council)']);
  });
});

describe('council minutes: members present in newspaper columns, an officer’s post wrapped in brackets, and a lettered resolution with a nested (i)-(ii) list', () => {
  const text = [
    'Brackenholt District Council                                                    Council – 9 May 2031',
    '',
    '                             BRACKENHOLT DISTRICT COUNCIL',
    '                             MINUTES OF THE MEETING OF THE COUNCIL',
    '                             held on Friday 9 May 2031 at 6.00 pm',
    '                  in the Assembly Hall, Merrow House, Brackenholt',
    '',
    ' PRESENT:',
    ' Councillor Odile Farquharson (Chair) in the Chair',
    laidLine([1, 'Councillors Wilhelmina'], [38, 'Quennell-Ashby, Ruaridh'], [73, 'Tamsin Ure, Bartholomew']),
    laidLine([1, 'Abernethy, Cosmo Birtle,'], [38, 'Lisle (Vice-Chair of the'], [73, 'Vance, Yolanda Wexcombe']),
    laidLine([1, 'Drusilla Clerkenwell-'], [38, 'Council), Petronella'], [73, 'and Zebedee Yardwick.']),
    laidLine([1, 'Moor, Horatio Dunmore,'], [38, 'Stobart, Anselm']),
    laidLine([1, 'Ignatius Ferrand, Lavinia'], [38, 'Tregothnan,']),
    '',
    ' OFFICERS IN ATTENDANCE:',
    ' Mirabel Oakenshaw (Chief Executive), Thaddeus Pym (Head of Legal Services), Cressida Vane',
    ' (Committee Officer) and Ezra Quayle (Clerk).',
    '',
    ' 1.         APOLOGIES FOR ABSENCE',
    '            Apologies for absence were received from Councillors Hesper Lunt and Ivo Marsh.',
    '',
    ' 2.         MOTION – RIVERSIDE PATHS',
    '            RESOLVED:',
    '            (a)      This Council notes:',
    '                     (i)      that the towpath floods most winters; and',
    '                     (ii)     that repairs are funded a year at a time.',
    '            (b)      This Council resolves to ask the Cabinet for a repair plan by',
    '                     March 2032.',
    '',
    ' The meeting closed at 8.15 pm.',
    '',
  ].join('\n');

  it('reads a paragraph set in newspaper columns down each column in turn: names broken across lines, a hyphen and columns joined', () => {
    expect(flowedColumns([laidLine([0, 'A Bell,'], [12, 'D Fox,']), laidLine([0, 'B Cole,'], [12, 'E Gee and']), laidLine([0, 'C Dunn,'], [12, 'H Ives.'])], 0, 3)?.text).toBe(
      'A Bell, B Cole, C Dunn, D Fox, E Gee and H Ives.',
    );
    // Names printed one a cell in a row of columns are a list, not a paragraph.
    expect(flowedColumns([laidLine([0, 'A Bell'], [12, 'D Fox']), laidLine([0, 'B Cole'], [12, 'E Gee']), laidLine([0, 'C Dunn'], [12, 'H Ives'])], 0, 3)).toBeNull();
    // A label table's value wrapped under its first line leaves the first column empty: not newspaper columns.
    expect(
      flowedColumns([laidLine([0, 'Apologies:'], [14, 'A Bell, B Cole']), laidLine([0, 'Officers:'], [14, 'D Fox (Clerk), E']), laidLine([14, 'Gee, H Ives'])], 0, 3),
    ).toBeNull();
    const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(m?.present).toEqual([
      'Councillor Odile Farquharson',
      'Wilhelmina Abernethy',
      'Cosmo Birtle',
      'Drusilla Clerkenwell-Moor',
      'Horatio Dunmore',
      'Ignatius Ferrand',
      'Lavinia Quennell-Ashby',
      'Ruaridh Lisle (Vice-Chair of the Council)',
      'Petronella Stobart',
      'Anselm Tregothnan',
      'Tamsin Ure',
      'Bartholomew Vance',
      'Yolanda Wexcombe',
      'Zebedee Yardwick',
    ]);
  });

  it('keeps a post in brackets wrapped onto the next line with the officer above it', () => {
    const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(m?.inAttendance).toEqual(['Mirabel Oakenshaw (Chief Executive)', 'Thaddeus Pym (Head of Legal Services)', 'Cressida Vane (Committee Officer)', 'Ezra Quayle (Clerk)']);
  });

  it('keeps a sub-list set deeper than its lettered item in the item, though its "(i)" reads as a letter', () => {
    const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(m?.items.find((i) => i.minute === '2')?.resolutions).toEqual([
      'This Council notes: (i) that the towpath floods most winters; and (ii) that repairs are funded a year at a time.',
      'This Council resolves to ask the Cabinet for a repair plan by March 2032.',
    ]);
  });
});

describe('holdout: a committee summons stopping at the body, an index of applications under an item with wrapped cells, a report of the post then of its holder', () => {
  const front = [
    'T H O R N L E Y   V A L E   B O R O U G H   C O U N C I L',
    '',
    '',
    'Development Control Panel',
    'You are summoned to attend a meeting of the Development Control Panel.',
    '',
    'Date:             Thursday, 4 March 2032',
    'Time:             7.00 pm',
    'Venue:            Panel Room, Thornley Hall, Kiln Street,',
    '                  Thornley, TV3 9QA',
    '',
    'Membership',
    laidLine([0, 'Councillor Ada Quist (Chair)'], [63, 'Councillor Bram Olley (Vice-Chair)']),
    laidLine([0, 'Councillor Cora Pike'], [63, 'Councillor Dev Nunn']),
    '',
    '',
    '\f                                                           AGENDA',
    '1.          Apologies for absence',
    '2.          Minutes',
    '            To confirm the minutes of the meeting held on 4 February 2032.',
    '3.          Applications',
    '            To determine the applications below.',
    '',
    laidLine([1, 'Item'], [11, 'Application no.'], [32, 'Site address'], [72, 'Ward'], [94, 'Recommendation'], [124, 'Page']),
    '',
    laidLine([1, '3.1'], [11, '32/00101/FUL'], [32, 'Old Dairy, Brook'], [72, 'Kiln Ward'], [94, 'APPROVE subject to'], [124, '1-4']),
    laidLine([32, 'Lane, Thornley, TV3 1AB'], [94, 'conditions']),
    laidLine([1, '3.2'], [11, '32/00230/HOU'], [32, '12 Larch Way, Upper'], [72, 'Upper Vale &'], [94, 'REFUSE'], [124, '5 -']),
    laidLine([32, 'Vale'], [72, 'Moor'], [124, '9']),
    '',
    '4.          Appeal decisions                                                                                              10 - 12',
    '',
    '\f' + laidLine([0, 'Agenda Item 3.1 Application No: 32/00101/FUL'], [80, 'Development Control Panel 4 March 2032']),
    '',
    'Report of the Head of Development',
    'Report of: Ines Wragg, Head of Development',
    '',
    laidLine([1, 'Application Number'], [27, '32/00101/FUL']),
    laidLine([1, 'Site'], [27, 'Old Dairy, Brook Lane, Thornley, TV3 1AB']),
    laidLine([1, 'Case Officer'], [27, 'Rufus Tandy']),
    laidLine([1, 'Recommendation'], [27, 'APPROVE subject to conditions']),
    '',
    '1. Proposal',
    'Conversion of the dairy to three homes.',
    '',
  ];
  const r = extractPack(Buffer.from(`${front.join('\n')}\n`), 'pack.txt');

  it('takes the body from a summons sentence that ends at it, the date from the labels under it', () => {
    expect(SUMMONS_SENTENCES.some((re) => re.exec('You are summoned to attend a meeting of the Development Control Panel.')?.[1] === 'Development Control Panel')).toBe(true);
    expect(r.meeting).toMatchObject({ body: 'Development Control Panel', date: '2032-03-04', time: '19:00' });
  });

  it('names the index columns: the reference and site are the title, ward and recommendation a note', () => {
    expect(['Application no.', 'Site address', 'Reference', 'Proposal'].every((h) => ITEM_INDEX_COLUMNS.find((c) => c.pattern.test(h))?.column === 'title')).toBe(true);
    expect(['Ward', 'Ward(s)', 'Recommendation', 'Applicant'].every((h) => ITEM_INDEX_COLUMNS.find((c) => c.pattern.test(h))?.column === 'note')).toBe(true);
    expect(ITEM_INDEX_COLUMNS.some((c) => c.pattern.test('Time'))).toBe(false);
  });

  it('reads each index row over its wrapped lines: the title whole, the rest a note, the page range joined', () => {
    const agenda = r.meeting?.agenda ?? [];
    expect(agenda.map((a) => a.number)).toEqual(['1', '2', '3', '3.1', '3.2', '4']);
    expect(agenda[2]?.note).toBe('To determine the applications below.');
    expect(agenda[3]).toMatchObject({
      title: '32/00101/FUL Old Dairy, Brook Lane, Thornley, TV3 1AB',
      pages: { from: 1, to: 4 },
      note: 'Ward: Kiln Ward; Recommendation: APPROVE subject to conditions',
    });
    expect(agenda[4]).toMatchObject({ title: '32/00230/HOU 12 Larch Way, Upper Vale', pages: { from: 5, to: 9 }, note: 'Ward: Upper Vale & Moor; Recommendation: REFUSE' });
    expect(agenda[5]).toMatchObject({ title: 'Appeal decisions', pages: { from: 10, to: 12 } });
  });

  it('takes the labelled holder of the post the report is of as its lead officer', () => {
    expect(r.reports[0]?.leadOfficer).toBe('Ines Wragg, Head of Development');
  });
});

describe('holdout: a committee pack printed from HTML, its running header naming the section, a grouped work programme', () => {
  const running = (section: string): string => laidLine([0, 'Adult Care Scrutiny Panel – 9 April 2032'], [96, section]);
  const foot = (n: number): string => laidLine([50, `Page ${n}`]);
  const front = [
    'WEXCOMBE COUNTY COUNCIL',
    '',
    'Adult Care Scrutiny Panel',
    laidLine([0, 'Date:'], [22, 'Friday, 9 April 2032']),
    laidLine([0, 'Time:'], [22, '2.00 pm']),
    laidLine([0, 'Venue:'], [22, 'Committee Room 1, County Offices, Marlstow']),
    '',
    'Membership',
    laidLine([1, 'County Councillors'], [50, 'Co-opted Borough Members (non-']),
    laidLine([50, 'voting)']),
    laidLine([1, 'Cllr Orla Penhallow (Chair)'], [50, 'Cllr Idris Vane']),
    laidLine([1, 'Cllr Basil Tremayne (Vice-Chair)'], [50, 'Rooksby Borough Council']),
    laidLine([1, 'Cllr Hester Quayle'], [50, 'Cllr Mabel Strout']),
    laidLine([50, 'Tollmarsh District Council']),
    '',
    foot(1),
  ];
  const agenda = [
    running('Agenda'),
    '',
    laidLine([50, 'AGENDA']),
    laidLine([0, 'Item'], [9, 'Business'], [111, 'Pages']),
    '',
    laidLine([0, '1.'], [9, 'Apologies for Absence']),
    '',
    laidLine([0, '2.'], [9, 'Declarations of Interest']),
    laidLine([9, 'Members should declare any personal or prejudicial interest they hold in an item.']),
    '',
    laidLine([0, '3.'], [9, 'Minutes of the Meeting held on 5 February 2032'], [113, '3-4']),
    '',
    laidLine([0, '4.'], [9, 'Reablement Services Review: Findings of the Independent Panel and'], [107, 'To follow']),
    laidLine([9, 'Next Steps for Providers']),
    laidLine([9, 'Report of the Director of Adult Services']),
    '',
    laidLine([0, '5.'], [9, 'Panel Work Programme 2032'], [113, '5-6']),
    '',
    foot(2),
  ];
  const minutes = [
    running('Agenda Item 3'),
    '',
    'MINUTES of a meeting of the Adult Care Scrutiny Panel held at County Offices, Marlstow on Thursday, 5 February 2032 at 2.00 pm',
    laidLine([0, 'Present:'], [20, 'County Councillors O Penhallow (Chair), B Tremayne and H Quayle']),
    laidLine([0, 'In attendance:'], [20, 'Dr Pippa Carrow-'], [45, 'Director of Adult Services']),
    laidLine([20, 'Lisle']),
    laidLine([20, 'Ned Yelland'], [45, 'Panel Clerk']),
    '',
    laidLine([0, 'ACS/32/7'], [20, 'DAY CENTRE CHARGES']),
    laidLine([20, 'Resolved: That']),
    laidLine([20, '(a)'], [27, 'the report be noted;']),
    laidLine([20, '(b)'], [27, 'the Director be asked to consult users on the new charges; and']),
    laidLine([20, '(c)'], [27, 'the Panel receive the results of the consultation with the Quarterly']),
    foot(3),
  ];
  const minutesPage2 = [running('Agenda Item 3'), '', laidLine([25, 'Performance Report in the autumn.']), '', 'The meeting closed at 3.40 pm.', '', foot(4)];
  const programme = [
    running('Agenda Item 5 – Appendix A'),
    '',
    'Appendix A: Panel Work Programme 2032',
    '',
    laidLine([1, 'Topic'], [36, 'Purpose'], [74, 'Lead'], [96, 'Format']),
    laidLine([1, '11 June 2032']),
    laidLine([1, 'Carers’ Strategy Refresh'], [36, 'To comment on the draft'], [74, 'Head of Carers /'], [96, 'Report']),
    laidLine([36, 'strategy'], [74, 'Carers’ Forum Chair']),
    laidLine([1, 'Home Care Market 2032-'], [36, 'To review provider capacity'], [74, 'Director of Adult'], [96, 'Presentation']),
    laidLine([1, '2034 – Position Statement'], [36, 'across the county'], [74, 'Services']),
    foot(5),
  ];
  const programmePage2 = [
    running('Agenda Item 5 – Appendix A'),
    '',
    laidLine([1, 'Topic'], [36, 'Purpose'], [74, 'Lead'], [96, 'Format']),
    laidLine([1, 'Falls Prevention'], [36, 'To hear from the falls'], [74, 'Public Health'], [96, 'Report']),
    laidLine([36, 'service'], [74, 'Consultant']),
    laidLine([1, '8 October 2032']),
    laidLine([1, 'Direct Payments Uptake'], [36, 'To examine low uptake'], [74, 'Head of Finance'], [96, 'Report']),
    laidLine([1, 'Items to be scheduled (date to be confirmed by the Chair)']),
    laidLine([1, 'Respite Beds Review'], [36, 'To monitor the review'], [74, 'Director of Adult'], [96, 'TBC']),
    laidLine([74, 'Services']),
    '',
    'Standing items at every meeting: Chair’s Update; Work Programme.',
    '',
    foot(6),
  ];
  const text = `${[front, agenda, minutes, minutesPage2, programme, programmePage2].map((p) => p.join('\n')).join('\n\f')}\n\f`;
  const result = extractPack(Buffer.from(text), 'pack.txt');

  it('reads side-by-side membership columns under a bracketed, wrapped heading, the body under each co-opted member not a member', () => {
    expect(result.meeting?.members).toEqual([
      { name: 'Cllr Orla Penhallow', role: 'Chair' },
      { name: 'Cllr Basil Tremayne', role: 'Vice-Chair' },
      { name: 'Cllr Hester Quayle', role: null },
      { name: 'Cllr Idris Vane', role: null },
      { name: 'Cllr Mabel Strout', role: null },
    ]);
  });

  it('reads a flush-right Pages column: a range is the pages, other words the note; a sentence under a Title Case title is its note', () => {
    const items = (result.meeting?.agenda ?? []).map((a) => [a.number, a.title, a.pages, a.note]);
    expect(items).toEqual([
      ['1', 'Apologies for Absence', null, null],
      ['2', 'Declarations of Interest', null, 'Members should declare any personal or prejudicial interest they hold in an item.'],
      ['3', 'Minutes of the Meeting held on 5 February 2032', { from: 3, to: 4 }, null],
      ['4', 'Reablement Services Review: Findings of the Independent Panel and Next Steps for Providers', null, 'To follow Report of the Director of Adult Services'],
      ['5', 'Panel Work Programme 2032', { from: 5, to: 6 }, null],
    ]);
  });

  it('treats a page-top line whose left part repeats as a running header, a name broken at its hyphen as one, a list item carried over the page', () => {
    const m = result.minutes[0];
    expect(m?.inAttendance).toEqual(['Dr Pippa Carrow-Lisle, Director of Adult Services', 'Ned Yelland, Panel Clerk']);
    expect(m?.items[0]?.resolutions).toEqual([
      'the report be noted;',
      'the Director be asked to consult users on the new charges; and',
      'the Panel receive the results of the consultation with the Quarterly Performance Report in the autumn.',
    ]);
  });

  it('reads a work programme grouped under full-width date rows: wrapped cells joined, the group kept over the page, undated items after their heading', () => {
    expect(result.workProgramme.map((r) => [r.meetingDate, r.item, r.leads])).toEqual([
      ['2032-06-11', 'Carers’ Strategy Refresh', ['Head of Carers', 'Carers’ Forum Chair']],
      ['2032-06-11', 'Home Care Market 2032-2034 – Position Statement', ['Director of Adult Services']],
      ['2032-06-11', 'Falls Prevention', ['Public Health Consultant']],
      ['2032-10-08', 'Direct Payments Uptake', ['Head of Finance']],
      [null, 'Respite Beds Review', ['Director of Adult Services']],
    ]);
  });
});

describe('holdout: a clerk’s summons letter with a wrapped To: list, a bulleted speaking note, a contact officer line and a lettered late item', () => {
  const text = [
    'LITTLE ORSETT TOWN COUNCIL',
    'Town Clerk: Mr Alaric Venn',
    '',
    'To:\tCllr Briony Hesketh-',
    'Lamb (Mayor), Cllr Osian Treharne (Deputy',
    'Mayor), Cllr Philippa Dunmore',
    'and Cllr Ruaridh Calloway',
    'Copy:\tCounty Cllr B Ashdown, the local newsletter',
    '',
    'Dear Councillor,',
    '',
    'You are hereby summoned to attend the Ordinary Meeting of Little Orsett Town Council to be held in the Council',
    'Chamber, Orsett Institute, Mill Street on Thursday 12th June 2031 at 7.00pm.',
    '',
    'Yours faithfully,',
    '',
    'Alaric Venn',
    'Town Clerk',
    'Dated this 5th day of June 2031',
    '',
    'PUBLIC SPEAKING',
    'Residents may address the Council under item 31/022. Anyone who wishes to speak should tell the Clerk',
    'by 12 noon on Wednesday 11th June 2031.',
    '*\tEach speaker may talk once, for up to three minutes, on business on this agenda and matters',
    'for which the Town Council is responsible, which takes in planning, open spaces, allotments,',
    'the cemetery, the market and the town’s events; comments on planning applications are heard',
    'under item 31/022 only, and the Mayor may close a statement that strays from the agenda.',
    '*\tThe Council does not normally answer at the meeting; a written reply follows within ten',
    'working days where one is needed, and is published with the minutes of the meeting.',
    '*\tThe meeting may be filmed or recorded; please tell the Mayor before the meeting starts if',
    'you do not wish to be filmed, and the camera will be turned away from the public seats.',
    '',
    'Contact officer for this meeting: Morwenna Tills, Deputy Clerk',
    'Tel: 01632 960871\tEmail: deputy.clerk@little-orsett.example.org',
    '',
    'AGENDA',
    '',
    '31/021\tApologies for absence',
    'To receive apologies.',
    '',
    '31/022\tPublic speaking',
    'To hear residents for up to 15 minutes.',
    '',
    '31/023\tCemetery',
    'a)\tTo consider the chapel roof quotations.',
    '',
    '31/023A\tLate item: Market stall licences',
    'To consider two late applications.',
    '',
    '31/024\tCorrespondence',
    'To note the list circulated.',
  ].join('\n');

  it('reads a date written as the day of the month, a contact label naming the agenda, and a bullet starting a sentence', () => {
    expect(findDate('Dated this 5th day of June 2031')?.date).toBe('2031-06-05');
    expect(findDate('the 21st day of March, 2032')?.date).toBe('2032-03-21');
    expect(CONTACT_LABEL.exec('Contact officer for this meeting: Morwenna Tills')?.[1]).toBe('Morwenna Tills');
    expect(CONTACT_LABEL.test('Contact for this report: Ivo Penhale')).toBe(true);
    expect('to the Clerk by noon.\n*\tEach speaker\n•\tThen'.split(BULLET_LINE_START)).toEqual(['to the Clerk by noon.', '*\tEach speaker', '•\tThen']);
    expect('speak to\nthe Clerk'.split(BULLET_LINE_START)).toHaveLength(1);
  });

  it('joins the To: list across a hyphen, an open bracket and a line starting "and"; the Copy: line is not members', () => {
    const m = extractPack(Buffer.from(text), 'summons.txt').meeting;
    expect(m?.members).toEqual([
      { name: 'Cllr Briony Hesketh-Lamb', role: 'Mayor' },
      { name: 'Cllr Osian Treharne', role: 'Deputy Mayor' },
      { name: 'Cllr Philippa Dunmore', role: null },
      { name: 'Cllr Ruaridh Calloway', role: null },
    ]);
  });

  it('reads the issue date, the speaking deadline before the bullets, the contact officer and the late item in its place', () => {
    const m = extractPack(Buffer.from(text), 'summons.txt').meeting;
    expect(m?.issuedOn).toBe('2031-06-05');
    expect(m?.publicQuestionDeadline?.at).toBe('2031-06-11T12:00');
    expect(m?.contacts).toEqual([{ name: 'Morwenna Tills', phone: '01632 960871', email: 'deputy.clerk@little-orsett.example.org' }]);
    expect(m?.agenda.filter((a) => a.number.includes('/')).map((a) => [a.number, a.title])).toEqual([
      ['31/021', 'Apologies for absence'],
      ['31/022', 'Public speaking'],
      ['31/023', 'Cemetery'],
      ['31/023A', 'Late item: Market stall licences'],
      ['31/024', 'Correspondence'],
    ]);
  });
});

describe('holdout: a recommendations tracker web page, one review a section, its table cells broken over lines', () => {
  const head =
    '<thead><tr><th>Rec no.</th><th>Recommendation</th><th>Executive response</th><th>Action agreed</th><th>Lead officer</th><th>Target date</th><th>Progress update</th><th>RAG</th></tr></thead>';
  const html = `<!DOCTYPE html><html><head><title>Review tracker | Quillmere Borough Council</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li></ul></nav></header>
<main>
<h1>Scrutiny recommendations tracker</h1>
<h3>Summary</h3>
<table>
  <tr><th>Review</th><th>Recs</th><th>Accepted</th><th>Not accepted</th><th>Green</th></tr>
  <tr><td>Allotment waiting lists</td><td>3</td><td>2</td><td>1</td><td>1</td></tr>
  <tr><td>Total</td><td>5</td><td>4</td><td>1</td><td>2</td></tr>
</table>
<h3>RAG key</h3>
<table><tr><td>Green</td><td>On track</td></tr><tr><td>Red</td><td>Stalled</td></tr></table>
<h2>Review 1: Allotment waiting lists</h2>
<p>Task group led by Councillor Odile Varga. The Executive gave its response on 4 March 2031 (minute EX/12/31).</p>
<table>${head}<tbody>
  <tr><td>1</td><td>That every parish with a waiting list<br>be offered a starter plot scheme.</td><td>Accepted</td><td>Starter plots marked out<br>at two sites.</td><td>Rowan Pettifer,<br>Parks Manager</td><td>30/04/31</td>
    <td><p>Mar 2031: sites chosen.</p>
    <p>Feb 2031: survey done.</p></td><td>Green</td></tr>
  <tr><td>2(a)</td><td>That plot rents be frozen.</td><td><p>Not accepted</p><p><em>Rents are set by the trust.</em></p></td><td>&ndash;</td><td>&ndash;</td><td></td><td></td><td>N/A</td></tr>
  <tr><td colspan="8">Recommendations to partners</td></tr>
  <tr><td>P1</td><td>That the allotment trust publish its list, with:
    <ol type="a"><li>the length of the wait; and</li><li>the plots let each year.</li></ol></td><td>Accepted</td><td>Letter to the trust.</td><td>Parks Manager /<br>Head of Legal</td><td>Q2 2031/32</td><td>Letter sent.</td><td>Complete</td></tr>
</tbody></table>
<h2>Review 2: Street lighting at night</h2>
<p>Review by the full committee. The Executive gave its response on 9 April 2031 (minute EX/20/31).</p>
<table>${head}<tbody>
  <tr><td>1</td><td>That lights stay on until midnight.</td><td>Partially accepted</td><td>Trial in the town centre.</td><td>Ines Marwood,<br>Highways Lead</td><td>June 2031</td><td>Trial begun.</td><td>Amber</td></tr>
</tbody></table>
<h3>Contact</h3><p>Democratic Services, Quillmere Borough Council</p>
</main></body></html>
`;

  it('names the response column beside the recommendation, a "Rec no." number column and a RAG key', () => {
    expect(['Executive response', 'Cabinet response', 'Management response', 'Decision'].every((h) => PLAN_RESPONSE_COLUMN.test(h))).toBe(true);
    expect(PLAN_RESPONSE_COLUMN.test('Progress update')).toBe(false);
    expect(['Rec no.', 'Recommendation no.'].every((h) => ACTION_NUMBER_HEADER.test(h))).toBe(true);
    expect(['RAG key', 'Key', 'Status key:'].every((h) => TABLE_KEY_HEADING.test(h))).toBe(true);
    expect(TABLE_KEY_HEADING.test('Key decisions')).toBe(false);
  });

  it('reads one plan a section, titled by its heading over the intro; the summary counts and the key are no rows', () => {
    const r = extractPack(Buffer.from(html), 'tracker.html');
    expect(r.outcomeTracker).toEqual([]);
    expect(r.actionPlans.map((p) => p.title)).toEqual(['Review 1: Allotment waiting lists', 'Review 2: Street lighting at night']);
    expect(r.actionPlans.map((p) => p.actions.map((a) => a.number))).toEqual([['1', '2(a)', 'P1'], ['1']]);
  });

  it('joins each row over its cells’ line breaks and paragraphs, keeping the response with the recommendation and action', () => {
    const [one, two, partner] = extractPack(Buffer.from(html), 'tracker.html').actionPlans[0]?.actions ?? [];
    expect(one).toMatchObject({
      action: 'That every parish with a waiting list be offered a starter plot scheme. — Accepted — Starter plots marked out at two sites.',
      owners: ['Rowan Pettifer, Parks Manager'],
      rag: 'Green',
      due: { text: '30/04/31', date: '2031-04-30' },
      progress: 'Mar 2031: sites chosen. Feb 2031: survey done.',
    });
    expect(two).toMatchObject({ action: 'That plot rents be frozen. — Not accepted Rents are set by the trust.', owners: [], rag: null, status: null, due: null, progress: null });
    expect(partner?.action).toContain('a. the length of the wait; and b. the plots let each year.');
    expect(partner).toMatchObject({ owners: ['Parks Manager', 'Head of Legal'], rag: null, status: 'Complete', due: { text: 'Q2 2031/32', date: null } });
  });
});

describe('holdout: a Scottish-style minute with a singular "Apology:" label, an urgent "4A." item and a title wrapped onto its years', () => {
  const text = [
    'Minute of Meeting of the Finance and Estates Committee held in the Board Room, Town House,',
    'Quayside, Port Dunmerrow on 12 March 2031 at 2.00 pm',
    '',
    'Present:          Councillor Elspeth Rankine (Chair), Councillors Tam Gowrie and Iona Beattie.',
    '',
    'In attendance:    L Struthers, Head of Estates; and P Cowie, Clerk.',
    '',
    'Apology:          Councillor Fergus Ainslie.',
    '',
    '3.      HARBOUR ASSET MANAGEMENT PLAN 2031/32 TO',
    '        2035/36',
    '        There was submitted a report by the Head of Estates on the harbour asset plan.',
    '        Decided:',
    '        to approve the asset management plan.',
    '',
    '4.      SCHOOL ESTATE REVIEW',
    '        There was submitted a report by the Head of Estates on the school estate.',
    '        Decided:',
    '        to note the review.',
    '',
    '4A.     URGENT ITEM – FLOODED PUMPING STATION',
    '        The Chair agreed that this item be considered as a matter of urgency.',
    '        Decided:',
    '        to approve emergency works of up to £40,000.',
    '',
    '5.      SALE OF FORMER BOATYARD',
    '        There was submitted a report by the Head of Estates on offers received.',
    '        Decided:',
    '        to accept the highest offer.',
  ].join('\n');

  it('reads the singular label, the lettered minute between two numbers and a title carried on after "TO"', () => {
    expect(ATTENDANCE_LABELS.find((l) => l.pattern.test('Apology'))?.kind).toBe('apologies');
    const plain = MINUTE_NUMBERS.find((s) => s.name === 'plain');
    expect([plain?.follows('4', '4A'), plain?.follows('4A', '4B'), plain?.follows('4A', '5'), plain?.follows('4', '4B'), plain?.follows('4A', '4')]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(WRAP_LEADS_ON.test('PLAN 2031/32 TO')).toBe(true);
    const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
    expect(m?.apologies).toHaveLength(1);
    expect(m?.apologies[0]).toContain('Fergus Ainslie');
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['3', 'HARBOUR ASSET MANAGEMENT PLAN 2031/32 TO 2035/36'],
      ['4', 'SCHOOL ESTATE REVIEW'],
      ['4A', 'URGENT ITEM – FLOODED PUMPING STATION'],
      ['5', 'SALE OF FORMER BOATYARD'],
    ]);
    expect(m?.items.find((i) => i.minute === '4A')?.resolutions).toEqual(['to approve emergency works of up to £40,000.']);
  });
});

describe('holdout: a lone report with the council name over its title, the item in the running header and a boxed contact officer', () => {
  const pad = (left: string, right: string): string => left + ' '.repeat(Math.max(4, 96 - left.length - right.length)) + right;
  const header = pad('Overview Panel – 9 March 2031', 'Agenda Item 6');
  const page1 = [
    header,
    '',
    '',
    ' BRACKENMOOR BOROUGH COUNCIL',
    ' Allotment Rents Review: New Tenancy Terms and',
    ' Waiting List Rules',
    '',
    '   Report to                    Overview Panel',
    '',
    '   Date                         9 March 2031',
    '',
    '   Report of                    Head of Leisure',
    '',
    '',
    ' 1. Purpose of report',
    ' 1.1 To review allotment rents and the rules of the waiting list for plots across the',
    '      borough.',
    '',
    ' 2. Recommendations',
    ' The Panel is recommended to:',
    ' 2.1 Note the proposed rents for 2031/32.',
    '',
    '',
    pad('Brackenmoor Borough Council', 'Page 1 of 3'),
  ];
  const page2 = [header, '', ' 3. Background', ' 3.1 There are 412 plots on nine sites.', '', '', pad('Brackenmoor Borough Council', 'Page 2 of 3')];
  const page3 = [
    header,
    '',
    ' 4. Risk',
    ' 4.1 None identified.',
    '',
    '    Contact officer: Tamsin Okonjo-Pryce',
    '    Parks and Allotments Officer',
    '    Tel: 01632 961122',
    '    Email: tamsin.okonjo-pryce@brackenmoor.example.org',
    '',
    '',
    pad('Brackenmoor Borough Council', 'Page 3 of 3'),
  ];
  const text = [...page1, '\f' + page2[0], ...page2.slice(1), '\f' + page3[0], ...page3.slice(1)].join('\n') + '\n\f';

  it('knows a council name line from a title line', () => {
    expect(COUNCIL_NAME_LINE.test('BRACKENMOOR BOROUGH COUNCIL')).toBe(true);
    expect(COUNCIL_NAME_LINE.test('Upper Wendle Parish Council')).toBe(true);
    expect(COUNCIL_NAME_LINE.test('Budget Report to Full Council')).toBe(false);
  });

  it('reads the title without the council name, the item from the running header and the contact past the post line', () => {
    const r = extractPack(Buffer.from(text), 'report.txt').reports[0];
    expect(r?.title).toBe('Allotment Rents Review: New Tenancy Terms and Waiting List Rules');
    expect(r?.agendaItem).toBe('6');
    expect(r?.contact).toContain('01632 961122');
    expect(r?.contact).toContain('tamsin.okonjo-pryce@brackenmoor.example.org');
  });
});

describe('a meeting web page whose agenda list prints its own numbers, with notes and document links under each item (invented council)', () => {
  const html = `<!DOCTYPE html><html><head><title>Planning Board - Tuesday 9 September 2031 - Brackenmoor Borough Council</title></head><body>
<main>
<h1>Planning Board <span>&ndash; Tuesday 9 September 2031</span></h1>
<p>The Planning Board decides the larger applications made to the council. Meetings are open to the public except where
exempt information is to be discussed, as the council's constitution allows.</p>
<section>
  <h2>Meeting details</h2>
  <dl>
    <dt>Date and time</dt>
    <dd>Tuesday 9 September 2031, 2.00pm</dd>
    <dt>Venue</dt>
    <dd>Committee Room 3, Moorside Offices</dd>
    <dt>Papers published</dt>
    <dd>Monday 1 September 2031</dd>
  </dl>
</section>
<section>
  <h2>Agenda</h2>
  <ol class="items">
    <li><details><summary><span>1.</span> <span>Apologies</span></summary><p>To note any apologies.</p></details></li>
    <li><details><summary><span>2.</span> <span>Former Gasworks, Kiln Street &amp;
        Adjoining Land</span></summary>
      <p>To determine an outline application for up to 90 homes.</p>
      <p>Decision maker: Planning Board</p>
      <p>Key decision: No</p>
      <ul><li><a href="/r.pdf">Report</a> (PDF, 310 KB)</li><li><a href="/p.pdf">Appendix 1 - Site plan</a> (PDF, 2 MB)</li></ul>
    </details></li>
    <li><details><summary><span>2A</span> <span>Late Representations Summary</span></summary>
      <p>Added after the agenda was published, with the Chair's agreement.</p>
      <p>Decision maker: Planning Board</p>
      <p>Key decision: No</p>
    </details></li>
    <li><details><summary><span>3.</span> <span>Appeal Decisions</span></summary><p>To note the appeal decisions received.</p></details></li>
  </ol>
</section>
</main></body></html>`;

  it('numbers the items as printed, not by their place in the list; the links under an item are not items', () => {
    const m = extractPack(Buffer.from(html), 'board.html').meeting;
    expect(m?.agenda.map((a) => [a.number, a.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Former Gasworks, Kiln Street & Adjoining Land'],
      ['2A', 'Late Representations Summary'],
      ['3', 'Appeal Decisions'],
    ]);
  });

  it('an item\u2019s decision maker and key decision notes are not a report cover', () => {
    expect(extractPack(Buffer.from(html), 'board.html').reports).toEqual([]);
  });

  it('the body is the page heading above "Meeting details", without its date; the papers were published on the labelled day', () => {
    const m = extractPack(Buffer.from(html), 'board.html').meeting;
    expect(m?.body).toBe('Planning Board');
    expect(m?.date).toBe('2031-09-09');
    expect(m?.issuedOn).toBe('2031-09-01');
  });
});

// A town council's committee pack in Markdown: summons, agenda headings and the last meeting's minutes (fictional data throughout).
describe('holdout: a Markdown committee pack with year-ranged minute numbers', () => {
  const text = [
    '# Agenda',
    '',
    'To: all members of the Parks and Amenities Committee',
    '',
    'You are hereby summoned to attend a meeting of the **Parks and Amenities Committee**',
    'to be held in the Assembly Room, Corn Exchange, Marrowby MB2 7ZZ on',
    '**Thursday 4 September 2031 at 7.00 pm** for the purpose of transacting the business below.',
    '',
    'Ellis Vantongeren\\',
    'Town Clerk\\',
    '27 August 2031',
    '',
    '**Committee membership:** Cllr Nerys Abernethy (Chair), Cllr Piotr Lindqvist (Vice-Chair),',
    'Cllr Hana Oduya, Cllr Felix',
    'Brambleworth-Kaye and Cllr Imogen Sallow',
    '',
    '> Residents may speak on any item during the public session (item 3). Please tell the',
    '> Town Clerk by **10 am on Wednesday 3 September 2031**. Each speaker has three minutes.',
    '',
    '## 1. Apologies for absence',
    '',
    'To receive apologies.',
    '',
    '## 2. Declarations of interest',
    '',
    'To receive declarations.',
    '',
    '## 3. Public session',
    '',
    'Up to 15 minutes.',
    '',
    '## 4. Bandstand repainting – tender results',
    '',
    'To consider the three tenders received.',
    '',
    '## 5. Allotment rents – review for 2032',
    '',
    'To recommend the rents for 2032.',
    '',
    '# Minutes of the meeting held on 3 July 2031',
    '',
    '**Marrowby Town Council – Minutes of the Parks and Amenities Committee held on',
    'Thursday 3 July 2031 at 7.00 pm in the Assembly Room, Corn Exchange, Marrowby**',
    '',
    '**Present:** Cllr Nerys Abernethy (Chair), Cllr Hana Oduya and Cllr Imogen Sallow',
    '',
    '### P&A 31/32-012 Apologies for absence',
    '',
    '**Resolved:** That the apologies of Cllr Lindqvist be accepted.',
    '',
    '### P&A 31/32-013 Declarations of interest',
    '',
    'None were made.',
    '',
    '### P&A 31/32-014 Bandstand',
    '',
    'Cllr Oduya left the room. **Resolved:** That the bandstand be repainted in its original green. Cllr Oduya returned.',
    '',
    '### P&A 31/32-015 Exclusion of the press and public',
    '',
    '**Resolved:** That the press and public be excluded for the next item. The press left at 8.40 pm.',
    '',
    'The meeting closed at 8.55 pm.',
  ].join('\n');

  it('reads the layouts as data: year-ranged numbers, a movement note, a name cut at the wrap, a heading kept whole', () => {
    const scheme = MINUTE_NUMBERS.find((x) => x.name === 'year-ranged');
    expect(scheme?.pattern.exec('P&A 31/32-014 Bandstand')?.[1]).toBe('P&A 31/32-014');
    expect(scheme?.follows('P&A 31/32-014', 'P&A 31/32-015')).toBe(true);
    expect(scheme?.follows('P&A 31/32-014', 'P&A 31/32-016')).toBe(false);
    expect('That it be repainted. Cllr Oduya returned.'.replace(MOVEMENT_TAIL, '')).toBe('That it be repainted.');
    expect('That it be closed. The press left at 8.40 pm.'.replace(MOVEMENT_TAIL, '')).toBe('That it be closed.');
    expect('That the Clerk writes to the trust. The trust has returned.'.replace(MOVEMENT_TAIL, '')).toContain('That the Clerk writes');
    expect(NAME_CUT.test('Cllr Hana Oduya, Cllr Felix')).toBe(true);
    expect(NAME_CUT.test('Cllr Hana Oduya, Cllr Felix Brambleworth-Kaye')).toBe(false);
    expect(HEADING_LINE.test('## 4. Bandstand repainting – tender results')).toBe(true);
    expect(MEMBERSHIP_LABEL.exec('Committee membership: Cllr Nerys Abernethy')?.[1]).toBe('Cllr Nerys Abernethy');
    expect(isWholeDate('27 August 2031')).toBe('2031-08-27');
  });

  it('reads the summons: members across a cut name, the deadline after the speaking sentence, items from 1 with headings whole', () => {
    const r = extractPack(Buffer.from(text), 'pack.md');
    const m = r.meeting;
    expect(m?.members.map((x) => x.name)).toEqual(['Cllr Nerys Abernethy', 'Cllr Piotr Lindqvist', 'Cllr Hana Oduya', 'Cllr Felix Brambleworth-Kaye', 'Cllr Imogen Sallow']);
    expect(m?.publicQuestionDeadline?.at).toBe('2031-09-03T10:00');
    expect(m?.agenda.map((a) => [a.number, a.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Declarations of interest'],
      ['3', 'Public session'],
      ['4', 'Bandstand repainting – tender results'],
      ['5', 'Allotment rents – review for 2032'],
    ]);
  });

  it('reads the minutes: the body after the council and a dash, the year-ranged numbers, resolutions without movement notes', () => {
    const r = extractPack(Buffer.from(text), 'pack.md');
    const mins = r.minutes[0];
    expect(mins?.body).toBe('Parks and Amenities Committee');
    expect(mins?.items.map((i) => [i.minute, i.title])).toEqual([
      ['P&A 31/32-012', 'Apologies for absence'],
      ['P&A 31/32-013', 'Declarations of interest'],
      ['P&A 31/32-014', 'Bandstand'],
      ['P&A 31/32-015', 'Exclusion of the press and public'],
    ]);
    expect(mins?.items[2]?.resolutions).toEqual(['That the bandstand be repainted in its original green.']);
    expect(mins?.items[3]?.resolutions).toEqual(['That the press and public be excluded for the next item.']);
  });
});

describe('held out: an annual town meeting of electors, its Present list counting people and naming them in brackets (Brackenfold)', () => {
  const text = [
    '                         BRACKENFOLD TOWN COUNCIL',
    '                     MINUTES OF THE ANNUAL TOWN MEETING',
    '       held in the Corn Exchange, High Street, on Thursday 8 April 2032 at 7.30 pm',
    '',
    '   This is a meeting of the electors of the town, held under the Local Government Act 1972, and',
    '   not a meeting of the Town Council.',
    '',
    ' Present: the Mayor of the Town Council (Cllr Idris Pennock), three other town councillors',
    ' (Cllr Mabli Orr, Cllr Jory Kestle-Vane and Cllr Tamsin Hollis), the Clerk (Mr Ewan Dacre),',
    ' Mrs Lowri Saddler, and 41 electors.',
    ' Apologies: Cllr Gethin Brassey, and the Revd',
    ' Ruth Amory (Vicar of St Cuthman).',
    ' 1.        WELCOME',
    '           The Mayor welcomed those present.',
    '',
    ' 2.        MINUTES OF THE LAST ANNUAL TOWN MEETING',
    '           The minutes had been circulated. It was agreed that the minutes be signed as a correct',
    '           record.',
    '',
    ' 3.        CLOSE',
    '           The Mayor thanked everyone for coming.',
    '',
    ' The meeting closed at 8.15 pm.',
  ].join('\n');

  it('reads a count of attendees as no one, or as the people in brackets after it; a post with its holder in brackets is not a post', () => {
    expect(COUNTED_ATTENDEES.test('41 electors')).toBe(true);
    expect(countedPeople('41 electors')).toEqual([]);
    expect(countedPeople('three other town councillors (Cllr Mabli Orr and Cllr Tamsin Hollis)')).toEqual(['Cllr Mabli Orr', 'Cllr Tamsin Hollis']);
    expect(countedPeople('Cllr Mabli Orr')).toEqual(['Cllr Mabli Orr']);
    expect(isPostText('the Clerk (Mr Ewan Dacre)')).toBe(false);
    expect(isPostText('the Revd Ruth Amory (Vicar)')).toBe(false);
    expect(dropRoleNotes('the Mayor of the Town Council (Cllr Idris Pennock)')).toBe('Cllr Idris Pennock');
    expect(splitPeople('Cllr Gethin Brassey, and the Revd Ruth Amory (Vicar)')).toEqual(['Cllr Gethin Brassey', 'the Revd Ruth Amory (Vicar)']);
  });

  it('names the electors\' meeting from the title, and finds "It was agreed that" after a sentence', () => {
    expect(ELECTORS_MEETING_TITLE.exec('MINUTES OF THE ANNUAL TOWN MEETING held in the Corn Exchange')?.[1]).toBe('ANNUAL TOWN MEETING');
    expect('Circulated. It was agreed that the minutes be signed.'.split(RESOLUTION_MID_LINE)).toEqual(['Circulated.', 'It was agreed that the minutes be signed.']);
  });

  it('reads the minutes: body, attendance by name, and the one resolution', () => {
    const m = extractPack(Buffer.from(text), 'town-meeting.txt').minutes[0];
    expect(m?.body).toBe('ANNUAL TOWN MEETING');
    expect(m?.date).toBe('2032-04-08');
    expect(m?.present).toEqual(['Cllr Idris Pennock', 'Cllr Mabli Orr', 'Cllr Jory Kestle-Vane', 'Cllr Tamsin Hollis', 'Mrs Lowri Saddler']);
    expect(m?.inAttendance).toEqual(['the Clerk (Mr Ewan Dacre)']);
    expect(m?.apologies).toEqual(['Cllr Gethin Brassey', 'the Revd Ruth Amory (Vicar of St Cuthman)']);
    expect(m?.items.map((i) => i.resolutions.length)).toEqual([0, 1, 0]);
    expect(m?.items[1]?.resolutions[0]).toContain('the minutes be signed as a correct record');
  });
});

describe('held out: an executive front sheet with a Member | Portfolio table and a contact block under its heading (Quillinghurst)', () => {
  const text = [
    '                          QUILLINGHURST DISTRICT COUNCIL',
    '',
    'EXECUTIVE',
    'Date:                Tuesday, 3 March 2032',
    'Time:                6.30 pm',
    'Venue:               The Guildhall, Mill Lane, Quillinghurst',
    '',
    'Membership',
    ' Executive Member                          Portfolio',
    '',
    ' Cllr Perpetua Vance                       Leader of the Council and Executive Member for',
    '                                           Regeneration',
    ' Cllr Osric Lamb-Hadley                    Executive Member for Waste and Recycling',
    ' Cllr T Oyelaran                           Executive Member for Housing',
    '',
    'Contact officer',
    'Name:                Bramwell Stott, Committee Services Manager',
    'Tel:                 01999 400812',
    'Email:               bramwell.stott@quillinghurst.example.gov.uk',
    '',
    '                                           AGENDA',
    ' Item     Subject                                          Lead Member                     Page',
    '   1.     Apologies for Absence',
    '   2.     Minutes of the last meeting                      Cllr Perpetua Vance              1 - 4',
    '   3.     Garden Waste Charges 2032/33                     Cllr Osric Lamb-Hadley           5 - 9',
  ].join('\n');

  it('does not read a membership table header row as a cover label and value', () => {
    expect(MEMBERSHIP_TABLE_HEADER.name.test('Executive Member')).toBe(true);
    expect(MEMBERSHIP_TABLE_HEADER.beside.test('Portfolio')).toBe(true);
    expect(CONTACT_NAME_LABEL.exec('Name: Bramwell Stott, Committee Services Manager')?.[1]).toBe('Bramwell Stott, Committee Services Manager');
  });

  it('reads the front sheet as the meeting, not a report: members, the contact under its heading, the agenda', () => {
    const r = extractPack(Buffer.from(text), 'executive.txt');
    expect(r.reports).toEqual([]);
    expect(r.meeting?.date).toBe('2032-03-03');
    expect(r.meeting?.members.map((m) => m.name)).toEqual(['Cllr Perpetua Vance', 'Cllr Osric Lamb-Hadley', 'Cllr T Oyelaran']);
    expect(r.meeting?.contacts).toEqual([{ name: 'Bramwell Stott', phone: '01999 400812', email: 'bramwell.stott@quillinghurst.example.gov.uk' }]);
    expect(r.meeting?.agenda.map((a) => a.number)).toEqual(['1', '2', '3']);
  });
});

describe('held out: pandoc Markdown minutes with underlined bold headings, superscript ordinals and a grid table (Pennwick)', () => {
  const text = [
    '**PENNWICK PARISH COUNCIL**',
    '',
    'The Old School, Mill Road, Pennwick\\',
    'Clerk: Mr Idris Vane',
    '',
    '**MINUTES OF THE MEETING OF THE AMENITIES COMMITTEE',
    'HELD AT THE OLD SCHOOL ON WEDNESDAY 2^nd^ JUNE 2032 AT 7 PM**',
    '',
    '**Present:** Cllr Nia Holloway (Chair), Cllr Bryn',
    'Achterberg and Cllr Efa Slade',
    '',
    '**AM 12/32 [APOLOGIES]{.underline}**',
    '',
    'It was RESOLVED unanimously to accept the apologies of Cllr Gwil Ormsby.',
    '',
    '**AM 13/32 [ACCOUNTS FOR PAYMENT]{.underline}**',
    '',
    '+-------------+------------------+',
    '| **Payee**   | **Amount £**     |',
    '+=============+==================+',
    '| Fernway Ltd | 310.00           |',
    '+-------------+------------------+',
    '',
    'RESOLVED: that the payments be approved.',
    '',
    '**AM 14/32 [ALLOTMENT RENTS]{.underline}**',
    '',
    'RESOLVED: that the Committee advises the Parish Council at its',
    'meeting on 9^th^ June 2032:',
    '',
    'i.  that rents rise by 4\\%;',
    '',
    'ii. that the water charge be held.',
    '',
    'The meeting closed at 8.05 pm.',
  ].join('\n');

  it('knows pandoc Markdown by its grid table border, classed span and superscript ordinal, with no link or heading', () => {
    expect(looksLikeMarkdown(text)).toBe(true);
    expect(looksLikeMarkdown('**Bold** line only\nand a price of 3^5^ units')).toBe(false);
    expect(cleanMarkdownLine('+=====+=======+')).toBe('');
    expect(cleanMarkdownLine('+-----+-------+')).toBe('');
    expect(cleanMarkdownLine('a rise of 4\\% a year')).toBe('a rise of 4% a year');
  });

  it('reads "It was RESOLVED unanimously to …" as a resolution lead', () => {
    expect(RESOLUTION_LEADS.some((re) => re.test('It was RESOLVED unanimously to accept the apologies.'))).toBe(true);
    expect(RESOLUTION_LEADS.some((re) => re.test('It was agreed unanimously that the hall be let.'))).toBe(true);
  });

  it('reads the minutes: numbers, titles, and a list under a lead that wraps onto a line ending with a colon', () => {
    const m = extractPack(Buffer.from(text), 'pennwick.md').minutes[0];
    expect(m?.date).toBe('2032-06-02');
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['AM 12/32', 'APOLOGIES'],
      ['AM 13/32', 'ACCOUNTS FOR PAYMENT'],
      ['AM 14/32', 'ALLOTMENT RENTS'],
    ]);
    expect(m?.items[0]?.resolutions).toEqual(['to accept the apologies of Cllr Gwil Ormsby.']);
    expect(m?.items[1]?.resolutions).toEqual(['that the payments be approved.']);
    expect(m?.items[2]?.resolutions).toEqual(['that rents rise by 4%;', 'that the water charge be held.']);
    expect(m?.endedAt).toBe('20:05');
  });
});

describe('held out: a licensing board minute saved from a word processor, its officers from outside bodies after a comma (Strathlorn)', () => {
  const text = [
    '\uFEFFSTRATHLORN COUNCIL',
    '',
    'MINUTE of MEETING of the STRATHLORN LICENSING BOARD held in Committee Room 3, Quarry House, Tolbooth Street, Inverlorn on 4 March 2032 at 2.00 pm.',
    '',
    'Sederunt:\tCouncillor Ishbel Maclure (Convener); Councillors Dougie Haddow, Rona Kerr and Tam Bryce.',
    '',
    'In Attendance:\tCallum Ferrie, Clerk to the Board; Inspector Morag Baird, Westhaven Constabulary (Licensing Team); Dr Ana Fell, NHS Strathlorn; and Kirsty Orr, Licensing Standards Officer.',
    '',
    'Apologies:\tCouncillor Ruaridh Petrie.',
    '',
    '1.\tOCCASIONAL LICENCE – HARBOUR GALA',
    '',
    'Decided: to grant the occasional licence.',
    '',
    'The meeting closed at 2.40 pm.',
    '',
  ].join('\r\n');

  it('reads an organisation after a comma as where a person comes from, not a person', () => {
    expect(['Westhaven Constabulary', 'NHS Strathlorn', 'Police Scotland', 'Lorn Valley Housing Trust', 'Quayside Taverns Ltd'].every((o) => ORGANISATION_NAME.test(o))).toBe(true);
    expect(['Tam Bryce', 'Rona Kerr', 'Fernby Parish Council, Lowdale'].some((o) => ORGANISATION_NAME.test(o))).toBe(false);
    expect(isPostText('Westhaven Constabulary (Licensing Team)')).toBe(true);
    expect(isPostText('NHS Strathlorn')).toBe(true);
    expect(splitPeople('Inspector Morag Baird, Westhaven Constabulary, Tam Bryce')).toEqual(['Inspector Morag Baird, Westhaven Constabulary', 'Tam Bryce']);
  });

  it('keeps each officer of a semicolon list whole, the organisation with the person', () => {
    const m = extractPack(Buffer.from(text), 'board-minute.txt').minutes[0];
    expect(m?.present).toHaveLength(4);
    expect(m?.inAttendance).toEqual([
      'Callum Ferrie, Clerk to the Board',
      'Inspector Morag Baird, Westhaven Constabulary (Licensing Team)',
      'Dr Ana Fell, NHS Strathlorn',
      'Kirsty Orr, Licensing Standards Officer',
    ]);
    expect(m?.apologies).toEqual(['Councillor Ruaridh Petrie']);
  });
});

describe("held out: a Scottish depute's seat in brackets after a member present (Strathlorn)", () => {
  it('drops "(Depute Convener)" and "(Depute Provost)" as it drops "(Vice-Convener)"', () => {
    expect(dropRoleNotes('Councillor Rona Kerr (Depute Convener)')).toBe('Councillor Rona Kerr');
    expect(dropRoleNotes('Bailie Tam Bryce (Depute Provost)')).toBe('Bailie Tam Bryce');
    expect(dropRoleNotes('Councillor Dougie Haddow (Vice-Convener)')).toBe('Councillor Dougie Haddow');
    expect(dropRoleNotes('Mr Ian Lusk (Depute Clerk)')).toBe('Mr Ian Lusk (Depute Clerk)');
  });
});

describe('held out: a notice of cabinet decisions printed as one label table per decision, its agenda item beside the number (Ashcombe Vale)', () => {
  const text = [
    '  ASHCOMBE VALE BOROUGH COUNCIL',
    '  Notice of Decisions made by the Cabinet on Tuesday 9',
    '  March 2032',
    '  Meeting held at 7.00 pm in Committee Room 2, Vale House, Ashcombe',
    '  Publication date:           11 March 2032',
    '  Call-in deadline:           18 March 2032',
    '',
    '   Decision No.          CAB/32/014                           Agenda          3',
    '                                                              item',
    '   Subject               Allotment Rents 2032/33 and Waiting List',
    '                         Policy',
    '   Portfolio Holder      Councillor Petra Lindqvist, Portfolio Holder for Leisure',
    '   Decision              The Cabinet RESOLVED that:',
    '                         (1) allotment rents rise by 4% from 1 October 2032; and',
    '                         (2) the revised waiting list policy at Appendix 2 be',
    '                             adopted.',
    '   Reasons for the       Rents have not risen since 2029.',
    '   decision',
    '   Declarations of       None.',
    '   interest',
    '',
    '   Decision No.          CAB/32/015                           Agenda          5',
    '                                                              item',
    '   Subject               Riverside Footbridge Repairs',
    '   Portfolio Holder      Councillor Amos Threlfall, Portfolio Holder for Highways',
    '   Decision              RESOLVED that the repairs be funded from the capital',
    '                         contingency of £85,000.',
    '   Reasons for the       The bridge is closed to the public.',
    '   decision',
    '   Declarations of       Councillor Nuala Brennock declared a non-registrable interest',
    '   interest              as a resident of Riverside Walk.',
    '',
    '',
    '  Contact for enquiries: Daniel Oyelaran, Committee Services, tel 01632 960777',
  ].join('\n');

  it('takes "Notice of Decisions made by …" as a decisions heading naming its body', () => {
    expect(DECISIONS_HEADING.test('Notice of Decisions made by the Cabinet on Tuesday 9 March')).toBe(true);
    expect(DECISIONS_TAKEN_BY.exec('Notice of Decisions made by the Cabinet on Tuesday 9 March 2032')?.[1]).toBe('Cabinet');
  });

  it('reads each table as one minute: number, agenda item, wrapped subject, parts of the decision and declarations', () => {
    const result = extractPack(Buffer.from(text), 'cabinet-decisions.txt');
    const m = result.minutes[0];
    expect(m?.body).toBe('Cabinet');
    expect(m?.date).toBe('2032-03-09');
    expect(m?.time).toBe('19:00');
    expect(m?.items.map((i) => [i.minute, i.agendaItem, i.title])).toEqual([
      ['CAB/32/014', '3', 'Allotment Rents 2032/33 and Waiting List Policy'],
      ['CAB/32/015', '5', 'Riverside Footbridge Repairs'],
    ]);
    expect(m?.items[0]?.resolutions).toEqual(['allotment rents rise by 4% from 1 October 2032; and', 'the revised waiting list policy at Appendix 2 be adopted.']);
    expect(m?.items[1]?.resolutions).toEqual(['the repairs be funded from the capital contingency of £85,000.']);
    expect(m?.items[0]?.declarations).toEqual([]);
    expect(m?.items[1]?.declarations.map((d) => d.member)).toEqual(['Councillor Nuala Brennock']);
    expect(m?.items[1]?.text).toContain('Councillor Amos Threlfall');
    expect(JSON.stringify(result.warnings)).toContain('Daniel Oyelaran');
  });
});

describe('held out: Northern Ireland-style minutes, a reference column, "Aldermen" listed, dashed posts after the label and "and RESOLVED" ending a line (Corrigmore)', () => {
  const text = [
    '                      CORRIGMORE AND BALLINAFEY BOROUGH COUNCIL',
    '',
    '          Minutes of the Meeting of the Leisure and Amenities Committee held in the',
    '          Mourne Room, Town Hall, Bridge Street, Corrigmore on Wednesday 9 April 2031 at',
    '                                       6.30 pm',
    '',
    ' In the Chair:            Councillor F Doherty',
    '',
    ' Members                  Aldermen J Devlin and R Keown; Councillors P Ferran, S',
    ' present:                 Magill, T O’Hare and V Rankin',
    '',
    ' In attendance:           Mrs E Morrow – Director of Parks and Leisure',
    '                          Mr D Quigley – Head of Sport and Recreation',
    '',
    ' Apologies:               Alderman K Boyle',
    '',
    ' LA 41/31            APOLOGIES',
    '                     The apology was noted.',
    '',
    ' LA 42/31            PLAY PARK REFURBISHMENT PROGRAMME',
    '                     The Head of Sport and Recreation presented the report.',
    '                     Moved by Alderman J Devlin, Seconded by Councillor S Magill and RESOLVED',
    '                     – that',
    '                     (a)   the refurbishment of the Mill Lane play park proceed in June; and',
    '                     (b)   a further report on the riverside site be brought in September.',
    '',
    ' LA 43/31            DATE OF NEXT MEETING',
    '                     The next meeting will be held on Wednesday 14 May 2031.',
    '',
    ' The meeting terminated at 7.40 pm.',
  ].join('\n');

  it('takes "Aldermen" as a plural title over a list, and moves a lead word ending a line to the "– that" line under it', () => {
    expect(splitPeople('Aldermen J Devlin and R Keown; Councillors P Ferran')).toEqual(['J Devlin', 'R Keown', 'P Ferran']);
    expect(RESOLUTION_LEAD_WRAP.head.exec('Moved by Alderman J Devlin, Seconded by Councillor S Magill and RESOLVED')?.[1]).toBe('RESOLVED');
    expect(RESOLUTION_LEAD_WRAP.tail.test('– that')).toBe(true);
    expect(RESOLUTION_LEAD_WRAP.head.test('The report was resolved')).toBe(false);
    expect('that the grant be paid. Alderman J Devlin, having declared an interest, left the meeting at 7.05 pm.'.replace(MOVEMENT_TAIL, '')).toBe('that the grant be paid.');
  });

  it('reads the attendance and the two-part resolution', () => {
    const m = extractPack(Buffer.from(text), 'leisure-minutes.txt').minutes[0];
    expect(m?.present).toEqual(['Councillor F Doherty', 'J Devlin', 'R Keown', 'P Ferran', 'S Magill', 'T O’Hare', 'V Rankin']);
    expect(m?.inAttendance).toEqual(['Mrs E Morrow – Director of Parks and Leisure', 'Mr D Quigley – Head of Sport and Recreation']);
    expect(m?.apologies).toEqual(['Alderman K Boyle']);
    expect(m?.items.map((i) => i.resolutions.length)).toEqual([0, 2, 0]);
    expect(m?.items[1]?.resolutions[1]).toContain('riverside site');
  });
});

describe('held out: a bilingual agenda whose Pages heading wraps round the item column heading, its cells set about it (Glenrossan)', () => {
  const pad = (left: string, right: string, at: number): string => `${left.padEnd(at)}${right}`;
  const text = [
    '                 COMHAIRLE BAILE GHLEANN ROSAIN ◆ GLENROSSAN TOWN COUNCIL',
    '',
    '                 Comataidh Ionmhais / Finance Committee',
    '                 Dimàirt, 3 Màrt 2033 / Tuesday, 3 March 2033, 6.30 pm',
    '',
    '                              CLÀR-GNOTHAICH / AGENDA',
    '',
    pad('', 'Duilleagan /', 96),
    'Nì / Item',
    pad('', 'Pages', 100),
    '',
    '1.     Leisgeulan',
    '       Apologies for Absence',
    '',
    pad('2.     Geàrr-chunntas', '3 - 9', 99),
    '       Minutes of the Last Meeting',
    '',
    pad('3.     Aithisg an Ionmhasair', 'Beòil / Oral', 95),
    "       Treasurer's Report",
    '',
    pad('4.     Buidseat nan Seirbheisean Cloinne agus', 'Ri leantainn /', 94),
    pad('       Teaghlaichean', 'To follow', 96),
    "       Budget for Children's and Family",
    '       Services',
    '\f                             Duilleag / Page 1',
    '',
    pad('', 'Duilleagan /', 86),
    'Nì / Item',
    pad('', 'Pages', 90),
    '',
    pad('', 'Buill a-mhàin /', 84),
    pad('5.     Tagraidhean airson Taic', 'Members only', 85),
    '       Applications for Grant Aid',
    '',
    '\f',
  ].join('\n');

  it('keeps the Pages cells that are no range out of the titles, as notes, and reads a range there as the pages; a repeated heading moves the column', () => {
    const agenda = extractPack(Buffer.from(text), 'glenrossan-finance.txt').meeting?.agenda ?? [];
    expect(agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(agenda[1]?.pages).toEqual({ from: 3, to: 9 });
    expect(agenda[2]?.title).toBe("Aithisg an Ionmhasair Treasurer's Report");
    expect(agenda[2]?.note).toBe('Beòil / Oral');
    expect(agenda[3]?.title).toBe("Buidseat nan Seirbheisean Cloinne agus Teaghlaichean Budget for Children's and Family Services");
    expect(agenda[3]?.note).toContain('Ri leantainn / To follow');
    expect(agenda.every((a) => !/pages|duilleag|oral|follow|members only/i.test(a.title))).toBe(true);
  });
});

describe('held out: a wrapped officers list run on with semicolons, and a bare RESOLVED line under a one-line capital title (Fenwold)', () => {
  const text = [
    '                         FENWOLD DISTRICT COUNCIL',
    '     Minutes of the Meeting of the Council held on Wednesday 14 April 2032 at 6.30 pm at',
    '                               the Guildhall',
    '',
    'Present: Councillor P Tranter (Chairman)',
    '     Councillor A Okafor, Councillor S Brindle and Councillor W Haverley',
    '',
    'Officers in attendance:',
    '     Rhona Castellane (Managing Director); Ivo Pettifer (Head of Resources); Lorna',
    '     Quenby (Solicitor to the Council); Tam Beswick (Committee Officer)',
    '',
    '14.     ELECTION OF REPRESENTATIVES',
    '        RESOLVED:',
    '        (1)     That Councillor Okafor serve on the Joint Waste Board.',
    '        (2)     That Councillor Brindle serve on the Harbour Trust.',
    '',
    '15.     OUTSIDE BODIES',
    '        RESOLVED – That the report be noted.',
    '',
  ].join('\n');

  it('joins an officer broken across the line into one entry and keeps the bare lead out of the title', () => {
    const m = extractPack(Buffer.from(text), 'fenwold-council.txt').minutes[0];
    expect(m?.inAttendance).toEqual([
      'Rhona Castellane (Managing Director)',
      'Ivo Pettifer (Head of Resources)',
      'Lorna Quenby (Solicitor to the Council)',
      'Tam Beswick (Committee Officer)',
    ]);
    expect(m?.items.map((i) => i.title)).toEqual(['ELECTION OF REPRESENTATIVES', 'OUTSIDE BODIES']);
    expect(m?.items.map((i) => i.resolutions.length)).toEqual([2, 1]);
  });
});

describe('held out: plain-text minutes hard-wrapped, headings underlined with dashes, footers the only page marks (Oakhurst)', () => {
  const text = [
    'OAKHURST BOROUGH COUNCIL',
    'SCHOOLS FORUM',
    'MINUTES',
    'Tuesday 9 March 2032, 6.30pm, Committee Room B, Oakhurst Town Hall',
    '',
    'PRESENT:',
    'Councillor Felix Adeyemi (Chair)',
    'Councillors Grace Whitlock, Imran Sayeed and Polly Brennan-',
    'Hughes',
    '',
    'Co-opted pupil representatives:',
    'Ada Quigley (Year 12), Tobias Renner (Year 13)',
    '',
    'OFFICERS:',
    'Harriet Vance        Executive Headteacher, Riverside',
    '                     Learning Trust',
    'Noel Castellan       Schools Finance Manager',
    '',
    'APOLOGIES:',
    'Councillor Wendy Marchetti',
    '',
    '=======================================================================',
    '',
    '14/32  SCHOOL BALANCES AND THE CLAWBACK',
    '       MECHANISM FOR 2032/33',
    '       --------------------------------',
    '',
    'Noel Castellan reported that eleven schools held balances above the',
    'threshold.',
    '',
    'Agreed: that the clawback mechanism be suspended for one year.',
    '',
    'Action: Noel Castellan to write to the governing bodies of the',
    'eleven schools by 30 April 2032.',
    '',
    '15/32  EXCLUSION OF THE PRESS AND PUBLIC',
    '       ---------------------------------',
    '',
    'AGREED: that the press and public be excluded from the meeting for',
    'the next item on the grounds that it involves exempt information as',
    '',
    'Schools Forum - 09.03.32                                 Page 1 of 3',
    '',
    'OAKHURST BOROUGH COUNCIL - SCHOOLS FORUM - MINUTES',
    '',
    'defined in paragraph 3 of Part 1 of Schedule 12A.',
    '',
    '16/32  SCHOOL TRANSPORT CONTRIBUTION',
    '       -----------------------------',
    '',
    'The Forum considered the proposed contribution from the central',
    'schools services block to home-to-school transport for pupils with',
    '',
    'Schools Forum - 09.03.32                                 Page 2 of 3',
    '',
    'OAKHURST BOROUGH COUNCIL - SCHOOLS FORUM - MINUTES',
    '',
    'special educational needs.',
    '',
    'AGREED: that the contribution be capped at the 2031/32 level.',
    '',
    '17/32  DATE OF NEXT MEETING',
    '       --------------------',
    '',
    'The Forum will next meet on 8 June 2032.',
    '',
    'The meeting closed at 7.55pm.',
    '',
    'Schools Forum - 09.03.32                                 Page 3 of 3',
  ].join('\n');

  it('reads a co-opted representatives label as present, and a headteacher as a post', () => {
    expect(attendanceLabelOf('Co-opted pupil representatives:')?.kind).toBe('present');
    expect(attendanceLabelOf('Co-opted members present')?.kind).toBe('present');
    expect(isPostText('Executive Headteacher, Riverside Learning Trust')).toBe(true);
    expect(isPostText('Harriet Vance')).toBe(false);
  });

  it('reads the heading, attendance and minutes, the footers and running header no text', () => {
    const r = extractPack(Buffer.from(text), 'schools-forum.txt');
    const m = r.minutes[0];
    expect(m?.venue).toBe('Committee Room B, Oakhurst Town Hall');
    expect(m?.time).toBe('18:30');
    expect(m?.present).toEqual(['Councillor Felix Adeyemi', 'Grace Whitlock', 'Imran Sayeed', 'Polly Brennan-Hughes', 'Ada Quigley (Year 12)', 'Tobias Renner (Year 13)']);
    expect(m?.inAttendance).toEqual(['Harriet Vance, Executive Headteacher, Riverside Learning Trust', 'Noel Castellan, Schools Finance Manager']);
    expect(m?.items.map((i) => i.minute)).toEqual(['14/32', '15/32', '16/32', '17/32']);
    expect(m?.items[0]?.title).toBe('SCHOOL BALANCES AND THE CLAWBACK MECHANISM FOR 2032/33');
    expect(m?.items.every((i) => !/---|page \d|schools forum - /i.test(`${i.title}\n${i.text}`))).toBe(true);
    expect(m?.items[1]?.resolutions).toEqual([
      'that the press and public be excluded from the meeting for the next item on the grounds that it involves exempt information as defined in paragraph 3 of Part 1 of Schedule 12A.',
    ]);
    expect(m?.items[2]?.text).toContain('pupils with\nspecial educational needs.');
    expect(m?.endedAt).toBe('19:55');
    expect(r.warnings).toEqual([]);
  });

  it('keeps an action line, wrapped lines joined, apart from the resolutions', () => {
    const item = extractPack(Buffer.from(text), 'schools-forum.txt').minutes[0]?.items[0];
    expect(item?.resolutions).toEqual(['that the clawback mechanism be suspended for one year.']);
    expect(item?.actions).toEqual(['Noel Castellan to write to the governing bodies of the eleven schools by 30 April 2032.']);
  });
});

describe('held out: a CMS minutes page titled "Body | Minutes | date", its fields over the text, an Actions table of cells (Pelham Vale)', () => {
  const html = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><title>South Forum minutes | Pelham Vale District Council</title></head>',
    '<body>',
    '<a href="#content" class="skip">',
    '  Skip to content',
    '</a>',
    '<main id="content"><article>',
    '<h1>South Neighbourhood Forum | Minutes | 4 March 2031</h1>',
    '<div class="fields">',
    '<div class="field"><div class="label">When</div><div class="value">Tuesday 4 March 2031</div></div>',
    '<div class="field"><div class="label">Start time</div><div class="value">7pm</div></div>',
    '<div class="field"><div class="label">Venue</div><div class="value">Orchard Lane Scout Hut, Pelham Vale</div></div>',
    '</div>',
    '<h3>Members present</h3>',
    '<ul><li>Councillor Ruth Penhallow (Chair)</li><li>Councillor Idris Mabey</li><li>Councillor Nia Trescothick</li></ul>',
    '<h3>Officers present</h3>',
    '<ul><li>Owen Carrick – Locality Officer</li></ul>',
    '<h3>Apologies</h3>',
    '<ul><li>Councillor Bryn Ockwell</li></ul>',
    '<h2>1. Apologies</h2>',
    '<p>Apologies were received from Councillor Bryn Ockwell.</p>',
    '<p><a href="#content">',
    '  Return to top',
    '</a></p>',
    '<h2>2. Play area renewal</h2>',
    '<p>Owen Carrick reported on the state of the play area at Quarry Green.</p>',
    '<p><strong>Resolved:</strong> that the renewal go to tender in April 2031.</p>',
    '<p><a href="#content">Back to top</a></p>',
    '<h2>3. Any other business</h2>',
    '<p>None was raised.</p>',
    '<p>The meeting ended at 8.20pm.</p>',
    '<h2>Actions</h2>',
    '<table><thead><tr><th>Agreed action</th><th>Owner</th><th>Deadline</th></tr></thead><tbody>',
    '<tr><td>Invite tenders for the play area (item 2)</td><td>Owen Carrick<br />',
    'Locality Officer</td><td>30 April 2031</td></tr>',
    '<tr><td>Send the tender list to members</td><td>Owen Carrick / Cllr Mabey</td><td>May 2031</td></tr>',
    '</tbody></table>',
    '<div class="documents"><div>Documents</div>',
    '<div><a href="/files/item-2.pdf">Item 2 – Play area condition report</a> <span>(PDF, 96 KB)</span></div>',
    '</div>',
    '</article></main>',
    '</body></html>',
  ].join('\n');

  it('reads the page as one set of minutes: the body without the record segment, the venue field, numbered items without page links', () => {
    const result = extractPack(Buffer.from(html), 'pelham-vale-south-forum.html');
    expect(result.minutes).toHaveLength(1);
    const m = result.minutes[0];
    expect(m?.body).toBe('South Neighbourhood Forum');
    expect(m?.date).toBe('2031-03-04');
    expect(m?.venue).toBe('Orchard Lane Scout Hut, Pelham Vale');
    expect(m?.endedAt).toBe('20:20');
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Play area renewal'],
      ['3', 'Any other business'],
    ]);
    expect(m?.items[1]?.resolutions).toEqual(['that the renewal go to tender in April 2031.']);
    expect(m?.items.every((i) => !/top|skip/i.test(i.text))).toBe(true);
    expect(m?.lines?.from).toBeGreaterThan(0);
  });

  it('reads the Actions table of cells as an action log: a cell broken by a line break is one owner, a slash splits two', () => {
    const plans = extractPack(Buffer.from(html), 'pelham-vale-south-forum.html').actionPlans;
    expect(plans).toHaveLength(1);
    const actions = plans[0]?.actions ?? [];
    expect(actions.map((a) => a.owners)).toEqual([['Owen Carrick Locality Officer'], ['Owen Carrick', 'Cllr Mabey']]);
    expect(actions.map((a) => a.due)).toEqual([
      { text: '30 April 2031', date: '2031-04-30' },
      { text: 'May 2031', date: null },
    ]);
    expect(actions.every((a) => a.lines !== undefined)).toBe(true);
  });

  it('drops in-page links that only move about the page, wrapped over source lines or not', () => {
    const text = htmlToText(html);
    expect(text).not.toMatch(/skip to|return to top|back to top/i);
    expect(text).toContain('Play area renewal');
  });
});

describe('held out: an agenda with "Pages N – M" far right, a lettered sub-item with its own pages and a report cover under "Agenda Item N" (Ottersby)', () => {
  const pad = (left: string, right: string, at: number): string => `${left.padEnd(at)}${right}`;
  const text = [
    'OTTERSBY DISTRICT COUNCIL',
    'AUDIT AND GOVERNANCE COMMITTEE',
    '',
    'Date: Thursday, 14 March 2030',
    'Time: 7.00 pm',
    'Venue: Council Chamber, Riverside House, Ottersby',
    '',
    ' AGENDA',
    '',
    '   PART A – PUBLIC ITEMS',
    '   1.          Apologies for Absence',
    '               To note any apologies received.',
    '',
    '   2.          Minutes of the Last Meeting                                                Pages 1 – 6',
    '               To approve the minutes.',
    '',
    '   3.          Internal Audit Progress Report                                             Pages 7 – 18',
    '               Report of the Chief Internal Auditor',
    '',
    '   4.          Annual Governance Matters',
    '               Report of the Monitoring Officer',
    '',
    pad('               (a) Code of Conduct Complaints Summary', 'Pages 19 – 24', 90),
    '',
    pad('               (b) Whistleblowing Policy Refresh', 'Pages 25 – 30', 90),
    '',
    '   5.          Exclusion of the Press and Public',
    '               To consider a resolution to exclude the press and public for items',
    '               6 and 7 below.',
    '',
    '   PART B – EXEMPT ITEMS',
    '',
    '   6.          Fraud Investigation Update                                                 Pages 31 – 36',
    '               Report of the Chief Internal Auditor',
    '',
    '   7.          Insurance Claims Settlement                                                Pages 37 – 40',
    '               Report of the Section 151 Officer',
    '\f',
    pad('', 'Agenda Item 3', 80),
    ' OTTERSBY DISTRICT COUNCIL',
    ' Internal Audit Progress Report',
    '   Report to                           Audit and Governance Committee',
    '   Date of meeting                     14 March 2030',
    '   Report of                           Priya Venn, Chief Internal Auditor',
    '   Report author                       Tom Hulse, Audit Manager',
    '   Key decision                        No',
    '',
    ' 1. Purpose of the Report',
    ' 1.1 This report sets out progress against the internal audit plan for the year.',
    '',
    ' 2. Recommendations',
    ' The Committee is recommended to:',
    ' 2.1 note the progress made against the audit plan.',
  ].join('\n');

  it('reads the unbracketed page ranges, keeps a wrapped "6 and 7 below." in its note, and starts the report at its own cover', () => {
    const result = extractPack(Buffer.from(text), 'ottersby-audit.txt');
    const agenda = result.meeting?.agenda ?? [];
    expect(agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4', 'a)', 'b)', '5', '6', '7']);
    expect(agenda.map((a) => a.pages?.from ?? null)).toEqual([null, 1, 7, null, 19, 25, null, 31, 37]);
    expect(agenda[4]?.title).toBe('Code of Conduct Complaints Summary');
    expect(agenda.map((a) => a.exempt)).toEqual([false, false, false, false, false, false, false, true, true]);
    expect(result.reports).toHaveLength(1);
    expect(result.reports[0]?.agendaItem).toBe('3');
    expect(result.reports[0]?.leadOfficer).toContain('Priya Venn');
  });
});

describe('held out: a report cover under "Agenda Item N" and the council name, with a risk register appendix whose "Risk" / "no" header wraps (Hollingworth)', () => {
  const pad = (left: string, right: string, at: number): string => `${left.padEnd(at)}${right}`;
  const text = [
    pad('', 'Agenda Item 4', 80),
    ' HOLLINGWORTH BOROUGH COUNCIL',
    ' Corporate Risk Update',
    '   Report to                           Audit Committee',
    '   Date of meeting                     2 April 2031',
    '   Report of                           Sam Oduya, Director of Resources',
    '   Report author                       Jo Lamb, Risk Officer',
    '',
    ' 1. Recommendations',
    ' 1.1 The Committee is asked to note the corporate risks at Appendix 1.',
    '',
    ' 2. Background',
    ' 2.1 The register is reviewed every quarter by the management team.',
    '\f',
    pad('', 'Appendix 1', 100),
    '    Risk           Risk                  Likelihood   Impact     Score        Controls                  Owner',
    '     no',
    '   CR1        Failure of the main          2          5          10     Backup data centre;       Head of ICT',
    '              data centre                                                annual recovery test',
    '   CR2        Loss of grant funding        3          3           9     Reserves policy           Director of',
    '              for housing schemes                                                                  Resources',
  ].join('\n');

  it('titles the report without the item line or council name, reads the register rows, and takes no cover score from the register', () => {
    const result = extractPack(Buffer.from(text), 'hollingworth-risk.txt');
    expect(result.reports.map((r) => r.title)).toEqual(['Corporate Risk Update']);
    expect(result.reports[0]?.risk).toBeNull();
    expect(result.risks.map((r) => [r.ref, r.title, r.owner, r.likelihood, r.impact, r.score])).toEqual([
      ['CR1', 'Failure of the main data centre', 'Head of ICT', 2, 5, 10],
      ['CR2', 'Loss of grant funding for housing schemes', 'Director of Resources', 3, 3, 9],
    ]);
  });
});

describe('held out: a scrutiny review report with the Cabinet response to each recommendation as an appendix table (Marlowe Heath)', () => {
  /** A laid-out line: each [column, text] written from its column. */
  const at = (...cells: Array<[number, string]>): string => cells.reduce((line, [col, s]) => `${line.padEnd(col)}${s}`, '');
  const text = [
    'Corporate Scrutiny Panel – 12 January 2034',
    '',
    at([1, 'MARLOWE HEATH BOROUGH COUNCIL'], [90, 'Agenda Item 4']),
    ' Play Areas Scrutiny Review – Final Report',
    at([3, 'Report to:'], [30, 'Corporate Scrutiny Panel']),
    at([3, 'Date:'], [30, '12 January 2034']),
    at([3, 'Report of:'], [30, 'Councillor Wen Okafor-Lisle, Chair of the Review Panel']),
    at([3, 'Lead officer:'], [30, 'Tomas Reyes, Head of Parks and Open Spaces']),
    at([3, 'Key decision:'], [30, 'No']),
    '',
    ' 1. Recommendations',
    '',
    ' The Panel is recommended to:',
    '',
    at([1, '(1)'], [8, 'note the Cabinet’s response set out at Appendix 1; and']),
    at([1, '(2)'], [8, 'ask for a progress report in six months.']),
    '',
    at([60, 'Page 1 of 2']),
    '\fAppendix 1 – Cabinet response to the review’s recommendations',
    '',
    at([0, 'Ref'], [8, 'Recommendation'], [50, 'Cabinet response'], [100, 'Agreed?'], [112, 'Responsible officer'], [136, 'Due date']),
    at(
      [0, '1'],
      [8, 'That the Council inspects every play area'],
      [50, 'Inspections will start in the spring.'],
      [100, 'Agreed'],
      [112, 'Priya Lomax, Parks'],
      [136, '30 April 2034'],
    ),
    at([8, 'twice a year.'], [112, 'Manager']),
    at([0, '2'], [8, 'That a map of play areas be published.'], [50, 'A survey of every site will be made by the Agreed'], [112, 'Tomas Reyes, Head of 15 May 2034']),
    at([50, 'summer and the map published online.'], [112, 'Parks and Open Spaces']),
    at(
      [0, '3'],
      [8, 'That worn equipment be replaced at once.'],
      [50, 'Play equipment will be replaced where it is found Partly'],
      [112, 'Priya Lomax, Parks'],
      [136, 'Q2 2034/35'],
    ),
    at([50, 'unsafe; new equipment waits for the capital bid agreed'], [112, 'Manager']),
    at([50, 'for 2035.']),
    at([0, '4'], [8, 'That a play area be built at the lido.'], [50, 'No funding is available this year.'], [100, 'Not agreed'], [112, '–'], [136, 'N/A']),
    '',
    at([4, 'Play Areas Scrutiny Review – Final Report'], [120, 'Page 2 of 2']),
    '\f',
  ].join('\n');

  it('reads the table as tracker rows: the recommendation the item, the response the outcome, a jammed status and day put back in their columns', () => {
    const result = extractPack(Buffer.from(text), 'marlowe-heath-play-areas.txt');
    const rows = result.outcomeTracker;
    expect(rows.map((r) => r.item)).toEqual([
      'That the Council inspects every play area twice a year.',
      'That a map of play areas be published.',
      'That worn equipment be replaced at once.',
      'That a play area be built at the lido.',
    ]);
    expect(rows.map((r) => r.status)).toEqual(['Agreed', 'Agreed', 'Partly agreed', 'Not agreed']);
    expect(rows[1]?.outcome).toBe('A survey of every site will be made by the summer and the map published online.');
    expect(rows[2]?.outcome).toBe('Play equipment will be replaced where it is found unsafe; new equipment waits for the capital bid for 2035.');
    expect(rows.map((r) => r.owner)).toEqual(['Priya Lomax, Parks Manager', 'Tomas Reyes, Head of Parks and Open Spaces', 'Priya Lomax, Parks Manager', null]);
    expect(rows.map((r) => r.target ?? null)).toEqual(['30 April 2034', '15 May 2034', 'Q2 2034/35', null]);
    expect(rows.every((r) => r.meetingDate === null)).toBe(true);
  });

  it('takes the agenda item from the box beside the council name, and the lead officer rather than the councillor the report is of', () => {
    const report = extractPack(Buffer.from(text), 'marlowe-heath-play-areas.txt').reports[0];
    expect(report?.agendaItem).toBe('4');
    expect(report?.leadOfficer).toBe('Tomas Reyes, Head of Parks and Open Spaces');
  });
});

describe('held out: a bilingual front page with the venue under the time, and members in groups under their headings (Cyngor Dinas Aberwennol)', () => {
  const pad = (left: string, right: string, at: number): string => `${left.padEnd(at)}${right}`;
  const text = [
    pad('Cyngor Dinas Aberwennol', 'Aberwennol City Council', 60),
    '',
    pad('Pwyllgor Archwilio', 'Audit Committee', 60),
    pad('Dydd Mawrth, 9 Mawrth 2032', 'Tuesday, 9 March 2032', 60),
    pad('2.00 pm', '2.00 pm', 60),
    '',
    '',
    pad('Ystafell Bwyllgor 3, Tŷ Dinesig,', 'Committee Room 3, Civic House,', 60),
    pad('Heol y Bont, Aberwennol AW7 2RS', 'Bridge Road, Aberwennol AW7 2RS', 60),
    pad('Bydd y cyfarfod yn cael ei ffrydio yn fyw ar', 'The meeting will be streamed live on the', 60),
    pad('wefan y Cyngor i bawb sydd yn dymuno', 'website of the Council for all who wish', 60),
    pad('gwylio o gartref neu o’r gwaith.', 'to watch from home or from work.', 60),
    '',
    '                              RHAGLEN / AGENDA',
    '',
    '1.     Ymddiheuriadau',
    '       Apologies',
    '',
    '2.     Adroddiad yr Archwilydd',
    "       Auditor's Report",
    '',
    '\f                    AELODAU / MEMBERS',
    ' Aelodau Lleyg / Lay Members',
    pad(' Mrs Ffion Caradog-Wyn (Cadeirydd / Chair)', 'Mr Dyfan Elis', 66),
    '',
    ' Aelod Cyngor Cymuned / Community Council Member',
    ' Cynghorydd / Councillor Rhodri Tegid (Cyngor Cymuned Llwyn /',
    ' Llwyn Community Council)',
    '',
    ' Cynghorwyr y Ddinas / City Councillors',
    pad(' Cynghorydd / Councillor Elin Madoc', 'Cynghorydd / Councillor Gethin', 66),
    pad('', 'Owain Pugh', 66),
    '',
    'Copi i / Copy to: Prif Weithredwr / Chief Executive',
    '\f',
  ].join('\n');
  const meeting = extractPack(Buffer.from(text), 'aberwennol-audit.txt').meeting;

  it('reads the venue set off under the time by blank lines, and ends it at its postcode', () => {
    expect(meeting?.venue).toBe('Committee Room 3, Civic House, Bridge Road, Aberwennol AW7 2RS');
  });

  it('reads each group of members under its heading, in either column, an entry wrapped in its column joined', () => {
    expect(meeting?.members.map((m) => m.name)).toEqual([
      'Mrs Ffion Caradog-Wyn',
      'Mr Dyfan Elis',
      'Councillor Rhodri Tegid',
      'Councillor Elin Madoc',
      'Councillor Gethin Owain Pugh',
    ]);
    expect(meeting?.members[0]?.role).toContain('Chair');
  });
});

describe('held out: a two-page record of a portfolio holder decision as a boxed form (Harlington Vale Borough Council)', () => {
  const row = (label: string, value: string): string => ` ${label.padEnd(34)}${value}`;
  const text = [
    'Harlington Vale Borough Council                                         Portfolio Decision – PD/2031/12',
    '',
    '',
    'HARLINGTON VALE BOROUGH COUNCIL',
    'Town Hall, Quay Street, Harlington HV3 9QQ',
    '',
    'Record of Decision by a Cabinet Member',
    'Decision taken under the executive scheme of delegation',
    '',
    row('Decision maker', 'Councillor Osric Delamere'),
    '',
    row('Portfolio', 'Cabinet Member for Parks, Leisure and Culture'),
    '',
    row('Subject', 'Riverside Lido – refurbishment of the pool plant and'),
    row('', 'award of the works contract'),
    '',
    row('Key decision: Yes – ref', 'Listed in the Forward Plan on 2 June 2031.'),
    row('PD/2031/12', 'Affects the Riverside ward.'),
    '',
    row('Decision', '1. To approve capital spending of £640,000 on the pool plant,'),
    row('', 'funded from the leisure reserve.'),
    row('', '2. To award the works contract to Tarnbeck Pools Ltd in the sum of'),
    row('', '£598,300.'),
    '',
    row('Reasons', 'The filtration plant has failed its last two inspections and'),
    row('', 'cannot be repaired economically.'),
    '',
    row('Alternative options', '(a) Close the lido – rejected because it is the only outdoor'),
    row('considered and rejected', 'pool in the borough and its closure would be opposed by the'),
    '',
    '',
    'Form PD2 (rev. 01/2031)                                                                        Page 1 of 2',
    '\fHarlington Vale Borough Council                                       Portfolio Decision – PD/2031/12',
    '',
    '',
    '                                          many regular users of the pool.',
    '',
    row('Date of decision', '14 July 2031'),
    '',
    row('Date of publication', '16 July 2031'),
    '',
    'Form PD2 (rev. 01/2031)                                                                        Page 2 of 2',
    '\f',
  ].join('\n');
  const report = extractPack(Buffer.from(text), 'harlington-portfolio-decision.txt').reports[0];

  it('reads the reference wrapped under "Key decision: Yes – ref" in the label column', () => {
    expect(report?.forwardPlanRef).toBe('PD/2031/12');
  });

  it('makes the decision maker and the portfolio printed under him one cabinet member', () => {
    expect(report?.cabinetMembers).toEqual(['Councillor Osric Delamere, Cabinet Member for Parks, Leisure and Culture']);
  });

  it('takes the numbered decisions as what the record resolves', () => {
    expect(report?.recommendations).toHaveLength(2);
    expect(report?.recommendations[1]).toContain('Tarnbeck Pools Ltd in the sum of £598,300');
  });

  it('carries a section broken off mid-sentence over the page break, without the running header of a two-page paper', () => {
    const options = report?.sections.find((s) => s.heading.startsWith('Alternative options'));
    expect(options?.text).toContain('would be opposed by the many regular users of the pool.');
    expect(report?.sections.some((s) => /Portfolio Decision – PD/.test(`${s.heading} ${s.text}`))).toBe(false);
  });
});

describe('held out: a schedule of applications as the agenda’s own items, its header wrapped and jammed, a page range split (Brackenmoor District Council)', () => {
  const row = (cells: Array<[string, number]>): string => cells.reduce((line, [text, at]) => `${line.padEnd(at)}${text}`, '');
  const text = [
    'BRACKENMOOR DISTRICT COUNCIL',
    '',
    'DEVELOPMENT CONTROL BOARD',
    'Date:        Thursday, 4 March 2032',
    'Time:        6.30 pm',
    'Venue:       The Assembly Room, Moot Hall, Brackenmoor BM3 7QT',
    '',
    '                                 AGENDA',
    '1.       Apologies',
    '2.       Minutes of the last meeting',
    '',
    row([
      ['  Item Reference', 0],
      ['Site / Proposal', 32],
      ['Parish', 77],
      ['Officer Recommendation Pages', 92],
    ]),
    '       No.',
    row([
      ['  3.', 0],
      ['BM/32/0041', 12],
      ['The Old Forge, Mill Street,', 32],
      ['Hollinby', 77],
      ['GRANT with', 92],
      ['5 -', 116],
    ]),
    row([
      ['Hollinby, BM4 2XE', 32],
      ['conditions', 92],
      ['18', 116],
    ]),
    row([['Erection of a two-storey side', 32]]),
    row([['extension and detached garage', 32]]),
    row([['Case officer: Priya Dale', 32]]),
    row([
      ['  4.', 0],
      ['BM/32/0107', 12],
      ['Land west of Quarry Lane,', 32],
      ['Upper', 77],
      ['DECLINE outline consent 19 - 30', 92],
    ]),
    row([
      ['Upper Stainby', 32],
      ['Stainby', 77],
    ]),
    row([['Outline application for up to 40', 32]]),
    row([['dwellings with access', 32]]),
    row([['Case officer: Owen Marsh', 32]]),
    '',
    '5.       Any other urgent business',
    '',
    'Gareth Lowe',
    'Chief Executive',
  ].join('\n');
  const agenda = extractPack(Buffer.from(text), 'brackenmoor-dcb.txt').meeting?.agenda ?? [];

  it('reads each row as an item titled by its reference and whole site, the proposal, parish and recommendation its note', () => {
    expect(agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(agenda[2]?.title).toBe('BM/32/0041 The Old Forge, Mill Street, Hollinby, BM4 2XE');
    expect(agenda[2]?.note).toContain('Erection of a two-storey side extension');
    expect(agenda[2]?.note).toContain('GRANT with conditions');
    expect(agenda[3]?.title).toBe('BM/32/0107 Land west of Quarry Lane, Upper Stainby');
    expect(agenda[3]?.note).toContain('Upper Stainby');
    expect(agenda[3]?.note).toContain('DECLINE');
    expect(agenda[4]?.title).toBe('Any other urgent business');
  });

  it('reads a page range split over two lines, and one set a space after the recommendation', () => {
    expect(agenda[2]?.pages).toEqual({ from: 5, to: 18 });
    expect(agenda[3]?.pages).toEqual({ from: 19, to: 30 });
  });
});

describe('held out: a contact label closing its line, the name under it and the phone and e-mail below (Oakhollow Borough Council)', () => {
  const text = [
    'OAKHOLLOW BOROUGH COUNCIL',
    '',
    'LICENSING SUB-COMMITTEE',
    'Date:        Monday, 12 April 2032',
    'Time:        2.00 pm',
    'Venue:       Room 4, Guild House, Oakhollow OH2 5LP',
    '',
    '     Contact for enquiries on this meeting:',
    '     Imogen Trask, Committee Clerk',
    '     Tel: 01632 961482   Email: committees@oakhollow.example.gov.uk',
    '',
    '                                 AGENDA',
    '1.       Apologies',
    '2.       Declarations of interest',
    '3.       Premises licence review',
    '\f',
  ].join('\n');
  const meeting = extractPack(Buffer.from(text), 'oakhollow-licensing.txt').meeting;

  it('reads the name on the line under the label as the contact, with the phone and e-mail under it', () => {
    expect(meeting?.contacts).toEqual([{ name: 'Imogen Trask', phone: '01632 961482', email: 'committees@oakhollow.example.gov.uk' }]);
  });
});

describe('holdout: a landscape work programme table, meeting dates merged over their rows and wrapped, no blank lines between rows', () => {
  const header = laidLine([1, 'Meeting date'], [22, 'Topic'], [60, 'Aims of the session'], [105, 'Lead officer / Portfolio Holder'], [145, 'Format']);
  const text = [
    'Oakhallow Borough Council',
    'Communities Scrutiny Panel – Work Programme 2031/32',
    'This work programme lists what the Panel plans to examine this year.',
    '',
    header,
    laidLine([1, 'Thursday 5'], [22, 'Library Opening Hours'], [60, 'To test the case for'], [105, 'Cllr Ivo Penn, Portfolio'], [142, 'Report']),
    laidLine([1, 'June 2031'], [22, 'Review'], [60, 'shorter weekday hours.'], [105, 'Holder / Mia Stroud, Head of']),
    laidLine([1, '(provisional)'], [105, 'Libraries']),
    laidLine([22, 'Allotment Waiting Lists'], [60, 'To hear from tenants.'], [105, 'Mia Stroud, Head of Libraries'], [145, 'Briefing']),
    laidLine([1, 'Wednesday 9'], [13, 'Parks Byelaws'], [60, 'To comment on the'], [105, 'Cllr Ivo Penn, Portfolio'], [145, 'Presentation']),
    laidLine([1, 'July 2031'], [22, 'Consultation'], [60, 'draft byelaws.'], [105, 'Holder']),
    laidLine([22, 'Grants to Village Halls'], [60, 'To see how grants'], [105, 'Tal Ober, Grants Officer'], [145, 'Report']),
    '',
    laidLine([130, 'Page 1 of 2']),
    '\f',
    header,
    laidLine([60, 'were spent last year.'], [105, 'and Community Lead']),
    laidLine([1, 'Tuesday 14'], [22, 'Youth Club Funding'], [60, 'To agree the review'], [105, 'Tal Ober, Grants Officer'], [145, 'Report']),
    laidLine([1, 'October 2031']),
    '',
    'Topics awaiting a date',
    laidLine([1, 'Topic'], [40, 'Aims'], [80, 'Lead officer / Portfolio Holder'], [125, 'Notes']),
    laidLine([1, 'Bus Pass Eligibility'], [40, 'To review the local'], [80, 'Mia Stroud, Head of'], [125, 'After the']),
    laidLine([1, 'Changes'], [40, 'scheme.'], [80, 'Libraries'], [125, 'budget']),
    '',
    laidLine([130, 'Page 2 of 2']),
    '\f',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'oakhallow-programme.txt');

  it('knows a lead column that also names the portfolio holder', () => {
    expect(WORK_PROGRAMME_COLUMNS.lead.test('Lead officer / Portfolio Holder')).toBe(true);
    expect(WORK_PROGRAMME_COLUMNS.lead.test('Lead officer / Cabinet Member')).toBe(true);
  });

  it('reads a wrapped date cell (with its note) for every row under it, an item run into the date cell given back, a row split by the page break joined', () => {
    expect(result.workProgramme.map((r) => [r.meetingDate, r.item, r.leads, r.body])).toEqual([
      ['2031-06-05', 'Library Opening Hours Review', ['Cllr Ivo Penn, Portfolio Holder', 'Mia Stroud, Head of Libraries'], 'Communities Scrutiny Panel'],
      ['2031-06-05', 'Allotment Waiting Lists', ['Mia Stroud, Head of Libraries'], 'Communities Scrutiny Panel'],
      ['2031-07-09', 'Parks Byelaws Consultation', ['Cllr Ivo Penn, Portfolio Holder'], 'Communities Scrutiny Panel'],
      ['2031-07-09', 'Grants to Village Halls', ['Tal Ober, Grants Officer and Community Lead'], 'Communities Scrutiny Panel'],
      ['2031-10-14', 'Youth Club Funding', ['Tal Ober, Grants Officer'], 'Communities Scrutiny Panel'],
      [null, 'Bus Pass Eligibility Changes', ['Mia Stroud, Head of Libraries'], 'Communities Scrutiny Panel'],
    ]);
  });
});

describe('parish minutes saved as plain text, one paragraph a line, resolutions inside the paragraphs', () => {
  const text = [
    'ASKEW BROOK PARISH COUNCIL',
    '',
    'MINUTES OF THE ORDINARY MEETING OF ASKEW BROOK PARISH COUNCIL HELD ON MONDAY 3RD MARCH 2031 AT 7.00PM IN THE MILLRACE READING ROOM, TANNERY LANE, ASKEW BROOK',
    '',
    'Present: Cllr N Varley (Chair), Cllr O Quist and Cllr P Rusk.',
    'Also present: Mr T Ellery (Clerk and RFO), District Councillor W Yates and 3 members of the public.',
    '',
    '31/20 Minutes of the Last Meeting',
    'The minutes of 3rd February 2031 were considered. Resolved: that the minutes be approved as a true record. Proposed Cllr Quist, seconded Cllr Rusk, all in favour.',
    '',
    '31/21 Allotments',
    'The waiting list had grown to eleven. Resolved: that a second plot be let at Cllr. Rusk’s suggestion. The tenants thanked the Council. Resolved: that the rents stay as they are.',
    '',
    'Chair’s initials ......          Page 1 of 2',
    '\fAskew Brook Parish Council Minutes 3rd March 2031 (continued)',
    '',
    '31/22 Payments',
    'Resolved: that payments of £310.00 be approved. Proposed Cllr Varley, seconded Cllr Quist, all in favour. Members discussed the grass cutting contract.',
    '',
    'Meeting closed at 8.40pm',
    '',
    'Chair’s initials ......          Page 2 of 2',
  ].join('\r\n');
  const result = extractPack(Buffer.from(text), 'askew-brook-minutes.txt');
  const m = result.minutes[0];
  const res = (no: string): string[] => m?.items.find((i) => i.minute === no)?.resolutions ?? [];

  it('knows a clerk by the post in brackets, who moved a motion mid-paragraph, and where a sentence ends', () => {
    expect(CLERK_SUFFIX.test('Mr T Ellery (Clerk and RFO)')).toBe(true);
    expect(CLERK_SUFFIX.test('Cllr N Varley (Chair)')).toBe(false);
    expect('be approved. Proposed Cllr Quist, seconded Cllr Rusk.'.split(PROPOSER_MID_LINE)).toHaveLength(2);
    expect('let at Cllr. Rusk’s suggestion. The tenants thanked it.'.split(SENTENCE_END)).toEqual(['let at Cllr. Rusk’s suggestion.', 'The tenants thanked it.']);
    expect('£1,310.00 plus VAT, incl. fees. Then'.split(SENTENCE_END)).toEqual(['£1,310.00 plus VAT, incl. fees.', 'Then']);
  });

  it('reads the venue from a capitals heading, and the clerk "also present" as in attendance', () => {
    expect(m?.venue?.toLowerCase()).toContain('millrace reading room, tannery lane');
    expect(m?.inAttendance).toContain('Mr T Ellery (Clerk and RFO)');
    expect(m?.otherMembersPresent.some((x) => x.includes('Ellery'))).toBe(false);
  });

  it('takes each "Resolved:" as its own sentence, without who moved it or the prose after it', () => {
    expect(res('31/20')).toEqual(['that the minutes be approved as a true record.']);
    expect(res('31/21')).toEqual(['that a second plot be let at Cllr. Rusk’s suggestion.', 'that the rents stay as they are.']);
    expect(res('31/22')).toEqual(['that payments of £310.00 be approved.']);
  });
});

describe('holdout: hand-typed Markdown minutes under a letterhead, a draft note and the attendance as labelled bullets', () => {
  const text = [
    '<!-- typed up from the clerk notebook -->',
    '# Pennock Brook Parish Council',
    '',
    '*Parish of Pennock Brook and Lowdyke*',
    '',
    'Clerk: Mr Oswin Farrant, 4 Weir Cottages, Lowdyke ZZ9 4QP  ',
    'Tel: 01632 960777 · clerk@pennockbrook.example.org',
    '',
    '## Minutes of the ordinary meeting held on Tuesday 3 June 2031 at 7.30pm in the Reading Room',
    '',
    '_Draft – to be approved at the July meeting_',
    '',
    '- Present: Cllr Ada Quill (Chair), Cllr Bram Sollis (Vice-Chair), Cllr Cora Venn,',
    '  Cllr Dov Hartle and Cllr Edda Moss',
    '- Apologies: Cllr Fenn Orly (holiday)',
    '- In attendance: Mr Oswin Farrant (Clerk); 2 members of the public',
    '',
    '### 1. Apologies',
    '',
    '**Resolved:** that the apology be accepted.',
    '',
    '### 2. Grass cutting',
    '',
    'The Clerk reported on the quotes received.',
    '',
    '**Resolved:** that the lowest quote be accepted.',
    '',
    'The Chair closed the meeting at 8.40pm.',
  ].join('\n');
  const minutes = extractPack(Buffer.from(text), 'pennock-brook-minutes.md').minutes[0];

  it('reads a label set as a list item, and underscore emphasis as plain text', () => {
    expect(attendanceLabelOf('- Present: Cllr A Bell')).toMatchObject({ kind: 'present', rest: 'Cllr A Bell' });
    expect(attendanceLabelOf('• Apologies: Cllr B Cole')).toMatchObject({ kind: 'apologies', rest: 'Cllr B Cole' });
    expect(attendanceLabelOf('- Planning')).toBeNull();
    expect(cleanMarkdownLine('_Draft – to be approved_')).toBe('Draft – to be approved');
    expect(cleanMarkdownLine('Signed: ________ Date: ____')).toBe('Signed: ________ Date: ____');
  });

  it('names the body from the heading over the letterhead, not its subtitle, contact lines or the draft note', () => {
    expect([minutes?.body, minutes?.date, minutes?.time, minutes?.venue]).toEqual(['Pennock Brook Parish Council', '2031-06-03', '19:30', 'Reading Room']);
  });

  it('reads each bulleted attendance list, wrapped lines joined and "and" split', () => {
    expect(minutes?.present).toEqual(['Cllr Ada Quill', 'Cllr Bram Sollis', 'Cllr Cora Venn', 'Cllr Dov Hartle', 'Cllr Edda Moss']);
    expect(minutes?.apologies).toEqual(['Cllr Fenn Orly (holiday)']);
    expect(minutes?.inAttendance).toEqual(['Mr Oswin Farrant (Clerk)']);
  });
});

describe('held out: a committee named over "Agenda" over its labels, a name cut after a comma, "(Report to follow)", an action log numbered by reference with status and update in one cell (Pellingford Borough Council)', () => {
  const text = [
    laidLine([80, 'Public Document Pack']),
    '',
    'PELLINGFORD BOROUGH COUNCIL',
    '',
    'Licensing and Regulatory Committee',
    'Agenda',
    '',
    laidLine([0, 'Date:'], [17, 'Thursday, 4 September 2031']),
    laidLine([0, 'Time:'], [17, '7.00 pm']),
    laidLine([0, 'Place:'], [17, 'Council Chamber, Guild Hall, Bridge Row, Pellingford']),
    laidLine([0, 'Contact:'], [17, 'Oona Brightwater, Committee Clerk']),
    '',
    'Membership',
    'Councillors: Hattie Quill (Chair), Rupert Vane (Vice-Chair), Sunita Marr, Yusuf',
    'Abernethy-Cole, Greta Lind and Paul Oduya',
    '',
    '\f',
    'AGENDA',
    '',
    laidLine([0, '1.'], [9, 'Apologies for Absence']),
    laidLine([9, 'To receive apologies for absence.']),
    '',
    laidLine([0, '2.'], [9, 'Action Log (Pages 3 - 4)']),
    laidLine([9, 'To note progress on actions.']),
    '',
    laidLine([0, '3.'], [9, 'Taxi Licensing Policy Review (Report to follow)']),
    laidLine([9, 'To consider the revised policy.']),
    '',
    laidLine([40, 'Page 2']),
    '\f',
    'Licensing and Regulatory Committee – Action Log',
    '',
    laidLine([1, 'Ref'], [12, 'Action'], [45, 'Lead Officer'], [66, 'Due'], [78, 'Status / Update']),
    laidLine([1, 'LR/31/04'], [12, 'Publish the revised fee'], [45, 'Tomas Reed,'], [66, '30 Jun'], [78, 'Complete']),
    laidLine([12, 'schedule online.'], [45, 'Licensing Manager'], [66, '2031'], [78, 'Published on 2 June.']),
    laidLine([1, 'LR/31/05'], [12, 'Arrange training for new'], [45, 'Ada Fenn,'], [66, '31 Jul'], [78, 'Overdue']),
    laidLine([12, 'members of the Committee.'], [45, 'Committee Clerk'], [66, '2031'], [78, 'Trainer unavailable.']),
    laidLine([1, 'LR/31/06'], [12, 'Report on street trading'], [45, 'Tomas Reed,'], [66, 'Oct 2031'], [78, 'Not yet due']),
    laidLine([12, 'consents.'], [45, 'Licensing Manager']),
    '',
    laidLine([40, 'Page 3']),
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'pellingford-licensing-agenda.txt');

  it('knows a paper note in brackets after a title, a list line cut inside a name, and a log reference', () => {
    expect(AGENDA_PAPER_NOTE.exec('Budget Monitoring (Report to follow)')?.[1]).toBe('Report to follow');
    expect(AGENDA_PAPER_NOTE.test('Standards Update (verbal update)')).toBe(true);
    expect(AGENDA_PAPER_NOTE.test('Update on Ward Boundaries (Phase 2)')).toBe(false);
    expect(LIST_ENTRY_CUT.test('Anna Bell (Chair), Tom Cole, Yusuf')).toBe(true);
    expect(LIST_ENTRY_CUT.test('Anna Bell (Chair), Tom Cole,')).toBe(false);
    expect(new RegExp(`^${ACTION_REF.source}$`).test('LR/31/04')).toBe(true);
    expect(STATUS_THEN_UPDATE.exec('Not yet due Invitation sent.')?.slice(1)).toEqual(['Not yet due', 'Invitation sent.']);
  });

  it('reads the body above "Agenda", the labelled date and venue, and the members with a name joined across the break', () => {
    expect(result.meeting?.body).toBe('Licensing and Regulatory Committee');
    expect([result.meeting?.date, result.meeting?.time]).toEqual(['2031-09-04', '19:00']);
    expect(result.meeting?.venue).toBe('Council Chamber, Guild Hall, Bridge Row, Pellingford');
    expect(result.meeting?.members.map((m) => [m.name, m.role])).toEqual([
      ['Hattie Quill', 'Chair'],
      ['Rupert Vane', 'Vice-Chair'],
      ['Sunita Marr', null],
      ['Yusuf Abernethy-Cole', null],
      ['Greta Lind', null],
      ['Paul Oduya', null],
    ]);
  });

  it('keeps "(Report to follow)" out of the title, as its note', () => {
    const item = result.meeting?.agenda.find((i) => i.number === '3');
    expect(item?.title).toBe('Taxi Licensing Policy Review');
    expect(item?.note).toContain('Report to follow');
    expect(result.meeting?.agenda.find((i) => i.number === '2')?.pages).toEqual({ from: 3, to: 4 });
  });

  it('reads the log rows by their references, each status split from its update', () => {
    const actions = result.actionPlans.flatMap((p) => p.actions);
    expect(actions.map((a) => [a.number, a.action, a.owners, a.status, a.progress])).toEqual([
      ['LR/31/04', 'Publish the revised fee schedule online.', ['Tomas Reed, Licensing Manager'], 'Complete', 'Published on 2 June.'],
      ['LR/31/05', 'Arrange training for new members of the Committee.', ['Ada Fenn, Committee Clerk'], 'Overdue', 'Trainer unavailable.'],
      ['LR/31/06', 'Report on street trading consents.', ['Tomas Reed, Licensing Manager'], 'Not yet due', null],
    ]);
  });
});

describe('holdout: a Scottish minute, its Sederunt a run-on paragraph broken mid-name, apologies "intimated", the Convener presiding', () => {
  const text = [
    'KILDRUMMIE COUNCIL',
    '',
    ' MINUTE of MEETING of the HARBOURS AND COAST COMMITTEE held in the',
    ' Burgh Chambers, Tolbooth Wynd, Kildrummie on 3 September 2031 at 2.00 pm',
    '',
    ' Sederunt',
    ' Councillor Marsali Dewar (Convener), Councillor Torquil Bain (Depute Convener),',
    ' Councillors Effie Brodie, Angus Lyle-Innes, Catriona Munro, Hamish',
    ' Ogilvie, Seonaid Rattray and Iain Tulloch.',
    '',
    ' In Attendance',
    ' Rona Sutherland (Head of Harbours); Fergus Laing (Depute Clerk); and Morven Kerr',
    ' (Committee Officer).',
    '',
    ' Apologies',
    ' Apologies for absence were intimated on behalf of Councillors Ailsa Greig and Ewan Pirie.',
    '',
    ' Councillor Marsali Dewar, Convener, presiding.',
    '',
    ' 1.   DECLARATIONS OF INTEREST',
    '      No declarations of interest were made.',
    '',
    ' 2.   PIER DUES 2032/33',
    '      There was submitted a report by the Head of Harbours.',
    '',
    '      Decision',
    '      The Committee agreed to approve the pier dues.',
    '',
    ' The meeting closed at 3.05 pm.',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'kildrummie-harbours.txt').minutes[0];

  it('knows "intimated" apologies, the Depute Clerk and a presiding line', () => {
    expect(APOLOGIES_SENTENCE.exec('Apologies were intimated on behalf of Councillor A Bell.')?.[1]).toBe('Councillor A Bell.');
    expect(CLERK_PREFIX.test('Depute Clerk J Rennie')).toBe(true);
    expect(PRESIDING_LINE.test('Councillor A Bell, Provost, presiding.')).toBe(true);
    expect(PRESIDING_LINE.test('Councillor A Bell (Convener)')).toBe(false);
  });

  it('reads one member an entry, the name broken over the line end joined, the roles dropped', () => {
    expect(m?.present).toEqual([
      'Councillor Marsali Dewar',
      'Councillor Torquil Bain',
      'Effie Brodie',
      'Angus Lyle-Innes',
      'Catriona Munro',
      'Hamish Ogilvie',
      'Seonaid Rattray',
      'Iain Tulloch',
    ]);
  });

  it('reads the officers, the apologies sentence as two names, and stops the list at the presiding line', () => {
    expect(m?.inAttendance).toHaveLength(3);
    expect(m?.apologies).toEqual(['Ailsa Greig', 'Ewan Pirie']);
  });
});

describe('holdout: a CMS meeting page, its agenda an ordered list numbered only by position, attendees in accordions', () => {
  const html = `<!doctype html><html><head><title>Licensing Committee | Brackenholt District Council</title></head><body>
<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/meetings">Meetings</a></li></ol></nav>
<main>
<h1>Licensing Committee - Wednesday, 3 October 2029</h1>
<dl>
  <div><dt>Date and time</dt><dd>Wednesday, 3 October 2029, 2.30pm</dd></div>
  <div><dt>Venue</dt><dd>Room 4, Brackenholt Town Hall</dd></div>
</dl>
<h2>Attendees</h2>
<details open><summary>Members</summary>
<ul>
  <li>Councillor Tamsin Rule (Chair) <span class="role">Lead Member for Licensing</span></li>
  <li>Councillor Edgar Vosper</li>
</ul></details>
<details><summary>Officers</summary>
<ul><li>Noor Haddad <span class="role">Head of Regulatory Services</span></li></ul></details>
<details><summary>Apologies</summary>
<ul><li>Councillor Lyle Fenwright</li></ul></details>
<h2>Agenda</h2>
<ol class="agenda">
  <li><h3>Declarations of interest</h3>
    <p>To receive any declarations.</p>
    <div><p><strong>Decision:</strong></p><p>None were declared.</p></div></li>
  <li><h3>Street Trading Policy Review</h3>
    <p>Report of the Head of Regulatory Services.</p>
    <ul><li><a href="/p.pdf">Policy report (PDF, 210KB)</a></li></ul>
    <div><p><strong>Decision:</strong></p><p>Resolved:</p>
      <ol><li>That the draft policy be approved for consultation.</li><li>That fees be held at current levels.</li></ol>
      <p><strong>Reason for decision:</strong> The policy is due for review.</p></div></li>
  <li><h3>Taxi Licence Fees</h3>
    <div><p><strong>Decision:</strong></p><p>RESOLVED that the fees be noted.</p></div></li>
</ol>
</main></body></html>`;
  const result = extractPack(Buffer.from(html), 'brackenholt-licensing.html');

  it('numbers the agenda by list position, the nested Resolved list and the breadcrumb not items', () => {
    expect(result.meeting?.agenda.map((a) => [a.number, a.title])).toEqual([
      ['1', 'Declarations of interest'],
      ['2', 'Street Trading Policy Review'],
      ['3', 'Taxi Licence Fees'],
    ]);
  });

  it('reads the nested list as separate resolutions and the attendee groups without the posts printed after the names', () => {
    const minutes = result.minutes[0];
    expect(minutes?.items.find((i) => i.minute === '2')?.resolutions).toEqual(['That the draft policy be approved for consultation.', 'That fees be held at current levels.']);
    expect(minutes?.present).toEqual(['Councillor Tamsin Rule', 'Councillor Edgar Vosper']);
    expect(minutes?.inAttendance).toEqual(['Noor Haddad']);
    expect(minutes?.apologies).toEqual(['Councillor Lyle Fenwright']);
  });
});

describe('holdout: full Council minutes laid out on a page, councillors in columns under "Councillors:", decimal paragraphs before RESOLVED', () => {
  it('knows a lead after a decimal paragraph number', () => {
    expect(RESOLUTION_LEADS.some((re) => re.test('4.2 RESOLVED: That the report be noted.'))).toBe(true);
    expect(RESOLUTION_LEADS.some((re) => re.test('12.10 It was RESOLVED that the scheme be adopted.'))).toBe(true);
    expect(RESOLUTION_LEADS.some((re) => re.test('4.2 The Council noted the report.'))).toBe(false);
  });

  it('reads every name of a column block as its own entry, across the blank line under the label, and a RESOLVED paragraph after its number', () => {
    const pages = [
      [
        laidLine([60, 'Council – 9 September 2031']),
        '',
        laidLine([20, 'ROYAL BOROUGH OF CALDERMOOR']),
        laidLine([18, 'MINUTES OF THE MEETING OF THE COUNCIL']),
        laidLine([14, 'held on Tuesday 9 September 2031 at 6.30 pm']),
        laidLine([14, 'in the Council Chamber, Caldermoor Civic Centre']),
        '',
        laidLine([1, 'PRESENT: The Mayor (Cllr Tobias Wren) in the Chair']),
        '',
        laidLine([1, 'Councillors:']),
        '',
        laidLine([2, 'Ines Abara'], [32, 'Lowri Fenwick-Hart'], [64, 'Sean O’Dowd']),
        laidLine([2, 'Bram Castell'], [32, 'Hugo Lindgren (Deputy Mayor)'], [64, 'Pia Quarrie']),
        laidLine([2, 'Della Evans'], [32, 'Mira Nkemelu'], [64, 'Uma Tenby']),
        '',
        laidLine([1, 'Apologies: Cllrs Rhys Moyle and Vera Stainton']),
        '',
        laidLine([1, '1.'], [10, 'APOLOGIES FOR ABSENCE']),
        laidLine([1, '1.1'], [10, 'Apologies for absence were received from Cllrs Moyle and Stainton.']),
        '',
        laidLine([1, '2.'], [10, 'MINUTES']),
        laidLine([1, '2.1'], [10, 'RESOLVED: That the minutes of the meeting held on 8 July 2031 be agreed as a']),
        laidLine([10, 'correct record.']),
        '',
        laidLine([1, '3.'], [10, 'APPOINTMENTS TO OUTSIDE BODIES']),
        laidLine([1, '3.1'], [10, 'RESOLVED: That Cllr Pia Quarrie be appointed to the Moorland Trust.']),
        '',
        laidLine([1, 'The meeting closed at 8.05 pm.']),
        '',
        laidLine([60, 'Page 1 of 1']),
      ],
    ];
    const text = `${pages.map((p) => p.join('\n')).join('\n\f')}\n`;
    const r = extractPack(Buffer.from(text), 'caldermoor-council.txt');
    const [m] = r.minutes;
    expect(m?.present).toHaveLength(10);
    expect(m?.present).toEqual(
      expect.arrayContaining(['Ines Abara', 'Lowri Fenwick-Hart', 'Sean O’Dowd', 'Bram Castell', 'Pia Quarrie', 'Della Evans', 'Mira Nkemelu', 'Uma Tenby']),
    );
    expect(m?.present.some((p) => p.startsWith('Hugo Lindgren'))).toBe(true);
    expect(m?.apologies).toEqual(['Rhys Moyle', 'Vera Stainton']);
    expect(m?.items.map((i) => i.resolutions.length)).toEqual([0, 1, 1]);
    expect(m?.items[1]?.resolutions[0]).toContain('8 July 2031');
  });
});

describe('holdout: planning minutes numbered "XY/n" with application sub-blocks, vote tallies and listed reasons (Brackenfold)', () => {
  const text = [
    'BRACKENFOLD DISTRICT COUNCIL',
    'DEVELOPMENT CONTROL COMMITTEE',
    'MINUTES of the meeting held at the Guildhall, Tanyard Lane, Brackenfold',
    'on Thursday, 9 October 2031 at 7.00 pm',
    '',
    'PRESENT:  Councillor Ada Marsh (Chair)',
    '          Councillor Bill Otterby',
    '          Councillor Cara Penrose',
    '',
    'DC/12   APOLOGIES FOR ABSENCE',
    '',
    '        There were no apologies.',
    '',
    'DC/13   APPLICATION 31/00412/FUL – THE OLD FORGE, MILL ROW',
    '        Application No:     31/00412/FUL',
    '        Site:               The Old Forge, Mill Row, Brackenfold',
    '        Proposal:           Conversion of the forge to two dwellings',
    '        Applicant:          Mrs Q. Lantern',
    '',
    '        The Planning Officer presented the report.',
    '',
    '        Moved by Cllr Otterby, seconded by Cllr Penrose.',
    '',
    '        RESOLVED: That planning permission be REFUSED for the following reasons:',
    '          1. The conversion would harm the character of the conservation area.',
    '          2. No parking would be provided for the second dwelling.',
    '        (For 2, Against 1, Abstain 0)',
    '',
    'DC/14   APPLICATION 31/00450/HOU – 3 WILLOW CLOSE',
    '        Application No:     31/00450/HOU',
    '        Site:               3 Willow Close, Brackenfold',
    '        Proposal:           Rear conservatory',
    '        Applicant:          Mr R. Sable',
    '',
    '        RESOLVED: That planning permission be GRANTED subject to conditions.',
    '        (For 3, Against 0, Abstain 0)',
    '',
    'DC/15   DATE OF NEXT MEETING',
    '',
    '        The next meeting will be held on 6 November 2031.',
    '',
    'The meeting closed at 8.05 pm.',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'brackenfold-dc-minutes.txt');
  const items = result.minutes[0]?.items ?? [];

  it("numbers minutes by a body's letters and a running number split by a slash", () => {
    expect(MINUTE_NUMBERS.some((s) => s.name === 'prefixed' && s.pattern.test('DC/13 APPLICATION 31/00412/FUL'))).toBe(true);
    expect(items.map((i) => i.minute)).toEqual(['DC/12', 'DC/13', 'DC/14', 'DC/15']);
  });

  it("keeps an application's labelled details inside its minute, not a report", () => {
    expect(result.reports).toEqual([]);
    expect(items[1]?.title).toBe('APPLICATION 31/00412/FUL – THE OLD FORGE, MILL ROW');
  });

  it("ends a resolution at its bracketed tally and keeps a refusal's numbered reasons in one resolution", () => {
    expect(VOTE_TALLY.test('(For 2, Against 1, Abstain 0)')).toBe(true);
    expect(VOTE_TALLY.test('(for the reasons given)')).toBe(false);
    expect(RESOLUTION_WITH_REASONS.test('That planning permission be REFUSED for the following reasons:')).toBe(true);
    expect(RESOLUTION_WITH_REASONS.test('That the Committee:')).toBe(false);
    expect(items[1]?.resolutions).toHaveLength(1);
    expect(items[1]?.resolutions[0]).toMatch(/^That planning permission be REFUSED for the following reasons: .*conservation area\..*second dwelling\.$/);
    expect(items[2]?.resolutions).toEqual(['That planning permission be GRANTED subject to conditions.']);
  });
});

describe('holdout: budget Council minutes printed to PDF, a heading sentence wrapped past its time, officers as posts with holders, a RESOLVED part with a lettered sub-list over a page break (Quillbrook)', () => {
  const text = [
    'Quillbrook Borough Council                                        Full Council – 3 March 2033',
    '',
    '',
    '                          QUILLBROOK BOROUGH COUNCIL',
    '              Minutes of the Meeting of the Council held on Thursday 3',
    '             March 2033 at 6.30 pm, Assembly Room, Guild House, Tanner',
    '                                Row, Quillbrook',
    '',
    ' Present: Councillor A Brightwell (Mayor)',
    ' Councillors B Cordwell, D Eastlake and F Gorringe.',
    ' Officers present: Chief Executive (Mr K Hollis), Director of Finance and Section 151 Officer',
    ' (Ms L Ingram) and Democratic Services Officer (Mr M',
    ' Jessop).',
    ' Apologies: Councillor N Kettlewell.',
    '',
    ' F.20          BUDGET AND COUNCIL TAX 2033/34',
    '               RESOLVED:',
    '                 1. That the Revenue Budget for 2033/34 be approved.',
    '                 2. That the following amounts be calculated for the year 2033/34:',
    '                          (a) £12,300,000 being the gross expenditure of the Council;',
    '                          (b) £8,100,000 being the income of the Council;',
    '',
    '',
    '',
    '                                                  1',
    '\fQuillbrook Borough Council                                        Full Council – 3 March 2033',
    '',
    '',
    '',
    '                          (c) £4,200,000 being the amount by which (a) exceeds (b);',
    '                          (d) £210.50 being the basic amount of its Council Tax.',
    '                 3. That no referendum is required.',
    '',
    ' F.21          URGENT DECISIONS',
    '               RESOLVED that the report be noted.',
    '',
    ' The meeting closed at 8.10 pm.',
    '',
    '                                                  2',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'quillbrook-council-minutes.txt').minutes[0];

  it('reads the venue after the time where the heading sentence wraps over lines', () => {
    expect(m?.venue).toMatch(/^Assembly Room, Guild House\b/);
    expect(m?.time).toBe('18:30');
  });

  it('splits posts with their holders in brackets only after a bracket, keeping the "and" inside a post', () => {
    expect(splitHeldPosts('Clerk (Mrs A Bell) and Head of Law and Governance (Mr C Dunn).')).toEqual(['Clerk (Mrs A Bell)', 'Head of Law and Governance (Mr C Dunn)']);
    expect(splitHeldPosts('Mrs A Bell (Chair) and C Dunn')).toBeNull();
    expect(m?.inAttendance).toEqual(['Chief Executive (Mr K Hollis)', 'Director of Finance and Section 151 Officer (Ms L Ingram)', 'Democratic Services Officer (Mr M Jessop)']);
  });

  it("keeps a numbered part's lettered sub-list together across a page break", () => {
    const r = m?.items.find((i) => i.minute === 'F.20')?.resolutions ?? [];
    expect(r).toHaveLength(3);
    expect(r[1]).toMatch(/^That the following amounts .*\(a\) £12,300,000 .*\(b\) £8,100,000 .*\(c\) £4,200,000 .*\(d\) £210\.50 being the basic amount of its Council Tax\.$/);
    expect(r[2]).toBe('That no referendum is required.');
  });
});

describe('holdout: a call-in pack with a request form, papers with their own marked headers and a resolution over a page break (Kestrelbury)', () => {
  const pad = (left: string, right: string): string => `${left.padEnd(90)}${right}`;
  const text = [
    'KESTRELBURY BOROUGH COUNCIL',
    '',
    'To: All Members of the Scrutiny Commission',
    'Dear Councillor,',
    '',
    'You are summoned to attend a special meeting of the Scrutiny Commission to be held on Wednesday',
    '3 March 2032 at 6.30 pm in the Assembly Room, Kestrelbury Guildhall, Abbey Walk to consider the',
    'business set out below.',
    '',
    'Yours sincerely,',
    'Tamsin Groves-Ojo',
    'Monitoring Officer',
    '',
    'AGENDA',
    '',
    '1.   Apologies for Absence',
    '2.   Call-in: Sale of the Orchard Street car park',
    '3.   Minutes of the Previous Meeting',
    '\f' + pad('Kestrelbury BC · Scrutiny Commission · 3 March 2032 · Item 2', 'OFFICIAL'),
    '',
    'CALL-IN REQUEST',
    '',
    ' Decision reference:                      EX/32/017',
    ' Decision title:                          Sale of the Orchard Street car park',
    ' Decision maker:                          Executive, 17 February 2032',
    '',
    ' Date decision published:                 19 February 2032',
    ' Reasons for call-in:                     1. The valuation was not shared with ward members.',
    '                                          2. No option to lease the site was costed.',
    '',
    ' Signed by:                               Councillor Ewan Pollard',
    '                                          Councillor Lina Marsh',
    '',
    pad('Kestrelbury Borough Council', 'Page 1'),
    '\f' + pad('Scrutiny Commission · 10 February 2032', 'OFFICIAL'),
    '',
    'SCRUTINY COMMISSION',
    'Minutes of the meeting held on Tuesday 10 February 2032 at 6.30 pm in the Assembly Room',
    'PRESENT: Councillor Vane (Chair); Councillors Amory, Brook and Colley.',
    'APOLOGIES: Councillors Dunmore and Ellery.',
    'There were two members of the public present.',
    '',
    '11. MINUTES',
    'RESOLVED – That the minutes of the meeting held on 13 January 2032 be approved.',
    '',
    '12. CAR PARKING REVIEW',
    'RESOLVED –',
    '(1) That the review be noted.',
    '(2) That the Executive Member be asked to ensure that the report to the Executive',
    '',
    pad("Chair's initials ..........", 'Page 2'),
    '\f' + pad('Scrutiny Commission · 10 February 2032', 'OFFICIAL'),
    '',
    'on the car park includes the valuation.',
    '(3) That the Commission meet again in March.',
    '',
    '(The meeting closed at 7.40 pm)',
    '',
    pad("Chair's initials ..........", 'Page 3'),
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'kestrelbury-call-in.txt');
  const [m] = result.minutes;

  it('ends a summons sentence’s venue before what the meeting is to consider', () => {
    expect(SUMMONS_PURPOSE.test('Abbey Walk to consider the business set out below')).toBe(true);
    expect(result.meeting?.venue).toBe('Assembly Room, Kestrelbury Guildhall, Abbey Walk');
  });

  it('reads a call-in request form as no report', () => {
    expect(CALL_IN_REQUEST_LABEL.test('Reasons for call-in: 1. The valuation …')).toBe(true);
    expect(result.reports).toEqual([]);
  });

  it('ends an attendance list at a sentence of prose under it', () => {
    expect(PROSE_AFTER_LIST.test('There were two members of the public present.')).toBe(true);
    expect(m?.apologies).toEqual(['Dunmore', 'Ellery']);
  });

  it('joins a resolution over headers ending in a protective marking and footers ending in a page number', () => {
    expect(PROTECTIVE_MARKING.test('OFFICIAL')).toBe(true);
    expect(PROTECTIVE_MARKING.test('Official business')).toBe(false);
    const r = m?.items[1]?.resolutions ?? [];
    expect(r).toHaveLength(3);
    expect(r[1]).toBe('That the Executive Member be asked to ensure that the report to the Executive on the car park includes the valuation.');
  });
});

describe('minutes saved from a word processor as a web page, the attendance a borderless table of label and names', () => {
  const cell = (paras: string[]): string => `<td valign=top>\r\n${paras.map((p) => `  <p class=MsoNormal>${p}</p>\r\n`).join('')}</td>`;
  const row = (label: string, names: string[]): string => ` <tr>\r\n ${cell([label])}\r\n ${cell(names)}\r\n </tr>\r\n`;
  const html = [
    '<html><body><div class=WordSection1>',
    '<p class=MsoNormal><b>MINUTES OF THE MEETING OF ORRINGFORD PARISH COUNCIL HELD IN THE VILLAGE HALL, ORRINGFORD ON TUESDAY 3RD MARCH 2043 AT 7.30PM</b></p>',
    '<p class=MsoNormal>&nbsp;</p>',
    "<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0 style='border:none'>",
    row('<b>Present:</b>', ['Cllr W Abernethy (Chairman) – in the Chair', 'Cllr F Lowther-Price', 'Cllr N Quaile']),
    row('&nbsp;', ['&nbsp;']),
    row('<b>In attendance:</b>', ['Ms C Dunmore (Clerk &amp; RFO)', 'County Cllr J Ivesley', 'PCSO M Tregear', '2 members of the public']),
    row('&nbsp;', ['&nbsp;']),
    row('<b>Apologies:</b>', ['Cllr H Sowerby', 'Cllr E Merrow']),
    '</table>',
    '<p class=MsoNormal>&nbsp;</p>',
    '<p class=MsoNormal><b>41/43&nbsp;&nbsp;&nbsp; APOLOGIES FOR ABSENCE</b></p>',
    '<p class=MsoNormal>RESOLVED that the reasons for absence be accepted.</p>',
    '<p class=MsoNormal><b>42/43&nbsp;&nbsp;&nbsp; DATE OF NEXT MEETING</b></p>',
    '<p class=MsoNormal>The next meeting will be held on 7th April 2043.</p>',
    '</div></body></html>',
  ].join('\r\n');
  const m = extractPack(Buffer.from(html), 'orringford-minutes.html').minutes[0];

  it('reads each paragraph of the cell beside a label as one person, across the blank lines between them', () => {
    expect(htmlToText(html)).toContain('Present:\tCllr W Abernethy (Chairman) – in the Chair\n\nCllr F Lowther-Price');
    expect(m?.present).toEqual(['Cllr W Abernethy', 'Cllr F Lowther-Price', 'Cllr N Quaile']);
    expect(m?.apologies).toEqual(['Cllr H Sowerby', 'Cllr E Merrow']);
  });

  it('keeps a post with "&" in one entry and reads a county councillor and a PCSO by their titles, the public counted out', () => {
    expect(m?.inAttendance).toEqual(['Ms C Dunmore (Clerk & RFO)', 'County Cllr J Ivesley', 'PCSO M Tregear']);
  });
});

describe('an advisory council minuted by its statutory groups, run-on apologies and AGREED parts with ACTION lines (Wrexfold)', () => {
  const text = [
    'MINUTES of a meeting of the Wrexfold Advisory Council on Arts Education held in the Studio, Pell Street',
    'Arts Centre, Wrexfold on Tuesday 3 June 2031 at 5.00 pm',
    '',
    'Members present:',
    'Group 1 – Arts organisations and venues:',
    '   Ms Odile Carraway (Pell Street Arts Centre) (Chair)',
    '   Mr Ben Tulliver (Wrexfold Players)',
    'Group 2 – Teachers and lecturers:',
    '   Mrs Greta Fanshaw (NEU)',
    'Group 3 – The Borough Council:',
    '   Cllr Ivo Marchbank',
    'Co-opted:',
    '   Mr Sol Penhaligon (Youth Arts Network)',
    'Officers:',
    '   Mrs Nell Brightside – Arts Development Officer',
    'Apologies:',
    '   Mr Rafe Ollerton (1), Cllr Una Stobart (3)',
    'Two members of the public (students from the college) observed the meeting.',
    '',
    '4/31     Arts award scheme',
    'The Arts Development Officer presented the scheme.',
    'AGREED:',
    '       (1)    that the scheme be approved;',
    '       (2)    that the awards be made in the autumn term.',
    '       ACTION: Arts Development Officer',
    '',
    '5/31     Date of next meeting',
    'The next meeting would be held on 7 October 2031.',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'wrexfold-minutes.txt').minutes[0];

  it('keeps a body\'s own "on" in its name, up to where the meeting was held', () => {
    expect(MEETING_OF_BODY.exec('a meeting of the Panel on Coastal Erosion held in the Hall')?.[1]).toBe('Panel on Coastal Erosion');
    expect(MEETING_OF_BODY.exec('a meeting of the Parish Council on Monday 2 May 2031')?.[1]).toBe('Parish Council');
    expect(m?.body).toBe('Wrexfold Advisory Council on Arts Education');
  });

  it('reads statutory group headings and "Co-opted:" as headings, not people, and co-opted members as present', () => {
    expect(ATTENDANCE_SUBGROUP_HEADING.test('Group 2 – Teachers and lecturers:')).toBe(true);
    expect(ATTENDANCE_SUBGROUP_HEADING.test('Committee members:')).toBe(false);
    expect(m?.present).toHaveLength(5);
    expect(m?.present.some((p) => /group|co-opted|teachers/i.test(p))).toBe(false);
    expect(m?.present.some((p) => p.includes('Penhaligon'))).toBe(true);
    expect(m?.inAttendance).toEqual(['Mrs Nell Brightside – Arts Development Officer']);
  });

  it('takes the run-on apologies one each, and a counted, described public as no one', () => {
    expect(COUNTED_ATTENDEES.test('Two members of the public (students from the college) observed the meeting.')).toBe(true);
    expect(countedPeople('One member of the public (a student) observed the meeting')).toEqual([]);
    expect(m?.apologies).toHaveLength(2);
    expect(m?.apologies.some((p) => /public/i.test(p))).toBe(false);
  });

  it('ends the last AGREED part at the ACTION line under it', () => {
    expect(m?.items.find((i) => i.minute === '4/31')?.resolutions).toEqual(['that the scheme be approved;', 'that the awards be made in the autumn term.']);
    expect(m?.items.find((i) => i.minute === '5/31')?.resolutions).toEqual([]);
  });
});

describe('holdout: a heading sentence whose place is followed by its start time (Quenwick Town Council)', () => {
  const text = [
    'Minutes of the Amenities Committee meeting held on Thursday 9th October 2031',
    'in the Assembly Room, Corn Exchange, High Street, Quenwick commencing at',
    '6.45pm',
    '',
    'Councillors present: Cllrs L. Quayle (Chair), N. Ferris and O. Stannard',
    '',
    'AM 21/31      APOLOGIES',
    '              None.',
    '',
    'AM 22/31      PLAY AREA',
    '              RESOLVED: that the new swings be ordered.',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'quenwick-minutes.txt').minutes[0];

  it('ends the venue before the start time, whichever word brings the time in', () => {
    expect('Village Hall commencing at 7pm'.replace(VENUE_START_TIME, '')).toBe('Village Hall');
    expect('Main Library, starting at 6 pm'.replace(VENUE_START_TIME, '')).toBe('Main Library');
    expect('Room 4, Civic Offices at 10.30 a.m.'.replace(VENUE_START_TIME, '')).toBe('Room 4, Civic Offices');
    expect('Committee Room 2, Station Road'.replace(VENUE_START_TIME, '')).toBe('Committee Room 2, Station Road');
    expect(m?.date).toBe('2031-10-09');
    expect(m?.time).toBe('18:45');
    expect(m?.venue).toBe('Assembly Room, Corn Exchange, High Street, Quenwick');
  });
});

describe('an area forum minuted in a "No | Item" table under a banner of label rows, officers "also present" (Corvedale Brook)', () => {
  const text = [
    '   Corvedale Brook Area Forum',
    '   Minutes',
    '   Date:                     Thursday 12 June 2031',
    '   Start time:               7.00 pm',
    '   End time:                 9.15 pm',
    '',
    '   Place:                    Quarry Lane Pavilion, Quarry Lane, Ebbworth, EB2 4QX',
    '',
    '   Please send any questions about these minutes to:',
    '   Anwen Castell, Committee Officer, tel. 01632 970311, e-mail',
    '   areaforum@corvedale.example',
    '',
    ' Present:',
    ' Cllr Hettie Brambling (Ebbworth East) – Chairman',
    ' Cllr Otis Varley (Brook and Sallow)',
    ' Cllr Ines Murtagh (Ebbworth West)',
    '',
    ' Also present:',
    ' Anwen Castell – Committee Officer',
    ' Rhodri Sayle – Community Engagement and Partnerships Lead',
    ' Cllr Fenella Orme – Ebbworth Town Council',
    ' About 15 members of the public',
    '',
    '   No       Item',
    '',
    '   1        Welcome',
    '            The Chairman welcomed those present to the forum.',
    '',
    '   2        Minutes',
    '            On the proposition of Cllr Otis Varley, seconded by Cllr Ines Murtagh, it was:',
    '            Decision',
    '            To approve the minutes of the last meeting as a correct record.',
    '',
    '',
    'Page 1                                                              areaforum@corvedale.example',
    '\f   No    Item',
    '',
    '   3     Community Transport',
    '         The Engagement Lead presented the proposals.',
    '         Decision',
    '         a) To fund the dial-a-ride service for a further year.',
    '         b) To review the timetable in the spring.',
    '',
    '   4     Close',
    '         The Chairman thanked everyone for attending.',
    '',
    '',
    'Page 2                                                              areaforum@corvedale.example',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'corvedale-brook-minutes.txt').minutes[0];

  it('reads the banner: the body above it, the start and end times from their labels, and no label as the body', () => {
    expect(HEADER_LABELS.ended.test('End time')).toBe(true);
    expect(HEADER_LABELS.time.test('End time')).toBe(false);
    expect(m?.body).toBe('Corvedale Brook Area Forum');
    expect(m?.time).toBe('19:00');
    expect(m?.endedAt).toBe('21:15');
  });

  it('takes officers "also present" as in attendance, a councillor of another body as another member, and a counted public as no one', () => {
    expect(COUNTED_ATTENDEES.test('About 15 members of the public')).toBe(true);
    expect(m?.present).toHaveLength(3);
    expect(m?.inAttendance).toEqual(['Anwen Castell – Committee Officer', 'Rhodri Sayle – Community Engagement and Partnerships Lead']);
    expect(m?.otherMembersPresent).toEqual(['Cllr Fenella Orme – Ebbworth Town Council']);
  });

  it('reads each row of the "No | Item" table as a minute, its title the first line of the item cell, over the repeated header', () => {
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['1', 'Welcome'],
      ['2', 'Minutes'],
      ['3', 'Community Transport'],
      ['4', 'Close'],
    ]);
    expect(m?.items.find((i) => i.minute === '2')?.resolutions).toEqual(['To approve the minutes of the last meeting as a correct record.']);
    expect(m?.items.find((i) => i.minute === '3')?.resolutions).toEqual(['To fund the dial-a-ride service for a further year.', 'To review the timetable in the spring.']);
    expect(m?.items.find((i) => i.minute === '1')?.resolutions).toEqual([]);
  });
});

describe('a review tracker whose first column groups its rows with rowspan (invented Quillmere borough)', () => {
  const html = [
    '<html><body><main><h1>Scrutiny review progress</h1>',
    '<table><thead><tr><th>Inquiry</th><th>Rec no.</th><th>Recommendation</th><th>Executive response (Agreed / Not agreed)</th>',
    '<th>Responsible officer</th><th>Target date</th><th>Update</th><th>RAG</th></tr></thead><tbody>',
    '<tr><td rowspan="2">Allotment Waiting Lists<br><small>Panel report</small></td><td>1</td><td>That plots are halved<br>for new tenants.</td>',
    '<td>Agreed</td><td>Parks Manager /<br>Estates Officer</td><td><del>01/05/2031</del><br>01/09/2031</td><td>Under way.</td><td>Amber</td></tr>',
    '<tr><td>2</td><td>That the list is published.</td><td>Not agreed<br><em>Data protection.</em></td><td>&ndash;</td><td>N/A</td><td>None.</td><td>N/A</td></tr>',
    '<tr><td>Bus Shelter Upkeep</td><td>1</td><td>That shelters are cleaned monthly.</td><td>Agreed</td><td>Highways Lead</td><td>Q1 2031/32</td><td>Started.</td><td>Complete</td></tr>',
    '</tbody></table><p>Completed items drop off next time.</p></main></body></html>',
  ].join('\n');

  it('leaves an empty cell where a rowspan cell reaches, and drops struck-through text', () => {
    const rows = htmlToText(html).split('\n');
    expect(rows.some((r) => r.startsWith('\t2\tThat the list is published.\tNot agreed'))).toBe(true);
    expect(htmlToText(html)).not.toContain('01/05/2031');
    expect(PLAN_GROUP_COLUMN.test('Inquiry')).toBe(true);
    expect(PLAN_GROUP_COLUMN.test('Recommendation')).toBe(false);
    expect(PLAN_RESPONSE_COLUMN.test('Executive response (Agreed / Not agreed)')).toBe(true);
  });

  it('reads a plan per group, numbered afresh, its columns kept in place', () => {
    const plans = extractPack(Buffer.from(html), 'quillmere-tracker.html').actionPlans;
    expect(plans.map((p) => p.title)).toEqual(['Allotment Waiting Lists Panel report', 'Bus Shelter Upkeep']);
    expect(plans.map((p) => p.actions.map((a) => a.number))).toEqual([['1', '2'], ['1']]);
    const [first, second] = plans[0]?.actions ?? [];
    expect(first?.action).toBe('That plots are halved for new tenants. — Agreed');
    expect(first?.owners).toEqual(['Parks Manager', 'Estates Officer']);
    expect(first?.due).toEqual({ text: '01/09/2031', date: '2031-09-01' });
    expect(first?.rag).toBe('Amber');
    expect(second?.action).toContain('Not agreed Data protection.');
    expect(second?.owners).toEqual([]);
    expect(second?.due).toBeNull();
    expect(second?.rag).toBeNull();
    expect(plans[1]?.actions[0]?.status).toBe('Complete');
  });
});

describe('a record of decisions e-mailed as plain text, its body before the heading and its decisions counted', () => {
  const text = [
    'From: Member Services <members@example.org>',
    'Sent: Friday, 9 May 2031 08:30',
    'To: All Councillors',
    'Cc: Senior Managers',
    'Subject: Executive Board decisions - 8 May 2031',
    '',
    'Dear Councillor, the decisions are set out below.',
    '',
    '================================',
    '',
    'BRAMBLEFORD BOROUGH COUNCIL',
    '',
    'Executive Board - Record of Decisions',
    '',
    'Meeting held: Thursday 8 May 2031, 6.30pm, Committee Room 3, The Guildhall,',
    'Market Square, Brambleford',
    'Published: 9 May 2031',
    '',
    'Members present: Cllr Ada Quince (Leader; Strategy & Finance), Cllr Bo',
    'Rennet (Housing, Planning and Growth), Cllr Cy Thistle (Lab)',
    '',
    'Apologies: Cllr Di Umber (Leisure & Parks)',
    '',
    '--------------------',
    '',
    'Decision 1 of 2: EMPTY HOMES STRATEGY',
    '',
    'Agenda item: 4',
    'Key decision: Yes (Ref KD/31/002)',
    '',
    'Decision: The Board RESOLVED to:',
    '(1) adopt the strategy;',
    '(2) review it in 2033.',
    '',
    'Reasons: Set out in the report.',
    '',
    'Declarations of interest: Cllr Bo Rennet declared a personal interest as a',
    'landlord.',
    'Exempt: No',
    '',
    '--------------------',
    '',
    'Decision 2 of 2: PARKING CHARGES',
    '',
    'Agenda item: 6',
    'Key decision: No',
    '',
    'Decision: The Board RESOLVED to:',
    '(1) freeze charges for 2031/32.',
    '',
    'Reasons: To support the town centre.',
    '',
    'Declarations of interest: None',
    'Exempt: No',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'brambleford-decisions.txt');
  const m = r.minutes[0];

  it('reads the heading with its body before a dash as a record of decisions, and the e-mail headers as no report', () => {
    expect(DECISIONS_HEADING.exec('Executive Board - Record of Decisions')?.[1]).toBe('Executive Board');
    expect(DECISIONS_HEADING.test('Subject: Executive Board decisions - 8 May 2031')).toBe(false);
    expect(r.reports).toEqual([]);
    expect(m?.body).toBe('Executive Board');
    expect(m?.date).toBe('2031-05-08');
    expect(m?.time).toBe('18:30');
    expect(m?.venue).toBe('Committee Room 3, The Guildhall, Market Square, Brambleford');
  });

  it('drops the portfolios beside the members present, not a party', () => {
    expect(m?.present).toEqual(['Cllr Ada Quince', 'Cllr Bo Rennet', 'Cllr Cy Thistle (Lab)']);
    expect(m?.apologies).toEqual(['Cllr Di Umber']);
  });

  it('numbers each counted decision, takes its labelled agenda item and declaration, and its numbered parts as resolutions', () => {
    expect(
      MINUTE_NUMBERS.find((s) => s.name === 'decision-counted')
        ?.pattern.exec('DECISION 3 of 5: HOUSING')
        ?.slice(1),
    ).toEqual(['3', 'HOUSING']);
    expect(m?.items.map((i) => [i.minute, i.agendaItem, i.title])).toEqual([
      ['1', '4', 'EMPTY HOMES STRATEGY'],
      ['2', '6', 'PARKING CHARGES'],
    ]);
    expect(m?.items[0]?.resolutions).toEqual(['adopt the strategy;', 'review it in 2033.']);
    expect(m?.items[0]?.declarations.map((d) => d.member)).toEqual(['Cllr Bo Rennet']);
    expect(m?.items[1]?.declarations).toEqual([]);
  });
});

describe('a meeting system’s details page: tabs, a details table, an items table and an attendance panel (Fernhollow District Council)', () => {
  const state = 'x9Qz'.repeat(200);
  const html = [
    '<html><head><title>Meeting Details - Executive, 09/11/2028 18:30 - Fernhollow DC</title></head><body>',
    '<form id="mainForm" method="post" action="./Default.aspx">',
    `<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${state}" />`,
    '<div class="Crumbs"><a href="/">Home</a> &gt; <span>Meeting 09/11/2028</span></div>',
    '<ul class="SideMenu"><li><a href="/c/1">Full Council</a></li><li><a href="/c/2">Executive</a></li><li><a href="/c/3">Licensing Committee</a></li></ul>',
    '<h1>Executive</h1>',
    '<ul class="MeetingTabs"><li><a href="javascript:go(0)">Agenda</a></li> | <li><a href="javascript:go(1)">Attendance</a></li> | <li><a href="javascript:go(2)">Papers</a></li></ul>',
    '<table class="Details">',
    '<tr><th>Date:</th><td>09/11/2028</td></tr>',
    '<tr><th>Time:</th><td>18:30</td></tr>',
    '<tr><th>Venue:</th><td>The Assembly Room, Old Mill House, Fernhollow</td></tr>',
    '<tr><th>Published:</th><td>01/11/2028</td></tr>',
    '</table>',
    '<p><a href="/m/1">&lt; Previous meeting (12/10/2028)</a> | <a href="/m/3">Next meeting (14/12/2028) &gt;</a></p>',
    '<h2>Agenda</h2>',
    '<table class="Items">',
    '<tr><th>Item</th><th>Description</th></tr>',
    '<tr><td>1.</td><td><span>Apologies for Absence</span></td></tr>',
    '<tr><td>2.</td><td><span>Declarations of Interest</span></td></tr>',
    '<tr><td>3.</td><td><span>Leisure Centre Refurbishment</span><div>Report of the Head of Leisure.</div></td></tr>',
    '</table>',
    '<h2>Who attended</h2>',
    '<h3>Present</h3>',
    '<ul><li>Councillor Wendell Brackwater (Chair)</li><li>Councillor Odile Senna</li><li>Councillor Pim Aldous</li></ul>',
    '<h3>Apologies</h3>',
    '<ul><li>Councillor Rhona Tidd</li></ul>',
    '<h3>In attendance</h3>',
    '<ul><li>Gareth Inchley, Head of Leisure</li></ul>',
    '<h2>Papers</h2>',
    '<ul><li><a href="/d/1">Agenda frontsheet.pdf (80 KB)</a></li></ul>',
    '<p>Copyright &copy; 2028 Fernhollow District Council</p>',
    `<input type="hidden" name="__EVENTVALIDATION" value="${state.slice(0, 80)}" />`,
    '</form></body></html>',
  ].join('\n');
  const r = extractPack(Buffer.from(html), 'fernhollow-executive.html');

  it('drops hidden form state and the tab strip, so the page heading over the details names the body', () => {
    const text = htmlToText(html);
    expect(text).not.toContain('VIEWSTATE');
    expect(text).not.toContain('☐');
    expect(text).not.toMatch(/^- Papers$/m);
    expect(r.meeting?.body).toBe('Executive');
  });

  it('reads a bare clock under "Time:" as the meeting’s time, not the neighbouring meetings’ or the published date', () => {
    expect(r.meeting?.date).toBe('2028-11-09');
    expect(r.meeting?.time).toBe('18:30');
    expect(r.meeting?.issuedOn).toBe('2028-11-01');
    expect(r.meeting?.agenda.map((a) => a.number)).toEqual(['1', '2', '3']);
  });

  it('reads the attendance panel as the one record of this meeting, with no items', () => {
    expect(r.minutes).toHaveLength(1);
    const m = r.minutes[0];
    expect([m?.body, m?.date, m?.time]).toEqual(['Executive', '2028-11-09', '18:30']);
    expect(m?.present).toEqual(['Councillor Wendell Brackwater', 'Councillor Odile Senna', 'Councillor Pim Aldous']);
    expect(m?.apologies).toEqual(['Councillor Rhona Tidd']);
    expect(m?.inAttendance).toHaveLength(1);
    expect(m?.inAttendance[0]).toContain('Gareth Inchley');
    expect(m?.items).toEqual([]);
  });
});

describe('minute numbers alone in a left column, each title numbered on the line under it (parish annual meeting)', () => {
  const text = [
    '                          FERNWICK PARISH COUNCIL',
    '              Clerk: Mr Owen Tallis, 9 Cooper Lane, Fernwick, Dunshire DN4 2PL',
    '',
    '     Minutes of the Annual Meeting of Fernwick Parish Council held on',
    '      Tuesday 11th May 2032 at 7.15pm in the Church Rooms, High Street',
    '',
    '   Present:                  Cllr A Marten (Chairman), Cllr B Quill, Cllr C Roe',
    '                             and Cllr D Sandell',
    '   In                        Mr O Tallis (Clerk); 2 members of the public',
    '   attendance:',
    '   FP32/01',
    '                         1. Election of Chairman',
    '                         Cllr A Marten was elected Chairman for the year 2032/33, proposed by Cllr B',
    '                         Quill, seconded by Cllr C Roe.',
    '',
    '   FP32/02',
    '                         2. Apologies',
    '                         Apologies were received from Cllr E Tarrant (holiday).',
    '                         RESOLVED that the apologies be accepted.',
    '                         Proposed Cllr Roe, seconded Cllr Sandell; all in favour.',
    '',
    '   FP32/03',
    '                         3. Insurance renewal',
    '                         The Clerk reported that the policy (ref FP/IN/2210) renews on 1st June.',
    '                         RESOLVED that the insurance be renewed at a premium of £812.00.',
    '',
    ' There being no further business, the Chairman closed the meeting at 7.48pm.',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'fernwick-annual.txt').minutes[0];

  it('reads each number alone as the minute, the line under it as its title and printed item number', () => {
    expect(m?.items.map((i) => [i.minute, i.agendaItem, i.title])).toEqual([
      ['FP32/01', '1', 'Election of Chairman'],
      ['FP32/02', '2', 'Apologies'],
      ['FP32/03', '3', 'Insurance renewal'],
    ]);
    expect(m?.endedAt).toBe('19:48');
  });

  it('ends the attendance at the first minute, and reads apologies and resolutions inside the minutes', () => {
    expect(m?.present).toEqual(['Cllr A Marten', 'Cllr B Quill', 'Cllr C Roe', 'Cllr D Sandell']);
    expect(m?.inAttendance).toEqual(['Mr O Tallis (Clerk)']);
    expect(m?.apologies).toEqual(['Cllr E Tarrant']);
    expect(m?.items.map((i) => i.resolutions)).toEqual([[], ['the apologies be accepted.'], ['the insurance be renewed at a premium of £812.00.']]);
  });
});

describe('holdout: Word plain-text committee minutes, movers before AGREED and bare "Recommended that" (invented borough)', () => {
  const text = [
    '\uFEFFSLIEVEMORE AND DUNAVON BOROUGH COUNCIL',
    '',
    'Minutes of the Meeting of the Leisure and Amenities Committee held in the Council Chamber, Civic Hall, 2 Mill Lane, Dunavon on Thursday 9 March 2028 at 6.30 pm',
    '',
    'In the Chair:\tCouncillor N Garvey',
    '',
    'Members present:\tAlderman T Rooney, Councillor B Ní Dhuibhir and Councillor S Magill',
    '',
    'Officers in attendance:\tMs E Corr, Head of Leisure and Tourism',
    '\tMr J Toal, Director of Community Services',
    '',
    'In attendance:\tMr P Doak (Notetaker)',
    '',
    '',
    'LA 310/28\tDECLARATIONS OF CONFLICT OF INTEREST',
    '',
    'Councillor S Magill declared a conflict of interest in item LA 312/28 as a member of the club.',
    '',
    '',
    'LA 311/28\tPLAYING PITCH STRATEGY',
    '',
    'Read:\tReport dated 1 March 2028 from Ms E Corr, Head of Leisure and Tourism. (Copy circulated)',
    '',
    'The report recommended that the strategy be adopted without change.',
    '',
    'Councillor Magill proposed, and Alderman Rooney seconded, an amendment that the item be deferred. The amendment was declared LOST (For 1, Against 3).',
    '',
    'Proposed by Alderman Rooney, Seconded by Councillor Ní Dhuibhir and AGREED (For 3, Against 1) that it be recommended to Council that the strategy be adopted with the changes tabled.',
    '',
    '',
    'LA 312/28\tBOWLING CLUB LEASE',
    '',
    'Pitch\tHours',
    'North green\t40',
    '',
    'Recommended that the lease be renewed for ten years.',
    '',
  ].join('\r\n');
  const r = extractPack(Buffer.from(text), 'slievemore-leisure-minutes.txt');
  const m = r.minutes[0];

  it('keeps an officer\'s post with an "and" whole and the notetaker in attendance', () => {
    expect(m?.inAttendance).toEqual(['Ms E Corr, Head of Leisure and Tourism', 'Mr J Toal, Director of Community Services', 'Mr P Doak (Notetaker)']);
  });

  it('reads declarations under a conflict of interest title', () => {
    expect(m?.items[0]?.declarations.map((d) => d.member)).toEqual(['Councillor S Magill']);
  });

  it('gives one resolution after the mover and the tally, none for the officer advice or the lost amendment, one for a bare "Recommended that"', () => {
    expect(m?.items.map((i) => i.resolutions)).toEqual([
      [],
      ['it be recommended to Council that the strategy be adopted with the changes tabled.'],
      ['the lease be renewed for ten years.'],
    ]);
  });
});

describe('holdout: minutes as pandoc prints a Word document (setext headings, simple tables of attendance)', () => {
  const text = [
    'Corrowfield Borough Council',
    '===========================',
    '',
    'Hackney and Private Hire Panel',
    '------------------------------',
    '',
    'Minutes of the meeting of the Hackney and Private Hire Panel held on',
    'Thursday 6 March 2031 at 10.00 am in Committee Room 4, Linden House, 3 Quay',
    'Road, Corrowfield.',
    '',
    '  Members present          Position',
    '  ------------------------ -------------------------',
    '  Councillor Ada Pruett    Chair',
    '  Councillor Bram Oke-Lund',
    '  Councillor Cass Nyberg   Substitute for Councillor D Rowe',
    '',
    '  Officers in attendance   Post',
    '  ------------------------ -------------------------',
    '  Eve Marchbank            Licensing Team Leader',
    '  Finn Gallo               Committee Clerk',
    '',
    'HP/12  Apologies',
    '----------------',
    '',
    'Apologies were received from:',
    '',
    '-   Councillor Dana Rowe',
    '-   Councillor Gil Sutter',
    '',
    'Councillor Nyberg attended as substitute for Councillor Rowe.',
    '',
    'HP/13  Renewal of a hackney carriage proprietor licence',
    '-------------------------------------------------------',
    '',
    'RESOLVED that the licence be renewed, subject to the following conditions',
    'being attached to it:',
    '',
    '1.  The vehicle shall be tested every four months.',
    '2.  The proprietor shall produce insurance on request.',
    '',
    'The Panel gave its reasons in writing.',
    '',
    'HP/14  Review of a private hire operator licence held by a company in the town centre',
    '-------------------------------------------------------------------------------------',
    '',
    'The minute of this item contains exempt information.',
    '',
    'The meeting closed at 11.20 am.',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'corrowfield-panel-minutes.txt');
  const m = r.minutes[0];

  it('splits a simple table row at the dashed rule’s column starts, the rule blank', () => {
    expect(/^ *-{3,}(?: +-{3,})+ *$/.test('  ------ -----')).toBe(true);
    const lines = buildDoc(text).lines;
    expect(lines[10]?.raw).toBe('Members present\tPosition');
    expect(lines[11]?.raw).toBe('');
    expect(lines[13]?.raw).toBe('Councillor Bram Oke-Lund\t');
  });

  it('reads each table under its label cell: members by name alone, officers with their posts', () => {
    expect(m?.present).toEqual(['Councillor Ada Pruett', 'Councillor Bram Oke-Lund', 'Councillor Cass Nyberg']);
    expect(m?.inAttendance).toEqual(['Eve Marchbank, Licensing Team Leader', 'Finn Gallo, Committee Clerk']);
    expect(m?.apologies).toEqual(['Councillor Dana Rowe', 'Councillor Gil Sutter']);
  });

  it('numbers every underlined heading, the long last one too, and keeps a grant with its conditions whole', () => {
    expect(m?.items.map((i) => [i.minute, i.agendaItem, i.title])).toEqual([
      ['HP/12', null, 'Apologies'],
      ['HP/13', null, 'Renewal of a hackney carriage proprietor licence'],
      ['HP/14', null, 'Review of a private hire operator licence held by a company in the town centre'],
    ]);
    expect(m?.items[1]?.resolutions).toEqual([
      'the licence be renewed, subject to the following conditions being attached to it: The vehicle shall be tested every four months. The proprietor shall produce insurance on request.',
    ]);
    expect(m?.items[2]?.resolutions).toEqual([]);
    expect(m?.endedAt).toBe('11:20');
  });
});

describe('a park authority committee with a label column, item-prefixed declarations and "Abstention" tallies', () => {
  const text = [
    '                FELLMOOR VALLEYS CONSERVATION BOARD',
    '                                     MINUTES',
    '',
    '  Meeting:               Development Control Committee',
    '  Date:                  Wednesday 3 March 2032',
    '  Time:                  9.30 am',
    '  Venue:                 Brackenrigg Hall, Oxhope',
    '  Present:               Ms Y Tarrant (Chair), Dr W Quayle, Cllr N Ousby',
    '',
    '   Site visit. Prior to the meeting, on Tuesday 2 March 2032 at 3.00 pm, Members visited Nab End.',
    '',
    ' 14/32           DECLARATIONS OF INTEREST',
    '                 Item 5.2 – Dr W Quayle declared a personal and prejudicial interest as a',
    '                 neighbour of the applicant.',
    '',
    '                 Agenda item 5.1: Cllr N Ousby declared a personal interest as a member of the',
    '                 parish meeting.',
    '',
    ' 15/32           FULL APPLICATION – NEW DWELLING AT NAB END, OXHOPE',
    '                 (Item 5.1)',
    '                 The officer recommendation was moved, seconded and carried.',
    '                 RESOLVED:',
    '                 That the application be REFUSED for the reasons given in the report.',
    '                 (For 6, Against 1, Abstentions 2)',
    '                 Cllr N Ousby left the meeting at 11.05 am. The Committee adjourned at 11.10 am.',
    '',
    ' 16/32           FULL APPLICATION – FARM SHOP AT HOLLIN GILL',
    '                 (Item 5.2)',
    '                 RESOLVED:',
    '                 That the application be GRANTED subject to conditions.',
    '                 (For 5, Against 2, Abstention 1)',
    '                 Dr W Quayle returned to the meeting.',
    '',
    ' The meeting ended at 12.20 pm.',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'fellmoor-dcc-minutes.txt');
  const m = r.minutes[0];

  it('takes the body from the "Meeting:" label, not the label line, and the start time, not the site visit\'s', () => {
    expect(m?.body).toBe('Development Control Committee');
    expect(m?.date).toBe('2032-03-03');
    expect(m?.time).toBe('09:30');
    expect(m?.venue).toBe('Brackenrigg Hall, Oxhope');
  });

  it('reads the member after an "Item N –" or "Agenda item N:" prefix, keeping the item with the interest', () => {
    const d = m?.items.find((i) => i.minute === '14/32')?.declarations ?? [];
    expect(d.map((x) => x.member)).toEqual(['Dr W Quayle', 'Cllr N Ousby']);
    expect(d[0]?.interest).toContain('personal and prejudicial interest');
    expect(d[0]?.interest).toContain('(item 5.2)');
    expect(d[1]?.interest).toContain('(item 5.1)');
  });

  it('ends each resolution at a bracketed "For / Against / Abstention(s)" tally, the tally and notes kept in the text', () => {
    const refused = m?.items.find((i) => i.minute === '15/32');
    const granted = m?.items.find((i) => i.minute === '16/32');
    expect(refused?.resolutions).toEqual(['That the application be REFUSED for the reasons given in the report.']);
    expect(refused?.text).toContain('(For 6, Against 1, Abstentions 2)');
    expect(granted?.resolutions).toEqual(['That the application be GRANTED subject to conditions.']);
    expect(granted?.text).toContain('(For 5, Against 2, Abstention 1)');
  });
});

describe('holdout: a combined authority’s laid-out pack (letter summons, indented cover tables, a register without references, wrapped item suffixes)', () => {
  const pad = (...cells: Array<[number, string]>): string => cells.reduce((line, [at, text]) => line.padEnd(at) + text, '');
  const text = [
    pad([0, 'Kestrelmoor Joint Waste Authority'], [100, '3 March 2032']),
    '',
    pad([2, 'Please ask for:'], [40, 'Tomas Vireo']),
    pad([2, 'E-mail:'], [40, 'tomas.vireo@kestrelmoor-waste.example']),
    pad([2, 'Our ref:'], [40, 'KJWA/0332']),
    pad([2, 'Date:'], [40, '20 February 2032']),
    pad([2, 'Dear Member,']),
    pad([2, 'KESTRELMOOR JOINT WASTE AUTHORITY – WEDNESDAY, 3 MARCH 2032']),
    pad([2, 'You are requested to attend a meeting of the Kestrelmoor Joint Waste Authority to be held in']),
    pad([2, 'Board Room 2, Depot House, Slate Lane, Orrinford on Wednesday, 3']),
    pad([2, 'March 2032 at 10.30 am, when the business set out below will be transacted.']),
    pad([2, 'A briefing for Members will take place in the same room at 9.15 am before the meeting.']),
    pad([2, 'Yours faithfully,']),
    '',
    pad([2, 'Ilsa Marrow']),
    pad([2, 'Clerk to the Authority']),
    '',
    pad([40, 'AGENDA']),
    pad([3, '1.'], [17, 'Apologies for Absence']),
    pad([3, '2.'], [17, 'Minutes of the Last Meeting']),
    pad([3, '3.'], [17, 'Landfill Diversion Risks – Quarter 2'], [95, '2-3']),
    '',
    pad([60, 'Page 1']),
    '\f' + pad([0, 'Kestrelmoor Joint Waste Authority'], [100, '3 March 2032']),
    '',
    pad([90, 'Agenda Item 4']),
    '',
    pad([2, 'KESTRELMOOR JOINT WASTE AUTHORITY']),
    pad([4, 'Report of'], [40, 'Hester Quill, Treasurer']),
    pad([4, 'Subject'], [40, 'Landfill Diversion Risks – Quarter 2']),
    pad([4, 'Date'], [40, '3 March 2032']),
    pad([4, 'Recommendations'], [40, 'The Authority is asked to:']),
    pad([40, '1. note the risks set out in section 2; and']),
    pad([40, '2. approve the closure of the weighbridge risk at the end of the']),
    pad([43, 'quarter.']),
    pad([4, 'Author'], [40, 'Noel Pardew, Risk Officer']),
    pad([4, 'Contact'], [40, 'noel.pardew@kestrelmoor-waste.example']),
    '',
    pad([2, '1. Background']),
    pad([2, '1.1 Risks are scored for likelihood and impact from 1 to 5.']),
    '',
    pad([2, '2. Register']),
    pad([20, 'Risk'], [40, 'Likelihood'], [53, 'Impact'], [62, 'Score'], [72, 'Owner'], [95, 'Mitigation']),
    pad([3, 'Gate fee inflation above'], [44, '4'], [55, '3'], [63, '12'], [72, 'Treasurer'], [95, 'Indexed contract cap.']),
    pad([3, 'budget']),
    pad([3, 'Contract prices rise faster'], [72, ''], [95, '']),
    pad([3, 'than the levy allows.']),
    pad([3, 'Fire at a transfer station'], [44, '2'], [55, '5'], [63, '10'], [72, 'Operations Lead'], [95, 'Thermal cameras;']),
    pad([3, 'A battery fire closes a site'], [95, 'sprinklers.']),
    pad([3, 'for several weeks.']),
    '',
    pad([60, 'Page 2']),
    '\f' + pad([0, 'Kestrelmoor Joint Waste Authority'], [100, '3 March 2032']),
    '',
    pad([20, 'Risk'], [40, 'Likelihood'], [53, 'Impact'], [62, 'Score'], [72, 'Owner'], [95, 'Mitigation']),
    pad([3, 'Loss of the recycling'], [44, '3'], [55, '3'], [63, '9'], [72, 'Operations Lead'], [95, 'Second offtaker.']),
    pad([3, 'offtaker']),
    pad([3, 'The single buyer of mixed'], [95, '']),
    pad([3, 'paper withdraws.']),
    '',
    pad([2, '3. Financial implications']),
    pad([2, '3.1 None arise directly.']),
    '',
    pad([60, 'Page 3']),
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'kestrelmoor-waste.txt');

  it('reads the meeting from a letter sentence that never says "summoned", its date wrapped, not the briefing time', () => {
    expect(r.meeting?.body).toBe('Kestrelmoor Joint Waste Authority');
    expect(r.meeting?.date).toBe('2032-03-03');
    expect(r.meeting?.time).toBe('10:30');
    expect(r.meeting?.venue).toBe('Board Room 2, Depot House, Slate Lane, Orrinford');
  });

  it('reads an indented cover table past its Recommendations row: the author below it, the list from its cell', () => {
    const rep = r.reports[0];
    expect(rep?.title).toBe('Landfill Diversion Risks – Quarter 2');
    expect(rep?.leadOfficer).toBe('Hester Quill, Treasurer');
    expect(rep?.author).toBe('Noel Pardew, Risk Officer');
    expect(rep?.recommendations).toEqual(['note the risks set out in section 2; and', 'approve the closure of the weighbridge risk at the end of the quarter.']);
    expect(rep?.risk ?? null).toBeNull();
  });

  it('reads a register with no reference column: rows start with their numbers, the headline before its description, the repeated header adds none', () => {
    expect(r.risks.map((k) => [k.title, k.owner, k.likelihood, k.impact, k.score])).toEqual([
      ['Gate fee inflation above budget', 'Treasurer', 4, 3, 12],
      ['Fire at a transfer station', 'Operations Lead', 2, 5, 10],
      ['Loss of the recycling offtaker', 'Operations Lead', 3, 3, 9],
    ]);
  });

  it('takes the agenda item from a "– Agenda" / "Item N" suffix wrapped onto the next line', () => {
    expect(ITEM_SUFFIX_WRAP.head.test('14. GATE FEES – AGENDA')).toBe(true);
    expect(ITEM_SUFFIX_WRAP.tail.test('ITEM 5')).toBe(true);
    expect(ITEM_SUFFIX_WRAP.tail.test('ITEM 5 was deferred')).toBe(false);
    const minutes = [
      'MINUTES of a meeting of the Kestrelmoor Joint Waste Authority held on Wednesday, 6 January 2032 at 10.30 am',
      '',
      'Present: Councillors A Brisk and C Dunnock',
      '',
      '14.   APOLOGIES – AGENDA ITEM 1',
      '      None were received.',
      '15.   GATE FEES AND THE LEVY FOR THE COMING YEAR – AGENDA',
      '      ITEM 2',
      '      RESOLVED that the levy be noted.',
      '16.   ANY OTHER BUSINESS – AGENDA ITEM 3',
      '      There was none.',
    ].join('\n');
    const m = extractPack(Buffer.from(minutes), 'kestrelmoor-minutes.txt').minutes[0];
    expect(m?.items.map((i) => [i.minute, i.agendaItem, i.title])).toEqual([
      ['14', '1', 'APOLOGIES'],
      ['15', '2', 'GATE FEES AND THE LEVY FOR THE COMING YEAR'],
      ['16', '3', 'ANY OTHER BUSINESS'],
    ]);
    expect(m?.items[1]?.resolutions).toEqual(['the levy be noted.']);
  });
});

describe('holdout: a web page of officer decisions, each a reference heading over a label table whose cells run on', () => {
  const row = (label: string, value: string): string => `<tr>\n  <th scope="row">${label}</th>\n  <td>${value}</td>\n</tr>`;
  const record = (ref: string, rows: string[]): string => `<section id="${ref}">\n<h2>${ref}</h2>\n<table>\n${rows.join('\n')}\n</table>\n</section>`;
  const html = [
    '<!DOCTYPE html><html><body><main>',
    '<h1>Officer decisions: May 2031</h1>',
    '<table><tr><th>Date</th><th>Ref</th><th>Subject</th></tr>',
    '<tr><td>12/05/2031</td><td>OFD-31-022</td><td>Library opening hours</td></tr>',
    '<tr><td>04/05/2031</td><td>OFD-31-021</td><td>Depot roof</td></tr></table>',
    record('OFD-31-022', [
      row('Decision title', 'Summer opening hours at Wyrebank Library'),
      row('Decision maker', 'Head of Libraries (Tomasz Pellow)'),
      row('Date of decision', '12 May 2031'),
      row(
        'Decision',
        '\n<ol>\n<li>To open the library until 7pm on Thursdays; to close it on Mondays; and to review the hours in October.</li>\n<li>To consult users on the winter hours.</li>\n</ol>\n',
      ),
      row('Reasons for the decision', '\n<p>Visits after 5pm have doubled.</p>\n<p>The change costs nothing extra (staff rota score 91.5).</p>\n'),
      row('Alternative options considered', '\n<ul>\n<li>Keep the current hours: rejected.</li>\n<li>Open on Sundays: rejected, costing £9.40 a visit.</li>\n</ul>\n'),
      row('Wards affected', 'Wyrebank; Low Fenn'),
    ]),
    record('OFD-31-021', [
      row('Decision title', 'Repairs to the Salter Lane depot roof'),
      row('Decision maker', 'Director of Environment (Nia Carrow)'),
      row('Date of decision', '4 May 2031'),
      row('Decision', 'To repair the depot roof at a cost of £48,200.'),
      row('Reasons for the decision', 'The roof leaks.'),
    ]),
    '<h2>Contact</h2>',
    '<p>Legal Services, Town Hall</p>',
    '<p>Email: legal@fernwick.example</p>',
    '<p>Page last updated: 20 May 2031</p>',
    '</main></body></html>',
  ].join('\n');
  const r = extractPack(Buffer.from(html), 'fernwick-officer-decisions.html');

  it('reads one report per record, starting at its reference heading, which it keeps as the decision number', () => {
    expect(r.reports.map((x) => [x.title, x.decisionNumber, x.date])).toEqual([
      ['Summer opening hours at Wyrebank Library', 'OFD-31-022', '2031-05-12'],
      ['Repairs to the Salter Lane depot roof', 'OFD-31-021', '2031-05-04'],
    ]);
  });

  it('reads a bare numbered list in an open cell as the parts, a semicolon list inside one part kept whole', () => {
    expect(r.reports[0]?.decisions).toEqual([
      'To open the library until 7pm on Thursdays; to close it on Mondays; and to review the hours in October.',
      'To consult users on the winter hours.',
    ]);
    expect(r.reports[1]?.decision).toBe('To repair the depot roof at a cost of £48,200.');
  });

  it('keeps every paragraph and list item of a cell with its row, not with the decision', () => {
    const sections = new Map(r.reports[0]?.sections.map((s) => [s.heading, s.text]));
    expect(sections.get('Reasons for the decision')).toContain('91.5');
    expect(sections.get('Alternative options considered')).toContain('£9.40');
    expect(sections.get('Decision')).not.toContain('91.5');
  });

  it('ends the last record with its table: the page contact block and footer are not its sections', () => {
    const last = r.reports[1];
    expect(last?.sections.map((s) => s.heading)).toEqual(['Decision', 'Reasons for the decision']);
    expect(JSON.stringify(last)).not.toContain('legal@fernwick');
  });
});

describe('holdout: word-processor Markdown minutes, a capitalised RESOLVED inside sentences and the mover on a line of its own', () => {
  const md = [
    '# **ASHCOMBE MAGNA TOWN COUNCIL**',
    '',
    '## **MINUTES OF THE FULL COUNCIL MEETING OF ASHCOMBE MAGNA TOWN COUNCIL HELD ON TUESDAY 3rd JUNE 2031 AT 7.00PM IN THE MARKET HALL**',
    '',
    '**Present:** Cllr Ingrid Saltmarsh (Chair), Cllr Tobias Wren\\-Holloway and Cllr Mabel Okonjo',
    '',
    '### **31/040 Apologies**',
    '',
    'An apology was received from Cllr Piers Aldous (illness), and it was **RESOLVED** to accept it. Cllr Dana Roe did not attend.',
    '',
    'Proposed Cllr Okonjo, seconded Cllr Saltmarsh, all in favour.',
    '',
    "### **31/041 Town Clerk's update**",
    '',
    'For information only:',
    '',
    '* The bus shelter on Quarry Street has been repainted.  ',
    '* The allotment waiting list stands at eleven.',
    '',
    '### **31/042 Cemetery \\- boundary wall repairs**',
    '',
    'Two quotations were considered. After a short debate it was **RESOLVED** to accept the lower quotation of £2,100.00, to be met from the cemetery reserve.',
    '',
    'Proposed Cllr Wren\\-Holloway, seconded Cllr Okonjo, 2 in favour, 1 abstention.',
    '',
    '### **31/043 Twinning visit**',
    '',
    'It was **RESOLVED** to host the visiting delegation on 9th August 2031. It was further **RESOLVED** to meet the reception costs of up to £300.00 from the civic budget.',
    '',
    'Proposed Cllr Saltmarsh, seconded Cllr Wren\\-Holloway, all in favour.',
    '',
    '### **31/044 Date of next meeting**',
    '',
    'The next meeting will be held on Tuesday 1st July 2031 at 7.00pm.',
  ].join('\n');
  const m = extractPack(Buffer.from(md), 'ashcombe-magna-minutes.md').minutes[0];
  const res = (no: string): string[] | undefined => m?.items.find((i) => i.minute === no)?.resolutions;

  it('reads the escaped "\\-" of a title as a plain dash', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['31/040', '31/041', '31/042', '31/043', '31/044']);
    expect(m?.items[2]?.title).toBe('Cemetery - boundary wall repairs');
  });

  it('starts a resolution at "it was RESOLVED" inside a sentence and ends it with that sentence', () => {
    expect(res('31/040')).toEqual(['to accept it.']);
    expect(res('31/042')).toEqual(['to accept the lower quotation of £2,100.00, to be met from the cemetery reserve.']);
  });

  it('reads "It was further RESOLVED" after a sentence as a second resolution of the paragraph', () => {
    expect(res('31/043')).toEqual(['to host the visiting delegation on 9th August 2031.', 'to meet the reception costs of up to £300.00 from the civic budget.']);
  });

  it('resolves nothing in information-only minutes, and the "Proposed …, seconded …" line is never a resolution', () => {
    expect(res('31/041')).toEqual([]);
    expect(res('31/044')).toEqual([]);
    expect(m?.items.flatMap((i) => i.resolutions).some((r) => /seconded|in favour/i.test(r))).toBe(false);
  });

  it('splits a line at a lower-case "it was" before the capitalised word, never at prose "it was resolved"', () => {
    expect('Members debated, and it was AGREED to defer.'.split(RESOLUTION_MID_LINE)).toEqual(['Members debated, and', 'it was AGREED to defer.']);
    expect(RESOLUTION_MID_LINE.test('Members asked whether it was resolved last year.')).toBe(false);
  });
});

describe('a laid-out plan of key decisions with eight columns, a stacked reference cell and rows cut by page breaks', () => {
  const row = (...cells: Array<[number, string]>): string => {
    let out = '';
    for (const [at, text] of cells) out = `${out.padEnd(at)}${text}`;
    return out;
  };
  const running = row([0, 'Westmere City Region'], [110, 'Key Decisions Notice 12/31 – issued 3 November 2031']);
  const footer = (n: number): string[] => ['', '', row([0, 'PUBLIC'], [150, `Page ${n} of 3`])];
  const header = [
    row([2, 'Ref'], [17, 'Decision to be taken'], [60, 'Decision maker'], [80, 'Date of'], [96, 'Key'], [105, 'Private'], [121, 'Documents'], [145, 'Lead officer/contact']),
    row([80, 'decision'], [96, 'decision (exempt']),
    row([96, 'Y/N'], [105, 'para)']),
  ];
  const pages = [
    [
      running,
      '',
      '',
      ' Westmere City Region',
      ' Key Decisions Notice 12/31',
      ' Issued: 3 November 2031',
      '',
      ' The Region Board meets at 2.00 pm at Quayside House.',
      ...footer(1),
    ],
    [
      running,
      '',
      '',
      ' Forthcoming key decisions',
      ...header,
      row([2, 'WCR/31/018'], [17, 'Tram Depot Extension'], [60, 'Region Mayor'], [80, 'Not before 4'], [97, 'Y'], [105, 'No'], [121, 'Board report;'], [145, 'Ilse Marwood,']),
      row([2, 'First'], [17, 'To approve the extension of the'], [60, ''], [80, 'December 2031'], [121, 'depot survey'], [145, 'ilse.marwood@westm']),
      row([2, 'published:'], [17, 'tram depot at Osney Sidings.'], [145, 'ere.example']),
      row([2, '02/09/2031']),
      row(
        [2, 'WCR/31/022'],
        [17, 'Skills Grants 2032'],
        [60, 'Board Member for'],
        [80, '17 December'],
        [97, 'Y'],
        [105, 'Part – para 3'],
        [121, 'Decision report'],
        [145, 'Colm Fairleigh'],
      ),
      row([2, 'First'], [17, 'To award grants to eleven'], [60, 'Skills and Work'], [80, '2031'], [105, '(Annex 2)']),
      ...footer(2),
    ],
    [
      running,
      '',
      '',
      ...header,
      row([2, 'published:'], [17, 'training providers.'], [145, 'colm.fairleigh@westmere.example']),
      row([2, '06/10/2031']),
      row([2, 'WCR/31/025'], [17, 'Bus Shelter Programme'], [60, 'Region Mayor,'], [80, 'TBC'], [97, 'N'], [105, 'No'], [121, 'Report'], [145, 'Ros Tanaka']),
      row([2, 'First'], [17, 'To fund 200 new shelters on'], [60, 'Region Board']),
      row([2, 'published:'], [17, 'rural routes.']),
      row([2, '03/11/2031']),
      '',
      ' Decisions made since the previous notice',
      row([2, 'Ref'], [20, 'Decision made'], [80, 'Decision maker'], [110, 'Date made']),
      row([2, 'WCR/31/009'], [20, 'Cycle Hire Contract'], [80, 'Region Board'], [110, '22 October 2031']),
      '',
      ' Withdrawn items',
      row([2, 'Ref'], [20, 'Item'], [80, 'Reason for withdrawal']),
      row([2, 'WCR/31/011'], [20, 'Ferry Pier Repairs'], [80, 'Now part of WCR/31/018.']),
      ...footer(3),
    ],
  ];
  const text = `${pages.map((p) => p.join('\n')).join('\n\f')}\n\f`;
  const plan = extractPack(Buffer.from(text), 'key-decisions-notice.txt').forwardPlan;

  it('reads one entry per reference, none from the decided and withdrawn tables after the plan', () => {
    expect(plan.map((e) => e.ref)).toEqual(['WCR/31/018', 'WCR/31/022', 'WCR/31/025']);
  });

  it('reads the first published date from the reference cell stacked over three lines, and keeps it out of the matter', () => {
    expect(plan.map((e) => e.firstPublished)).toEqual(['2031-09-02', '2031-10-06', '2031-11-03']);
    expect(plan[0]?.issue).toBe('Tram Depot Extension To approve the extension of the tram depot at Osney Sidings.');
  });

  it('joins each cell within its column: the date, the decision makers, the private column split from the key column', () => {
    const [depot, skills, shelters] = plan;
    expect(depot?.decisionDate).toMatchObject({ date: '2031-12-04', qualifier: 'not-before' });
    expect(depot?.exempt).toBe('No');
    expect(depot?.contacts.join(' ').replace(/\s+/g, '')).toContain('ilse.marwood@westmere.example');
    expect(skills?.decisionMakers).toEqual(['Board Member for Skills and Work']);
    expect(skills?.exempt).toBe('Part – para 3 (Annex 2)');
    expect(shelters?.decisionMakers).toEqual(['Region Mayor', 'Region Board']);
    expect(shelters?.decisionDate).toMatchObject({ text: 'TBC', date: null, qualifier: null });
  });

  it('goes on with a row cut by a page break under the repeated header, without the page furniture', () => {
    const skills = plan[1];
    expect(skills?.issue).toBe('Skills Grants 2032 To award grants to eleven training providers.');
    expect(skills?.decisionDate).toMatchObject({ date: '2031-12-17', qualifier: 'on' });
    expect(skills?.contacts.join(' ')).toContain('colm.fairleigh@westmere.example');
    expect(JSON.stringify(plan)).not.toMatch(/PUBLIC|Page \d|Lead officer|Westmere City Region/);
  });
});

describe('an agenda pack with a colon-less Date / Time / Venue grid beside a contact block, a "Contact officer:" foot and a work programme table', () => {
  const pages = [
    [
      '                         BRINDLEMOOR BOROUGH COUNCIL',
      '                                  Notice of Meeting',
      '',
      '                        Communities Scrutiny Panel',
      '  Date        Tuesday 9 November 2032                             Contact: Oskar Venn',
      '                                                                  Committee Clerk',
      '  Time        6.30 pm',
      '                                                                  Tel: 01632 960744',
      '  Venue       Committee Room 3, Civic Offices,                    E-mail: oskar.venn@brindlemoor.example',
      '              Tanner Row, Brindlemoor BR2 6PL',
      '',
      'AGENDA',
      '1.   Apologies for Absence',
      '2.   Library Service Review',
      '     Report of the Head of Culture',
      '3.   Panel Work Programme 2032/33',
      '',
      '                                        Page 1',
    ],
    [
      '                                                                            Agenda Item 2',
      '',
      'Library Service Review',
      ' Report to                     Communities Scrutiny Panel',
      ' Date                          9 November 2032',
      ' Report of                     Hana Molloy, Head of Culture',
      ' Portfolio Holder              Councillor Dev Arkwright, Portfolio Holder for Culture',
      ' Wards affected                All',
      ' Key decision                  No',
      '',
      '1. Purpose',
      '1.1   To report the findings of the review of the library service.',
      '',
      '2. Recommendations',
      'The Panel is recommended to:',
      '2.1   note the findings of the review; and',
      '2.2   comment on the proposed opening hours before the Cabinet decides them.',
      '',
      '3. Background',
      '3.1   The review began in the spring and took evidence from users of all five libraries.',
      '',
      'Appendices',
      'Appendix A – Survey results',
      '',
      'Contact officer: Piet Strand, Libraries Manager',
      'Tel: 01632 960781 E-mail: piet.strand@brindlemoor.example',
      '',
      '                                        Page 2',
    ],
    [
      '                                                                            Agenda Item 3',
      '',
      'Communities Scrutiny Panel – Work Programme 2032/33',
      'The Panel sets its own programme and reviews it at each meeting. Any member may ask',
      'for a topic to be added, and the Chair will decide whether and when it is taken.',
      'Items are listed by the meeting at which they are expected; the officer named leads',
      'on the report. Items without a date are shown at the end of the table.',
      '',
      'Meeting date      Item                             Lead officer                 Purpose',
      '9 November 2032   Library Service Review           Hana Molloy                  To comment on the',
      '                  Stage Two                                                     review before the',
      '                                                                                Cabinet decides.',
      '                  Allotment Waiting Lists          Ravi Castellane-             To look at the list and the',
      '                                                   Dunn / Elin Hope             Allocation Rules.',
      '11 January 2033   Youth Services Annual           Marta Quill                  Annual update.',
      '                  Report',
      '',
      '                                        Page 3',
    ],
    [
      'Meeting date      Item                           Lead officer                 Purpose',
      '                  Parks Byelaws Review           Tobias Rennick               To review the byelaws.',
      'To be scheduled   Town Centre Toilets – Future Ines Marlow                    Awaiting a survey.',
      '                  Options',
      '',
      '                                        Page 4',
    ],
  ];
  const r = extractPack(Buffer.from(`${pages.map((p) => p.join('\n')).join('\n\f')}\n\f`), 'panel.txt');

  it('reads the time and the venue from the label grid, the venue joined across its wrap without the contact column', () => {
    expect(r.meeting?.body).toBe('Communities Scrutiny Panel');
    expect(r.meeting?.date).toBe('2032-11-09');
    expect(r.meeting?.time).toBe('18:30');
    expect(r.meeting?.venue).toBe('Committee Room 3, Civic Offices, Tanner Row, Brindlemoor BR2 6PL');
  });

  it('takes the report author and contact from the "Contact officer:" foot, the "Report of" officer staying the lead', () => {
    expect(r.reports).toHaveLength(1);
    const rep = r.reports[0];
    expect(rep?.leadOfficer).toBe('Hana Molloy, Head of Culture');
    expect(rep?.author).toBe('Piet Strand, Libraries Manager');
    expect(rep?.contact).toContain('01632 960781');
    expect(rep?.contact).toContain('piet.strand@brindlemoor.example');
  });

  it('finds the work programme past its introduction and reads its rows: dates carried down, wrapped cells, leads split at "/"', () => {
    expect(r.workProgramme.map((w) => [w.meetingDate, w.item, w.leads])).toEqual([
      ['2032-11-09', 'Library Service Review Stage Two', ['Hana Molloy']],
      ['2032-11-09', 'Allotment Waiting Lists', ['Ravi Castellane-Dunn', 'Elin Hope']],
      ['2033-01-11', 'Youth Services Annual Report', ['Marta Quill']],
      ['2033-01-11', 'Parks Byelaws Review', ['Tobias Rennick']],
      [null, 'Town Centre Toilets – Future Options', ['Ines Marlow']],
    ]);
  });
});

describe('holdout: minutes under a heading block stacked in two languages, a wrapped bilingual label column and lay members', () => {
  const pad = (label: string, value: string): string => ` ${label.padEnd(36)}${value}`;
  const text = [
    '                               COMHAIRLE NAN GLEANN',
    '                              GLENMORVAL AREA COUNCIL',
    '',
    '                            GEÀRR-CHUNNTAS / MINUTES',
    '                             Comataidh Sgrùdaidh is Riaghlaidh',
    '                              Scrutiny and Standards Committee',
    '                          Diardaoin, 4 Màrt 2032 aig 2.00 f.',
    '                            Thursday, 4 March 2032 at 2.00 pm',
    '                    Seòmar na Comhairle, Taigh na Siorrachd, Inbhirdubh',
    '                     Council Chamber, Shire House, Inverdubh',
    '',
    pad('PRESENT / AN', 'Mrs Orla Kinnear (Independent Member) (Chair)'),
    pad('LATHAIR:', 'Councillors: Fergus Maclaren (Vice-Chair), Isla Drummond,'),
    pad('', 'Calum Rennie and Morven Sutherland'),
    pad('', 'Independent Member: Mr Lachlan Baird'),
    '',
    pad('Officers in attendance:', 'Rona Galbraith – Chief Finance Officer'),
    pad('', 'Hamish Urquhart – Committee Officer'),
    '',
    ' 1.      APOLOGIES FOR ABSENCE',
    '         Apologies for absence were received from Councillor Euan Strachan.',
    '',
    ' 2.      ANNUAL STANDARDS REPORT',
    '         The Chief Finance Officer presented the report.',
    '         RESOLVED –',
    '',
    '',
    'Scrutiny and Standards Committee – 4 March 2032                                   Page 1',
    '\f              (a)    that the Annual Standards Report be noted;',
    '              (b)    that the report be referred to the Council on 1 April 2032.',
    '',
    ' The meeting closed at 3.15 pm.',
    '',
    'Scrutiny and Standards Committee – 4 March 2032                                   Page 2',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'glenmorval-scrutiny-minutes.txt');
  const m = r.minutes[0];

  it('reads the bilingual "X / MINUTES" title as minutes, not a meeting with an agenda', () => {
    expect(r.minutes).toHaveLength(1);
    expect(r.meeting === null || r.meeting.agenda.length === 0).toBe(true);
  });

  it('takes the body, date, time and venue from the English line of each stacked pair', () => {
    expect([m?.body, m?.date, m?.time, m?.venue, m?.endedAt]).toEqual([
      'Scrutiny and Standards Committee',
      '2032-03-04',
      '14:00',
      'Council Chamber, Shire House, Inverdubh',
      '15:15',
    ]);
  });

  it('joins the wrapped bilingual label and reads councillors and independent members under it as present', () => {
    expect(m?.present).toEqual(expect.arrayContaining(['Fergus Maclaren', 'Isla Drummond', 'Calum Rennie', 'Morven Sutherland', 'Mr Lachlan Baird']));
    expect(m?.present.some((p) => p.startsWith('Mrs Orla Kinnear'))).toBe(true);
    expect(m?.present).toHaveLength(6);
    expect(m?.inAttendance.join(' ')).toContain('Rona Galbraith');
    expect(m?.inAttendance.join(' ')).toContain('Hamish Urquhart');
    expect(m?.apologies).toEqual(['Councillor Euan Strachan']);
  });

  it('reads the lettered parts of a RESOLVED at a page foot from the next page', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['1', '2']);
    expect(m?.items[1]?.resolutions).toEqual(['that the Annual Standards Report be noted;', 'that the report be referred to the Council on 1 April 2032.']);
  });
});

describe('a decision details web page with an "Interests and Nature of Interests Declared" block', () => {
  const html = `<html><head><title>Decision - Harbour wall repairs - Pellbridge Borough Council</title></head><body>
<nav><ul><li><a href="/x">Find your councillor</a></li><li><a href="/y">Committees</a></li></ul></nav>
<main>
<h1>Harbour wall repairs - approval of emergency works</h1>
<p><span class="mgLabel">Decision Maker: </span><a href="/c">Executive</a></p>
<p><span class="mgLabel">Decision status: </span>Approved</p>
<p><span class="mgLabel">Is Key decision?: </span>No</p>
<h2>Purpose:</h2>
<p>To approve emergency works to the harbour wall.</p>
<h2>Decision:</h2>
<ol>
<li>That emergency repairs to the north harbour wall be approved at a cost of &pound;95,000.</li>
<li>That the Head of Coastal Services report progress to the Executive in September.</li>
</ol>
<h2>Reasons for the decision:</h2>
<p>A winter storm breached the wall in two places.</p>
<h2>Interests and Nature of Interests Declared:</h2>
<p><a href="/u">Cllr Hester Quayle</a> declared a Disclosable Pecuniary Interest as the owner of a boatyard on the
north quay. He left the meeting for this item. Councillor Dafydd Lusk declared a personal interest as a member of the Harbour Users Group.</p>
<p><span class="mgLabel">Publication date: </span>06/11/2031</p>
<p><span class="mgLabel">Date of decision: </span>04/11/2031</p>
<p><span class="mgLabel">Call-in deadline: </span>12/11/2031</p>
</main></body></html>`;
  const r = extractPack(Buffer.from(html), 'pellbridge-decision.html').reports[0];

  it('reads each declaration on the record, one per sentence naming a member, member and interest apart, and keeps it out of the decision', () => {
    expect(r?.declarations?.map((d) => d.member)).toEqual(['Cllr Hester Quayle', 'Councillor Dafydd Lusk']);
    expect(r?.declarations?.[0]?.interest).toMatch(/^a Disclosable Pecuniary Interest as the owner of a boatyard on the north quay\. He left the meeting for this item\.$/);
    expect(r?.declarations?.[1]?.interest).toBe('a personal interest as a member of the Harbour Users Group.');
    expect(r?.decisions).toHaveLength(2);
    expect(r?.decisions?.every((d) => !/declared|boatyard/i.test(d))).toBe(true);
  });

  it('knows the heading as a declarations heading', () => {
    expect(DECISION_SECTION_HEADINGS.find((h) => h.pattern.test('Interests and Nature of Interests Declared:'))?.kind).toBe('declarations');
  });
});

describe('holdout: word-processor HTML minutes with bordered attendance tables and lettered <ol> resolutions (invented council)', () => {
  const html = [
    '<html><head><meta name="generator" content="LibreOffice 7.6"/></head><body>',
    '<p class="western"><font face="Arial"><b>BRACKENMOOR JOINT CREMATORIUM BOARD</b></font></p>',
    '<p class="western"><font face="Arial"><b>MINUTES</b> of a meeting of the Brackenmoor Joint Crematorium Board held in',
    'the Oak Room, Fellside House, Brackenmoor on <b>Tuesday 9 March 2032</b> at 2.00 pm.</font></p>',
    '<p class="western"><font face="Arial"><b>Present:</b></font></p>',
    '<table><col width="300"/><col width="300"/>',
    '<tr><td><p class="western"><font face="Arial"><b>Councillor</b></font></p></td><td><p class="western"><b>Authority</b></p></td></tr>',
    '<tr><td><p class="western"><font face="Arial">Cllr Rosalind Henty (Chair)</font></p></td><td><p class="western">Fellside Borough Council</p></td></tr>',
    '<tr><td><p class="western"><font face="Arial">Cllr Magnus Orrell*</font></p></td><td><p class="western">Lowdale District Council</p></td></tr>',
    '</table>',
    '<p class="western"><i>* substitute for Cllr T Abney</i></p>',
    '<p class="western"><font face="Arial"><b>Officers in attendance:</b></font></p>',
    '<table><col width="200"/><col width="200"/><col width="200"/>',
    '<tr><td><p class="western"><b>Name</b></p></td><td><p class="western"><b>Post</b></p></td><td><p class="western"><b>Authority</b></p></td></tr>',
    '<tr><td><p class="western">Wilfred Cardew</p></td><td><p class="western">Crematorium Manager</p></td><td><p class="western">Fellside BC</p></td></tr>',
    '<tr><td><p class="western">Tamsin Olerenshaw</p></td><td><p class="western">Clerk to the Board</p></td><td><p class="western">Lowdale DC</p></td></tr>',
    '</table>',
    '<p class="western"><font face="Arial"><b>BCB/32/</b><b>7</b>&nbsp;&nbsp;&nbsp;&nbsp;<b>FEES AND CHARGES</b></font></p>',
    '<ol><li><p class="western"><font face="Arial">The Manager presented the proposed fees.</font></p></ol>',
    '<p class="western"><font face="Arial"><b>RESOLVED:</b></font></p>',
    '<ol type="a"><li><p class="western"><font face="Arial">That the fees for 2032/33 be approved.</font></p>',
    '<li><p class="western"><font face="Arial">That the memorial charges be frozen.</font></p></ol>',
    '<p class="western"><i>(Cllr Orrell asked that his vote against resolution (b) be recorded.)</i></p>',
    '<ol type="a" start="3"><li><p class="western"><font face="Arial">That the chapel organ be replaced.</font></p></ol>',
    '<p class="western"><font face="Arial">The meeting closed at 3.05 pm.</font></p>',
    '</body></html>',
  ].join('\n');
  const r = extractPack(Buffer.from(html), 'brackenmoor-crematorium-minutes.html');
  const m = r.minutes[0];

  it('reads the Councillor | Authority table as the names alone, without the role note or the footnote mark', () => {
    expect(m?.present).toEqual(['Cllr Rosalind Henty', 'Cllr Magnus Orrell']);
  });

  it('reads the Name | Post | Authority table as officers in attendance, not its header cells', () => {
    expect(m?.inAttendance).toHaveLength(2);
    expect(m?.inAttendance[0]).toContain('Wilfred Cardew');
    expect(m?.inAttendance[1]).toContain('Tamsin Olerenshaw');
  });

  it('reads a minute number split over two bold runs, and the lettered list resumed after a note as one set of resolutions', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['BCB/32/7']);
    expect(m?.items[0]?.resolutions).toEqual(['That the fees for 2032/33 be approved.', 'That the memorial charges be frozen.', 'That the chapel organ be replaced.']);
  });
});

describe('holdout: a letter giving notice of a hearing panel determination (invented Ashcombe council)', () => {
  const text = [
    'Ashcombe Borough Council',
    'Civic Centre, Ashcombe AC1 1AA',
    '',
    'Mr Duncan Hale',
    '12 Mill Lane',
    'Date:   3 March 2031',
    '',
    'Dear Mr Hale',
    '',
    'Gambling Act 2005 - Application for a Premises Licence',
    'The Lucky Star Arcade, 4 Pier Street, Ashcombe',
    '',
    '  Date of hearing:        24 February 2031',
    '  Time:                   2.00 pm',
    '  Venue:                  Room 4, Ashcombe Civic Centre, Bridge Road,',
    '                          AC1 2BB',
    '  Panel members:          Councillor Nia Bramble (Chair)',
    '                          Councillor Owen Fairley',
    '  Legal adviser:          Ms Petra Gould, Solicitor',
    '',
    'Determination',
    'The Panel determined to grant the application subject to the following conditions:',
    '    1. The premises shall close at 23:00.',
    '    2. No person under 18 shall be admitted.',
    '',
    'Reasons',
    '    1. The Panel gave weight to the evidence of the Police.',
    '',
    'Yours sincerely',
    'for and on behalf of Councillor Nia Bramble, Chair of the Gambling Panel',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'ashcombe.txt');

  it('reads one set of minutes dated by the hearing, signed for its body, with the labelled time and venue', () => {
    expect(r.minutes).toHaveLength(1);
    const m = r.minutes[0];
    expect(m?.date).toBe('2031-02-24');
    expect(m?.body).toBe('Gambling Panel');
    expect(m?.time).toBe('14:00');
    expect(m?.venue).toContain('AC1 2BB');
  });

  it('reads one item without a minute number, titled by the subject, the reasons not resolved', () => {
    const items = r.minutes[0]?.items ?? [];
    expect(items).toHaveLength(1);
    expect(items[0]?.minute).toBe('');
    expect(items[0]?.title).toContain('Premises Licence');
    expect(items[0]?.resolutions[0]).toContain('determined to grant the application');
    expect(items[0]?.resolutions.join(' ')).not.toContain('evidence of the Police');
  });
});

describe('a timed agenda table with the number and the subject in columns of their own, lettered papers, a purpose column and a closing time row', () => {
  const text = [
    'Brackenridge Wellbeing Board                                                                 9 June 2032',
    '',
    'Brackenridge Borough Council',
    '',
    'Brackenridge Wellbeing Board',
    'Date:        Wednesday, 9 June 2032',
    'Time:        10.30 am',
    'Venue:       Council Chamber, Brackenridge Town Hall, Mill Lane, BR4 2ZZ',
    '',
    'Membership',
    '  Cllr Osric Penhaligon (Chair)',
    '  Cllr Delphine Ashworth',
    '',
    '                                          Page 1',
    '\fBrackenridge Wellbeing Board                                                                 9 June 2032',
    '',
    'AGENDA',
    ' Time     Item    Subject                                          Lead                 Paper     Purpose',
    ' 10.30    1.      Apologies for absence                            Chair                    -     -',
    ' 10.35    2.      Healthy weight plan: progress over the first     Director of              A     For',
    '                  year and the plan for 2033                       Public Health                  discussion',
    ' 11.00    3.      Falls prevention                                 Chair                    -     -',
    ' 11.00    3.1     Community strength classes: evaluation of        Head of Leisure          B     For noting',
    '                  the pilot',
    '',
    '                  Members are asked to note the evaluation.',
    ' 11.20    4.      Any other business                               Chair                    -     -',
    ' 11.30            Close',
    '',
    'Date of next meeting: Wednesday, 8 September 2032 at 10.30 am.',
    '',
    '                                          Page 2',
    '\f',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'brackenridge.txt');
  it('names a purpose column and a number column', () => {
    const kind = (h: string): string | undefined => AGENDA_TABLE_COLUMNS.find((c) => c.pattern.test(h))?.column;
    expect(['Purpose', 'No.', 'Subject'].map(kind)).toEqual(['purpose', 'number', 'item']);
  });
  it('reads each numbered row once, its wrapped subject joined, without the time, lead, paper or purpose; the close row is no item', () => {
    expect(r.meeting?.time).toBe('10:30');
    expect(r.meeting?.agenda.map((a) => [a.number, a.title, a.pages])).toEqual([
      ['1', 'Apologies for absence', null],
      ['2', 'Healthy weight plan: progress over the first year and the plan for 2033', null],
      ['3', 'Falls prevention', null],
      ['3.1', 'Community strength classes: evaluation of the pilot', null],
      ['4', 'Any other business', null],
    ]);
  });
});

describe('an action log numbered by references with the letter set on the year ("B31/04")', () => {
  const text = [
    'ACTION LOG',
    ' Ref            Action                                       Owner                    Due          Status',
    ' B31/04         Send the revised falls pathway to all        Head of Leisure          12/03/2032   Complete',
    '                members',
    ' B32/01         Report the waiting list for adaptations      Director of Housing /    October      Not yet due',
    '                to the autumn meeting                        Head of Leisure          2032',
    '',
    '                                          Page 4',
    '\f',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'log.txt');
  it('reads the references as the numbers of the actions, dates day first, a month with no date kept', () => {
    expect(ACTION_REF.test('B31/04')).toBe(true);
    const actions = r.actionPlans.flatMap((p) => p.actions);
    expect(actions.map((a) => a.number)).toEqual(['B31/04', 'B32/01']);
    expect(actions[0]?.action).toBe('Send the revised falls pathway to all members');
    expect(actions[0]?.due?.date).toBe('2032-03-12');
    expect(actions[1]?.owners).toEqual(['Director of Housing', 'Head of Leisure']);
    expect(actions[1]?.due).toEqual({ text: 'October 2032', date: null });
    expect(actions[1]?.status).toBe('Not yet due');
  });
});

describe('a police rank before a name in a list of apologies', () => {
  it('keeps "Chief Inspector …" and "Superintendent …" as people of their own, not posts of the person before', () => {
    expect(splitPeople('Councillor Tomas Rydell, Imelda Fairclough and Chief Inspector Bram Okafor')).toEqual([
      'Councillor Tomas Rydell',
      'Imelda Fairclough',
      'Chief Inspector Bram Okafor',
    ]);
    expect(splitPeople('Mr Piers Lanyon and Superintendent Greta Holm')).toEqual(['Mr Piers Lanyon', 'Superintendent Greta Holm']);
  });
});

describe('declarations by two people in one paragraph, a sentence each', () => {
  it('gives one declaration a person, what follows a declaring sentence staying with it', () => {
    const d = readDeclarations([
      'Cllr Mabel Ortiz declared a personal interest in item 6 as a trustee of Greystone Foodbank. She stayed for the item. Anwen Tully declared a pecuniary interest in item 8 as a director of Tully Builders Ltd. She left the meeting.',
    ]);
    expect(d.map((x) => x.member)).toEqual(['Cllr Mabel Ortiz', 'Anwen Tully']);
    expect(d[0]?.interest).toContain('Greystone Foodbank');
    expect(d[0]?.interest).not.toContain('Tully Builders');
    expect(d[1]?.interest).toContain('Tully Builders Ltd');
  });
});

describe('holdout: a Word "Save as Web Page" file in windows-1252 (invented Thornwick parish council)', () => {
  // The page as Word writes it in the Western European code page: curly quotes, dashes, £ and … as single bytes.
  const CP1252: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '…': 0x85 };
  const encode = (s: string): Buffer => Buffer.from([...s].map((c) => CP1252[c] ?? c.charCodeAt(0)));
  const para = (body: string): string => `<p class=MsoNormal style='margin-left:54.0pt'>${body}<o:p></o:p></p>\r\n`;
  const heading = (no: string, title: string): string =>
    `<p class=MsoNormal style='margin-left:54.0pt;text-indent:-54.0pt'><b>${no}<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span>${title}<o:p></o:p></b></p>\r\n`;
  const bullet = (body: string): string =>
    `<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>${body}<o:p></o:p></p>\r\n`;
  const page = (meta: string): string =>
    [
      '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\r\n<head>\r\n',
      meta,
      '\r\n<meta name=Generator content="Microsoft Word 15">\r\n<title>THORNWICK PARISH COUNCIL</title>\r\n',
      '<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Wendy Ashdown</o:Author></o:DocumentProperties></xml><![endif]-->\r\n',
      '</head>\r\n<body lang=EN-GB>\r\n<div class=WordSection1>\r\n',
      '<p class=MsoTitle>THORNWICK PARISH COUNCIL<o:p></o:p></p>\r\n',
      '<p class=MsoNormal align=center><b>MINUTES OF THE AMENITIES AND FOOTPATHS COMMITTEE MEETING<o:p></o:p></b></p>\r\n',
      '<p class=MsoNormal align=center><b>held in the Reading Room, Thornwick Institute on Tuesday 8 April 2031 at 7.30 pm<o:p></o:p></b></p>\r\n',
      "<p class=MsoNormal style='margin-left:90.0pt;text-indent:-90.0pt'><b>Present:<span style='mso-tab-count:2'>&nbsp;&nbsp; </span></b>Cllrs M Corrigan (Chair), F Oyelaran and B Tresize<o:p></o:p></p>\r\n",
      '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n',
      heading('AF/31/</b><b>12', 'PLAY AREA – ANNUAL INSPECTION'),
      para('The Clerk reported the inspector’s findings, which had been sent to members before the meeting:'),
      bullet('The swing seats are worn and should be replaced within six months.'),
      bullet('The safety surfacing under the slide is in good order.'),
      para('It was proposed by Cllr F Oyelaran, seconded by Cllr B Tresize and <b>RESOLVED</b> that two swing seats be bought at a cost of £318 from the play equipment reserve.'),
      para('<i>Cllr Tresize left the meeting at 8.05 pm.</i>'),
      "<p class=MsoNormal align=right style='text-align:right'><span style='font-size:8.0pt'>Chairman’s initials …………<o:p></o:p></span></p>\r\n",
      heading('AF/31/13', 'FOOTPATH 9 – STILE'),
      para('<b>RESOLVED:</b> that the Clerk ask the landowner to replace the stile with a kissing gate.'),
      '<p class=MsoNormal><b>The meeting closed at 8.20 pm.<o:p></o:p></b></p>\r\n',
      '</div>\r\n</body>\r\n</html>\r\n',
    ].join('');

  describe('declared in a Content-Type meta', () => {
    const r = extractPack(encode(page('<meta http-equiv=Content-Type content="text/html; charset=windows-1252">')), 'thornwick.htm');
    const m = r.minutes[0];

    it('reads the page in its declared code page: apostrophes, dashes and the pound sign, no replacement characters', () => {
      expect(JSON.stringify(r)).not.toMatch(/\ufffd|[\u0080-\u009f]/);
      expect(m?.items[0]?.text).toContain('inspector’s findings');
      expect(m?.items[0]?.title).toBe('PLAY AREA – ANNUAL INSPECTION');
      expect(m?.items[0]?.resolutions.join(' ')).toContain('£318');
    });

    it('reads the minute number split over two bold runs whole, and the tab after it as the break before the title', () => {
      expect(m?.items.map((i) => i.minute)).toEqual(['AF/31/12', 'AF/31/13']);
      expect(m?.items[1]?.title).toBe('FOOTPATH 9 – STILE');
    });

    it('resolves what was proposed, seconded and RESOLVED, without the movers or who left after it', () => {
      expect(m?.items[0]?.resolutions).toEqual(['two swing seats be bought at a cost of £318 from the play equipment reserve.']);
      expect(m?.items[1]?.resolutions).toHaveLength(1);
    });

    it('does not resolve the bulleted points of a report sent "before the meeting:"', () => {
      expect(m?.items[0]?.resolutions.join(' ')).not.toMatch(/swing seats are worn|safety surfacing/);
      expect(m?.items[0]?.text).toContain('safety surfacing');
    });

    it('keeps the chairman’s initials box at the foot of a page out of the minute', () => {
      expect(m?.items.map((i) => i.text).join(' ')).not.toMatch(/initials|…/);
      expect(m?.endedAt).toBe('20:20');
    });
  });

  it('honours a meta charset and an XML declaration the same way', () => {
    for (const head of ['<meta charset="iso-8859-1">', '<?xml version="1.0" encoding="windows-1252"?>']) {
      const bytes = head.startsWith('<?xml') ? Buffer.concat([encode(head + '\r\n'), encode(page(''))]) : encode(page(head));
      expect(extractPack(bytes, 'thornwick.htm').minutes[0]?.items[0]?.text).toContain('inspector’s findings');
    }
  });

  it('still refuses bytes that are not UTF-8 when nothing is declared, or when UTF-8 is', () => {
    for (const head of ['', '<meta charset="utf-8">']) {
      expect(() => extractPack(encode(page(head)), 'thornwick.htm')).toThrow(/not valid UTF-8/);
    }
  });

  it('keeps UTF-8 text as UTF-8 under a stale declaration', () => {
    const r = extractPack(Buffer.from(page('<meta http-equiv=Content-Type content="text/html; charset=windows-1252">'), 'utf8'), 'thornwick.htm');
    expect(r.minutes[0]?.items[0]?.text).toContain('inspector’s findings');
  });
});

describe('holdout: a blog-post page of town council minutes under a dated post title (invented Tallowford council)', () => {
  const html = [
    '<html><head><title>Minutes – Annual Meeting, 13 May 2031 – Tallowford Town Council</title></head><body>',
    '<header><p class="site-title">Tallowford Town Council</p></header>',
    '<main><article><h1 class="entry-title">Minutes &#8211; Annual Meeting, 13 May 2031</h1>',
    '<div class="entry-meta"><span class="posted-on">Posted on <time>20 May 2031</time></span></div>',
    '<div class="entry-content">',
    '<p><em>Unconfirmed &#8211; to be approved at the June meeting.</em></p>',
    '<p><strong>TALLOWFORD TOWN COUNCIL</strong></p>',
    '<p>Minutes of the Annual Meeting of Tallowford Town Council held on Tuesday 13 May 2031 at 7.00 pm in the Council Chamber, Tallowford Guildhall.</p>',
    '<p><strong>Present:</strong><br>Cllr Ros Pengelly (Mayor)<br>Cllr Zo&euml; Harcastle<br>Cllr Ren&eacute; Tolhurst<br>Cllr &Aring;sa Lindqvist</p>',
    '<h3 id="h-31-41-election-of-mayor">31/41 Election of Mayor</h3>',
    '<p><strong>Resolved:</strong> that Cllr Pengelly be elected Mayor for 2031/32.</p>',
    '<h3 id="h-31-42-correspondence">31/42 &#8211; Correspondence</h3>',
    '<p>The following letters had been sent to members:</p>',
    '<ul><li>Marsh Lane Allotment Society &#8211; water supply</li><li>Tallowford Bowls Club &#8211; invitation to the opening day</li></ul>',
    '<h3 id="h-31-43-grants">31/43 Grants</h3>',
    '<p>It was RESOLVED to award &pound;300 to the Tallowford Carnival Committee.</p>',
    '<p>Meeting closed at 8.20pm</p>',
    '</div></article></main></body></html>',
  ].join('\n');
  const r = extractPack(Buffer.from(html), 'tallowford-minutes.html');

  it('reads one set of minutes, headed by their own "Minutes of … held on" line, not by the post title above the posting date', () => {
    expect(r.minutes).toHaveLength(1);
    expect(r.minutes[0]?.body).toBe('Tallowford Town Council');
    expect(r.minutes[0]?.time).toBe('19:00');
    expect(r.minutes[0]?.endedAt).toBe('20:20');
  });

  it('decodes named accented letters in the names present', () => {
    expect(r.minutes[0]?.present).toEqual(['Cllr Ros Pengelly', 'Cllr Zoë Harcastle', 'Cllr René Tolhurst', 'Cllr Åsa Lindqvist']);
    expect(decodeEntities('Fran&ccedil;oise M&Uuml;LLER &ntilde; &Eacute;cole')).toBe('Françoise MÜLLER ñ École');
  });

  it('reads a minute whose number a dash parts from its title, the dash left out of the title', () => {
    expect(r.minutes[0]?.items.map((i) => [i.minute, i.title])).toEqual([
      ['31/41', 'Election of Mayor'],
      ['31/42', 'Correspondence'],
      ['31/43', 'Grants'],
    ]);
    expect(MINUTE_NUMBERS.find((s) => s.name === 'slashed')?.pattern.exec('31/42 – Correspondence')?.[2]).toBe('Correspondence');
  });

  it('does not resolve a list of letters sent to members, and still resolves the others', () => {
    const items = r.minutes[0]?.items ?? [];
    expect(items[1]?.resolutions).toEqual([]);
    expect(items[0]?.resolutions).toHaveLength(1);
    expect(items[2]?.resolutions[0]).toContain('£300');
  });
});

describe('holdout: a mayor’s decision notice exported as plain text with simple tables (invented Ferncliff authority)', () => {
  const text = [
    'FERNCLIFF AND RIDINGS COMBINED AUTHORITY',
    '',
    "MAYOR'S DECISION NOTICE",
    '',
    'Decision reference: FR/31/9',
    '',
    'Title: Adult skills grant allocations for 2031/32',
    '',
    'Decision date: 14 May 2031',
    '',
    '  ------------------------ -------------------------------------------',
    '  Decision maker           The Mayor of Ferncliff, Kwame Osei',
    '',
    '  Lead officer             Rosalind Achterberg, Director of Skills',
    '',
    '  Report author            Tobias Wren, Skills Funding Manager',
    '                           Tel: 01999 204 611',
    '  ------------------------ -------------------------------------------',
    '',
    'Decision',
    '',
    'Under the powers delegated to the Mayor by the constitution of the Ferncliff and',
    'Ridings Authority, the Mayor has decided:',
    '',
    '1.  To allocate £2.3 million of the adult skills grant to the four',
    '    colleges as set out in Annex 4.',
    '',
    '2.  To hold back £150,000 as a reserve for in-year growth.',
    '',
    'Neither part will take effect until the call-in period has ended.',
    '',
    'Reasons for the decision',
    '',
    'The allocations follow the funding formula agreed by the Skills Board in',
    'March 2031.',
    '',
    '  ------------ ------------------------------------ ---------------------',
    '  Signed:      K. Osei                              Date: 14/05/2031',
    '               Kwame Osei, Mayor of Ferncliff and',
    '               the Ridings',
    '',
    '  ------------ ------------------------------------ ---------------------',
    '',
    '  ---------------------------------------------------------------------',
    '  Signed off by           Name                        Date',
    '  ----------------------- --------------------------- ----------------',
    '  Section 151 Officer     Imogen Trask                9 May 2031',
    '',
    '  Monitoring Officer      Fergus Lyall                10/05/2031',
    '  ---------------------------------------------------------------------',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'ferncliff-decision.txt');
  const rep = r.reports[0];

  it('keeps the kind printed over the record', () => {
    expect(r.reports).toHaveLength(1);
    expect(rep?.kind).toBe("MAYOR'S DECISION NOTICE");
  });

  it('reads the numbered decisions under the lead-in as its recommendations, not as section headings', () => {
    expect(rep?.recommendations).toEqual([
      'To allocate £2.3 million of the adult skills grant to the four colleges as set out in Annex 4.',
      'To hold back £150,000 as a reserve for in-year growth.',
    ]);
    expect(rep?.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['Decision', 'Reasons for the decision']));
  });

  it('reads the signature box and the officers’ sign-off table, one entry per signatory', () => {
    expect(rep?.signOffs).toEqual([
      { role: 'Mayor of Ferncliff and the Ridings', name: 'Kwame Osei', date: '2031-05-14', dateText: '14/05/2031' },
      { role: 'Section 151 Officer', name: 'Imogen Trask', date: '2031-05-09', dateText: '9 May 2031' },
      { role: 'Monitoring Officer', name: 'Fergus Lyall', date: '2031-05-10', dateText: '10/05/2031' },
    ]);
  });
});

describe('holdout: a list item ending in a number before the next item (invented Brackenholt council)', () => {
  it('splits "… in Schedule 3. 2. To note …" at the item number, not after it', () => {
    expect(splitListItems('The Panel agreed: 1. To adopt the fees in Schedule 3. 2. To note the timetable.').items).toEqual([
      'To adopt the fees in Schedule 3.',
      'To note the timetable.',
    ]);
  });
});

/** A laid-out page of minutes (as `pdftotext -layout` prints one, a form feed closing it) from its lines. */
function laidOutMinutes(lines: readonly string[]): Buffer {
  return Buffer.from(`${lines.join('\n')}\n\f`);
}

describe('holdout: a three-column Present block, a seat label run on after "Present:" and a list wrapped in its column (invented Corrowmore council)', () => {
  const r = extractPack(
    laidOutMinutes([
      '                  CORROWMORE AND LISDRUM BOROUGH COUNCIL',
      ' Minutes of Meeting of the Licensing Committee of Corrowmore and Lisdrum Borough Council',
      ' held in the Assembly Room, Lisdrum Town Hall on Tuesday 9 March 2032 at 7.00 pm',
      '',
      ' Present:                  In the Chair:     Councillor F Whelan',
      '                           Aldermen:         G Doak and H Partridge',
      '                           Councillors:      B Annett, K Cromie, D Ferran, T',
      '                                             McIlwaine, S Ní Bhriain, R Orr',
      '                                             and E Quigg',
      '',
      ' L.41         APOLOGIES',
      '              Apologies were received from Councillor Semple.',
      '',
      ' L.42         LICENSING FEES',
      '              Proposed by Councillor Orr, Seconded by Alderman Doak and AGREED that the',
      '              licensing fees for 2032/33 be approved.',
      '',
      ' The meeting ended at 8.40 pm.',
    ]),
    'corrowmore-licensing.txt',
  );
  const m = r.minutes[0];

  it('reads the chair without the "In the Chair:" label, and each Member once', () => {
    expect(m?.present).toEqual(['Councillor F Whelan', 'G Doak', 'H Partridge', 'B Annett', 'K Cromie', 'D Ferran', 'T McIlwaine', 'S Ní Bhriain', 'R Orr', 'E Quigg']);
  });

  it('joins an initial left at a line end to the surname under it, in the same column', () => {
    expect(COLUMN_LIST_WRAP.head.test('B Annett, K Cromie, D Ferran, T')).toBe(true);
    expect(COLUMN_LIST_WRAP.tail.test('and E Quigg')).toBe(true);
    expect(COLUMN_LIST_WRAP.head.test('G Doak and H Partridge')).toBe(false);
  });
});

describe('holdout: a post shared by two officers named in brackets after it (invented Glenrath council)', () => {
  const r = extractPack(
    laidOutMinutes([
      '                  GLENRATH DISTRICT COUNCIL',
      ' Minutes of Meeting of the Environment Committee of Glenrath District Council held in',
      ' the Council Chamber, Glenrath on Thursday 14 October 2032 at 6.30 pm',
      '',
      ' Present:                  Councillors:      A Boyce, C Dorrian and E Fagan',
      '',
      ' In attendance:            Director of Environment (Mrs N Gallagher)',
      '                           Waste Strategy Officers (Mr O Hanna and Ms P Irwin)',
      '                           Committee Clerk (Mr Q Jordan)',
      '',
      ' E.07         APOLOGIES',
      '              There were no apologies.',
      '',
      ' E.08         RECYCLING CENTRE HOURS',
      '              Proposed by Councillor Boyce, Seconded by Councillor Fagan and AGREED that the',
      '              winter opening hours be approved.',
    ]),
    'glenrath-environment.txt',
  );

  it('gives one entry an officer, the shared post in the singular with each', () => {
    expect(r.minutes[0]?.inAttendance).toEqual([
      'Director of Environment (Mrs N Gallagher)',
      'Waste Strategy Officer (Mr O Hanna)',
      'Waste Strategy Officer (Ms P Irwin)',
      'Committee Clerk (Mr Q Jordan)',
    ]);
    expect(r.minutes[0]?.present).toEqual(['A Boyce', 'C Dorrian', 'E Fagan']);
  });

  it('keeps a post with one holder, or a post word that is not a job word, as printed', () => {
    expect(sharedPostHolders('Head of Finance (Ms R Kerr)')).toEqual(['Head of Finance (Ms R Kerr)']);
    expect(sharedPostHolders('Legal Advisers (Mr S Lowry and Ms T Moran)')).toEqual(['Legal Adviser (Mr S Lowry)', 'Legal Adviser (Ms T Moran)']);
    expect(sharedPostHolders('Councillor U Neill (Chair)')).toEqual(['Councillor U Neill (Chair)']);
  });
});

describe('holdout: a capitals minute heading broken inside its date, the year alone on the next line (invented Ardcaven council)', () => {
  const r = extractPack(
    laidOutMinutes([
      '                  ARDCAVEN BOROUGH COUNCIL',
      ' Minutes of Meeting of the Audit Committee of Ardcaven Borough Council held in the',
      ' Council Chamber, Ardcaven on Wednesday 2 June 2032 at 2.00 pm',
      '',
      ' Present:                  Councillors:      V Nash, W Oakes and Y Pryce',
      '',
      ' AC.15        APOLOGIES',
      '              There were no apologies.',
      '',
      ' AC.16        MINUTES OF AUDIT COMMITTEE MEETING HELD ON WEDNESDAY 7 APRIL',
      '              2032',
      '              Proposed by Councillor Nash, Seconded by Councillor Oakes and AGREED that the',
      '              minutes of the meeting held on Wednesday 7 April 2032 be confirmed.',
      '',
      ' AC.17        INTERNAL AUDIT PLAN',
      '              Proposed by Councillor Pryce, Seconded by Councillor Nash and AGREED that the',
      '              internal audit plan for 2032/33 be approved.',
    ]),
    'ardcaven-audit.txt',
  );

  it('joins the year to the title, and the year is no page number', () => {
    const items = r.minutes[0]?.items ?? [];
    expect(items.map((i) => i.minute)).toEqual(['AC.15', 'AC.16', 'AC.17']);
    expect(items[1]?.title).toBe('MINUTES OF AUDIT COMMITTEE MEETING HELD ON WEDNESDAY 7 APRIL 2032');
    expect(items[1]?.resolutions).toHaveLength(1);
    expect(HEADING_DATE_WRAP.head.test('REVIEW OF FEES – 30 SEPTEMBER')).toBe(true);
    expect(HEADING_DATE_WRAP.head.test('REVIEW OF FEES – SEPTEMBER')).toBe(false);
  });
});

describe('holdout: an adjournment after a resolution, and a table whose wrapped heading reads "Decision" (invented Tullymore council)', () => {
  const r = extractPack(
    laidOutMinutes([
      '                  TULLYMORE AND BRAID DISTRICT COUNCIL',
      ' Minutes of Meeting of the Planning Committee of Tullymore and Braid District Council held',
      ' in the Council Chamber, Braid on Monday 6 September 2032 at 10.00 am',
      '',
      ' Present:                  Councillors:      Z Quinlan, A Rankin and B Shiels',
      '',
      ' T.90         HOUSING SITE AT 12 MILLBROOK ROAD',
      '              Proposed by Councillor Rankin, Seconded by Councillor Shiels and AGREED that',
      '              planning permission be granted as per the officer’s recommendation, with the',
      '              wording of the landscaping condition delegated to the Head of Planning today.',
      '              The meeting adjourned at 11.20 am and resumed at 11.35 am.',
      '',
      ' T.91         PLANNING APPEALS',
      '              The Head of Planning reported the following appeal decisions:',
      '',
      '               Appeal Ref     Site                Outcome                 Date of',
      '                                                                          Decision',
      '               2032/A0014     Braid Mill          Dismissed               5 August',
      '                                                                          2032',
      '',
      '              Proposed by Councillor Quinlan, Seconded by Councillor Rankin and AGREED that',
      '              the appeal decisions be noted.',
    ]),
    'tullymore-planning.txt',
  );
  const items = r.minutes[0]?.items ?? [];

  it('ends the resolution before the adjournment', () => {
    expect(items[0]?.resolutions).toHaveLength(1);
    expect(items[0]?.resolutions[0]).toMatch(/Head of Planning today\.$/);
    expect(MOVEMENT_TAIL.test('be noted. The meeting was adjourned at 7.50 pm.')).toBe(true);
  });

  it('reads no resolution from the table under its wrapped "Decision" heading, only the one agreed', () => {
    expect(items[1]?.resolutions).toEqual(['the appeal decisions be noted.']);
  });
});

/**
 * Minutes of a single-member decision session (invented Calderwick council) as `pdftotext -layout` prints them: a
 * heading set as a label table with no colons ("Meeting", "Date", "Venue", "Present", "Officers in" / "Attendance"),
 * the body and one officer's post wrapped in the value column, minutes numbered in a left column with long Title Case
 * titles, "Resolved: (i) That …" boxes with their "Reason: (i) To …" beside them, and the times only in the closing line.
 */
const CALDERWICK_SESSION = [
  'Cabinet Member Decision Meeting - Cabinet Member for Housing and Tenancy Services          3 March 2032',
  '',
  '',
  'Borough of Calderwick                                                      Committee Minutes',
  '',
  'Meeting              Cabinet Member Decision Meeting - Cabinet Member for Housing and',
  '                     Tenancy Services',
  'Date                 Wednesday, 3 March 2032',
  'Venue                Lowther Room, First Floor, Riverside Offices, Calderwick',
  'Present              Councillor Whitlow (Cabinet Member)',
  'Officers in          Priya Anand – Head of Housing Options',
  'Attendance           Tomas Brennigan – Private Sector Housing and Licensing Team Leader,',
  '                     Regulatory Services',
  '                     Orla Featherstone – Committee Services Officer',
  '',
  '61.     Declarations of Interest',
  '        The Cabinet Member was asked to declare any interests in the business on the agenda. None',
  '        were declared.',
  '',
  '62.     Selective Licensing Scheme for Private Rented Homes – Renewal of the Northgate',
  '        Designation',
  '        The Cabinet Member considered a report which set out the results of the consultation on',
  '        renewing the scheme and the proposed fees for the next five years.',
  '',
  '          Resolved: (i)          That the Northgate designation be renewed for five years from 1 July',
  '                                 2032.',
  '                         (ii)    That the licence fee be set at £640 for each property.',
  '',
  '          Reason:        (i)     To keep the improvements in property conditions achieved so far.',
  '                         (ii)    To recover the cost of running the scheme.',
  '',
  '',
  '',
  '                                                       Page 1',
  '\fCabinet Member Decision Meeting - Cabinet Member for Housing and Tenancy Services          3 March 2032',
  '',
  '',
  '63.     Temporary Accommodation Procurement Framework and Annual Placement Review',
  '        The Head of Housing Options presented the annual review of placements made outside the',
  '        borough and the proposed framework for procuring temporary accommodation.',
  '',
  '          Resolved: (i)           That the annual review of placements be noted.',
  '                         (ii)     That the procurement framework set out in Annex C to the report be',
  '',
  '',
  '                                                       Page 2',
  '\fCabinet Member Decision Meeting - Cabinet Member for Housing and Tenancy Services          3 March 2032',
  '',
  '',
  '                                          adopted.',
  '',
  '             Reason:             (i)      To keep the Cabinet Member informed of placements.',
  '                                 (ii)     To secure value for money in procurement.',
  '',
  '',
  '......................................................................',
  'Councillor P Whitlow, Cabinet Member',
  '[The meeting started at 2.00 pm and finished at 2.35 pm].',
  '',
  '',
  '                                                       Page 3',
  '\f',
].join('\n');

describe('holdout: a decision session minuted under a label table with no colons (invented Calderwick council)', () => {
  const r = extractPack(Buffer.from(CALDERWICK_SESSION), 'calderwick-session.txt');
  const m = r.minutes[0];

  it('reads one set of minutes, its body joined across the wrapped value cell, dated and placed by the label rows', () => {
    expect(r.minutes).toHaveLength(1);
    expect(m?.date).toBe('2032-03-03');
    expect(m?.body).toBe('Cabinet Member Decision Meeting - Cabinet Member for Housing and Tenancy Services');
    expect(m?.venue).toBe('Lowther Room, First Floor, Riverside Offices, Calderwick');
    expect(r.meeting === null || r.meeting.agenda.length === 0).toBe(true);
  });

  it('reads the Present row, and the officers under a label wrapped over two rows, one entry an officer', () => {
    expect(m?.present).toEqual(['Councillor Whitlow']);
    expect(m?.inAttendance).toHaveLength(3);
    expect(m?.inAttendance[1]).toContain('Tomas Brennigan');
    expect(m?.inAttendance[1]).toContain('Regulatory Services');
    expect(m?.inAttendance.join(' ')).not.toMatch(/^Attendance|Officers in/);
  });

  it('reads the start and end times from the closing line when the heading gives none', () => {
    expect(m?.time).toBe('14:00');
    expect(m?.endedAt).toBe('14:35');
  });
});

describe('holdout: laid-out minutes with long Title Case titles and "Resolved: (i) That …" boxes (invented Calderwick council)', () => {
  const m = extractPack(Buffer.from(CALDERWICK_SESSION), 'calderwick-session.txt').minutes[0];
  const item = (no: string) => m?.items.find((i) => i.minute === no);

  it('reads every numbered Title Case heading, however long, and joins a title wrapped onto the next line', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['61', '62', '63']);
    expect(item('62')?.title).toBe('Selective Licensing Scheme for Private Rented Homes – Renewal of the Northgate Designation');
    expect(item('63')?.title).toBe('Temporary Accommodation Procurement Framework and Annual Placement Review');
  });

  it('reads the list that starts on the Resolved line, not the reasons, and joins an item across a page break', () => {
    expect(item('61')?.resolutions).toEqual([]);
    expect(item('62')?.resolutions).toEqual([
      'That the Northgate designation be renewed for five years from 1 July 2032.',
      'That the licence fee be set at £640 for each property.',
    ]);
    expect(item('63')?.resolutions).toEqual(['That the annual review of placements be noted.', 'That the procurement framework set out in Annex C to the report be adopted.']);
  });
});

describe('holdout: a parish clerk’s pandoc summons with blockquoted sub-items and draft minutes appended (invented Kelderby council)', () => {
  const md = [
    '**KELDERBY TOWN COUNCIL**',
    '',
    'Clerk: Mr Oswin Tallentire, Quarry Barn, 19 Flaxmill Road, Kelderby,',
    'Wolds Reach WR5 9LD\\',
    'Tel: 01632 961284 Email: townclerk@kelderby-tc.org.uk',
    '',
    '**To: All Members of the Town Council**',
    '',
    'Councillors are hereby summoned to attend the Ordinary Meeting of Kelderby',
    'Town Council to be held in the **Assembly Rooms, Fountain Square,',
    'Kelderby** on **Thursday 4 March 2032 at 7.30 pm** for the purpose of',
    'transacting the business set out in the agenda below.',
    '',
    'Oswin Tallentire\\',
    'Town Clerk\\',
    '25 February 2032',
    '',
    '**AGENDA**',
    '',
    '1\\. **Apologies for absence**',
    '',
    '> To receive apologies.',
    '',
    '2\\. **Planning applications**',
    '',
    '> To comment on the following applications:',
    '>',
    '> 2.1 **32/00518/LBC -- The Old Tannery, Beck Side, Kelderby**',
    '>',
    '> Replacement windows.',
    '>',
    '> 2.2 **31/04417/OUT -- Land north of Ridding Wood, Sledmere Way,',
    '> Kelderby**',
    '>',
    '> Outline application for twelve dwellings.',
    '',
    '3\\. **Accounts for payment**',
    '',
    '> To approve the accounts.',
    '',
    '**KELDERBY TOWN COUNCIL**',
    '',
    '**MINUTES of the Ordinary Meeting of the Town Council held on',
    'Thursday 5 February 2032 at 7.30 pm in the Assembly Rooms, Fountain',
    'Square, Kelderby**',
    '',
    '*These minutes remain unconfirmed until approved at the next meeting of',
    'the Council.*',
    '',
    '**Present:** Cllrs A Rowbottom (Mayor), F Ingledew and K Scaife',
    '',
    '**32/041 Apologies for absence**',
    '',
    '> There were none.',
    '',
    '**32/042 Accounts for payment**',
    '',
    '> [Schedule of accounts]{.underline}',
    '>',
    '> **RESOLVED:** that the accounts be approved.',
    '>',
    '> The meeting closed at 8.40 pm.',
  ].join('\n');
  const r = extractPack(Buffer.from(md), 'kelderby-town-council.md');
  const m = r.minutes[0];

  it('reads the letterhead clerk as one contact with the phone and e-mail under the wrapped postal address', () => {
    expect(r.meeting?.contacts).toEqual([{ name: 'Mr Oswin Tallentire', phone: '01632 961284', email: 'townclerk@kelderby-tc.org.uk' }]);
    expect(r.meeting?.members).toEqual([]);
  });

  it('reads numbered sub-items inside a block quote, a bold title wrapped onto the next quoted line joined whole', () => {
    const subs = r.meeting?.agenda.filter((a) => a.number.includes('.')).map((a) => `${a.number} ${a.title}`);
    expect(subs).toEqual(['2.1 32/00518/LBC -- The Old Tannery, Beck Side, Kelderby', '2.2 31/04417/OUT -- Land north of Ridding Wood, Sledmere Way, Kelderby']);
  });

  it('names the appended minutes’ body from the council heading over "Meeting of the Town Council", the italic draft note no part of the venue', () => {
    expect(r.minutes).toHaveLength(1);
    expect(m?.body.toLowerCase()).toBe('kelderby town council');
    expect(m?.date).toBe('2032-02-05');
    expect(m?.venue).toBe('Assembly Rooms, Fountain Square, Kelderby');
    expect(m?.endedAt).toBe('20:40');
  });
});

describe('holdout: a planning committee agenda listing each application with labelled lines, and the officer report headed by the committee (invented Pollardine council)', () => {
  it('knows a cover headed by the meeting alone, in capitals, from a title', () => {
    expect(COVER_BODY_HEADING.test('DEVELOPMENT CONTROL COMMITTEE')).toBe(true);
    expect(COVER_BODY_HEADING.test('AREA PLANNING SUB-COMMITTEE')).toBe(true);
    expect(COVER_BODY_HEADING.test('Review of the Planning Committee')).toBe(false);
    expect(COVER_BODY_HEADING.test('LAND AT HOLLY FARM, WESTON LANE')).toBe(false);
  });

  const header = 'Development Control Committee – Tuesday 9 March 2032                        Pollardine District Council';
  const front = [
    'Development Control Committee',
    'Date:                  Tuesday 9 March 2032',
    'Time:                  6.30 pm',
    'Venue:                 Assembly Room, Pollardine House, Kiln Lane, Pollardine PD4 8QX',
    '',
    'Membership',
    'Councillors Orla Feeney (Chair), Barnaby Kettle (Vice-Chair), Gwen Soper and Idris Pennock',
    '',
    '                                                   Page 1',
  ];
  const agenda = [
    header,
    '',
    '                                                AGENDA',
    ' Item    Business                                                                       Pages',
    '',
    ' 1.      Apologies for absence',
    '',
    ' 2.      Applications for determination',
    '         To consider the reports of the Planning Manager on the applications below.',
    '',
    ' 2.1     31/00872/OUT                                                                   3 - 9',
    '         Site: Land at Holly Farm, Weston Lane, Little Ormsby,',
    '         Pollardine PD7 2LE',
    '         Ward: Ormsby and Fenn',
    '         Proposal: Outline application for up to 40 dwellings with access',
    '         Recommendation: REFUSE outline planning permission',
    '',
    ' 2.2     31/01140/HOU                                                                  10 - 14',
    '         Site: 6 Quarry Close, Pollardine PD4 3RT',
    '         Ward: Castle',
    '         Proposal: Single-storey rear extension',
    '         Recommendation: GRANT planning permission subject to conditions',
    '',
    ' 3.      Enforcement update                                                            15 - 18',
    '         To note the enforcement cases closed since the last meeting.',
    '',
    '',
    '',
    '  Late representations',
    '  Any late representations will be circulated at the meeting.',
    '',
    '                                                   Page 2',
  ];
  const report = [
    header,
    '                                                                              Agenda Item 2.1',
    'POLLARDINE DISTRICT COUNCIL',
    '',
    'DEVELOPMENT CONTROL COMMITTEE',
    'Date of meeting: 9 March 2032',
    'Report by: Saoirse Lanyon, Planning Manager',
    '',
    'Land at Holly Farm, Weston Lane, Little Ormsby,',
    'Pollardine PD7 2LE',
    '',
    ' Ward                      Ormsby and Fenn',
    '',
    ' Application no.           31/00872/OUT',
    '',
    ' Applicant                 Ormsby Homes Ltd',
    '',
    ' Case officer              Rufus Delane, Senior Planning Officer',
    '                           E-mail: rufus.delane@pollardine.example',
    '',
    ' Date valid                2 November 2031',
    '',
    ' Recommendation            REFUSE outline planning permission',
    '',
    '',
    '1. Site and surroundings',
    '1.1    The site is an arable field outside the settlement boundary of Little Ormsby.',
    '',
    '2. Assessment',
    '2.1    The site lies in open countryside where new housing is not supported.',
    '',
    '                                                   Page 3',
  ];
  const text = `${[front, agenda, report].map((p) => p.join('\n')).join('\n\f')}\n\f`;
  const result = extractPack(Buffer.from(text), 'pollardine-dcc.txt');
  const item = (no: string) => result.meeting?.agenda.find((a) => a.number === no);

  it('reads every agenda item, the labelled lines under an application no report of their own', () => {
    expect(result.meeting?.agenda.map((a) => a.number)).toEqual(['1', '2', '2.1', '2.2', '3']);
    expect(result.reports).toHaveLength(1);
  });

  it('keeps the application reference as the title, its site, ward and recommendation as its note, and its pages', () => {
    expect(item('2.1')?.title).toBe('31/00872/OUT');
    expect(item('2.1')?.note).toContain('Site: Land at Holly Farm, Weston Lane, Little Ormsby, Pollardine PD7 2LE');
    expect(item('2.1')?.note).toContain('REFUSE outline planning permission');
    expect(item('2.1')?.note).not.toContain('31/01140/HOU');
    expect(item('2.2')?.pages).toEqual({ from: 10, to: 14 });
    expect(item('2.2')?.note).toContain('Ward: Castle');
  });

  it('does not take the boxed note closing the agenda as the last item\u2019s note', () => {
    expect(item('3')?.pages).toEqual({ from: 15, to: 18 });
    expect(item('3')?.note).toBe('To note the enforcement cases closed since the last meeting.');
  });

  it('titles the report by the site printed between its labels, not the committee heading over them', () => {
    const r = result.reports[0];
    expect(r?.title).toBe('Land at Holly Farm, Weston Lane, Little Ormsby, Pollardine PD7 2LE');
    expect(r?.leadOfficer).toContain('Saoirse Lanyon');
    expect(r?.author).toContain('Rufus Delane');
    expect(r?.date).toBe('2032-03-09');
  });
});

describe('a Scottish minute whose "Attending:" label lists officers by post alone, divided by semicolons', () => {
  const text = [
    '                                KILLOCHAN COUNCIL',
    '',
    'MINUTE of MEETING of the COMMUNITY SERVICES COMMITTEE held in the Burgh Hall,',
    'Tolbooth Wynd, Ardrossie on TUESDAY, 3 MARCH 2031 at 2.00 pm.',
    '',
    'Sederunt:              Councillor Moira Dunlop (Convener)',
    '                       Councillor Isla Fordyce',
    'Attending:             Director of Communities; Team Manager, Libraries and Archives; Head of',
    '                       Legal Services; and Clerk to the Committee.',
    '',
    '1.     LIBRARY OPENING HOURS',
    '       The Committee resolved to approve the revised opening hours.',
    '',
    '                                            1',
    '\f',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'killochan-community-services.txt').minutes[0];

  it('puts the officers in attendance, not among the members present', () => {
    expect(m?.present).toEqual(['Councillor Moira Dunlop', 'Councillor Isla Fordyce']);
    expect(m?.inAttendance).toHaveLength(4);
  });

  it('splits only at the semicolons, keeping a comma inside a post and joining a post wrapped over the line end', () => {
    expect(m?.inAttendance).toEqual(['Director of Communities', 'Team Manager, Libraries and Archives', 'Head of Legal Services', 'Clerk to the Committee']);
  });
});

describe('a Present label beside names set in two columns, the first right-hand name broken at its hyphen', () => {
  const text = [
    '                                KILLOCHAN COUNCIL',
    '',
    'MINUTE of MEETING of the COMMUNITY SERVICES COMMITTEE held in the Burgh Hall,',
    'Tolbooth Wynd, Ardrossie on TUESDAY, 3 MARCH 2031 at 2.00 pm.',
    '',
    'Present:               Councillor Moira Dunlop (Convener)       Councillor Ewan Baird-',
    '                                                                Sutherland (Vice-Convener)',
    '                       Councillor Isla Fordyce                  Councillor Neil Craigie',
    '                       Bailie Ruth Lennox                       Councillor Gavin Orr',
    'Apologies:             Councillor Tom Weir.',
    '',
    '1.     LIBRARY OPENING HOURS',
    '       The Committee resolved to approve the revised opening hours.',
    '',
    '                                            1',
    '\f',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'killochan-community-services.txt').minutes[0];

  it('lists each member of each column once, the two on the label line apart and the broken surname joined', () => {
    expect(m?.present).toEqual([
      'Councillor Moira Dunlop',
      'Councillor Ewan Baird-Sutherland',
      'Councillor Isla Fordyce',
      'Councillor Neil Craigie',
      'Bailie Ruth Lennox',
      'Councillor Gavin Orr',
    ]);
    expect(m?.apologies).toEqual(['Councillor Tom Weir']);
  });
});

describe('numbered resolutions whose lines hang under their text, a note of the meeting back at the markers\u2019 column after them', () => {
  const text = [
    '                                KILLOCHAN COUNCIL',
    '',
    'MINUTE of MEETING of the COMMUNITY SERVICES COMMITTEE held in the Burgh Hall,',
    'Tolbooth Wynd, Ardrossie on TUESDAY, 3 MARCH 2031 at 2.00 pm.',
    '',
    'Present:               Councillor Moira Dunlop (Convener)',
    '',
    '1.     LIBRARY OPENING HOURS',
    '       There was submitted a report by the Director of Communities on library opening hours.',
    '',
    '       Decision',
    '       The Committee resolved:-',
    '',
    '       (1)   to approve the revised opening hours for the six branch libraries set',
    '             out in Appendix 1 to the report; and',
    '       (2)   to note that usage would be reviewed after twelve months of',
    '             operation.',
    '       The meeting adjourned at 2.40 pm and reconvened at 2.50 pm.',
    '',
    '2.     COMMUNITY HALL LETS',
    '       Decision',
    '       The Committee resolved:-',
    '',
    '       (1)   to freeze the letting charges for 2031/32 pending the review of',
    '             community assets; and',
    '       (2)   to thank the hall committees for their work.',
    '       Councillor Dunlop left the meeting at 3.15 pm.',
    '',
    'The meeting concluded at 3.30 pm.',
    '',
    '                                            1',
    '\f',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'killochan-community-services.txt').minutes[0];
  const resolutions = (no: string) => m?.items.find((i) => i.minute.replace(/\.$/, '') === no)?.resolutions ?? [];

  it('ends the last resolution at its full stop, the adjournment and a departure not part of it', () => {
    expect(resolutions('1')).toEqual([
      'to approve the revised opening hours for the six branch libraries set out in Appendix 1 to the report; and',
      'to note that usage would be reviewed after twelve months of operation.',
    ]);
    expect(resolutions('2')).toHaveLength(2);
    expect(resolutions('2')[1]).toBe('to thank the hall committees for their work.');
  });
});

/** An invented joint committee's pack: a strapline under the body, a contact box beside the labels, a grouped membership table, one report. */
const FERNMOOR_RUNNING = 'Fernmoor Joint Waste Committee                                                         14 October 2031';
const FERNMOOR_FRONT = [
  FERNMOOR_RUNNING,
  '',
  'PUBLIC DOCUMENT PACK',
  '',
  'Fernmoor Joint Waste Committee',
  'A joint committee of Fernmoor District Council and Oxcombe Borough Council',
  '',
  laidLine([0, 'Date:'], [13, 'Tuesday, 14 October 2031'], [62, 'Contact: Committee Clerk']),
  laidLine([0, 'Time:'], [13, '6.30 pm'], [62, 'Ifeoma Trelawney-Sayce']),
  laidLine([0, 'Venue:'], [13, 'Council Chamber, Fernmoor House,'], [62, 'Member Services, Fernmoor District Council']),
  laidLine([13, 'Quarry Road, Fernmoor FM3 8PL'], [62, 'Tel: 01632 960418']),
  laidLine([62, 'Email: ifeoma.trelawney-']),
  laidLine([62, 'sayce@fernmoor.example.gov.uk']),
  '',
  'Membership',
  ' FULL MEMBERS',
  ' Fernmoor District Council',
  laidLine([2, 'Cllr Wendell Abernathy (Chair)'], [45, 'Portfolio Holder for Environment']),
  laidLine([2, 'Cllr Rosalind Fairweather'], [45, 'Deputy Leader']),
  ' Oxcombe Borough Council',
  laidLine([2, 'Cllr Tobias Quenby (Vice-Chair)'], [45, 'Cabinet Member for Street Scene']),
  ' Fernmoor Voice',
  laidLine([2, 'Ottoline Brask'], [45, 'Chief Officer']),
  ' CO-OPTED ADVISERS',
  laidLine([3, 'Anselm Grieve'], [45, 'Operations Manager, Oxcombe Recycling Trust']),
  laidLine([3, 'Perpetua Lowther'], [45, 'Waste Strategy Officer']),
  '',
  '                                                  Page 1',
];
const FERNMOOR_AGENDA = [
  FERNMOOR_RUNNING,
  '',
  'AGENDA',
  ' Time     Item    Subject                                          Lead                 Paper     Purpose',
  ' 18.30    1.      Apologies for absence                            Chair                    -     -',
  ' 18.35    2.      Garden waste charges 2032/33                     Head of Waste            A     For decision',
  ' 19.15            Close',
  '',
  '                                                  Page 2',
];
const FERNMOOR_REPORT = [
  FERNMOOR_RUNNING,
  '',
  '                                                                                          Paper A',
  '                                                                                    Agenda item 2',
  'Fernmoor Joint Waste Committee',
  '',
  'Garden Waste Charges 2032/33',
  laidLine([1, 'Meeting date'], [39, '14 October 2031']),
  laidLine([1, 'Report of'], [39, 'Hester Valance, Head of Waste Services']),
  laidLine([1, 'Purpose'], [39, 'For decision']),
  '',
  'Recommendations',
  'The Committee is recommended to:',
  '  1. approve a garden waste charge of £52 a bin for 2032/33; and',
  '  2. note the new collection calendar.',
  '1. Background',
  '1.1 The charge has been frozen for two years while the service was reorganised.',
  '2. Risk',
  '2.1 The main risk is that fewer households subscribe than forecast. On the shared risk matrix it is scored as',
  'likelihood 2 (unlikely) and impact 3 (moderate), giving a risk score of 6 (green). Subscriptions are',
  'reported to the Committee monthly.',
  'Report clearance',
  laidLine([1, 'Cleared by'], [56, 'Name'], [80, 'Date']),
  laidLine([1, 'Chief Finance Officer, Fernmoor District Council'], [56, 'Aurelio Penhallow'], [80, '11/09/2031']),
  laidLine([1, 'Monitoring Officer, Oxcombe Borough Council'], [56, 'Clemency Arden'], [80, '12/09/2031']),
  '',
  'Background papers: none.',
  '',
  '                                                  Page 3',
];
const fernmoorPack = () => extractPack(Buffer.from(`${[FERNMOOR_FRONT, FERNMOOR_AGENDA, FERNMOOR_REPORT].map((p) => p.join('\n')).join('\n\f')}\n\f`), 'fernmoor-jwc.txt');

describe('holdout: a strapline under the body’s name saying what kind of body it is (invented Fernmoor joint committee)', () => {
  const result = fernmoorPack();

  it('names the body from the line above the strapline, with the date and time of the labels', () => {
    expect(result.meeting?.body).toBe('Fernmoor Joint Waste Committee');
    expect(result.meeting?.date).toBe('2031-10-14');
    expect(result.meeting?.time).toBe('18:30');
  });
});

describe('holdout: a contact box beside the header labels whose label gives a post, the person under it and an e-mail broken at its hyphen (invented Fernmoor joint committee)', () => {
  const result = fernmoorPack();

  it('takes the person under the post in the box’s column, the phone and the whole e-mail address', () => {
    expect(result.meeting?.contacts).toEqual([{ name: 'Ifeoma Trelawney-Sayce', phone: '01632 960418', email: 'ifeoma.trelawney-sayce@fernmoor.example.gov.uk' }]);
    expect(result.meeting?.venue).toBe('Council Chamber, Fernmoor House, Quarry Road, Fernmoor FM3 8PL');
  });
});

describe('holdout: a membership table grouped under headings and organisation sub-headings, a post beside each member (invented Fernmoor joint committee)', () => {
  const result = fernmoorPack();

  it('lists the six people once each, no heading, organisation or post among them, the chair and vice-chair from the brackets', () => {
    expect(result.meeting?.members).toEqual([
      { name: 'Cllr Wendell Abernathy', role: 'Chair' },
      { name: 'Cllr Rosalind Fairweather', role: null },
      { name: 'Cllr Tobias Quenby', role: 'Vice-Chair' },
      { name: 'Ottoline Brask', role: null },
      { name: 'Anselm Grieve', role: null },
      { name: 'Perpetua Lowther', role: null },
    ]);
  });
});

describe('holdout: a risk scored in a sentence of the report and a "Cleared by | Name | Date" table (invented Fernmoor joint committee)', () => {
  const result = fernmoorPack();

  it('reads the likelihood, impact and score from the wrapped sentence and one sign-off per clearance row', () => {
    const r = result.reports[0];
    expect(r?.risk).toEqual({ likelihood: 2, impact: 3, score: 6 });
    expect(r?.signOffs.map((s) => [s.role, s.name, s.date])).toEqual([
      ['Chief Finance Officer, Fernmoor District Council', 'Aurelio Penhallow', '2031-09-11'],
      ['Monitoring Officer, Oxcombe Borough Council', 'Clemency Arden', '2031-09-12'],
    ]);
  });
});

describe('an issue history page: one record a "Meeting: date - body (Item N)" block', () => {
  const html = `<html><head><title>Issue - items at meetings - Leisure Centre Rebuild | Wexbury Borough Council</title></head><body>
<ul class="nav"><li><a href="/a">Find your councillor</a></li></ul>
<h2>Upcoming meetings</h2>
<ul><li><a href="/m1">Executive - 02/04/2033</a></li></ul>
<h1>Issue - items at meetings - Leisure Centre Rebuild</h1>
<ul><li><a href="/h">Issue history</a></li><li><a href="/p">Printed version</a></li></ul>
<h2>Issue details</h2>
<p><span>Issue type:&nbsp;</span>Key decision</p>
<p><span>Decision due:&nbsp;</span>9 Mar 2033 by Executive</p>
<p><span>Lead member:&nbsp;</span>Councillor Hana Oyelaran, Portfolio Holder for Leisure</p>
<p><span>Lead director:&nbsp;</span>Crispin Vale, Director of Communities</p>
<p><span>Contact:&nbsp;</span>Dilys Markham, Leisure Manager Tel: 01999 404040.</p>
<h2>Items at meetings</h2>
<h3><a href="/m2">Meeting: 14/02/2033 - Leisure Advisory Panel</a> (Item 5)</h3>
<p><a href="/ai1">Leisure Centre Rebuild - Design Options</a></p>
<h4>Minutes:</h4>
<p>The Leisure Manager presented three design options. The Panel adjourned at 7.50 pm and resumed at 8.00 pm.</p>
<p>Following a site visit, the Leisure Advisory Panel AGREED:</p>
<ol type="a"><li>That option B be preferred.</li><li>That the swimming pool be of eight lanes.</li></ol>
<h4>Supporting documents:</h4>
<ul><li><a href="/d1">Design options report <span>PDF 310 KB</span></a></li></ul>
<h3><a href="/m3">Meeting: 09/03/2033 - Executive</a> (Item 11)</h3>
<p><a href="/ai2">Leisure Centre Rebuild</a></p>
<h4>Decision:</h4>
<p><b>RESOLVED:</b></p>
<ol><li>That option B be approved.</li><li>That &pound;21 million be added to the capital programme.</li></ol>
<p><b>Reasons for decision:</b></p>
<p>The present centre is beyond economic repair.</p>
<p><i>Decision published: 10/03/2033, to come into force on 17/03/2033 unless called in.</i></p>
<h4>Minutes:</h4>
<p>Councillor Hana Oyelaran introduced the report.</p>
<p><b>RESOLVED:</b></p>
<p>(1) That option B be approved.</p>
<p>(2) That &pound;21 million be added to the capital programme.</p>
</body></html>`;
  const result = extractPack(Buffer.from(html), 'issue.html');

  it('makes one set of minutes a meeting block, dated day first, named by the body in its heading', () => {
    expect(result.minutes.map((m) => [m.date, m.body])).toEqual([
      ['2033-02-14', 'Leisure Advisory Panel'],
      ['2033-03-09', 'Executive'],
    ]);
    expect(result.minutes.every((m) => m.time === null && m.endedAt === null && m.present.length === 0)).toBe(true);
  });

  it('numbers each meeting\u2019s one item as printed, titled as that meeting printed it', () => {
    expect(result.minutes.map((m) => m.items.map((i) => [i.minute, i.title]))).toEqual([[['5', 'Leisure Centre Rebuild - Design Options']], [['11', 'Leisure Centre Rebuild']]]);
  });

  it('reads what the body agreed after it names itself, and a decision once, not its reasons or repeat in the minutes', () => {
    expect(result.minutes[0]?.items[0]?.resolutions).toEqual(['That option B be preferred.', 'That the swimming pool be of eight lanes.']);
    expect(result.minutes[1]?.items[0]?.resolutions).toEqual(['That option B be approved.', 'That £21 million be added to the capital programme.']);
    expect(result.minutes[1]?.items[0]?.text).toContain('beyond economic repair');
  });

  it('keeps the issue\u2019s details as one record titled by the page, with its type, not the menu\u2019s date', () => {
    expect(result.reports).toHaveLength(1);
    expect(result.reports[0]?.title).toContain('Leisure Centre Rebuild');
    expect(result.reports[0]?.kind).toBe('Key decision');
    expect(result.reports[0]?.leadOfficer).toContain('Crispin Vale');
    expect(result.reports[0]?.date).not.toBe('2033-04-02');
  });
});

describe('a letterhead whose right-hand column names the clerk over the office phone and e-mail, interleaved with the council name', () => {
  const page = [
    '                                                                       Parish Clerk: Mr Osric Penhallow',
    '',
    '                 HAVERSTOKE PARISH COUNCIL                                               The Old School',
    '                                                                                          2 Chapel Row',
    '  [Parish arms]  Working for our villages                                                   Haverstoke',
    '                                                                                       Brendle BR4 9XT',
    '                                                                                 Telephone: 0117 496 0142',
    '                                                                         Email: clerk@haverstoke-pc.example',
    '',
    '',
    'To: All Councillors',
    '',
    'You are summoned to attend the meeting of Haverstoke Parish Council to be held in the Village Hall,',
    'Chapel Row, Haverstoke on Tuesday 14 September 2032 at 7.30 pm.',
    '',
    'Osric Penhallow',
    'Parish Clerk',
    '6 September 2032',
    '',
    '                                          AGENDA',
    '',
    '1.     Apologies for absence',
    '',
    '2.     Minutes of the meeting held on 10 August 2032',
    '',
    '3.     Allotments',
    '',
  ];
  const result = extractPack(Buffer.from(`${page.join('\n')}\n\f`), 'haverstoke-pc-agenda.txt');

  it('gives the clerk named by post at the top of the letterhead with the phone and the e-mail printed under each other', () => {
    expect(result.meeting?.contacts).toEqual([{ name: 'Mr Osric Penhallow', phone: '0117 496 0142', email: 'clerk@haverstoke-pc.example' }]);
  });

  it('still takes the body from the left-hand column, not the clerk line or the address', () => {
    expect(result.meeting?.body).toMatch(/haverstoke parish council/i);
    expect(result.meeting?.body).not.toMatch(/clerk|old school|chapel row/i);
  });
});

describe('a forward plan web page: each entry a heading, a summary and a description list of its labels', () => {
  const entry = (id: string, title: string, summary: string, rows: Array<[string, string]>): string =>
    `<article class="fp-entry" id="${id}">\n<h3>${title}</h3>\n<p>${summary}</p>\n<dl>\n${rows.map(([t, d]) => `<dt>${t}:</dt><dd>${d}</dd>`).join('\n')}\n</dl>\n</article>`;
  const html = [
    '<!DOCTYPE html><html><head><title>Key decisions notice, June to September 2033 - Ashcombe Marsh Borough Council</title></head><body>',
    '<h1>Key decisions notice, June to September 2033</h1>',
    '<p>Published on 12 May 2033. The Executive usually meets at 7pm on Tuesdays at the Guildhall, Ashcombe.</p>',
    '<p>Ottilie Brannagh, Democratic Services Manager</p>',
    entry('e1', 'Replacement of the Ashcombe Lido filtration plant', 'To approve capital spending on new filtration plant at the lido, to be tendered in July 2033.', [
      ['Reference', 'ED/2033/14'],
      ['Decision maker', 'Executive Member for Leisure &amp; Wellbeing'],
      ['Decision due', 'Not&nbsp;before 6&nbsp;June&nbsp;2033'],
      ['Status', 'Decision made 8 June 2033'],
      ['Partly exempt', 'Yes &ndash; paragraph 3<br>\n<span>Tender prices in the appendix.</span>'],
      ['Lead officer', 'Ferdinand Quarrie-Boyd, Leisure Manager<br>\nEmail: <a href="mailto:f.quarrie@ashcombe.example">f.quarrie@ashcombe.example</a>'],
      ['Consultees', 'Lido Users Group; Friends of Ashcombe Park (meeting, 20 May 2033)'],
      ['Documents to be considered', 'Report and exempt appendix'],
      ['First published', '03/04/2033'],
    ]),
    entry('e2', 'Town Centre Parking Strategy <span class="badge">UPDATED</span>', 'To adopt a parking strategy for Ashcombe and Fleetwick town centres.', [
      ['Reference', 'Ed/2033/19'],
      ['Decision maker', 'Executive, Full Council'],
      ['Decision due', 'August 2033'],
      ['Status', 'Withdrawn 2 June 2033'],
      ['Reason for withdrawal', 'The strategy is now part of the local transport plan.'],
      ['Partly exempt', 'No'],
      ['Lead officer', 'Rosalind Tamworth-Hay, Transport Planner'],
      ['First published', '08/05/2033'],
    ]),
    entry('e3', 'Sale of the former Fleetwick depot', 'To agree terms for the sale of the depot.', [
      ['Reference', 'ED/2033/21'],
      ['Decision maker', 'Executive'],
      ['Decision due', '11 July 2033'],
      ['Status', 'For decision'],
      ['Partly exempt', 'No'],
      ['Lead officer', 'Benedikt Orrell, Property Surveyor'],
      ['First published', '12/05/2033'],
    ]),
    '<p>Page updated 15 June 2033</p></body></html>',
  ].join('\n');
  const result = extractPack(Buffer.from(html), 'ashcombe-key-decisions.html');
  const row = (ref: string) => result.forwardPlan.find((r) => r.ref === ref);

  it('reads one entry per description list, in page order, the reference in upper case, and nothing else', () => {
    expect(result.forwardPlan.map((r) => r.ref)).toEqual(['ED/2033/14', 'ED/2033/19', 'ED/2033/21']);
    expect(result.reports).toEqual([]);
    expect(result.meeting?.agenda ?? []).toEqual([]);
  });

  it('takes the matter from the heading over the list (without its badge) and the decision from the summary under it', () => {
    expect(row('ED/2033/19')?.issue).toBe('Town Centre Parking Strategy');
    expect(row('ED/2033/14')?.issue).toBe('Replacement of the Ashcombe Lido filtration plant');
    expect(row('ED/2033/14')?.decision).toContain('To approve capital spending');
  });

  it('reads the decision due date, its maker, the exemption, the officer and the day-first publication date', () => {
    expect(row('ED/2033/14')?.decisionDate).toEqual({ text: 'Not before 6 June 2033', date: '2033-06-06', qualifier: 'not-before' });
    expect(row('ED/2033/14')?.decisionMakers).toEqual(['Executive Member for Leisure & Wellbeing']);
    expect(row('ED/2033/14')?.exempt).toMatch(/^Yes – paragraph 3/);
    expect(row('ED/2033/14')?.contacts).toHaveLength(1);
    expect(row('ED/2033/14')?.contacts[0]).toContain('Ferdinand Quarrie-Boyd');
    expect(row('ED/2033/14')?.contacts[0]).not.toContain('Lido Users Group');
    expect(row('ED/2033/14')?.firstPublished).toBe('2033-04-03');
    expect(row('ED/2033/19')?.decisionDate).toEqual({ text: 'August 2033', date: null, qualifier: null });
    expect(row('ED/2033/19')?.decisionMakers).toEqual(['Executive', 'Full Council']);
    expect(row('ED/2033/21')?.exempt).toBe('No');
  });

  it('keeps each entry\u2019s status with it as printed', () => {
    expect(row('ED/2033/14')?.status).toBe('Decision made 8 June 2033');
    expect(row('ED/2033/19')?.status).toBe('Withdrawn 2 June 2033');
    expect(row('ED/2033/21')?.status).toBe('For decision');
  });

  it('reads a page of decisions taken (the list goes on with "Decision:" over what was decided) as no forward plan', () => {
    const taken = [
      '<html><body><h1>Executive Member decisions, week ending 9 June 2033</h1>',
      '<h2>Lido opening hours</h2>',
      '<dl><dt>Decision number</dt><dd>EMD/33/07</dd><dt>Decision maker</dt><dd>Executive Member for Leisure</dd><dt>Date of decision</dt><dd>7 June 2033</dd>',
      '<dt>Decision</dt><dd><p>To open the lido at 6.30am on weekdays.</p><p>To review the hours in October.</p></dd></dl>',
      '</body></html>',
    ].join('\n');
    expect(extractPack(Buffer.from(taken), 'ashcombe-decisions.html').forwardPlan).toEqual([]);
  });
});

describe('a bulleted attendee list where one bullet is a post alone (invented Dunmere council)', () => {
  const text = [
    'Minutes of a meeting of the Cabinet held on Tuesday 4 March 2031 at 10.00 am in the Council Chamber, Dunmere',
    '',
    'Present:',
    '- Councillor Ana Bell (Chair) Leader of the Council',
    '- Councillor Carl Dyer Cabinet Member for Housing',
    '',
    'Officers in attendance:',
    '- Ellen Fry Chief Executive',
    '- Executive Director of Place',
    '',
    '1. Apologies for absence',
    'There were no apologies.',
    '',
    '2. Housing allocations policy',
    'RESOLVED that the policy be approved.',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'dunmere.txt');

  it('drops the post run on after a name, but keeps a post printed alone whole', () => {
    expect(r.minutes[0]?.present).toEqual(['Councillor Ana Bell', 'Councillor Carl Dyer']);
    expect(r.minutes[0]?.inAttendance).toEqual(['Ellen Fry', 'Executive Director of Place']);
  });
});

describe('a side menu whose class runs the words together ("SideMenu")', () => {
  it('is navigation, not content', () => {
    const text = htmlToText('<ul class="SideMenu"><li>Committees</li><li>Calendar</li></ul><p>Minutes of the Board</p>');
    expect(text).toContain('Minutes of the Board');
    expect(text).not.toContain('Calendar');
  });
});

describe('a declaration made by every member at once', () => {
  it('names no member "All Members", and still reads a member who declared', () => {
    const d = readDeclarations([
      'All Members declared a non-registrable interest in item 6 as trustees of the Harbour Trust.',
      'Councillor Ivo Penn declared a registrable interest in item 8.',
    ]);
    expect(d).toEqual([{ member: 'Councillor Ivo Penn', interest: 'a registrable interest in item 8.' }]);
  });
});

describe('a community council minutes in Markdown with "* " bullets of apologies and a close without "at" (invented Strathallow council)', () => {
  const text = [
    '# Strathallow and Fernie Community Council',
    '',
    '## Minutes of the meeting held on Wednesday 3 March 2032 at 7.30pm in Fernie Church Hall',
    '',
    '**Present:** Alasdair Quinn (Chair), Mairi Dow (Secretary), Callum Rennie and Effie Sutherland',
    '',
    '### 1. Apologies',
    '',
    'Apologies were received from:',
    '',
    '* Torquil Haig  ',
    '* Cllr Ishbel Murdoch (Ward 3)',
    '',
    'Lachlan Ross was absent.',
    '',
    '### 2. Footpaths',
    '',
    'Callum Rennie said the path to the school would be resurfaced by 9am on Monday 15 March 2032.',
    '',
    '**Agreed:** to thank the ranger service for the work.',
    '',
    '### 3. Date of next meeting',
    '',
    'Wednesday 7 April 2032 at 7.30pm.',
    '',
    'Meeting closed 9.05pm.',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'strathallow.md').minutes[0];

  it('reads the bulleted names under "Apologies were received from:" as the apologies, not the absent member after them', () => {
    expect(m?.apologies).toEqual(['Torquil Haig', 'Cllr Ishbel Murdoch (Ward 3)']);
  });

  it('reads "Meeting closed 9.05pm." as the close, not the next meeting\'s time', () => {
    expect(m?.endedAt).toBe('21:05');
    expect(m?.items.map((i) => i.title)).toEqual(['Apologies', 'Footpaths', 'Date of next meeting']);
  });

  it('takes a meeting "closed" or "ended" as the close only with a clock time after it', () => {
    expect(MEETING_END.test('Meeting closed 10.15pm')).toBe(true);
    expect(MEETING_END.test('The meeting ended: 21.40')).toBe(true);
    expect(MEETING_END.test('The meeting closed with a minute of silence for 2 former members.')).toBe(false);
  });
});

describe('an "Also in attendance" table of witnesses, name beside post and organisation, no header row (invented Wealdmoor council)', () => {
  const html = [
    '<html><body>',
    '<p><b>MINUTES</b> of a meeting of the Adult Care Scrutiny Panel held at Guild Hall, Wealdmoor on Tuesday, 9 March 2032 at 2.00 pm</p>',
    '<p><b>Present:</b></p>',
    '<p>Councillor Hugh Tarrow (Chair), Councillor Lena Voss</p>',
    '<p><b>Also in attendance:</b></p>',
    '<table border=0>',
    '<tr><td><p>Dr Imogen Slade</p></td><td><p>Medical Director, Wealdmoor Community Health NHS Trust</p></td></tr>',
    '<tr><td><p>Kwame Ashby-Rourke</p></td><td><p>Director of Nursing, Wealdmoor Community Health NHS Trust</p></td></tr>',
    '<tr><td><p>Councillor Rhoda Penkett</p></td><td><p>Cabinet Member for Adult Care</p></td></tr>',
    '</table>',
    '<p><b>12/32 Apologies for Absence</b></p>',
    '<p>There were no apologies.</p>',
    '<p><b>13/32 Community Nursing</b></p>',
    '<p><b>RESOLVED –</b> That the update be noted.</p>',
    '</body></html>',
  ].join('\n');
  const r = extractPack(Buffer.from(html), 'wealdmoor-minutes.html');

  it('reads each row as one person in attendance, the person named in the first cell', () => {
    const att = r.minutes[0]?.inAttendance ?? [];
    expect(att).toHaveLength(3);
    expect(att[0]).toMatch(/^Dr Imogen Slade\b/);
    expect(att[1]).toMatch(/^Kwame Ashby-Rourke\b/);
    expect(att[2]).toMatch(/^Councillor Rhoda Penkett\b/);
    expect(r.minutes[0]?.present.join(' ')).not.toMatch(/Slade|Ashby-Rourke|Penkett/);
  });
});

describe('a resolved list going on under a "Recommendations to …" sub-heading, numbered afresh (invented Carrowby council)', () => {
  const text = [
    'Minutes of a meeting of the Children and Families Scrutiny Committee held on Wednesday 2 June 2032 at 6.00 pm in Committee Room 1, Carrowby',
    '',
    '21. School Transport Review',
    '',
    'The Committee considered the review of home to school transport.',
    '',
    'RESOLVED – That:',
    '',
    '(1) the review be noted; and',
    '',
    '(2) the Chair write to the Cabinet Member setting out the recommendations below.',
    '',
    'Recommendations to the Cabinet',
    '',
    '(a) That bus passes be issued before the start of term.',
    '',
    '(b) That the appeals panel meet monthly during the summer.',
    '',
    '22. Work Programme',
    '',
    'RESOLVED – That the work programme be agreed.',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'carrowby-minutes.txt');

  it('counts the recommendations under the sub-heading as resolved, the heading itself not', () => {
    const item = r.minutes[0]?.items.find((i) => i.title === 'School Transport Review');
    expect(item?.resolutions).toEqual([
      'the review be noted; and',
      'the Chair write to the Cabinet Member setting out the recommendations below.',
      'That bus passes be issued before the start of term.',
      'That the appeals panel meet monthly during the summer.',
    ]);
  });

  it('has the sub-heading pattern in the layouts registry', () => {
    expect(RESOLVED_LIST_SUBHEADING.test('Recommendations to the Cabinet')).toBe(true);
    expect(RESOLVED_LIST_SUBHEADING.test('Reasons for the decision:')).toBe(false);
  });
});

describe('a standards hearing decision notice with its decision under "Breach" and "Sanctions" headings', () => {
  const text = [
    'Fenwold Borough Council',
    '',
    'Conduct Panel',
    '',
    'DECISION NOTICE',
    '',
    'Allegation that a member of Hatherby Town Council breached the Town',
    'Council’s Code of Conduct',
    '',
    'Date of hearing: Thursday 4 March 2032 at 2.00 pm',
    '',
    'Venue: Meeting Room 5, Fenwold Guildhall, Castle Lane, Fenwold',
    'FW2 9QT',
    '',
    'Subject member: Councillor Nigel Osgood (Hatherby Town Council)',
    '',
    'Hearing panel',
    '',
    '  Councillor                    Role',
    '  ----------------------------- ------------------',
    '  Councillor Priya Landon       Chair',
    '  Councillor Ewan Mirfield      Member',
    '  Councillor Dora Kettering     Member',
    '',
    'Also present: Hugo Tarrant (Monitoring Officer), Fay Lindqvist',
    '(Investigating Officer; Principal Lawyer, Legal Services) and Sam Orme',
    '(Committee Clerk).',
    '',
    'Councillor Osgood attended and spoke to the Panel.',
    '',
    'Findings of fact',
    '',
    '1.  Councillor Osgood chaired the meeting of the Town Council held on',
    '    9 June 2031, at which the budget was discussed.',
    '2.  During that meeting he shouted at the Town Clerk in front of the',
    '    public, and later declined to withdraw his remarks.',
    '',
    'Breach',
    '',
    'The Panel found that Councillor Nigel Osgood failed to treat the Town',
    'Clerk with respect, contrary to paragraph 3.1 of the Code[2].',
    '',
    'Sanctions',
    '',
    'Having consulted the Independent Person, the Panel decided:',
    '',
    '1.  that Councillor Osgood be asked to apologise in writing to the Town',
    '    Clerk within 28 days; and',
    '2.  that this notice be published on the Council’s website.',
    '',
    'Reasons',
    '',
    '1.  The Panel accepted the investigator’s findings, which Councillor',
    '    Osgood did not dispute at the hearing.',
    '2.  The Panel decided that a censure was not needed, because he had',
    '    since apologised to the Town Clerk in person.',
    '',
    'Right of appeal',
    '',
    'There is no right of appeal against this decision.',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'fenwold-conduct-panel.txt');
  const m = r.minutes[0];

  it('reads the notice as the hearing’s minutes: the body above its heading, the labelled date, time and wrapped venue', () => {
    expect(r.minutes).toHaveLength(1);
    expect(m).toMatchObject({ body: 'Conduct Panel', date: '2032-03-04', time: '14:00', venue: 'Meeting Room 5, Fenwold Guildhall, Castle Lane, Fenwold FW2 9QT', endedAt: null });
  });

  it('reads the panel table one member a row, the officers "also present" as in attendance, and the subject member as no attendee', () => {
    expect(m?.present).toEqual(['Councillor Priya Landon', 'Councillor Ewan Mirfield', 'Councillor Dora Kettering']);
    expect(m?.inAttendance).toEqual(['Hugo Tarrant (Monitoring Officer)', 'Fay Lindqvist (Investigating Officer; Principal Lawyer, Legal Services)', 'Sam Orme (Committee Clerk)']);
    expect(m?.otherMembersPresent).toEqual([]);
    expect(JSON.stringify(m)).not.toMatch(/"Councillor Nigel Osgood/);
  });

  it('is one item titled by the allegation, resolving the breach and each sanction, not the findings, reasons or lead-in', () => {
    expect(m?.items).toHaveLength(1);
    expect(m?.items[0]?.title).toBe('Allegation that a member of Hatherby Town Council breached the Town Council’s Code of Conduct');
    expect(m?.items[0]?.resolutions).toEqual([
      'The Panel found that Councillor Nigel Osgood failed to treat the Town Clerk with respect, contrary to paragraph 3.1 of the Code.',
      'that Councillor Osgood be asked to apologise in writing to the Town Clerk within 28 days; and',
      'that this notice be published on the Council’s website.',
    ]);
  });
});

describe('a planning agenda with a grouped membership table and an update sheet bound in behind it', () => {
  const col = (...cells: Array<[number, string]>): string => cells.reduce((s, [at, c]) => s.padEnd(at) + c, '');
  const pages = [
    [
      '  MARLOWE VALE BOROUGH COUNCIL',
      '',
      '  Development Control Committee',
      '',
      '  Date:                    Tuesday, 9 March 2032',
      '  Time:                    7.00 pm',
      '  Venue:                   Assembly Room, Castle Yard Offices, Hythe Lane, Upper',
      '                           Marlowe MV4 8TQ',
      '',
      '  Membership',
      col([3, 'Party'], [50, 'Councillors'], [90, 'Nominated substitutes']),
      col([3, 'Vale First'], [50, 'Cllr Tamsin Okafor (Chair)'], [90, 'Cllr Ruben Hask']),
      col([50, 'Cllr Lorcan Pryde'], [90, 'Cllr Edie Vantongeren']),
      col([3, 'Labour'], [50, 'Cllr Mirela Szabo (Vice-Chair)'], [90, 'Cllr Anton Greave']),
      col([50, 'Cllr Hollis Mbatha']),
      '',
      '  Enquiries to: Pia Rendell, Committee Officer',
    ],
    [
      '  AGENDA',
      '  1.         Declarations of interest',
      '             Councillors are asked to declare any interests in the applications on this agenda and any',
      '             pre-determination.',
      '  2.         31/00412/FUL                                                                      Pages 5 - 20',
      '             Site:           Old Tannery, Mill Race, Upper Marlowe MV4 1BD',
      '             Recommendation: GRANT subject to conditions',
      '  3.         31/00587/FUL                                                                      Pages 21 -',
      '             Site:           Ferry House, Quay Steps, Upper Marlowe MV4                                38',
      '                             2HL',
      '             Recommendation: REFUSE',
    ],
    [
      '                                       MARLOWE VALE BOROUGH COUNCIL',
      '                                 DEVELOPMENT CONTROL COMMITTEE – 9 MARCH 2032',
      '                                   ADDITIONAL REPRESENTATIONS / UPDATE SHEET',
      '   Item 3   31/00587/FUL',
      '   Two further objections have been received. No change to the recommendation.',
    ],
  ];
  const text = `${pages.map((p) => p.join('\n')).join('\n\f')}\n\f`;
  const r = extractPack(Buffer.from(text), 'marlowe-vale.txt');

  it('reads the members from the members column alone, with their roles, not the party or the substitutes beside them', () => {
    expect(r.meeting?.members).toEqual([
      { name: 'Cllr Tamsin Okafor', role: 'Chair' },
      { name: 'Cllr Lorcan Pryde', role: null },
      { name: 'Cllr Mirela Szabo', role: 'Vice-Chair' },
      { name: 'Cllr Hollis Mbatha', role: null },
    ]);
  });

  it('joins a venue wrapped in its value column onto a line closing on the postcode', () => {
    expect(r.meeting?.venue).toBe('Assembly Room, Castle Yard Offices, Hythe Lane, Upper Marlowe MV4 8TQ');
  });

  it('keeps "Councillors are asked to declare …" under a title as its note, not its title', () => {
    expect(r.meeting?.agenda[0]?.title).toBe('Declarations of interest');
    expect(r.meeting?.agenda[0]?.note).toContain('Councillors are asked to declare');
  });

  it('reads a page range wrapped after its dash, the last page off the site line below', () => {
    const item = r.meeting?.agenda[2];
    expect(item?.pages).toEqual({ from: 21, to: 38 });
    expect(item?.note).toContain('Ferry House, Quay Steps, Upper Marlowe MV4 2HL');
  });

  it('ends the agenda at the update sheet: its title block and text are no item', () => {
    expect(r.meeting?.agenda.map((a) => a.number)).toEqual(['1', '2', '3']);
    expect(r.meeting?.agenda[1]?.pages).toEqual({ from: 5, to: 20 });
    expect(r.meeting?.agenda[2]?.note).not.toMatch(/update sheet|further objections|MARLOWE VALE/i);
    expect(r.meeting?.agenda[2]?.note).toContain('REFUSE');
  });
});

describe('a record of decisions set as a laid-out table: Item | Decision | Reasons | Alternatives / Interests', () => {
  // Columns at 1 (item), 30 (decision), 90 (reasons) and 125 (alternatives, its heading wrapped around the header row).
  const row = (...cells: Array<[number, string]>): string => cells.reduce((line, [col, text]) => `${line.padEnd(line === '' ? col : Math.max(col, line.length + 2))}${text}`, '');
  const header = [row([125, 'Alternatives rejected / Declarations of']), row([1, 'Item'], [30, 'Decision'], [90, 'Reasons']), row([125, 'interest'])];
  const pages = [
    [
      'Harrowgate District Council',
      'Executive – Record of Decisions',
      'Date of meeting:   Wednesday 4 June 2031 at 10.00 am',
      'Venue:            Guildhall, Market Square, Harrowgate',
      '',
      ...header,
      row([1, '1 Parking Charges'], [30, 'RESOLVED:'], [90, 'To fund highway repairs.'], [125, 'Alternatives rejected: A freeze.']),
      row([3, 'Review 2031/32 to'], [30, '(a) to approve the tariffs at Appendix A from 1'], [125, 'Declarations of interest: Councillor']),
      row([3, '2032/33'], [34, 'September 2031;'], [125, 'Ida Marsh declared a registrable']),
      row([4, 'Key decision: HD/31/04'], [30, '(b) to note the consultation responses; and'], [125, 'interest as a car park lessee.']),
      row([4, 'Portfolio: Transport'], [30, '(c) to delegate the signage order to the Head of']),
      '',
      '',
      'Page 1 of 2',
    ],
    [
      ...header,
      row([34, 'Highways.']),
      '',
      row([1, '2 Exclusion of the Public'], [30, 'RESOLVED:'], [90, 'The information is exempt.'], [125, 'Declarations of interest: None.']),
      row([30, 'That the public be excluded for the next item.']),
      '',
      'The meeting ended at 11.40 am.',
      '',
      'Page 2 of 2',
    ],
  ];
  const text = `${pages.map((p) => p.join('\n')).join('\n\f')}\n\f`;
  const r = extractPack(Buffer.from(text), 'harrowgate-executive-decisions.txt');
  const items = r.minutes[0]?.items ?? [];

  it('reads one decision a row, its title joined in the item column without its notes', () => {
    expect(items.map((i) => [i.minute, i.title])).toEqual([
      ['1', 'Parking Charges Review 2031/32 to 2032/33'],
      ['2', 'Exclusion of the Public'],
    ]);
    expect(items[0]?.keyDecision).toBe('Key decision: HD/31/04');
  });

  it('resolves the lettered parts of the decision column, across the page break, without the reasons or alternatives', () => {
    expect(items[0]?.resolutions).toEqual([
      'to approve the tariffs at Appendix A from 1 September 2031;',
      'to note the consultation responses; and',
      'to delegate the signage order to the Head of Highways.',
    ]);
    expect(items[1]?.resolutions).toEqual(['That the public be excluded for the next item.']);
  });

  it('reads the interests declared in the last column', () => {
    expect(items[0]?.declarations.map((d) => d.member)).toEqual(['Councillor Ida Marsh']);
    expect(items[1]?.declarations).toEqual([]);
  });
});

describe('bilingual minutes printed as a table of two language columns under a head row naming the languages', () => {
  // Invented: a town council printing each minute in Welsh on the left and English on the right, under a head row
  // ("Cofnod / Minute | Cymraeg | English") repeated on every page, the English column's sub-items indented past the
  // gutter, the two columns' RESOLVED lines out of step, and a lettered resolution running over a page break.
  const row = (no: string, left: string, right: string): string => `   ${no.padEnd(12)}${left.padEnd(62)}${right}`.trimEnd();
  const head = [
    'Cyngor Tref Llanhelyg – Cofnodion 02.03.2032                                     Llanhelyg Town Council – Minutes 02.03.2032',
    '',
    row('', 'Cymraeg', 'English').replace(/^ {3} {6}/, '   Cofnod'),
    '   /',
    '   Minute',
    '',
  ];
  const text = [
    ...head,
    row('', 'CYNGOR TREF LLANHELYG', 'LLANHELYG TOWN COUNCIL'),
    row('', 'Cofnodion Cyfarfod Cyffredin y Cyngor a gynhaliwyd', 'Minutes of the Ordinary Meeting of the Council'),
    row('', 'yn Ystafell y Cyngor, Sgwâr y Farchnad, nos Fawrth,', 'held in the Council Room, Market Square, on'),
    row('', '2 Mawrth 2032 am 6.30 yh', 'Tuesday, 2 March 2032 at 6.30 pm'),
    '',
    row('40/32', 'CEISIADAU CYNLLUNIO', 'PLANNING APPLICATIONS'),
    row('', 'Ystyriodd y Cyngor y ceisiadau a gyfeiriwyd ato.', 'The Council considered the applications referred.'),
    row('', 'PENDERFYNWYD ymateb fel a ganlyn:', 'RESOLVED to respond as follows:'),
    row('', ' (a) 32/0101/FUL – dim gwrthwynebiad;', '      (a) 32/0101/FUL – no objection;'),
    row('', ' (b) 32/0114/LBC – gwrthwynebu: mae’r to newydd yn', '      (b) 32/0114/LBC – object: the new roof is out of'),
    '',
    '',
    'Tudalen 1 o 2                      Llythrennau blaen y Maer / Mayor’s initials: ......                      Page 1 of 2',
    '\fCyngor Tref Llanhelyg – Cofnodion 02.03.2032                                     Llanhelyg Town Council – Minutes 02.03.2032',
    ...head.slice(1),
    row('', '     anghydnaws â’r adeilad rhestredig.', '          keeping with the listed building.'),
    '',
    row('41/32', 'MATERION ARIANNOL', 'FINANCE'),
    row('', 'Cyflwynodd y Clerc yr atodlen o daliadau, cyfanswm', 'The Clerk presented the schedule of payments,'),
    row('', 'o £2,310.00, a’r cysoniad banc.', 'totalling £2,310.00, and the bank reconciliation.'),
    row('', 'PENDERFYNWYD:', ''),
    row('', ' (a) cymeradwyo’r taliadau;', 'RESOLVED:'),
    row('', ' (b) nodi’r cysoniad banc.', '      (a) that the payments be approved;'),
    row('', '', '      (b) that the bank reconciliation be noted.'),
    '',
    row('', 'Daeth y cyfarfod i ben am 8.05 yh.', 'The meeting closed at 8.05 pm.'),
    '',
    'Tudalen 2 o 2                      Llythrennau blaen y Maer / Mayor’s initials: ......                      Page 2 of 2',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];

  it('names the local council in English, from its heading over "Meeting of the Council"', () => {
    expect(m?.body?.toLowerCase()).toBe('llanhelyg town council');
    expect([m?.date, m?.time, m?.endedAt]).toEqual(['2032-03-02', '18:30', '20:05']);
  });
  it('reads the English column: its headings as titles and each resolution once, indented parts and all', () => {
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['40/32', 'PLANNING APPLICATIONS'],
      ['41/32', 'FINANCE'],
    ]);
    expect(m?.items[0]?.resolutions).toEqual(['32/0101/FUL – no objection;', '32/0114/LBC – object: the new roof is out of keeping with the listed building.']);
    expect(m?.items[1]?.resolutions).toEqual(['that the payments be approved;', 'that the bank reconciliation be noted.']);
  });
});

describe('a word processor’s page header and footer saved as divs (LibreOffice’s title="header")', () => {
  it('are furniture: the running head and page number are not the document’s text', () => {
    const text = htmlToText(
      [
        '<body><div title="header"><p align="right"><b>RESTRICTED</b> Harrowfield Joint Board – Minutes – 4 May 2031</p>',
        '</div>',
        '<p align="center"><b>HARROWFIELD JOINT BOARD</b></p>',
        '<div title="footer"><p align="center">Page <sdfield type=PAGE>1</sdfield> of 2</p></div></body>',
      ].join('\n'),
    );
    expect(text).toContain('HARROWFIELD JOINT BOARD');
    expect(text).not.toContain('RESTRICTED');
    expect(text).not.toContain('Page 1');
  });
});

describe('minutes in numbered sections: attendance and apologies tables, then an "Item | Discussion | Action" table of paragraphs', () => {
  const td = (...paras: string[]): string => `<td style="border: 1px solid #000000"><p>${paras.join('</p><p>')}</p></td>`;
  const tr = (...cells: string[]): string => `\t<tr valign="top">\n\t\t${cells.join('\n\t\t')}\n\t</tr>`;
  const wide = (text: string): string => tr(`<td colspan="3"><p><i><b>${text}</b></i></p></td>`);
  const html = [
    '<html><head><meta name="generator" content="LibreOffice"/></head><body>',
    '<div title="header"><p>OFFICIAL   Corrowby Children’s Partnership – Minutes – 9 October 2031</p></div>',
    '<p align="center"><b>CORROWBY CHILDREN’S PARTNERSHIP</b></p>',
    '<p align="center"><b>MINUTES</b></p>',
    '<table>',
    tr(td('<b>Date:</b>'), td('Thursday 9 October 2031')),
    tr(td('<b>Time:</b>'), td('10.00 am')),
    tr(td('<b>Venue:</b>'), td('Training Suite 2, Corrowby Civic Offices, Mill Lane, Corrowby CW4 1ZZ (hybrid – several members joined online through the video link provided)')),
    tr(td('<b>Chair:</b>'), td('Rowena Kettle, Independent Chair')),
    '</table>',
    '<h2><b>1.\n\tAttendance</b></h2>',
    '<table>',
    tr(td('<b>Name</b>'), td('<b>Organisation</b>'), td('<b>Role</b>')),
    wide('Partnership members'),
    tr(td('Rowena\n\t\t\tKettle'), td('Independent'), td('Independent Chair')),
    tr(td('Cllr Idris\n\t\t\tMawby'), td('Corrowby Council'), td('Lead Member for Children (Vice-Chair)')),
    tr(td('Det Supt Lena\n\t\t\tGorse'), td('Corrowby Police'), td('Head of Safeguarding (deputising for ACC Tobias Hale)')),
    wide('In attendance'),
    tr(td('Yusuf Brannock'), td('Corrowby Council'), td('Partnership Manager')),
    '</table>',
    '<h2><b>2.\n\tApologies</b></h2>',
    '<table>',
    tr(td('<b>Name</b>'), td('<b>Organisation</b>'), td('<b>Deputy</b>')),
    tr(td('ACC Tobias Hale'), td('Corrowby Police'), td('Det Supt Lena Gorse')),
    tr(td('Maud Pellow'), td('Corrowby Health Trust'), td('None')),
    '</table>',
    '<h2><b>3.\n\tMinutes</b></h2>',
    '<table>',
    tr(td('<b>Item</b>'), td('<b>Discussion and decisions</b>'), td('<b>Action (owner)</b>')),
    tr(td('<b>1.</b>', '<b>Declarations of\n\t\t\tinterest</b>'), td('There were no declarations.'), td('<br/>')),
    tr(
      td('<b>2.</b>', '<b>Annual budget\n\t\t\t2032/33</b>', '<i>Paper A</i>'),
      '<td><p>Yusuf Brannock presented the budget. The contributions proposed were:</p><table><tr><td><p>Partner</p></td><td><p>2032/33</p></td></tr>' +
        '<tr><td><p>Corrowby Council</p></td><td><p>£140,000</p></td></tr><tr><td><p>Total</p></td><td><p>£210,000</p></td></tr></table>' +
        '<p><b>Agreed:</b></p><ol type="a"><li><p>to approve contributions totalling £210,000;</p><li><p>that the Manager report any shortfall in March 2032.</p></ol></td>',
      td('YB – report by Mar 2032'),
    ),
    tr(td('<b>3.</b>', '<b>Any other business</b>'), td('<b>Agreed:</b> to hold a development day in the spring.'), td('YB – book venue')),
    '</table>',
    '<p>The meeting closed at 11.47 am.</p>',
    '<div title="footer"><p>Page 1 of 3</p></div>',
    '</body></html>',
  ].join('\n');
  const r = extractPack(Buffer.from(html), 'corrowby.html');
  const m = r.minutes[0];

  it('reads one set of minutes, its heading from the label table and no running head', () => {
    expect(r.minutes).toHaveLength(1);
    expect(m?.body).toBe('CORROWBY CHILDREN’S PARTNERSHIP');
    expect(m?.date).toBe('2031-10-09');
    expect(m?.time).toBe('10:00');
    expect(m?.venue).toContain('Training Suite 2, Corrowby Civic Offices');
    expect(m?.endedAt).toBe('11:47');
  });

  it('reads the Name cell of each attendance row under its sub-heading row, and the apologies table', () => {
    expect(m?.present).toEqual(['Rowena Kettle', 'Cllr Idris Mawby', 'Det Supt Lena Gorse']);
    expect(m?.inAttendance.map((x) => x.split(',')[0])).toEqual(['Yusuf Brannock']);
    expect(m?.apologies).toEqual(['ACC Tobias Hale', 'Maud Pellow']);
  });

  it('reads each row as a minute: the number alone in its paragraph, the title without its paper, the Agreed parts, not the inner table or the action cell', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['1', '2', '3']);
    expect(m?.items.map((i) => i.title)).toEqual(['Declarations of interest', 'Annual budget 2032/33', 'Any other business']);
    expect(m?.items[1]?.resolutions).toEqual(['to approve contributions totalling £210,000;', 'that the Manager report any shortfall in March 2032.']);
    expect(m?.items[2]?.resolutions).toEqual(['to hold a development day in the spring.']);
    expect(m?.items[1]?.text).toContain('Corrowby Council | £140,000');
  });
});

describe('attendance paragraphs under a plural title, each councillor followed by a bracketed portfolio', () => {
  // Invented: a borough executive's minutes whose "Present:" and "Apologies:" paragraphs run on under one
  // "Councillors", each name followed by a portfolio in brackets (with ";", "," and "&"), the chair's also "(Chair)".
  const text = [
    'Harrowfield Borough Council',
    'Executive – Minutes',
    'Date of meeting: Wednesday 14 July 2032 at 6.30 pm',
    'Venue: Committee Room 1, Civic Offices, Harrowfield',
    'Present: Councillors Wendy Okonjo-Price (Leader; Growth, Housing & Regeneration) (Chair), Callum Fenwright (Resources & Digital),',
    'Ayesha Loxley (Leisure, Parks & Open Spaces) and Martin Quenby (Deputy Leader; Waste & Environment)',
    'Apologies: Councillors Hamish Dauncey (Adult Care & Wellbeing) and Nerys Ollerton (Schools, Skills & Employment)',
    '',
    '1. MINUTES',
    'RESOLVED: That the minutes of the meeting held on 9 June 2032 be approved.',
    '',
    '2. LEISURE CENTRE CONTRACT',
    'RESOLVED: That the contract be extended to 31 March 2034.',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];

  it('lists each member once by name, the portfolios and "(Chair)" left out', () => {
    expect(m?.present).toEqual(['Wendy Okonjo-Price', 'Callum Fenwright', 'Ayesha Loxley', 'Martin Quenby']);
    expect(m?.apologies).toEqual(['Hamish Dauncey', 'Nerys Ollerton']);
    expect(m?.items.map((i) => i.title)).toEqual(['MINUTES', 'LEISURE CENTRE CONTRACT']);
  });
});

describe("an agenda item's own page: heading, meeting line, decision blocks and a declarations table", () => {
  // Invented: a district council's page for one agenda item of its licensing committee, under the site's breadcrumb
  // (a "Meeting:" crumb), a menu and an "Upcoming meetings" box; the item's Minutes, Decision (lead-in then numbered
  // paragraphs), reasons, a member | interest table, labelled details with the date the decision takes effect, its
  // documents with file sizes and links to the previous and next items.
  const html = [
    '<html><head><title>Agenda item - Street Trading Policy Review | Ambermoor District Council</title></head><body>',
    '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="c.aspx">Licensing Committee</a></li><li><a href="m.aspx">Meeting: 4th May 2032</a></li><li>Agenda item</li></ol>',
    '<h3>Upcoming meetings</h3><ul><li><a href="m2.aspx">Full Council - Thursday, 20th May, 2032 7.00 pm</a></li></ul>',
    '<h1>Agenda item</h1>',
    '<h2>Agenda item - 5 Street Trading Policy Review</h2>',
    '<p><span>Meeting: </span>Tuesday, 4th May, 2032 6.30 pm - <a href="m.aspx">Licensing Committee</a></p>',
    '<h3>Minutes:</h3>',
    '<p>The Licensing Manager, Petra Vossberg, presented the report. Ms Janine Orrell spoke for the market traders.</p>',
    '<p>The meeting adjourned at 7.40 pm and resumed at 7.50 pm.</p>',
    '<h3>Decision:</h3>',
    '<p><b>RESOLVED: </b>That the Committee:</p>',
    '<p>1. approves the revised Street Trading Policy at Appendix 1 with effect from 1st June 2032;</p>',
    '<p>2. sets the annual consent fee at &pound;640 for a static pitch; and</p>',
    '<p>3. asks officers to review the consent streets after twelve months.</p>',
    '<h3>Reasons for decision:</h3>',
    '<p>The policy had not been reviewed since 2024 and the fee no longer recovers the cost of enforcement.</p>',
    '<h3>Declarations of interest:</h3>',
    '<table><tr><th>Member</th><th>Interest</th></tr>',
    '<tr><td>Councillor Maeve Tolland</td><td>Other Registrable Interest - trustee of the Ambermoor Farmers Market.</td></tr></table>',
    '<p><span>Publication date: </span>06/05/2032</p>',
    '<p><span>Effective from: </span>14/05/2032</p>',
    '<h3>Documents:</h3>',
    '<ul><li><a href="d1.pdf">Street Trading Policy Review - report <span>PDF 300 KB</span></a></li></ul>',
    '<p><a href="ai4.aspx">Previous item: 4 Taxi Licensing Fees</a></p>',
    '<p><a href="ai6.aspx">Next item: 6 Gambling Policy Statement</a></p>',
    '<p>&copy; Ambermoor District Council 2032</p>',
    '</body></html>',
  ].join('\n');
  const r = extractPack(Buffer.from(html), 'agenda-item.html');
  const m = r.minutes[0];
  const item = m?.items[0];

  it('records the meeting the page names under its heading, not the breadcrumb or the upcoming meetings', () => {
    expect(r.minutes).toHaveLength(1);
    expect(m?.body).toBe('Licensing Committee');
    expect(m?.date).toBe('2032-05-04');
    expect(m?.time).toBe('18:30');
    expect(m?.venue).toBeNull();
    expect(m?.endedAt).toBeNull();
    expect(m?.present).toEqual([]);
    expect(r.meeting).toBeNull();
  });

  it('reads the one item, its resolutions from the Decision block, its reasons kept, its declarations from the table', () => {
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([['5', 'Street Trading Policy Review']]);
    expect(item?.resolutions).toEqual([
      'approves the revised Street Trading Policy at Appendix 1 with effect from 1st June 2032;',
      'sets the annual consent fee at £640 for a static pitch; and',
      'asks officers to review the consent streets after twelve months.',
    ]);
    expect(item?.text).toContain('no longer recovers the cost of enforcement');
    expect(item?.declarations).toEqual([{ member: 'Councillor Maeve Tolland', interest: 'Other Registrable Interest - trustee of the Ambermoor Farmers Market.' }]);
    expect(item?.effectiveFrom).toBe('2032-05-14');
    expect(r.reports).toEqual([]);
  });
});

describe('minutes pasted into a clerk e-mail, the last minute quoted with "> " markers', () => {
  // Invented: a town council clerk forwards draft minutes; a member's minute is pasted in as quoted lines.
  const text = [
    'From:\tOlwen Pask <clerk@brimbletown.example>',
    'Sent:\t3 March 2031 09:12',
    'To:\tAlma Verrin; Bertram Quill; Cosima Lusk',
    'Subject:\tFW: Draft minutes 1 March 2031',
    '',
    'Dear all, the draft minutes are below.',
    '',
    '-----Original Message-----',
    'From: Olwen Pask <clerk@brimbletown.example>',
    'Sent: 2 March 2031 17:40',
    '',
    'BRIMBLE TOWN COUNCIL',
    '',
    'Minutes of the meeting of the Town Council held at the Corn Exchange, Brimble, on Monday 1 March 2031 at 7pm',
    '',
    'Present: Cllr A Verrin (Chair), Cllr B Quill',
    '',
    '1. Apologies',
    '',
    'Resolved: that the apologies of Cllr Lusk be accepted.',
    '',
    '2. Bandstand repairs',
    '',
    'Resolved: that the quotation of £900 be accepted.',
    '',
    '> 3. Staffing (confidential)',
    '>',
    "> Resolved: that the Deputy Clerk's hours be increased from 10 to 12",
    '> per week.',
    '>',
    '> The meeting closed at 8.40pm.',
    '',
    'Olwen Pask',
    'Town Clerk',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'email.txt').minutes[0];

  it('reads the quoted minute as the others, its markers gone and its lines joined', () => {
    expect(m?.items.map((i) => i.title)).toEqual(['Apologies', 'Bandstand repairs', 'Staffing (confidential)']);
    expect(m?.items[2]?.resolutions).toEqual(["that the Deputy Clerk's hours be increased from 10 to 12 per week."]);
    expect(m?.endedAt).toBe('20:40');
  });
});

describe('minute headings with the agenda item number and the council minute reference side by side', () => {
  // Invented: a parish council numbers each minute as the agenda item and prints its running reference beside it.
  const text = [
    'WELDRAKE MOOR PARISH COUNCIL',
    '',
    'Minutes of the meeting of the Parish Council held in the School Room, Weldrake Moor, on Tuesday 9 September 2031 at 7.15pm',
    '',
    'Present: Cllr F Ormsby (Chair), Cllr G Tallis',
    '',
    '1.  WM/31/41  Apologies for absence',
    '',
    'None.',
    '',
    '2.  WM/31/42  Playing field',
    '',
    'Resolved: that the goal posts be replaced at a cost of £640.',
    '',
    '3.  WM/31/43  Planning',
    '',
    'Resolved: that no objection be raised to application 31/00812/HOU.',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];

  it('takes the reference as the minute, the number as the agenda item, and leaves both out of the title', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['WM/31/41', 'WM/31/42', 'WM/31/43']);
    expect(m?.items.map((i) => i.agendaItem)).toEqual(['1', '2', '3']);
    expect(m?.items.map((i) => i.title)).toEqual(['Apologies for absence', 'Playing field', 'Planning']);
    expect(m?.items[1]?.resolutions).toEqual(['that the goal posts be replaced at a cost of £640.']);
  });
});

describe('an "Absent:" label block after the apologies', () => {
  // Invented: a parish council lists the member who neither came nor sent apologies under "Absent:".
  const text = [
    'SKELBROOK PARISH COUNCIL',
    '',
    'Minutes of the meeting held at Skelbrook Institute on Thursday 4 December 2031 at 7.30pm',
    '',
    'Present:     Cllr H Yarrow (Chair), Cllr I Penket',
    'Apologies:   Cllr J Wystan',
    'Absent:      Cllr K Dolloway',
    '',
    '1. Minutes',
    '',
    'Resolved: that the minutes of 6 November 2031 be approved.',
    '',
    '2. Footpaths',
    '',
    'Resolved: that the stile on footpath 3 be repaired.',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];

  it('records the absent member in no attendance list', () => {
    expect(m?.present).toEqual(['Cllr H Yarrow', 'Cllr I Penket']);
    expect(m?.apologies).toEqual(['Cllr J Wystan']);
    const listed = [
      ...(m?.present ?? []),
      ...(m?.apologies ?? []),
      ...(m?.inAttendance ?? []),
      ...(m?.otherMembersPresent ?? []),
      ...(m?.otherAttendance ?? []).flatMap((g) => g.names),
    ];
    expect(listed.some((n) => n.includes('Dolloway'))).toBe(false);
  });
});

describe('a laid-out table inside a minute, its cells wrapped over lines and its header row repeated over a page break', () => {
  // Invented: a parish council's finance minutes from `pdftotext -layout`, one minute holding a four-column grants
  // table ("Ref.  Applicant  Purpose  Decision"), indented under the minute's text, whose cells wrap over several lines; the table runs onto page 2, where
  // its header row is printed again with the columns a little further right. A running header and "Page N of 2" on
  // every page.
  const at = (starts: readonly number[], cells: readonly string[]): string => cells.reduce((line, c, k) => (c === '' ? line : line.padEnd(starts[k] as number) + c), '').trimEnd();
  const p1 = [18, 32, 54, 78];
  const p2 = [18, 34, 58, 82];
  const running = at([0, 60], ['Oxcombe Parish Council', 'Finance Committee – 3 March 2031']);
  const pages = [
    [
      running,
      '',
      at([20], ['OXCOMBE PARISH COUNCIL']),
      at([8], ['MINUTES OF THE FINANCE COMMITTEE held at Oxcombe Village Hall on Monday 3 March 2031 at 7.30 pm']),
      '',
      at([0, 16], ['Present:', 'Cllr T Varnham (Chairman), Cllr B Ellery and Cllr W Grendon']),
      '',
      at([0, 16], ['F/21/30', 'COMMUNITY GRANTS']),
      at([16], ['The Committee considered six applications to the small grants fund.']),
      at([16], ['RESOLVED that the grants below be paid from the 2030/31 budget.']),
      at(p1, ['Ref.', 'Applicant', 'Purpose', 'Decision']),
      at(p1, ['31/0114/GR', 'Oxcombe Youth', 'New goalposts and', 'Awarded £450 towards']),
      at(p1, ['', 'Football Club', 'nets for the junior', 'the goalposts only;']),
      at(p1, ['', '', 'pitch', 'the nets are a club']),
      at(p1, ['', '', '', 'running cost.']),
      at(p1, ['31/0117/GR', 'Friends of St', 'Repairs to the', 'Awarded £300.']),
      at(p1, ['', 'Aldhelm’s Church', 'churchyard wall']),
      '',
      at([70], ['Page 1 of 2']),
    ],
    [
      running,
      '',
      at(p2, ['Ref.', 'Applicant', 'Purpose', 'Decision']),
      at(p2, ['31/0121/GR', 'Oxcombe Over-60s', 'Coach hire for the', 'Refused: the fund does']),
      at(p2, ['', 'Luncheon Club', 'summer outing', 'not meet travel costs.']),
      '',
      at([0, 16], ['F/22/30', 'DATE OF NEXT MEETING']),
      at([16], ['The next meeting will be held on Monday 7 April 2031.']),
      '',
      at([70], ['Page 2 of 2']),
    ],
  ];
  const text = `${pages.map((p) => p.join('\n')).join('\n\f')}\n\f`;
  const m = extractPack(Buffer.from(text), 'minutes.txt').minutes[0];
  const grants = m?.items[0];

  it('reads the two minutes and the one resolution, not a row of the table', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['F/21/30', 'F/22/30']);
    expect(m?.items.map((i) => i.title)).toEqual(['COMMUNITY GRANTS', 'DATE OF NEXT MEETING']);
    expect(grants?.resolutions).toEqual(['the grants below be paid from the 2030/31 budget.']);
  });

  it('keeps each row as one line, each cell’s wrapped lines joined, the header once and no page furniture', () => {
    const lines = grants?.text.split('\n') ?? [];
    expect(lines).toContain('Ref. | Applicant | Purpose | Decision');
    expect(lines).toContain(
      '31/0114/GR | Oxcombe Youth Football Club | New goalposts and nets for the junior pitch | Awarded £450 towards the goalposts only; the nets are a club running cost.',
    );
    expect(lines).toContain('31/0117/GR | Friends of St Aldhelm’s Church | Repairs to the churchyard wall | Awarded £300.');
    expect(lines).toContain('31/0121/GR | Oxcombe Over-60s Luncheon Club | Coach hire for the summer outing | Refused: the fund does not meet travel costs.');
    expect(grants?.text.match(/Applicant/g)).toHaveLength(1);
    expect(grants?.text).not.toMatch(/Page \d of 2|Finance Committee – 3 March/);
  });
});

describe("a static site's Markdown notes page: front matter, Liquid and Hugo tags, comments, kramdown lists and reference links", () => {
  // Invented: a neighbourhood panel's notes kept in a Jekyll repository. Front matter; a breadcrumb include; an editor's
  // HTML comment over three lines; "# Panel" over a sentence about the wards; the dated "Notes of the meeting" line; a
  // callout include naming the next meeting; a "**Contents**" / "* TOC" / "{:toc}" block; reference links with their
  // definitions at the foot; a kramdown class under a table; a Liquid date in the footer; a Hugo shortcode.
  const md = [
    '---',
    'layout: panel-notes',
    'title: "Ferndyke Neighbourhood Panel: notes of 12 May 2033"',
    'date: 2033-05-20 10:00:00 +0000',
    'next_meeting: 2033-08-11',
    '---',
    '',
    '{% include breadcrumbs.html section="Panels" %}',
    '',
    '<!--',
    '  Checked by Osric Velland on 19 May 2033. Do not publish the exempt appendix.',
    '-->',
    '',
    '# Ferndyke Neighbourhood Panel',
    '',
    'Serving the **Ferndyke** and **Latchmere** wards of Brackwater District Council.',
    '',
    'Notes of the meeting held on **Thursday 12 May 2033 at 7.00pm** at **Latchmere Village Hall, 3 Pound Lane**.',
    '',
    '{% include callout.html content="These notes go to the panel on Thursday 11 August 2033." %}',
    '',
    '**Contents**',
    '',
    '* TOC',
    '{:toc}',
    '',
    '## Attendance',
    '',
    '**Councillors:** Cllr Imelda Quarrie (Chair, Ferndyke), Cllr Bastian Pole (Vice-Chair,',
    'Latchmere) and Cllr Tove Renshaw (Latchmere)',
    '',
    '**Apologies:** Cllr Dorian Fitch (Ferndyke)',
    '',
    '## 1. Minutes of the last meeting',
    '',
    '**Decision:** The notes of the meeting held on 3 February 2033 were agreed as a correct record.',
    '',
    '## 2. Play area at Pound Lane',
    '',
    'The [ward budget][budget] has £9,000 left; see the {{< ref "play-areas.md" >}} page. Points raised:',
    '',
    '- The swings were replaced on',
    '4 March.',
    '',
    '| Ref | Site | Cost |',
    '|-----|------|-----:|',
    '| PL-1 | Pound Lane | £6,500 |',
    '{: .table-costs}',
    '',
    '**Decision:** The Panel agreed to fund new [play equipment][play] at Pound Lane.',
    '',
    '## 3. Any other business',
    '',
    'None.',
    '',
    'The meeting closed at 8.20pm.',
    '',
    '*Published {{ page.date | date: "%-d %B %Y" }}.*',
    '',
    '{% include footer.html %}',
    '',
    '[budget]: /panels/ward-budgets/ "Ward budgets"',
    '[play]: https://www.brackwater.example/play',
  ].join('\n');
  const r = extractPack(Buffer.from(md), 'notes.md');
  const m = r.minutes[0];

  it('reads one set of minutes of the body in the "#" heading, dated by the body text, not the front matter or the next meeting', () => {
    expect(r.minutes).toHaveLength(1);
    expect(m?.body).toBe('Ferndyke Neighbourhood Panel');
    expect(m?.date).toBe('2033-05-12');
    expect(m?.time).toBe('19:00');
    expect(m?.venue).toBe('Latchmere Village Hall, 3 Pound Lane');
    expect(m?.endedAt).toBe('20:20');
  });

  it('reads the items under "## N." headings, the wrapped "4 March." line and the TOC not among them', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['1', '2', '3']);
    expect(m?.items.map((i) => i.title)).toEqual(['Minutes of the last meeting', 'Play area at Pound Lane', 'Any other business']);
  });

  it('keeps the text of reference links and drops template tags, attribute lists and link definitions', () => {
    expect(m?.items[1]?.resolutions).toEqual(['The Panel agreed to fund new play equipment at Pound Lane.']);
    const text = m?.items[1]?.text ?? '';
    expect(text).toContain('The ward budget has £9,000 left');
    expect(text).not.toMatch(/\{[{%:]|\]\[|brackwater\.example|Osric/);
  });

  it('lists the councillors of a "Councillors:" paragraph opening the attendance as present, split outside brackets', () => {
    expect(m?.present).toEqual(['Cllr Imelda Quarrie', 'Cllr Bastian Pole', 'Cllr Tove Renshaw']);
    expect(m?.apologies).toEqual(['Cllr Dorian Fitch']);
  });
});

describe("an area committee's minutes with partners' labels and an actions table closing each item", () => {
  // Invented: plain text minutes of a community safety meeting. "Police:" and "Community groups:" list outside bodies'
  // people; items 1 and 2 close with a tab-separated "No. | Action | Owner | Due" table, the minutes running on after it.
  const text = [
    'Minutes of the Saltings Community Safety Meeting held on Tuesday 8 March 2033 at 2.00pm at Saltings Library',
    '',
    'Councillors: Cllr Petra Knowle and Cllr Amos Tredgold',
    'Police: Sergeant Kofi Brennan (Saltings Neighbourhood Team), PCSO Wren Aske',
    "Community groups: Hilde Sorrell (Saltings Residents' Association), Jonas Ebb (Harbour Watch)",
    'Officers: Maisie Clough (Community Safety Officer)',
    '',
    '1. Anti-social behaviour at the harbour',
    '',
    'RESOLVED: That extra patrols be asked for in the summer.',
    '',
    'No.\tAction\tOwner\tDue',
    '1\tAsk for summer patrols\tSgt Brennan\t1 June 2033',
    '2\tReport on the harbour lighting\tMaisie Clough\t1 May 2033',
    '',
    '2. Any other business',
    '',
    'None.',
    '',
    'No.\tAction\tOwner\tDue',
    '3\tCirculate the notes\tMaisie Clough\t15 March 2033',
    '',
    '3. Date of next meeting',
    '',
    'Tuesday 14 June 2033.',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'minutes.txt');
  const m = r.minutes[0];

  it('reads every item past the actions tables, which are neither items nor resolutions', () => {
    expect(r.minutes).toHaveLength(1);
    expect(m?.items.map((i) => i.title)).toEqual(['Anti-social behaviour at the harbour', 'Any other business', 'Date of next meeting']);
    expect(m?.items.flatMap((i) => i.resolutions)).toEqual(['That extra patrols be asked for in the summer.']);
  });

  it("lists the councillors as present and the police and community groups' people as in attendance, one entry each", () => {
    expect(m?.present).toEqual(['Cllr Petra Knowle', 'Cllr Amos Tredgold']);
    expect(m?.inAttendance.map((x) => x.split(' (')[0])).toEqual(['Sergeant Kofi Brennan', 'PCSO Wren Aske', 'Hilde Sorrell', 'Jonas Ebb', 'Maisie Clough']);
  });
});

describe("a meeting's web page with a date line under its heading, minutes in each item and attendance below the items", () => {
  // Invented: a district council's meeting page. The heading names the body, a date line repeats the meeting's date over
  // a card of labels; each "Item N:" panel holds its minutes, one resolving a lettered list ("a.", "b."); the closing
  // line ends the items, and an "Attendance" section of bulleted "Present", "Apologies" and "Officers" lists follows.
  const html = `<!DOCTYPE html><html><head><title>Harbour Board - 9 March 2034 | Quillmoor District Council</title></head><body>
<main>
<p class="kicker">Board meeting</p>
<h1>Harbour Board</h1>
<p>Thursday 9 March 2034</p>
<dl>
<div><dt>Date</dt><dd>Thursday 9 March 2034</dd></div>
<div><dt>Time</dt><dd>10.00am</dd></div>
<div><dt>Venue</dt><dd>Harbour Office, Quay Street, Quillmoor QM4 2AB</dd></div>
</dl>
<h2>Agenda</h2>
<details><summary>Item 1: Apologies for absence</summary>
<p>To receive apologies.</p>
<h3>Minutes</h3>
<p>Apologies for absence were received from Councillor Orrin Blackett.</p>
</details>
<details><summary>Item 2: Mooring charges 2034/35</summary>
<p>Report of the Harbour Master.</p>
<h3>Minutes</h3>
<p>Councillor Vesna Lyle asked about the winter rate.</p>
<h4>Resolved</h4>
<ol type="a">
<li>That the mooring charges be approved.</li>
<li>That the winter rate be reviewed in October 2034.</li>
</ol>
</details>
<p>The meeting ended at 11.20am.</p>
<h2>Attendance</h2>
<h3>Present</h3>
<ul>
<li>Councillor Ingrid Tallow (Chair)</li>
<li>Councillor Vesna Lyle</li>
<li>Councillor Piers Amberley</li>
</ul>
<h3>Apologies</h3>
<ul>
<li>Councillor Orrin Blackett</li>
</ul>
<h3>Officers</h3>
<ul>
<li>Tamsin Hale &ndash; Harbour Master</li>
</ul>
</main>
</body></html>`;
  const r = extractPack(Buffer.from(html), 'harbour-board.html');
  const m = r.minutes[0];

  it('names the body from the heading, not the date line under it', () => {
    expect(r.meeting?.body).toBe('Harbour Board');
    expect(m?.body).toBe('Harbour Board');
  });

  it('reads the lettered list of a minute as its resolutions', () => {
    expect(m?.items.map((i) => i.title)).toEqual(['Apologies for absence', 'Mooring charges 2034/35']);
    expect(m?.items[1]?.resolutions).toEqual(['That the mooring charges be approved.', 'That the winter rate be reviewed in October 2034.']);
  });

  it('reads the attendance lists below the closing line, the apology in the minutes not doubling the listed one', () => {
    expect(m?.endedAt).toBe('11:20');
    expect(m?.present).toEqual(['Councillor Ingrid Tallow', 'Councillor Vesna Lyle', 'Councillor Piers Amberley']);
    expect(m?.apologies).toEqual(['Councillor Orrin Blackett']);
    expect(m?.inAttendance.map((x) => x.split(' – ')[0])).toEqual(['Tamsin Hale']);
  });
});

describe("a district council's report converted by pandoc: a grid cover table whose cells wrap", () => {
  // Invented: a Markdown report whose cover is a headerless grid table. The cabinet member's portfolio, the lead
  // officer's name and the forward plan label wrap onto the row's next line; the author's cell holds three paragraphs.
  const text = [
    '# Riverside Car Parks: Charging Review',
    '',
    '+----------------------+-------------------------------------------+',
    '| **Report to**        | Executive                                 |',
    '+----------------------+-------------------------------------------+',
    '| **Date of meeting**  | Tuesday 9 November 2032                   |',
    '+----------------------+-------------------------------------------+',
    '| **Report of**        | Director of Environment and Transport     |',
    '|                      | (Ottilie Marchbank)                       |',
    '+----------------------+-------------------------------------------+',
    '| **Cabinet Member**   | Cllr Jasper Twentyman, Cabinet Member for |',
    '|                      | Parking, Roads & Waterways                |',
    '+----------------------+-------------------------------------------+',
    '| **Key decision**     | Yes -- reference KD 32/041                |',
    '+----------------------+-------------------------------------------+',
    '| **Forward Plan       | FWP/32/10/007                             |',
    '| reference**          |                                           |',
    '+----------------------+-------------------------------------------+',
    '| **Report author**    | Philippa Dunstable, Parking Manager       |',
    '|                      |                                           |',
    '|                      | <p.dunstable@kelmouth.example>            |',
    '|                      |                                           |',
    '|                      | Tel: 01632 777120                         |',
    '+----------------------+-------------------------------------------+',
    '',
    '# 1. Recommendations',
    '',
    '1.1 That the Executive approves the charges in the appendix.',
    '',
    '# 2. Background',
    '',
    '2.1 Charges were last reviewed in 2029.',
  ].join('\n');
  const report = extractPack(Buffer.from(text), 'report.md').reports[0];

  it('reads every row past the wrapped ones: the lead officer whole, one cabinet member, the forward plan reference', () => {
    expect(report?.leadOfficer).toBe('Director of Environment and Transport (Ottilie Marchbank)');
    expect(report?.cabinetMembers).toEqual(['Cllr Jasper Twentyman, Cabinet Member for Parking, Roads & Waterways']);
    expect(report?.forwardPlanRef).toBe('FWP/32/10/007');
  });

  it("takes the author from the cell's first paragraph and the phone as the contact", () => {
    expect(report?.author).toBe('Philippa Dunstable, Parking Manager');
    expect(report?.contact).toContain('01632 777120');
  });
});

describe("a report's statutory officer sign-offs in a pandoc multiline table", () => {
  // Invented: a Markdown report closing with a "Role | Name | Date" multiline table (a border over the headings, rows
  // set off by blank lines, the first and last roles wrapped over two lines).
  const text = [
    '# Kelmouth Harbour Dredging Contract',
    '',
    'Report to: Executive',
    'Report of: Director of Place',
    'Date: 3 August 2032',
    '',
    '# 1. Recommendations',
    '',
    '1.1 That the Executive awards the dredging contract.',
    '',
    '**Statutory officer clearance**',
    '',
    '  ----------------------------------------------------------------',
    '  Role                             Name                 Date',
    '  -------------------------------- -------------------- ----------',
    '  Chief Finance Officer (Section   Leopold Varga        21/07/2032',
    '  151 Officer)',
    '',
    '  Monitoring Officer               Saoirse Pendleton    22/07/2032',
    '',
    '  Director of Place and            Aurelio Fenwick      23/07/2032',
    '  Regeneration',
    '  ----------------------------------------------------------------',
  ].join('\n');
  const report = extractPack(Buffer.from(text), 'report.md').reports[0];

  it('lists three sign-offs in order, each wrapped role joined, with its name and date', () => {
    expect(report?.signOffs.map((s) => [s.role, s.name, s.date])).toEqual([
      ['Chief Finance Officer (Section 151 Officer)', 'Leopold Varga', '2032-07-21'],
      ['Monitoring Officer', 'Saoirse Pendleton', '2032-07-22'],
      ['Director of Place and Regeneration', 'Aurelio Fenwick', '2032-07-23'],
    ]);
  });
});

describe("a joint body's minutes whose Present rows each name a constituent council beside its members", () => {
  // Invented: a joint waste authority's minutes from `pdftotext -layout`. "Present:" heads a label table of three
  // rows, one per appointing council, the council's name in a middle column (one wrapped onto a second line) and its
  // councillors beside it, names broken across the lines; "In attendance:" and "Apologies:" rows follow.
  const at = (starts: readonly number[], cells: readonly string[]): string => cells.reduce((line, c, k) => (c === '' ? line : line.padEnd(starts[k] as number) + c), '').trimEnd();
  const cols = [0, 18, 48];
  const text = [
    at([10], ['MINUTES of the MEETING of the TAMBERLEY VALE JOINT WASTE AUTHORITY held at Fenwick House,']),
    at([10], ['Tamberley on Thursday, 9th October, 2031 at 2.00 pm']),
    '',
    at(cols, ['Present:', 'Tamberley City Council', 'Councillors A Orme, G Pilkington and W']),
    at(cols, ['', '', 'Sandys']),
    at(cols, ['', 'East Vale District', 'Councillors J Moult, E Trask-Hale and']),
    at(cols, ['', 'Council', 'Y Brightwell']),
    at(cols, ['', 'Ousemoor Council', 'Councillor R Venn']),
    at([0, 18], ['In attendance:', 'C Drury (Clerk) and I Lamb (Treasurer)']),
    at([0, 18], ['Apologies:', 'Councillor K Oldroyd (Ousemoor Council)']),
    '',
    at([0, 12], ['31/14', 'MINUTES']),
    at([12], ['RESOLVED that the minutes of the meeting held on 3 July 2031 be confirmed.']),
  ].join('\n');
  const m = extractPack(Buffer.from(`${text}\n`), 'minutes.txt').minutes[0];

  it('lists each councillor present once, names rejoined across their lines, no council as a person or part of a name', () => {
    expect(m?.present).toEqual(['A Orme', 'G Pilkington', 'W Sandys', 'J Moult', 'E Trask-Hale', 'Y Brightwell', 'Councillor R Venn']);
    expect(m?.inAttendance).toEqual(['C Drury (Clerk)', 'I Lamb (Treasurer)']);
    expect(m?.apologies.map((a) => a.split(' (')[0])).toEqual(['Councillor K Oldroyd']);
  });
});

describe('a lettered resolution whose first part leads in to a table that runs over a page break', () => {
  // Invented: a combined authority's minutes from `pdftotext -layout`. "RESOLVED that:" over (a) ending with a colon,
  // a three-column "Panel | Members | Chair" table indented under it whose cells wrap and which runs onto page 2, then
  // (b) and (c) at the markers' column, (b) wrapped. A running header and "Page N of 2" on each page.
  const at = (starts: readonly number[], cells: readonly string[]): string => cells.reduce((line, c, k) => (c === '' ? line : line.padEnd(starts[k] as number) + c), '').trimEnd();
  const t = [20, 44, 82];
  const running = at([0, 70], ['Carnbrook Combined Authority', 'Annual Meeting – 4 June 2032']);
  const pages = [
    [
      running,
      '',
      at([8], ['MINUTES of the ANNUAL MEETING of the CARNBROOK COMBINED AUTHORITY held at Mill Court,']),
      at([8], ['Carnbrook on Friday, 4th June, 2032 at 11.00 am']),
      '',
      at([0, 12], ['6/32', 'APPOINTMENT OF PANELS 2032/33']),
      at([12], ['RESOLVED that:']),
      at([12], ['(a) the following panels be appointed for 2032/33 with the Members shown:']),
      at(t, ['Panel', 'Members', 'Chair']),
      at(t, ['Transport Panel (5)', 'Councillors D Fagg, L Orrin,', 'Councillor D']),
      at(t, ['', 'M Pascoe, V Rudd and T Yeo', 'Fagg']),
      at(t, ['Skills Panel (3)', 'Councillors H Ames, L Orrin', 'Councillor H Ames']),
      at(t, ['', 'and V Rudd']),
      '',
      at([70], ['Page 1 of 2']),
    ],
    [
      running,
      '',
      at(t, ['Housing Panel (3)', 'Councillors M Pascoe, T Yeo', 'Councillor T Yeo']),
      at(t, ['', 'and D Fagg']),
      '',
      at([12], ['(b) the terms of reference of the panels set out in the report be']),
      at([16], ['confirmed; and']),
      at([12], ['(c) the Monitoring Officer be authorised to fill vacancies on the panels.']),
      '',
      at([0, 12], ['7/32', 'DATE OF NEXT MEETING']),
      at([12], ['The next meeting will be held on Friday 9 July 2032.']),
      '',
      at([70], ['Page 2 of 2']),
    ],
  ];
  const m = extractPack(Buffer.from(`${pages.map((p) => p.join('\n')).join('\n\f')}\n\f`), 'minutes.txt').minutes[0];

  it('reads (a) to (c) as three resolutions, no table row or header among them and (b) joined across its wrap', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['6/32', '7/32']);
    expect(m?.items[0]?.resolutions).toEqual([
      'the following panels be appointed for 2032/33 with the Members shown:',
      'the terms of reference of the panels set out in the report be confirmed; and',
      'the Monitoring Officer be authorised to fill vacancies on the panels.',
    ]);
  });
});

describe('a typed minute book: a spaced, underlined council name, a folio atop each page, dotted titles and wrapped closing', () => {
  // Invented: a parish council's signed minutes typed into a minute book and printed as `pdftotext -layout` gives them.
  // The council's name is spaced out and underlined over a sentence naming only "the Parish Council"; each page has a
  // "Folio N" at its head (a scan's stray mark before one) and a page number and initials line at its foot; titles
  // carry stops ("Cllr.", "Mrs."); a proposer's note in brackets follows a resolution that runs over a page break; the
  // chairman "closed the" meeting on one line and the time is on the next.
  const text = [
    '                                                          Folio  88',
    '',
    '                  QUILLBERRY  PARVA  PARISH  COUNCIL',
    '                  __________________________________',
    '',
    '',
    '      Minutes of the Ordinary Meeting of the Parish Council held in the',
    '      Old School Room, Mill Street, on Tuesday, 4th May 2027 at 7.15 p.m.',
    '',
    '      PRESENT:       Cllr. A. B. Quenby  (Chairman)',
    '                     Cllr. Mrs. F. Tollast',
    '                     Cllr. J. Marwood',
    '',
    '17/201  APOLOGIES',
    '        ---------',
    '        Apologies were received from Cllr. Mrs. D. Pelham (holiday), Cllr. O.',
    '        Strake (work) and Revd. N. Ashworth.',
    '',
    '17/202  ALLOTMENTS',
    '        ----------',
    '        RESOLVED that the Council let the two vacant plots at Stony Field to',
    '        the first two applicants on the waiting list, at the rent for the',
    '        year and',
    '',
    '',
    '                              - 1 -',
    '',
    "                                      Chairman's initials  ........",
    '\f .                                                       Folio  89',
    '',
    '        subject to the usual tenancy agreement.',
    '        (Proposed Cllr. Tollast, seconded Cllr. Marwood;  carried 3 votes to 0.)',
    '        Cllr. Marwood left the meeting at 8.02 p.m.',
    '',
    '17/203  DATE OF NEXT MEETING',
    '        --------------------',
    '        The next meeting will be held on Tuesday 1st June 2027 at 7.15 p.m.',
    '',
    '        There being no other business the Chairman closed the',
    '        meeting at 8.40 p.m.',
    '',
    '',
    '                              - 2 -',
    '',
    "                                      Chairman's initials  ........",
    '\f                                                         Folio  90',
    '',
    '        Signed  ..................     Chairman',
    '',
    '',
    '                              - 3 -',
    '',
    "                                      Chairman's initials  ........",
    '\f',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'minutes.txt');
  const m = r.minutes[0];

  it('names the council from the spaced, underlined heading over a sentence naming only "the Parish Council"', () => {
    expect(r.minutes).toHaveLength(1);
    expect(m?.body).toBe('QUILLBERRY PARVA PARISH COUNCIL');
    expect(m?.date).toBe('2027-05-04');
    expect(m?.time).toBe('19:15');
  });

  it('reads the apologies in prose past the stops of "Cllr." and "Mrs.", one entry each, reasons aside', () => {
    expect(m?.apologies).toEqual(['Cllr. Mrs. D. Pelham', 'Cllr. O. Strake', 'Revd. N. Ashworth']);
  });

  it('joins a resolution over the page break without the folio atop the next page, ending at the bracketed proposer note', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['17/201', '17/202', '17/203']);
    expect(m?.items[1]?.resolutions).toEqual([
      'the Council let the two vacant plots at Stony Field to the first two applicants on the waiting list, at the rent for the year and subject to the usual tenancy agreement.',
    ]);
    expect(m?.items[1]?.text).not.toMatch(/Folio/);
  });

  it('reads the close from a sentence wrapped between "closed the" and "meeting at", not the next meeting\'s time', () => {
    expect(m?.endedAt).toBe('20:40');
  });
});

describe('holdout: a word processor’s web-page minutes with two member tables under one label, a broadcast note and bulleted declarations', () => {
  const p = (text: string): string => `<p class="c2"><span class="c1">${text}</span></p>`;
  const row = (a: string, b: string): string => `<tr class="c6"><td class="c3" colspan="1" rowspan="1">${p(a)}</td><td class="c3" colspan="1" rowspan="1">${p(b)}</td></tr>`;
  const html = [
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">.c1{color:#000000}</style></head><body class="c9">',
    p('QUENTHORPE BOROUGH COUNCIL'),
    p('SAFER STREETS PARTNERSHIP'),
    p('MINUTES of the meeting of the Safer Streets Partnership held on Tuesday 9 March 2027 at 6.30 pm in the Lantern Room, Quenthorpe Guildhall, Tanner Lane, Quenthorpe QT4 7ZX'),
    p('This meeting was webcast and the recording remains on the council&rsquo;s website for six months.'),
    p('PRESENT'),
    p('Statutory members'),
    `<table class="c7">${row('Name', 'Organisation')}${row('Councillor Wilf Ambrose (Chair)', 'Quenthorpe Borough Council &ndash; Cabinet Member for Communities')}${row('Superintendent Neve Carrow', 'Vantmoor Police &ndash; Local Policing Area')}</table>`,
    p(''),
    p('Co-opted members'),
    `<table class="c7">${row('Name', 'Organisation')}${row('Ottilie Brennard (Vice-Chair)', 'Quenthorpe Residents&rsquo; Forum')}${row('Jasper Lyle', 'Director, Vantmoor Fire and Rescue Service')}</table>`,
    p('IN ATTENDANCE'),
    p('Rosalind Fettes, Clinical Lead, Quenthorpe East Health Network (for minute SSP/27/14)'),
    p('Declan Prowse, Democratic Services Officer'),
    '<h2 class="c5" id="h.a1"><span class="c8">SSP/27/13&nbsp;&nbsp;&nbsp;&nbsp;Declarations of interest</span></h2>',
    p('The following interests were declared:'),
    '<ul class="c4 lst-kix_x-0 start"><li class="c2"><span class="c1">Councillor Wilf Ambrose declared an interest in minute SSP/27/14 as a trustee of the Tanner Lane youth club.</span></li>',
    '<li class="c2"><span class="c1">Jasper Lyle declared an interest in minute SSP/27/15 as the fire service is a party to the contract.</span></li></ul>',
    '<h2 class="c5" id="h.a2"><span class="c8">SSP/27/14&nbsp;&nbsp;&nbsp;&nbsp;Youth Safety Review: &ldquo;Safe After Dark&rdquo;</span></h2>',
    p('RESOLVED: That the review be noted.'),
    '<h2 class="c5" id="h.a3"><span class="c8">SSP/27/15&nbsp;&nbsp;&nbsp;&nbsp;Night-time economy contract</span></h2>',
    p('RESOLVED: That the contract be extended to 31 March 2028.'),
    p('The meeting ended at 8.05 pm.'),
    '</body></html>',
  ].join('');
  const r = extractPack(Buffer.from(html), 'minutes.html');
  const m = r.minutes[0];

  it('ends the venue at its heading sentence, the note that the meeting was webcast left out', () => {
    expect(MEETING_BROADCAST_NOTE.test('The meeting was broadcast live and can be viewed on YouTube.')).toBe(true);
    expect(MEETING_BROADCAST_NOTE.test('The meeting was adjourned at 7.15 pm.')).toBe(false);
    expect(m?.date).toBe('2027-03-09');
    expect(m?.venue).toBe('Lantern Room, Quenthorpe Guildhall, Tanner Lane, Quenthorpe QT4 7ZX');
  });

  it('reads both member tables under the one label a person a row, header rows, group headings and organisations aside', () => {
    expect(m?.present).toEqual(['Councillor Wilf Ambrose', 'Superintendent Neve Carrow', 'Ottilie Brennard', 'Jasper Lyle']);
  });

  it('keeps an officer’s organisation after their post with them, one entry a line', () => {
    expect(ORGANISATION_NAME.test('Quenthorpe East Health Network')).toBe(true);
    expect(m?.inAttendance).toEqual(['Rosalind Fettes, Clinical Lead, Quenthorpe East Health Network (for minute SSP/27/14)', 'Declan Prowse, Democratic Services Officer']);
  });

  it('reads bulleted declarations, and keeps a quoted name’s closing quote at a title’s end', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['SSP/27/13', 'SSP/27/14', 'SSP/27/15']);
    expect(m?.items[0]?.declarations.map((d) => d.member)).toEqual(['Councillor Wilf Ambrose', 'Jasper Lyle']);
    expect(m?.items[0]?.resolutions).toEqual([]);
    expect(m?.items[1]?.title).toBe('Youth Safety Review: “Safe After Dark”');
  });
});

describe('holdout: a record of decisions printed in Welsh, then in English, one version after the other (Glanrhyd)', () => {
  const text = [
    'Cyngor Bro Glanrhyd / Glanrhyd County Council                       Pwyllgor Gwaith – 03.11.2031',
    '',
    '           Cyngor Bro Glanrhyd',
    '  CBG      COFNOD PENDERFYNIADAU                                      Fersiwn Gymraeg',
    '',
    '           Pwyllgor Gwaith',
    '',
    '  Dyddiad:                  Dydd Llun, 3 Tachwedd 2031',
    '  Amser:                    2.00 y.h.',
    '  Lleoliad:                 Ystafell Bwyllgor 2, Tŷ Glanrhyd, Heol yr Afon',
    '',
    ' Penderfyniadau',
    '',
    ' 4. Strategaeth Llyfrgelloedd 2032–2036 a chynllun ar gyfer y canghennau gwledig',
    ' Adroddiad gan: Pennaeth Diwylliant | Portffolio: Diwylliant | Penderfyniad allweddol: Ydy',
    ' Penderfyniad              PENDERFYNWYD bod y strategaeth yn cael ei mabwysiadu ac y bydd',
    '                           y canghennau gwledig yn aros ar agor gyda gwirfoddolwyr.',
    " Rhesymau                  Mae'r ymgynghoriad wedi dangos bod cefnogaeth gref i'r cynllun a",
    "                           bod y gymuned yn barod i helpu gyda'r gwaith.",
    '',
    ' 5. Ffioedd parcio yn y canol tref',
    ' Adroddiad gan: Pennaeth Priffyrdd | Portffolio: Trafnidiaeth',
    ' Penderfyniad              PENDERFYNWYD bod y ffioedd yn aros fel y maent hyd at fis Ebrill',
    '                           ac y bydd adolygiad yn cael ei gynnal gan y swyddogion.',
    " Rhesymau                  Mae'r incwm yn sefydlog ac nid oes angen newid y ffioedd eto.",
    '',
    'Cofnod penderfyniadau / Record of decisions                               Tudalen 1 o 2 / Page 1 of 2',
    '\fCyngor Bro Glanrhyd / Glanrhyd County Council                      Pwyllgor Gwaith – 03.11.2031',
    '',
    '           Glanrhyd County Council',
    '  GCC      RECORD OF DECISIONS                                        English version',
    '',
    '           Executive Committee',
    '',
    '  Date:                     Monday, 3 November 2031',
    '  Time:                     2.00 pm',
    '  Venue:                    Committee Room 2, Glanrhyd House, River Road',
    '',
    ' Decisions',
    '',
    ' 4. Library Strategy 2032–2036 and the plan for the rural branches of the county',
    ' Report of: Head of Culture | Portfolio: Culture | Key decision: Yes',
    ' Decision                  RESOLVED that the strategy be adopted and that the rural',
    '                           branches stay open with the help of volunteers.',
    ' Reasons                   The consultation showed strong support for the plan and that',
    '                           the community is ready to help with the work.',
    '',
    ' 5. Town centre parking charges',
    ' Report of: Head of Highways | Portfolio: Transport',
    ' Decision                  RESOLVED that the charges stay as they are until April and that',
    '                           officers carry out a review of them.',
    ' Reasons                   The income is stable and there is no need to change the charges yet.',
    '',
    'Cofnod penderfyniadau / Record of decisions                               Tudalen 2 o 2 / Page 2 of 2',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'glanrhyd-executive-decisions.txt');
  const m = r.minutes[0];

  it('reads one meeting, from the English version only', () => {
    expect(r.minutes).toHaveLength(1);
    expect(m?.body).toBe('Executive Committee');
    expect(m?.date).toBe('2031-11-03');
    expect(m?.time).toBe('14:00');
    expect(m?.venue).toMatch(/^Committee Room 2, Glanrhyd House/);
  });

  it("blanks the other language's pages of a document printed in two languages in turn, keeping every line", () => {
    const lines = [
      ...Array(50).fill('Mae y cyngor wedi cytuno bod y cynllun yn mynd ymlaen gyda cefnogaeth'),
      '\fThe council agreed that the plan goes ahead with the support of the town',
      ...Array(49).fill('and the members were content that it should proceed in this way for now'),
    ];
    const out = sequentialEnglish(lines);
    expect(out).toHaveLength(lines.length);
    expect(out.slice(0, 50).every((l) => l === '')).toBe(true);
    expect(out[50]).toBe(lines[50]);
    expect(OTHER_LANGUAGE_PROSE_WORDS.test('yn')).toBe(true);
    expect(OTHER_LANGUAGE_PROSE_WORDS.test('the')).toBe(false);
  });

  it('reads each numbered item over its cover labels, its resolution from the "Decision" row up to the "Reasons" row', () => {
    expect(m?.items.map((i) => i.title)).toEqual(['Library Strategy 2032–2036 and the plan for the rural branches of the county', 'Town centre parking charges']);
    expect(m?.items[0]?.resolutions).toEqual(['the strategy be adopted and that the rural branches stay open with the help of volunteers.']);
    expect(m?.items[1]?.resolutions).toEqual(['the charges stay as they are until April and that officers carry out a review of them.']);
    expect(JSON.stringify(r.minutes)).not.toMatch(/PENDERFYNWYD|Penderfyniadau|Strategaeth/);
  });
});

describe('a boxed form with numbered label cells, recording one portfolio holder decision under a two-line running header and footer', () => {
  const pad = (label: string, value: string): string => ` ${label.padEnd(38)}${value}`;
  const value = (text: string): string => `${' '.repeat(39)}${text}`;
  const header = ['                              OFFICIAL', 'Fenmarsh Borough Council                                   Individual Decision – ID/31/012'];
  const footer = (n: number): string[] => [
    '',
    '',
    `Form IDR2 (v1.3)                                                          Page ${n} of 2`,
    '                              OFFICIAL',
  ];
  const text = [
    ...header,
    '',
    '     RECORD OF EXECUTIVE DECISION BY A PORTFOLIO HOLDER',
    '',
    pad('1. Decision reference', 'ID/31/012'),
    pad('2. Decision maker', 'Councillor Hal Brindle'),
    value('Portfolio Holder for Parks and Open Spaces'),
    pad('3. Title of decision', 'Allotment Rents 2031/32 and a New Waiting'),
    value('List Policy'),
    pad('4. Date decision made', '9 March 2031'),
    pad('5. Key decision', 'Yes ☐ No ☒'),
    pad('6.Decision made (number each part)', 'Having read the report, I have decided:'),
    value(' 1. To set the rent for a full plot at £61.00 a year from 1 April'),
    value('    2031.'),
    value(' 2. To adopt the waiting list policy at Appendix 1, giving priority'),
    value('    to residents without a garden and with effect from 1 May 2031'),
    ...footer(1),
    `\f${header[0] as string}`,
    header[1] as string,
    '',
    value('    for all new applications.'),
    '',
    pad('7. Reasons for the decision', 'The rents have not risen since 2028 and no longer cover the'),
    value('cost of water and repairs.'),
    pad('8. Conflicts of interest', 'None'),
    ' declared by the decision maker',
    '',
    ...footer(2),
    '\f',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'decision.txt');
  const rep = r.reports[0];

  it('reads a lone decision record, not a meeting, its numbered labels read as the cover', () => {
    expect(r.meeting?.agenda ?? []).toEqual([]);
    expect(r.reports).toHaveLength(1);
    expect(rep?.title).toBe('Allotment Rents 2031/32 and a New Waiting List Policy');
    expect(rep?.kind).toBe('RECORD OF EXECUTIVE DECISION BY A PORTFOLIO HOLDER');
    expect(rep?.date).toBe('2031-03-09');
    expect(rep?.cabinetMembers).toHaveLength(1);
    expect(rep?.cabinetMembers[0]).toMatch(/^Councillor Hal Brindle/);
  });

  it('reads the numbered decisions, the second joined over the page break without the second header or footer line', () => {
    expect(rep?.recommendations).toEqual([
      'To set the rent for a full plot at £61.00 a year from 1 April 2031.',
      'To adopt the waiting list policy at Appendix 1, giving priority to residents without a garden and with effect from 1 May 2031 for all new applications.',
    ]);
  });

  it('keeps the sections under their labels, without the number, the prompt or the label wrapped in its column', () => {
    const headings = rep?.sections.map((s) => s.heading) ?? [];
    expect(headings).toContain('Reasons for the decision');
    expect(headings).toContain('Conflicts of interest declared by the decision maker');
    expect(rep?.sections.find((s) => s.heading.startsWith('Conflicts'))?.text).toBe('None');
    expect(JSON.stringify(rep)).not.toMatch(/Form IDR2|Individual Decision –/);
  });
});

describe("a word processor's summons as text: a tightly piped members table, roles wrapped in their cells, hanging-indent items", () => {
  const text = [
    '                      KESTREL HYTHE TOWN COUNCIL',
    '',
    '        Town Clerk: Mr Idris Penhallow, The Guildhall, Quay Street',
    '            Tel: 01632 960144   Email: clerk@kestrelhythe-tc.example',
    '',
    'To the Councillors of Kestrel Hythe Town Council:',
    '',
    '|Cllr Morwenna Treloar     |Cllr Jago Pascoe          |',
    '|(Mayor)                   |(Deputy Mayor)            |',
    '|Cllr Demelza Hocking      |Cllr Piran Nancarrow      |',
    '|Cllr Tamsin Rowe          |Cllr Kerensa Vosper       |',
    '',
    'You are summoned to attend a meeting of Kestrel Hythe Town Council to be',
    'held in the Council Chamber, The Guildhall, Quay Street on Thursday 14th',
    'October 2027 at 7.00 pm to transact the business below.',
    '',
    'Idris Penhallow',
    'Town Clerk',
    '',
    '                                 AGENDA',
    '',
    '1.    To receive apologies for absence and the reasons given for them by',
    '      members.',
    '',
    '2.    To confirm as a true record the minutes of the Planning and Harbour',
    '      Committee meeting of Thursday 9th September 2027.',
    '',
    '3.    Finance',
    '',
    '      a)    To approve the payments listed below:',
    '',
    '|Payee                     |Purpose                   |Amount    |',
    '|Idris Penhallow           |Salary, October 2027      |£1,204.00 |',
    '|Harbourside Printing Ltd  |Newsletter, autumn issue  |£310.50   |',
    '',
    '      b)    To note the quarterly budget report.',
    '',
    "4.    Quay railings: to receive the engineer's survey of the railings and",
    '      to consider the three quotations received for their repainting.',
    '',
    '5.    Date of the next meeting: Thursday 11th November 2027 at 7.00 pm.',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'summons.txt');
  const m = r.meeting;

  it('reads each pipe of a tightly drawn row as a border: cells split at the pipes, not left holding them', () => {
    const doc = buildDoc('|Cllr A Bell   |Cllr B Cole   |\n|(Chair)       |              |\n', { layout: true });
    expect(doc.lines[0]?.raw).toBe('Cllr A Bell\tCllr B Cole');
    expect(doc.lines[1]?.text).toBe('(Chair)');
    expect(doc.laidOut?.[0]).toBe(' Cllr A Bell    Cllr B Cole');
  });

  it('takes "To the Councillors of … Council:" alone on its line as the label over the members table', () => {
    expect(MEMBERSHIP_LABEL.test('To the Councillors of Kestrel Hythe Town Council:')).toBe(true);
    expect(MEMBERSHIP_LABEL.test('To the members of the public: you are welcome to attend.')).toBe(false);
  });

  it('reads six members, the roles wrapped under two names in their cells, with no entry for a bare role', () => {
    expect(m?.members).toEqual([
      { name: 'Cllr Morwenna Treloar', role: 'Mayor' },
      { name: 'Cllr Jago Pascoe', role: 'Deputy Mayor' },
      { name: 'Cllr Demelza Hocking', role: null },
      { name: 'Cllr Piran Nancarrow', role: null },
      { name: 'Cllr Tamsin Rowe', role: null },
      { name: 'Cllr Kerensa Vosper', role: null },
    ]);
  });

  it('reads a payments table in the agenda as no sign-off: the items after it are read, the clerk signed above', () => {
    expect(m?.agenda.map((a) => a.number)).toEqual(['1', '2', '3', 'a)', 'b)', '4', '5']);
    expect(m?.issuedBy).toBe('Idris Penhallow');
  });

  it('joins a hanging-indent title cut where its line was full, though the line below starts as an instruction or a sentence', () => {
    expect(m?.agenda.find((a) => a.number === '2')?.title).toBe(
      'To confirm as a true record the minutes of the Planning and Harbour Committee meeting of Thursday 9th September 2027.',
    );
    expect(m?.agenda.find((a) => a.number === '4')?.title).toBe(
      "Quay railings: to receive the engineer's survey of the railings and to consider the three quotations received for their repainting.",
    );
    expect(m?.agenda.find((a) => a.number === '3')?.title).toBe('Finance');
  });
});

describe('a joint authority summoned by letter: membership in a column per constituent council, a lettered sub-item with its own pages, minutes grouped by council', () => {
  // Invented: a joint waste authority of two councils, printed as `pdftotext -layout` gives it. The letter is addressed
  // "To: The Members of …" over "Dear Councillor," (no list there); the membership is printed in side-by-side columns,
  // each headed by the council that appointed its members. The agenda has "Item | Business | Pages" columns, a
  // lettered sub-item whose title wraps with a bare page range at its right and a "Report of …" line under it, and a
  // sub-item "To follow". The minutes list who was present under "Present:" alone, a row per council, the council's
  // name wrapped in its cell ("Brackford Borough" over "Council:"), a name cut after its initial and a substitute's
  // bracket left open at a row's end.
  const text = [
    '  Hallamby Joint Waste Authority                                                     3 June 2031',
    '',
    '  To: The Members of the Hallamby Joint Waste Authority',
    '  Dear Councillor,',
    '  HALLAMBY JOINT WASTE AUTHORITY – WEDNESDAY, 18 JUNE 2031',
    '  You are requested to attend a meeting of the Authority to be held in Room 4, Depot Offices, Quarry',
    '  Lane, Brackford on Wednesday, 18 June 2031 at 10.30 am.',
    '  Yours faithfully,',
    '',
    '  Imogen Tarrant',
    '  Clerk to the Authority',
    '',
    '  MEMBERSHIP OF THE AUTHORITY',
    '  Brackford Borough Council                 City of Lenmouth Council',
    '  Cllr Ada Fennimore (Chair)                 Cllr Colm Ridout (Vice-Chair)',
    '  Cllr Basil Okafor-Lyle                    Cllr Dora Pemberton',
    '  Cllr Edwin Sallis',
    '',
    '                                                  Page 1',
    '\f                                                  AGENDA',
    '   Item          Business                                                                   Pages',
    '   1.            Apologies for Absence',
    '   2.            Minutes of the Meeting held on 9 April 2031                                     5-6',
    '   3.            Recycling Contracts',
    '        (a)      Kerbside Glass Collection Contract Extension and Dry Mixed                      3-4',
    '                 Recycling Procurement Timetable 2031 to 2033',
    '                 Report of the Head of Waste Services',
    '        (b)      Bulky Waste Charges 2031/32                                                To follow',
    '   4.            Date of Next Meeting',
    '',
    '                                                  Page 2',
    '\f  HALLAMBY JOINT WASTE AUTHORITY',
    '  MINUTES of a meeting of the Authority held in Room 4, Depot Offices, Brackford on Wednesday, 9 April',
    '  2031 at 10.30 am',
    '  Present:',
    '  Brackford Borough              Councillors A Fennimore (Chair), B Okafor-Lyle and E',
    '  Council:                       Sallis',
    '  City of Lenmouth               Councillors C Ridout (Vice-Chair) and G Yardley (substitute for',
    '  Council:                       Councillor D Pemberton)',
    '  Officers in attendance: I Tarrant (Clerk) and K Moss (Head of Waste Services)',
    '  Apologies: Councillor D Pemberton (City of Lenmouth Council)',
    '  12.         MINUTES – AGENDA ITEM 2',
    '              RESOLVED that the minutes of the meeting held on 5 February 2031 be approved.',
    '',
    '  The meeting closed at 11.40 am.',
    '',
    '                                                  Page 3',
    '\f',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'joint-authority.txt');

  it('reads the members down each council column, the councils\u2019 names and the salutation left out', () => {
    expect(r.meeting?.members).toEqual([
      { name: 'Cllr Ada Fennimore', role: 'Chair' },
      { name: 'Cllr Basil Okafor-Lyle', role: null },
      { name: 'Cllr Edwin Sallis', role: null },
      { name: 'Cllr Colm Ridout', role: 'Vice-Chair' },
      { name: 'Cllr Dora Pemberton', role: null },
    ]);
  });

  it('reads the sub-item\u2019s wrapped title and its bare page range, the "Report of" line as its note', () => {
    const a = r.meeting?.agenda.find((x) => x.number.startsWith('a'));
    expect(a?.title).toBe('Kerbside Glass Collection Contract Extension and Dry Mixed Recycling Procurement Timetable 2031 to 2033');
    expect(a?.pages).toEqual({ from: 3, to: 4 });
    expect(a?.note).toBe('Report of the Head of Waste Services');
    const b = r.meeting?.agenda.find((x) => x.number.startsWith('b'));
    expect(b?.pages).toBeNull();
    expect(r.meeting?.agenda.map((x) => x.number)).toEqual(['1', '2', '3', 'a)', 'b)', '4']);
  });

  it('reads those present row by row under the councils\u2019 names, wrapped names joined and no council as a person', () => {
    expect(r.minutes[0]?.present).toEqual(['A Fennimore', 'B Okafor-Lyle', 'E Sallis', 'C Ridout', 'G Yardley']);
    expect(r.minutes[0]?.apologies).toEqual(['Councillor D Pemberton (City of Lenmouth Council)']);
  });
});

describe('holdout: a notice of business to be taken in private, its items in a wrapped table, then a general exception box', () => {
  const run = (parts: Array<[number, string]>): string => {
    let line = '';
    for (const [at, text] of parts) line = `${line.padEnd(at)}${text}`;
    return line;
  };
  const row = (ref: string, subject: string, exempt: string, reason: string): string =>
    run([
      [4, ref],
      [22, subject],
      [52, exempt],
      [68, reason],
    ]);
  const box = (label: string, value: string): string =>
    run([
      [4, label],
      [36, value],
    ]);
  const wrap = (value: string): string => run([[36, value]]);
  const text = [
    run([
      [0, 'Brackenmoor District Council'],
      [60, 'Executive notices'],
    ]),
    '',
    '  NOTICE OF PRIVATE MEETING',
    '  Regulation 5 – notice of intention to exclude the public',
    '',
    run([
      [2, 'Meeting:'],
      [26, 'Executive'],
    ]),
    run([
      [2, 'Date and time:'],
      [26, 'Wednesday 14 May 2031 at 6.30 pm'],
    ]),
    run([
      [2, 'Date of this notice:'],
      [26, 'Monday 14 April 2031'],
    ]),
    '',
    '  The items below are likely to disclose exempt information, so the public may be excluded.',
    '',
    run([
      [4, 'Key'],
      [22, 'Title'],
      [52, 'Exempt'],
      [68, 'Reason for taking'],
    ]),
    run([
      [4, 'decision'],
      [52, 'paragraph'],
      [68, 'the item in private'],
    ]),
    run([[4, 'ref']]),
    row('ED/2031/07', 'Lease of the Old', 'Paragraph 3', 'Terms still being'),
    row('(first published', 'Creamery Units, Mill', '', 'negotiated with the'),
    row('3 March 2031)', 'Lane', '', 'prospective tenant.'),
    '',
    row('', 'Decision maker: Executive', '', ''),
    '',
    row('ED/2031/09', 'Pest Control Service –', 'Paragraphs', 'Staff consultation'),
    row('', 'Restructure from 1', '1 and 4', 'is under way.'),
    row('', 'June 2031', '', ''),
    '',
    '  Representations may be sent to the Monitoring Officer by Friday 2 May 2031.',
    '',
    '\fBrackenmoor District Council                                Executive notices',
    '',
    '  GENERAL EXCEPTION NOTICE',
    '',
    box('Forward Plan reference', 'ED/2031/12 (added by this notice)'),
    box('Subject', 'Purchase of Two Refuse Collection Vehicles for'),
    wrap('the Eastern Round'),
    box('Decision maker', 'Executive'),
    '',
    box('Date of decision', 'Wednesday 14 May 2031'),
    box('Why it could not wait', 'The supplier offer ends on 9 May 2031.'),
    box('Exempt information', 'None'),
    box('Contact officer', 'Ravi Penhallow, Fleet Manager, 01999 000111,'),
    wrap('ravi.penhallow@brackenmoor.example'),
    '',
    '  Representations about this decision may be sent to the contact officer before the meeting.',
    '',
    '  Imogen Tredwell',
    '  Monitoring Officer',
    '\f',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'brackenmoor-notices.txt');
  const entry = (ref: string) => r.forwardPlan.find((e) => e.ref === ref);

  it('reads the private items and the general exception box as forward plan entries, in order, and nothing else', () => {
    expect(r.forwardPlan.map((e) => e.ref)).toEqual(['ED/2031/07', 'ED/2031/09', 'ED/2031/12']);
    expect(r.reports).toEqual([]);
    expect(r.minutes).toEqual([]);
  });

  it('joins each wrapped cell, takes the first published date from under the reference and the maker labelled in the subject', () => {
    const a = entry('ED/2031/07');
    expect(a?.issue).toBe('Lease of the Old Creamery Units, Mill Lane');
    expect(a?.firstPublished).toBe('2031-03-03');
    expect(a?.decisionMakers).toEqual(['Executive']);
    expect(a?.exempt).toBe('Paragraph 3');
    expect(entry('ED/2031/09')?.issue).toBe('Pest Control Service – Restructure from 1 June 2031');
    expect(entry('ED/2031/09')?.exempt).toBe('Paragraphs 1 and 4');
  });

  it('dates each private item at the meeting the notice gives, and names its body when the row names no maker', () => {
    for (const ref of ['ED/2031/07', 'ED/2031/09']) expect(entry(ref)?.decisionDate).toMatchObject({ date: '2031-05-14', qualifier: 'on' });
    expect(entry('ED/2031/09')?.decisionMakers).toEqual(['Executive']);
  });

  it('reads the indented label box without the notice text under it', () => {
    const c = entry('ED/2031/12');
    expect(c?.issue).toBe('Purchase of Two Refuse Collection Vehicles for the Eastern Round');
    expect(c?.decisionDate).toMatchObject({ date: '2031-05-14', qualifier: 'on' });
    expect(c?.contacts).toEqual(['Ravi Penhallow, Fleet Manager, 01999 000111, ravi.penhallow@brackenmoor.example']);
    expect(JSON.stringify(c)).not.toMatch(/Representations|Tredwell/);
  });
});

describe('holdout: a work programme row whose cells pdftotext set left of their headers, one space from the cell before', () => {
  const header = laidLine([1, 'Meeting date'], [20, 'Topic'], [56, 'Purpose of the item'], [110, 'Lead officer / Cabinet Member'], [150, 'Format']);
  const text = [
    'Fenmoor District Council',
    'Place Scrutiny Committee – Work Programme 2032/33',
    'Items may move between meetings at the Chair’s discretion.',
    '',
    header,
    laidLine([1, 'Monday 7'], [20, 'Bus Network Review'], [56, 'To review the changes to rural'], [110, 'Cllr Nell Ashdown, Cabinet'], [150, 'Report']),
    laidLine([1, 'June 2032'], [56, 'routes since April.'], [110, 'Member for Transport']),
    // The purpose column squeezed left, its first word one space after the title's last.
    laidLine([20, 'Flood Risk Management Annual'], [49, 'Statutory review: to question the lead'], [110, 'Piers Vane, Head of'], [150, 'Presentation']),
    laidLine([20, 'Report 2031/32'], [49, 'flood authority on its plans.'], [110, 'Drainage']),
    // The lead column squeezed left, its words one space after the purpose's on the line under.
    laidLine([1, 'Monday 4'], [20, 'Car Parking Charges'], [56, 'To consider the options for new charges'], [100, 'Cllr Tamsin Orme, Cabinet'], [150, 'Report']),
    laidLine([1, 'October 2032'], [56, 'before the Cabinet decides, and what'], [100, 'Member for Transport / Joss']),
    laidLine([56, 'traders have said.'], [100, 'Hale, Head of Parking']),
    laidLine([20, 'Street Trading Policy'], [56, 'To comment on the draft policy.'], [110, 'Joss Hale, Head of Parking'], [150, 'Briefing']),
    '',
    laidLine([130, 'Page 1 of 1']),
    '\f',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'fenmoor-programme.txt');

  it('reads each such row by its own columns: the title without the purpose, the leads whole, the next row apart', () => {
    expect(result.workProgramme.map((r) => [r.meetingDate, r.item, r.leads])).toEqual([
      ['2032-06-07', 'Bus Network Review', ['Cllr Nell Ashdown, Cabinet Member for Transport']],
      ['2032-06-07', 'Flood Risk Management Annual Report 2031/32', ['Piers Vane, Head of Drainage']],
      ['2032-10-04', 'Car Parking Charges', ['Cllr Tamsin Orme, Cabinet Member for Transport', 'Joss Hale, Head of Parking']],
      ['2032-10-04', 'Street Trading Policy', ['Joss Hale, Head of Parking']],
    ]);
  });
});

describe('holdout: run-in minute titles beside a margin number, a Present | Representing | Voting table and a sentence over a page break', () => {
  const runIn = (no: string, text: string): string => laidLine([0, no], [14, text]);
  const more = (text: string): string => laidLine([14, text]);
  const page1 = [
    laidLine([0, 'Wexcombe Borough Council'], [60, 'Audit and Standards Committee – 4 June 2031']),
    '',
    laidLine([20, 'WEXCOMBE BOROUGH COUNCIL']),
    laidLine([20, 'AUDIT AND STANDARDS COMMITTEE']),
    '',
    laidLine([8, 'MINUTES of a meeting of the Audit and Standards Committee held in Room 4, Guild House,']),
    laidLine([8, 'Wexcombe on Wednesday, 4 June 2031 at 6.30 pm']),
    '',
    laidLine([1, 'Present'], [50, 'Representing'], [86, 'Voting']),
    laidLine([1, 'Voting members']),
    laidLine([1, 'Councillor Nerys Tolland (Chair)'], [50, 'Wexcombe Borough Council'], [88, 'Yes']),
    laidLine([1, 'Councillor Ivo Pellow (substitute for'], [50, 'Wexcombe Borough Council'], [88, 'Yes']),
    laidLine([1, 'Councillor Agnes Rusk)']),
    laidLine([1, 'Councillor Bram Oddie'], [50, 'Wexcombe Borough Council'], [88, 'Yes']),
    laidLine([1, 'Independent members (non-voting)']),
    laidLine([1, 'Mrs Delphine Quarry'], [50, 'Independent person for'], [88, 'No']),
    laidLine([50, 'standards']),
    '',
    laidLine([0, 'Apologies:'], [20, 'Councillor Agnes Rusk']),
    laidLine([0, 'Officers:'], [20, 'Tomasz Vell (Chief Internal Auditor) and Grace Munday (Committee Officer)']),
    runIn('12/31', 'Declarations of Interest. Councillor Bram Oddie declared a non-registrable interest'),
    more('in minute 14/31 as a governor of a school audited in the year. Mrs'),
    '',
    '',
    laidLine([40, 'Page 1']),
  ];
  const page2 = [
    laidLine([0, 'Wexcombe Borough Council'], [60, 'Audit and Standards Committee – 4 June 2031']),
    '',
    more('Delphine Quarry declared that she had advised the school’s trustees in 2029.'),
    '',
    runIn('13/31', 'Internal Audit Annual Opinion and Review of the Effectiveness of Internal'),
    more('Audit 2030/31. The Chief Internal Auditor presented his opinion for the year.'),
    more('Coverage. Ninety per cent of the plan had been completed by 31 March.'),
    more('RESOLVED – That the annual opinion be noted.'),
    '',
    runIn('14/31', 'Schools Audit Programme. The Committee considered the programme for 2031/32.'),
    more('RESOLVED – That the programme be approved.'),
    '',
    'The meeting ended at 7.45 pm.',
    '',
    laidLine([40, 'Page 2']),
  ];
  const text = `${page1.join('\n')}\n\f${page2.join('\n')}\n\f`;
  const m = extractPack(Buffer.from(text), 'audit.txt').minutes[0];

  it('cuts a run-in title at its full stop, not at an abbreviation, and keeps the narrative after it', () => {
    expect(RUN_IN_TITLE.exec('Minutes. The minutes were approved.')?.[1]).toBe('Minutes');
    expect(RUN_IN_TITLE.exec('Review of the Budget 2031/32. The Committee noted it.')?.[2]).toBe('The Committee noted it.');
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['12/31', 'Declarations of Interest'],
      ['13/31', 'Internal Audit Annual Opinion and Review of the Effectiveness of Internal Audit 2030/31'],
      ['14/31', 'Schools Audit Programme'],
    ]);
    expect(m?.items[1]?.resolutions).toEqual(['That the annual opinion be noted.']);
    expect(m?.items[2]?.text).toContain('The Committee considered the programme');
  });

  it('reads a Present | Representing | Voting table: a member a row, the group rows, cells beside and a wrapped substitute note no one', () => {
    expect(MEMBERSHIP_TABLE_HEADER.beside.test('Voting')).toBe(true);
    expect(m?.present.map((p) => p.replace(/\s*\(Chair\)$/, ''))).toEqual(['Councillor Nerys Tolland', 'Councillor Ivo Pellow', 'Councillor Bram Oddie', 'Mrs Delphine Quarry']);
    expect(m?.apologies).toEqual(['Councillor Agnes Rusk']);
  });

  it('joins a declaration broken across the page break, without the footer or running header', () => {
    expect(m?.items[0]?.declarations).toEqual([
      { member: 'Councillor Bram Oddie', interest: 'a non-registrable interest in minute 14/31 as a governor of a school audited in the year.' },
      { member: 'Mrs Delphine Quarry', interest: 'that she had advised the school’s trustees in 2029.' },
    ]);
  });
});

describe('an executive notice of decisions: the members present under the body’s name in a Councillor | Portfolio table, “Also present” roles in brackets, and Declarations rows in each decision’s label table', () => {
  const row = (label: string, value: string): string => ` ${label.padEnd(26)}${value}`;
  const value = (text: string): string => `${' '.repeat(27)}${text}`;
  const member = (name: string, portfolio: string): string => `  ${name.padEnd(40)}${portfolio}`;
  const text = [
    '                        Ravensmoor District Council',
    '                        NOTICE OF EXECUTIVE DECISIONS',
    '',
    '  Meeting date:                 Thursday, 8 May 2031',
    '  Time:                         6.30 pm',
    '  Venue:                        Committee Room 2, Moor House, Ravensmoor',
    '',
    ' Executive members present',
    member('Councillor', 'Portfolio'),
    member('Councillor Tamsin Orrell', 'Leader of the Council; Growth and'),
    member('(Chair)', 'Investment'),
    member('Councillor Bryn Haskett-Lowe', 'Leisure, Parks & Open Spaces'),
    member('Councillor Maud Devereux', 'Waste and Street Scene'),
    ' Apologies: Councillor Ned Fairlie (Housing)',
    ' Also present: Councillor Iris Calloway (Chair, Audit and Standards Committee); Councillor Otto',
    ' Brennan (ward member, Heathfield – item 4 only)',
    '',
    ' Decisions',
    ' 3. Playing pitch strategy',
    row('Decision', 'RESOLVED that the playing pitch strategy be adopted.'),
    row('Reasons', 'The last strategy ran out in 2029.'),
    row('Call-in', 'Noon, Friday, 16 May 2031'),
    '',
    ' 4. Heathfield depot lease',
    row('Decision', 'RESOLVED that a lease of the depot be granted to the Heathfield'),
    value('Community Trust for ten years.'),
    row('Reasons', 'The trust will bring the depot back into use.'),
    row('Declarations', 'Councillor Maud Devereux – personal interest (a trustee of the'),
    value('Heathfield Community Trust); took no part in the vote.'),
    row('Call-in', 'Noon, Friday, 16 May 2031'),
    '',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'decisions.txt').minutes[0];

  it('reads the body’s own members present from its table, one a row, without the header, the wrapped “(Chair)” or the portfolio', () => {
    expect(attendanceLabelOf('Executive members present')?.kind).toBe('present');
    expect(attendanceLabelOf('Cabinet members present')?.kind).toBe('present');
    expect(m?.present).toEqual(['Councillor Tamsin Orrell', 'Councillor Bryn Haskett-Lowe', 'Councillor Maud Devereux']);
  });

  it('names the members also present without what brought them, and keeps a portfolio in brackets', () => {
    expect(m?.otherMembersPresent).toEqual(['Councillor Iris Calloway', 'Councillor Otto Brennan']);
    expect(MEETING_ROLE_NOTE.test('Vice-Chair of the Audit Committee')).toBe(true);
    expect(MEETING_ROLE_NOTE.test('Leader of the Green Group')).toBe(true);
    expect(MEETING_ROLE_NOTE.test('for items 5 and 6 only')).toBe(true);
    expect(MEETING_ROLE_NOTE.test('Cabinet Member for Parks and Open Spaces')).toBe(false);
    expect(MEETING_ROLE_NOTE.test('Chair')).toBe(false);
  });

  it('reads a decision’s Declarations row, its value wrapped under it, as the item’s declaration, and no other item’s', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['3', '4']);
    expect(m?.items[0]?.declarations).toEqual([]);
    expect(m?.items[1]?.declarations).toEqual([
      { member: 'Councillor Maud Devereux', interest: 'personal interest (a trustee of the Heathfield Community Trust); took no part in the vote.' },
    ]);
    expect(m?.items[1]?.resolutions).toEqual(['a lease of the depot be granted to the Heathfield Community Trust for ten years.']);
  });
});

describe('holdout: a CMS meeting page, details in a <dl>, each agenda item a heading inside an <ol> with lettered sub-lists, the last minute below', () => {
  const html = `<!DOCTYPE html>
<html lang="en-GB"><head><title>Pensions Board - 4 February 2032 - Ravensholm Borough Council</title></head>
<body>
<p class="eyebrow">Ravensholm Joint Pensions Partnership</p>
<h1>Pensions Board - 4 February 2032</h1>
<dl class="details">
  <dt>Date</dt>
  <dd>Wednesday, 4 February 2032</dd>
  <dt>Time</dt>
  <dd>10.30 am</dd>
  <dt>Venue</dt>
  <dd>Meeting Room 5, Civic Offices, 2 Mill Lane,
      Ravensholm RV4 8QP</dd>
  <dt>Contact</dt>
  <dd>Olwen Tarrant, Democratic Services<br>
      Tel: 01632 960477<br>
      Email: <a href="mailto:pensions.board@ravensholm.example">pensions.board@ravensholm.example</a></dd>
</dl>
<h2>Agenda</h2>
<ol class="agenda">
  <li>
    <h3>Apologies</h3>
  </li>
  <li>
    <h3>Investment Matters</h3>
    <ol type="a">
      <li>
        <h4>Quarterly Fund Valuation</h4>
        <p>Lead: Head of Pensions</p>
        <ul><li><a href="/v.pdf">Report (PDF, 220KB)</a></li></ul>
      </li>
      <li>
        <h4>Stewardship Code &ndash; Voting &amp; Engagement</h4>
        <p>Lead: Investment Manager</p>
      </li>
    </ol>
  </li>
  <li>
    <h3>Breaches Log</h3>
    <p>Lead: Pensions Manager</p>
  </li>
  <li>
    <h3>Exclusion of the Public</h3>
    <p>To resolve that the public be excluded for the following item of business.</p>
  </li>
  <li class="private">
    <h3>Employer Covenant Review <span class="label">Not for publication</span></h3>
  </li>
</ol>
<h2>Minutes of last meeting</h2>
<p class="status">Confirmed on 4 February 2032</p>
<p><strong>Minutes of the meeting of the Pensions Board held in Meeting Room 5, Civic Offices on Wednesday, 12 November 2031 at 10.30 am.</strong></p>
<p><strong>Present:</strong> Councillor Pryce Hollin (Chair); Ms Dana Okafor.</p>
<p><strong>Apologies:</strong> Mr Lionel Crabb.</p>
<h3>1. Apologies</h3>
<p>Apologies were noted as above.</p>
<h3>2. Fund Valuation</h3>
<p>The Board noted the valuation.</p>
<p>The meeting ended at 11.40 am.</p>
</body></html>`;
  const result = extractPack(Buffer.from(html), 'ravensholm-pensions-board.html');

  it('numbers the items by list position with the lettered sub-items between them, the heading line as the title', () => {
    expect(result.meeting?.agenda.map((a) => [a.number.replace(/\)$/, ''), a.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Investment Matters'],
      ['a', 'Quarterly Fund Valuation'],
      ['b', 'Stewardship Code – Voting & Engagement'],
      ['3', 'Breaches Log'],
      ['4', 'Exclusion of the Public'],
      ['5', 'Employer Covenant Review'],
    ]);
  });

  it('takes the badge after a title as the item being exempt, not as its words', () => {
    expect(result.meeting?.agenda.filter((a) => a.exempt).map((a) => a.number)).toEqual(['5']);
  });

  it('reads the meeting from the details list', () => {
    expect(result.meeting?.date).toBe('2032-02-04');
    expect(result.meeting?.time).toBe('10:30');
    expect(result.meeting?.venue).toBe('Meeting Room 5, Civic Offices, 2 Mill Lane, Ravensholm RV4 8QP');
  });

  it('reads the minute below as one set of minutes, its section label and status line over it no record of their own', () => {
    expect(result.minutes).toHaveLength(1);
    expect(result.minutes[0]?.date).toBe('2031-11-12');
    expect(result.minutes[0]?.items.map((i) => i.minute)).toEqual(['1', '2']);
  });

  it.each([
    ['Employer Covenant Review Not for publication', true],
    ['Land at Mill Lane (Exempt)', true],
    ['Staffing Restructure [Confidential]', true],
    ['Consideration of reports which are exempt', false],
    ['Matters to be taken in private', false],
    ['Exempt', false],
  ])('"%s" ends in an access badge: %s', (title, badge) =>
    expect(AGENDA_ACCESS_BADGE.exec(title)?.index !== undefined && (AGENDA_ACCESS_BADGE.exec(title)?.index ?? 0) > 0).toBe(badge),
  );
});

describe('a town council\'s minutes saved from a word processor as text: a paragraph per line, "Full Council" under the letterhead', () => {
  // An invented council. Each paragraph is one unwrapped line, indented by a tab; CRLF line ends.
  const lines = [
    'ORMSCLIFFE TOWN COUNCIL',
    'The Guildhall, 4 Weavers Row, Ormscliffe OR2 5LT',
    'Tel: 01632 870112\tEmail: clerk@ormscliffe-tc.example',
    'Town Clerk: Ms Rowena Tillotson',
    '',
    'MINUTES OF THE MEETING OF THE FULL COUNCIL',
    'held in the Guildhall, Weavers Row, Ormscliffe on Monday 15th March 2032, commencing at 7.30pm',
    '',
    'Present:\tCllr B Harrowgate (Town Mayor)',
    '\tCllr E Quayle',
    '\tCllr F Rushworth',
    'In attendance:\tMs R Tillotson (Town Clerk)',
    '',
    'TC/31/201\tPLANNING APPLICATIONS',
    '\tThe Council considered the applications for the parish notified by the district council since its last meeting, with the observations the Planning Working Group had drafted for each of them.',
    '\tRESOLVED: that the drafted observations be sent to the district council.',
    "\tThe Council noted that the district council had approved the change of use of the former tannery on Cloth Hall Lane to six flats, against the Council's earlier objection on parking grounds.",
    '',
    'TC/31/202\tRIVERSIDE PLAY AREA',
    "\tThe Town Clerk reported on the two quotations received for the replacement of the riverside play equipment, and on the grant offered towards it by the district council's community fund, which expires at the end of June.",
    '\tIt was proposed by Cllr Quayle and seconded by Cllr Rushworth, and',
    '\tRESOLVED:',
    '\t\ta)\tthat the quotation of Timberline Play Ltd of £18,200 be accepted;',
    '\t\tb)\tthat £6,200 be met from the play area reserve; and',
    '\t\tc)\tthat the Town Clerk confirm the grant with the district council.',
    '\tFor 3, Against 0, Abstentions 0.',
    '',
    'TC/31/203\tEXCLUSION OF THE PRESS AND PUBLIC',
    '\tRESOLVED: that under section 1(2) of the Public Bodies (Admission to Meetings) Act 1960 the press and public be excluded for the next item, because of the confidential nature of the contractual matters to be discussed.',
    '\tThe one member of the public present left the meeting at 8.10pm.',
    '',
    'There being no further business, the Town Mayor closed the meeting at 8.25pm.',
  ];
  const result = extractPack(Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`), 'ormscliffe-full-council-2032-03-15.txt');
  const minutes = result.minutes[0];
  const resolved = (no: string): string[] | undefined => minutes?.items.find((i) => i.minute === no)?.resolutions;

  it('names the town council of the letterhead as the body, past its contact lines, for "the Full Council"', () => {
    expect(minutes?.body).toBe('ORMSCLIFFE TOWN COUNCIL');
    expect(minutes?.date).toBe('2032-03-15');
    expect(minutes?.time).toBe('19:30');
  });

  it('ends a resolution with its line: the paragraph under it is prose of its own', () => {
    expect(resolved('TC/31/201')).toEqual(['that the drafted observations be sent to the district council.']);
    expect(resolved('TC/31/203')).toHaveLength(1);
    expect(resolved('TC/31/203')?.[0]).not.toContain('left the meeting');
  });

  it("reads the lettered items, the vote's tally under them no part of the last", () => {
    expect(resolved('TC/31/202')).toEqual([
      'that the quotation of Timberline Play Ltd of £18,200 be accepted;',
      'that £6,200 be met from the play area reserve; and',
      'that the Town Clerk confirm the grant with the district council.',
    ]);
  });

  it("keeps reading a wrapped text's lines as one paragraph (no line runs past a page's width)", () => {
    const wrapped = [
      'MINUTES OF THE MEETING OF THE FULL COUNCIL held in the Guildhall,',
      'Ormscliffe on Monday 15th March 2032 at 7.30pm',
      '',
      'Present: Cllr B Harrowgate, Cllr E Quayle',
      '',
      'TC/31/204 ALLOTMENTS',
      'RESOLVED: that the allotment rents be held at their present level.',
      'The Council would review them again in the autumn.',
    ].join('\n');
    const r = extractPack(Buffer.from(wrapped), 'ormscliffe-wrapped.txt');
    expect(r.minutes[0]?.items[0]?.resolutions).toEqual(['that the allotment rents be held at their present level. The Council would review them again in the autumn.']);
  });

  it.each([
    ['For 3, Against 0, Abstentions 0.', true],
    ['For 7; Against 2; Abstained 1', true],
    ['(For 2, Against 1)', true],
    ['For 4', false],
    ['For the reasons set out in the report, 3 items were deferred.', false],
  ])('"%s" is a vote\'s tally: %s', (line, tally) => expect(VOTE_TALLY.test(line)).toBe(tally));

  it.each([
    ['Full Council', true],
    ['FULL TOWN COUNCIL', true],
    ['Council', false],
    ['Full Council Working Group', false],
  ])('"%s" names the full council: %s', (body, full) => expect(FULL_COUNCIL_BODY.test(body)).toBe(full));
});

describe('a register row present for part of the meeting, and a list only received and noted (Quenmarsh Town Council)', () => {
  const html = [
    '<!DOCTYPE html><html><body><article>',
    '<p>Minutes of the meeting of Quenmarsh Town Council held on Tuesday 8 May 2029 at 7.00pm in the Council Chamber, Quenmarsh Guildhall</p>',
    '<table><thead><tr><th>Councillor</th><th>Role</th><th>Attendance</th></tr></thead><tbody>',
    '<tr><td>Cllr Petra Quayle</td><td>Mayor</td><td>Present</td></tr>',
    '<tr><td>Cllr Owain Ruddock</td><td></td><td>Present from 7.25pm (minute 14/29)</td></tr>',
    '<tr><td>Cllr Sunita Varley-Hume</td><td></td><td>Arrived at minute 15/29</td></tr>',
    '<tr><td>Cllr Tobias Wrenn</td><td></td><td>Present until 8.10pm</td></tr>',
    '<tr><td>Cllr Ursula Yelland</td><td></td><td>Apologies</td></tr>',
    '</tbody></table>',
    '<h2>13/29 Apologies</h2>',
    '<p>It was RESOLVED to accept the apology from Cllr Yelland.</p>',
    '<h2>14/29 Town Clerk’s update</h2>',
    '<p>Members noted the following:</p>',
    '<ul><li>The bus shelter on Mill Street had been repainted.</li><li>The grit bins had been refilled before the frost.</li></ul>',
    '<h2>15/29 Letters</h2>',
    '<p>The following letters were received and noted:</p>',
    '<ul><li>Ambulance Trust – new response station opening in June.</li><li>A resident about litter at the skate park.</li></ul>',
    '<h2>16/29 Footpaths</h2>',
    '<p>The Council agreed the following:</p>',
    '<ul><li>to ask the county for a new stile on footpath 7; and</li><li>to fund two waymarker posts.</li></ul>',
    '<p>The meeting closed at 8.40pm.</p>',
    '</article></body></html>',
  ].join('\n');
  const result = extractPack(Buffer.from(html), 'quenmarsh-tc-minutes.html');
  const m = result.minutes[0];
  const res = (no: string) => m?.items.find((i) => i.minute === no)?.resolutions;

  it('places a member arriving late or leaving early among those present', () => {
    expect(m?.present).toEqual(['Cllr Petra Quayle', 'Cllr Owain Ruddock', 'Cllr Sunita Varley-Hume', 'Cllr Tobias Wrenn']);
    expect(m?.apologies).toEqual(['Cllr Ursula Yelland']);
  });

  it('resolves nothing from a list the meeting only noted, but reads a list it agreed', () => {
    expect(res('13/29')).toEqual(['to accept the apology from Cllr Yelland.']);
    expect(res('14/29')).toEqual([]);
    expect(res('15/29')).toEqual([]);
    expect(res('16/29')).toEqual(['to ask the county for a new stile on footpath 7; and', 'to fund two waymarker posts.']);
  });

  it.each([
    ['Present from 7.25pm', 'present'],
    ['Present from minute 14/29', 'present'],
    ['Arrived at 7.40pm', 'present'],
    ['Present (late)', 'present'],
    ['Left at 8.10pm', 'present'],
    ['Apologies', 'apologies'],
    ['Left', undefined],
  ])('the status "%s" is %s', (status, kind) => expect(ATTENDANCE_STATUSES.find((s) => s.pattern.test(status))?.kind).toBe(kind));

  it.each([
    ['The following correspondence was received and noted:', true],
    ['Members noted the following:', true],
    ["The Clerk's report was read and noted:", true],
    ['It was RESOLVED that the following be received and noted:', false],
    ['The Council agreed the following:', false],
  ])('"%s" leads a list only noted: %s', (lead, noted) => expect(NOTED_LIST_LEAD.test(lead)).toBe(noted));
});

describe('a record of decisions e-mailed as plain text: "=" underlined headings, ASCII-bordered tables, a summary table over the decisions', () => {
  const text = [
    'From: Democratic Services <democracy@thornwick.example>',
    'Subject: Executive decisions, 4 March 2033',
    '',
    'Dear Member,',
    '',
    'The record of decisions of the Executive is set out below.',
    '',
    'THORNWICK BOROUGH COUNCIL',
    '=========================',
    '',
    'EXECUTIVE - RECORD OF DECISIONS',
    '===============================',
    '',
    'Meeting:    Executive',
    'Date:       Friday 4 March 2033',
    'Time:       10.00am - 11.40am',
    'Venue:      Committee Room 2, Guildhall, Thornwick TW1 4QQ',
    '',
    'ATTENDANCE',
    '----------',
    '',
    'Executive members present:',
    '  Councillor Imogen Castellano-Reid  Leader of the Council',
    '  Councillor Peter Oduya             Regeneration and Transport',
    '  Councillor Rosa Fairweather        Parks, Culture and Heritage',
    '',
    'Apologies for absence:',
    '  Councillor Kenneth Dorey           Adult Social Care',
    '',
    'Other members attending:',
    '  Councillor Wendy Pask (Chair, Scrutiny Board)',
    '',
    'Officers:',
    '  Anna Brightwell (Chief Executive), Marcus Pell (Director of Place) and Lena',
    '  Sowerby-Hart (Democratic Services Officer).',
    '',
    'SUMMARY',
    '-------',
    '',
    '+--------+------+--------------------------+--------+',
    '| Minute | Item | Subject                  | Key    |',
    '+========+======+==========================+========+',
    '| EX/14  | 4    | Town Centre Parking      | Yes    |',
    '|        |      | Strategy                 |        |',
    '+--------+------+--------------------------+--------+',
    '| EX/15  | 5    | Museum Opening Hours     | No     |',
    '+--------+------+--------------------------+--------+',
    '',
    'DECISIONS',
    '---------',
    '',
    'EX/14  TOWN CENTRE PARKING STRATEGY',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
    '+-----------------+--------------------------------------+',
    '| Agenda item     | 4                                    |',
    '| Key decision    | Yes                                  |',
    '+-----------------+--------------------------------------+',
    '| DECISION        | RESOLVED:                            |',
    '|                 | (1) That the Parking Strategy be     |',
    '|                 |     adopted.                         |',
    '|                 | (2) That evening charges start on 1  |',
    '|                 |     June 2033.                       |',
    '+-----------------+--------------------------------------+',
    '| Reasons         | To support the town centre.          |',
    '+-----------------+--------------------------------------+',
    '',
    'EX/15  MUSEUM OPENING HOURS',
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~',
    '+-----------------+--------------------------------------+',
    '| Agenda item     | 5 (exempt appendix)                  |',
    '| Key decision    | No                                   |',
    '+-----------------+--------------------------------------+',
    '| DECISION        | RESOLVED: That the museum open on    |',
    '|                 | Sundays from April 2033.             |',
    '+-----------------+--------------------------------------+',
    '| Reasons         | Visitor numbers have grown.          |',
    '+-----------------+--------------------------------------+',
    '',
    '-- ',
    'Democratic Services',
    '',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'thornwick-executive-decisions.txt');
  const m = result.minutes[0];

  it('reads the record as the meeting\'s minutes, the body, date and time from the "Label: value" block under its "=" underlined heading', () => {
    expect(result.minutes).toHaveLength(1);
    expect(m?.date).toBe('2033-03-04');
    expect(m?.time).toBe('10:00');
    expect(m?.body.toLowerCase()).toContain('executive');
  });

  it('takes the headings on lines of their own as the decisions, the summary table only as an index of them', () => {
    expect(m?.items.map((i) => [i.minute, i.agendaItem, i.title])).toEqual([
      ['EX/14', '4', 'TOWN CENTRE PARKING STRATEGY'],
      ['EX/15', '5', 'MUSEUM OPENING HOURS'],
    ]);
  });

  it('reads each decision cell column by column, no border in what was resolved', () => {
    expect(m?.items[0]?.resolutions).toEqual(['That the Parking Strategy be adopted.', 'That evening charges start on 1 June 2033.']);
    expect(m?.items.flatMap((i) => [i.text, ...i.resolutions]).some((t) => /\|/.test(t))).toBe(false);
  });

  it('reads members beside their portfolios, the narrow gap of a long name as a column, and a surname wrapped after "and"', () => {
    expect(m?.present).toEqual(['Councillor Imogen Castellano-Reid', 'Councillor Peter Oduya', 'Councillor Rosa Fairweather']);
    expect(m?.apologies).toEqual(['Councillor Kenneth Dorey']);
    expect(m?.otherMembersPresent).toEqual(['Councillor Wendy Pask']);
    expect(m?.inAttendance.some((p) => p.startsWith('Lena Sowerby-Hart'))).toBe(true);
    expect(m?.inAttendance).toHaveLength(3);
  });

  it("reads a portfolio as capitalised subjects, and a bordered row's empty cells at its end as no text", () => {
    expect(PORTFOLIO_COLUMN.test('Parks, Culture and Heritage')).toBe(true);
    expect(PORTFOLIO_COLUMN.test('Deputy Leader; Finance & Assets')).toBe(true);
    expect(PORTFOLIO_COLUMN.test('to be confirmed')).toBe(false);
    expect(unboxLine('|        |      | Strategy      |        |').trim()).toBe('Strategy');
  });

  it('splits a two-space gap only where the line beside it starts a cell at that column', () => {
    const doc = buildDoc(
      ['  Councillor Ann Longname-Smith  Leader', '  Councillor Bo Lee              Finance', '', 'It rained.  Then it stopped here.', 'Short line          x'].join('\n'),
      { layout: true },
    );
    expect(doc.lines[0]?.raw).toBe('Councillor Ann Longname-Smith\tLeader');
    expect(doc.lines[3]?.tabbed).toBe(false);
  });
});

describe('a front sheet with a column of the meeting details, each label over its value, printed beside the membership', () => {
  // Left: the membership in groups; right, from column 62: Date / Time / Venue / Contact: / Date of publication:, each label alone.
  const row = (left: string, right = ''): string => (right === '' ? ` ${left}` : ` ${left.padEnd(61)}${right}`);
  const text = [
    'Licensing Committee – 3 March 2031                                                  Quillhampton District Council',
    '',
    '',
    ' QUILLHAMPTON DISTRICT COUNCIL',
    ' LICENSING COMMITTEE',
    ' Acting as the licensing authority under the Licensing Act 2003',
    '',
    row('Membership', 'Date'),
    row('Councillor Orla Pennyfeather (Chair)', 'Monday, 3 March 2031'),
    row('Councillor Idris Mallowan (Vice-Chair)'),
    row('', 'Time'),
    row('Councillor Ruth Ambersley'),
    row('', '6.30 pm'),
    row('Councillor Kofi Dunmore', 'Venue'),
    row('Councillor Selina Varga-Holt', 'Council Chamber, Civic Offices,'),
    row('', 'Weir Street, Quillhampton'),
    '',
    row('Independent persons', 'Contact:'),
    row('Dr Alwyn Treharne (Independent', 'Marek Sandilands,'),
    row('person)', 'Committee Services Officer'),
    row('', 'Tel: 01632 961234'),
    row('', 'Email: marek.sandilands@quillhampton-'),
    row('', 'dc.gov.uk'),
    row('', 'Date of publication:'),
    row('', 'Friday, 21 February 2031'),
    '',
    '',
    '    Members of the public may attend. Please tell Committee Services in advance if you need a hearing loop.',
    '',
    '                                                  Page 1 of 2',
    '\fLicensing Committee – 3 March 2031                                                  Quillhampton District Council',
    '',
    ' AGENDA',
    '',
    '   1.          Apologies for Absence',
    '',
    '   2.          Declarations of Interest',
    '',
    '   3.          Review of the Statement of Licensing Policy                                   Pages 1 – 12',
    '               Report of the Head of Regulatory Services',
    '',
    '   4.          Taxi Licensing Fees 2031/32                                                   Pages 13 – 20',
    '               Report of the Head of Regulatory Services',
    '',
    '                                                  Page 2 of 2',
    '\f',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'licensing.txt').meeting;

  it('reads the body above the strapline and the date, time and venue from under their labels, the venue joined over its wrap', () => {
    expect(m?.body).toBe('LICENSING COMMITTEE');
    expect(m?.date).toBe('2031-03-03');
    expect(m?.time).toBe('18:30');
    expect(m?.venue).toBe('Council Chamber, Civic Offices, Weir Street, Quillhampton');
  });

  it('reads the councillors down the left column, roles taken off, with no text of the right column', () => {
    const members = m?.members ?? [];
    expect(members.slice(0, 5)).toEqual([
      { name: 'Councillor Orla Pennyfeather', role: 'Chair' },
      { name: 'Councillor Idris Mallowan', role: 'Vice-Chair' },
      { name: 'Councillor Ruth Ambersley', role: null },
      { name: 'Councillor Kofi Dunmore', role: null },
      { name: 'Councillor Selina Varga-Holt', role: null },
    ]);
    expect(JSON.stringify(members)).not.toMatch(/Venue|Time|Civic Offices|Contact|Sandilands|person\)/);
  });

  it('reads the contact under its label past the post, the e-mail joined where it wrapped in its domain, and the publication date', () => {
    expect(m?.contacts).toEqual([{ name: 'Marek Sandilands', phone: '01632 961234', email: 'marek.sandilands@quillhampton-dc.gov.uk' }]);
    expect(m?.issuedOn).toBe('2031-02-21');
  });

  it('still reads the agenda under the front sheet', () => {
    expect(m?.agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4']);
    expect(m?.agenda[2]?.pages).toEqual({ from: 1, to: 12 });
  });
});

describe('holdout: minute numbers of a body’s letters spaced off the figure, a long title wrapped after “of”, a work programme minute and a venue wrapped over the date', () => {
  const text = [
    '                          BRACKENFOLD FIRE AND RESCUE JOINT COMMITTEE',
    '       MINUTES of the meeting held in the Larch Room, Brackenfold Civic Centre, Quarry',
    '                              Lane, Fellsby, FB3 9RT',
    '                      on Tuesday, 9 March 2032 commencing at 2.00 pm',
    '',
    '  Members present:                 Councillor Ruth Abney (Chair)',
    '                                   Councillor Tomasz Wren',
    '',
    '  FRJ 12 Apologies for Absence',
    '  12.1        There were no apologies for absence.',
    '',
    '  FRJ 13 Review of the Annual Service Plan and the Appointment of the Independent Auditor of',
    '  the Joint Committee',
    '  13.1        The Treasurer introduced the review and answered questions from members.',
    '  RESOLVED – That the review be noted.',
    '',
    '  FRJ 14 Committee Work Programme 2032/33',
    '  14.1        The Clerk presented the programme for the coming year and members made suggestions.',
    '  RESOLVED – That the work programme be agreed.',
    '',
    '  FRJ 15 Date of Next Meeting',
    '  It was noted that the next meeting would be held on 8 June 2032.',
    '  The meeting closed at 3.15 pm.',
    '',
  ].join('\n');
  const result = extractPack(Buffer.from(`${text}\f`), 'brackenfold-frjc-minutes.txt');

  it('numbers the minutes by the letters and figure, a paragraph number or a reference no minute', () => {
    expect(result.minutes).toHaveLength(1);
    expect(result.minutes[0]?.items.map((i) => i.minute)).toEqual(['FRJ 12', 'FRJ 13', 'FRJ 14', 'FRJ 15']);
  });

  it('joins the title the page width broke after a word that leads on', () => {
    expect(result.minutes[0]?.items[1]?.title).toBe('Review of the Annual Service Plan and the Appointment of the Independent Auditor of the Joint Committee');
  });

  it('keeps the work programme minute a minute, no work programme of its own', () => {
    expect(result.workProgramme).toEqual([]);
    expect(result.minutes[0]?.items[2]?.resolutions).toEqual(['That the work programme be agreed.']);
  });

  it('names the body from the line over the heading, not the venue’s wrapped address', () => {
    expect(result.minutes[0]?.body).toBe('BRACKENFOLD FIRE AND RESCUE JOINT COMMITTEE');
    expect(result.minutes[0]?.date).toBe('2032-03-09');
  });
});

describe('holdout: a meeting page whose contact card sits in a sidebar beside the agenda, a list of other meetings above it', () => {
  const page = (card: string): string => `<!DOCTYPE html><html><head><title>Housing Scrutiny Panel, 9 March 2033 | Fallowmere Borough Council</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/council">Council</a></li></ul></nav></header>
<main>
<h1>Housing Scrutiny Panel</h1>
<dl>
  <dt>Date</dt><dd>Wednesday 9 March 2033</dd>
  <dt>Time</dt><dd>6.00pm</dd>
  <dt>Venue</dt><dd>Room 4, Guildhall, Fallowmere FM2 6TA</dd>
</dl>
<div class="columns">
  <div class="columns__main">
    <h2>Agenda</h2>
    <ol class="agenda-list">
      <li><h3>Apologies for absence</h3></li>
      <li><h3>Declarations of interest</h3></li>
      <li><h3>Damp and mould in council homes</h3><p>Report of the Head of Housing Repairs.</p></li>
      <li><h3>Panel work programme</h3></li>
    </ol>
  </div>
  <aside class="columns__side">
    <h2>Other meetings of this panel</h2>
    <ul>
      <li><a href="/meetings/hsp-2033-01-12">Housing Scrutiny Panel</a>, 12 January 2033</li>
      <li><a href="/meetings/hsp-2033-05-04">Housing Scrutiny Panel</a>, 4 May 2033</li>
    </ul>
    ${card}
    <h2>Follow us</h2>
    <p><a href="/newsletter">Sign up for council news</a></p>
  </aside>
</div>
</main>
<footer><h2>Contact us</h2><p>Telephone: 01999 700100</p><ul><li><a href="/privacy">Privacy</a></li></ul></footer>
</body></html>`;
  const card = `<section class="card">
      <h2>Contact details</h2>
      <p>Imogen Carraway<br>Scrutiny Officer</p>
      <p>Tel: <a href="tel:01999700288">01999 700288</a></p>
      <p>Email: <a href="mailto:scrutiny@fallowmere.example">scrutiny@fallowmere.example</a></p>
    </section>`;

  it('keeps a sidebar’s contact card when the sidebar is dropped for its list; the list, the other blocks and a footer with a list go', () => {
    const text = htmlToText(page(card));
    expect(text).toContain('Contact details\n\nImogen Carraway\nScrutiny Officer');
    expect(text).toContain('scrutiny@fallowmere.example');
    expect(text).not.toMatch(/12 January 2033|Sign up for council news|01999 700100/);
  });

  it('drops a sidebar whose contact heading gives no phone or e-mail', () => {
    const text = htmlToText(page('<h2>Contact</h2><p><a href="/contact">Get in touch with us</a></p>'));
    expect(text).not.toMatch(/Get in touch|12 January 2033/);
  });

  it('reads the card below the agenda as the meeting’s contact; the footer switchboard is no contact', () => {
    const r = extractPack(Buffer.from(page(card)), 'fallowmere-housing-scrutiny.html');
    expect(r.meeting?.agenda.map((a) => a.title)).toEqual(['Apologies for absence', 'Declarations of interest', 'Damp and mould in council homes', 'Panel work programme']);
    expect(r.meeting?.contacts).toEqual([{ name: 'Imogen Carraway', phone: '01999 700288', email: 'scrutiny@fallowmere.example' }]);
  });

  it('gives no contact when the page prints none', () => {
    const r = extractPack(Buffer.from(page('')), 'fallowmere-housing-scrutiny.html');
    expect(r.meeting?.contacts).toEqual([]);
  });

  it.each([
    ['<a href="mailto:clerk@anytown.example">Email the clerk</a>', true],
    ['Tel: 0300 123 4567', true],
    ['<a href="tel:+441999700288">Call us</a>', true],
    ['Visit the Guildhall, Fallowmere FM2 6TA', false],
    ['Meeting 4 of 2033', false],
  ])('"%s" gives a way to reach someone: %s', (text, yes) => expect(CONTACT_DETAIL.test(text)).toBe(yes));
});

describe('minutes e-mailed as plain text, a clock time in the margin before each minute number (invented Loxbury Green Town Council)', () => {
  const text = [
    'From: Town Clerk <townclerk@loxbury-green.example>',
    'To: Members <members@loxbury-green.example>',
    'Date: Mon, 3 Feb 2031 08:15:40 +0000',
    'Subject: Unconfirmed minutes, Thursday 30 January 2031',
    '',
    'Members,',
    '',
    'Attached below, the unconfirmed minutes of last week. Corrections to me please.',
    '',
    'Karl',
    '',
    '==============================================================',
    '',
    '                 LOXBURY GREEN TOWN COUNCIL',
    '',
    'Minutes of the meeting of Loxbury Green Town Council held on Thursday',
    '30 January 2031 at 6.30pm in the Council Chamber, Old Corn Exchange,',
    'Loxbury Green.',
    '',
    'Present:',
    '  Councillor Jane Fenwick-Dale (JFD) (Mayor)',
    '  Councillor Omar Lisle (OL)',
    '  Councillor Bea Quarrie (BQ)',
    '  Councillor Saul Underhay (SU)',
    '',
    'In attendance:',
    '  Mr Karl Beaune, Town Clerk and RFO (KB)',
    '  7 residents (3 after 19.05)',
    '',
    '6.31pm   114/31   APOLOGIES',
    '                  Apologies were received from the following:',
    '                    Councillor Ruth Ambler - on holiday',
    '                    Councillor Peter Sandys - work commitments',
    '                  Councillor Tom Kerr was not present.',
    '                  RESOLVED: that the apologies be accepted.',
    '',
    '6.33pm   115/31   DECLARATIONS OF INTEREST',
    '                  OL declared a pecuniary interest in item 117/31 as a',
    '                  trustee of the bowls club.',
    '',
    '6.40pm   116/31   MINUTES',
    '                  RESOLVED: that the minutes of 12 December 2030 be signed',
    '                  as a true record.',
    '',
    '6.52pm   117/31   BOWLS CLUB LEASE',
    '                  OL left the meeting.',
    '                  RESOLVED: that the lease of the green to the bowls club be',
    '                  renewed for five years at a peppercorn rent.',
    '                  OL rejoined the meeting at 19.02.',
    '',
    '7.20pm   118/31   CLOSURE',
    '                  The Mayor closed the meeting at 7.25pm.',
    '',
    '--',
    'Karl Beaune, Town Clerk',
  ].join('\n');
  const r = extractPack(Buffer.from(text), 'loxbury-green-minutes.txt');
  const m = r.minutes[0];

  it('reads a clock time in the margin column as no part of the minute number, only before a number and a column gap', () => {
    expect(MARGIN_TIME.exec('6.31pm   114/31   APOLOGIES')?.[0]).toBe('6.31pm   ');
    expect(MARGIN_TIME.exec('19:02  27/031.  APOLOGIES')?.[0]).toBe('19:02  ');
    expect(MARGIN_TIME.test('19:05 The meeting was adjourned.')).toBe(false);
    expect(MARGIN_TIME.test('25:10  12. Planning')).toBe(false);
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['114/31', 'APOLOGIES'],
      ['115/31', 'DECLARATIONS OF INTEREST'],
      ['116/31', 'MINUTES'],
      ['117/31', 'BOWLS CLUB LEASE'],
      ['118/31', 'CLOSURE'],
    ]);
  });

  it('reads the message header (a "Date:" in the mail’s own form) as no report cover', () => {
    expect(EMAIL_HEADER_LABEL.test('Date: Mon, 3 Feb 2031 08:15:40 +0000')).toBe(true);
    expect(EMAIL_HEADER_LABEL.test('Reply-To: clerk@anytown.example')).toBe(true);
    expect(EMAIL_HEADER_LABEL.test('Date: 3 February 2031')).toBe(false);
    expect(r.reports).toEqual([]);
    expect(m?.date).toBe('2031-01-30');
  });

  it('takes an indented list of apologies under its lead, each reason after a dash dropped, to the first sentence', () => {
    expect(m?.apologies).toEqual(['Councillor Ruth Ambler', 'Councillor Peter Sandys']);
    expect(m?.items[0]?.resolutions).toEqual(['that the apologies be accepted.']);
  });

  it('names a member declaring by the initials the attendance list gave them', () => {
    expect(ATTENDEE_INITIALS.exec('Councillor Omar Lisle (OL) (Vice-Chair)')?.slice(1)).toEqual(['Councillor Omar Lisle', 'OL']);
    expect(ATTENDEE_INITIALS.test('Councillor Omar Lisle (Lab)')).toBe(false);
    expect(m?.items[1]?.declarations).toEqual([{ member: 'Councillor Omar Lisle', interest: 'a pecuniary interest in item 117/31 as a trustee of the bowls club.' }]);
  });

  it('ends a resolution before a member, called by initials, coming back at a 24-hour time', () => {
    expect('… rent. OL rejoined the meeting at 19.02.'.replace(MOVEMENT_TAIL, '')).toBe('… rent.');
    expect(m?.items[3]?.resolutions).toEqual(['that the lease of the green to the bowls club be renewed for five years at a peppercorn rent.']);
  });

  it('keeps the Clerk and RFO one attendee, and counts residents with a count in brackets as nobody', () => {
    expect(m?.inAttendance).toEqual(['Mr Karl Beaune, Town Clerk, RFO (KB)']);
    expect(countedPeople('12 parishioners (5 after 20:10)')).toEqual([]);
    expect(splitPeople('Ms D Hale, Parish Clerk and RFO')).toEqual(['Ms D Hale, Parish Clerk, RFO']);
  });
});

describe('a meeting page whose agenda items are "N. Title" sections with decisions (invented: Marrowby Borough Council)', () => {
  const item = (n: number, title: string, body: string): string =>
    `<details class="agenda-item"><summary>${n}. ${title}</summary><div class="agenda-item__body">${body}</div></details>`;
  const page = `<!DOCTYPE html><html><head><title>Executive - 5 June 2031 | Marrowby Borough Council</title></head><body>
<nav class="crumbs"><ol><li><a href="/">Home</a></li><li><a href="/meetings">Meetings</a></li><li>5 June 2031</li></ol></nav>
<main>
  <p class="eyebrow">Meeting details</p>
  <h1>Executive</h1>
  <p class="sub">Thursday 5 June 2031 - decisions available</p>
  <dl><dt>Date</dt><dd>Thursday 5 June 2031</dd><dt>Time</dt><dd>6.30pm</dd><dt>Venue</dt><dd>Committee Room 2, Marrowby Town Hall</dd></dl>
  <h2>Items and decisions</h2>
  ${item(1, 'Apologies', '<p>Apologies were received from Councillor Petra Venn.</p>')}
  ${item(2, 'Declarations of interests', '<p>Councillor Owain Dacre declared a personal interest in item 4 as a governor of Marrowby Academy.</p>')}
  ${item(
    3,
    'Minutes',
    '<p><strong>Decision:</strong></p><p>That the minutes of the meeting held on 8 May 2031 be confirmed.</p><ul class="docs"><li><a href="/m.pdf">Minutes, 8 May 2031</a> (PDF, 120KB)</li></ul>',
  )}
  ${item(
    4,
    'School Places Plan 2031&ndash;2036',
    '<p class="meta">Portfolio Holder: Councillor Owain Dacre</p><p><strong>Decision:</strong></p><p>Executive RESOLVED:</p><ol><li>To adopt the School Places Plan.</li><li>To consult on a new primary school at Fenwick Lane.</li></ol><p><strong>Reasons for decision:</strong></p><p>Pupil numbers are rising.</p><ul class="docs"><li><a href="/r.pdf">Report</a> (PDF, 300KB)</li></ul>',
  )}
  ${item(5, 'Leisure contract extension', '<p><strong>Decision:</strong></p><p>Executive RESOLVED to extend the leisure contract by two years.</p>')}
  ${item(6, 'Land at Mill Street <span class="badge">Exempt</span>', '<p><strong>Decision:</strong></p><p>The decision is not for publication until the sale completes.</p>')}
  <p>The meeting ended at 8.05pm.</p>
  <section><h2>Attendance</h2><h3>Present</h3><ul>
    <li><a href="/c/1">Councillor Ada Brook</a> &ndash; Leader of the Council (Chair)</li>
    <li><a href="/c/2">Councillor Owain Dacre</a> &ndash; Portfolio Holder for Education</li>
    <li><a href="/c/3">Councillor Lena Shaw</a> &ndash; Cabinet Member for Housing</li>
  </ul>
  <p><strong>Apologies:</strong> Councillor Petra Venn (Portfolio Holder for Leisure).</p>
  <p><strong>Officers in attendance:</strong> Tom Arkwright (Chief Executive) and Nia Hollis (Committee Officer).</p></section>
</main>
<aside><h2>Other meetings</h2><ul><li><a href="/m/2031-07-03">Executive &ndash; 3 July 2031</a></li></ul></aside>
</body></html>`;

  it.each([
    ['4. Public questions', '3', { number: '4', title: 'Public questions' }],
    ['1. Apologies for absence', null, { number: '1', title: 'Apologies for absence' }],
    ['1. To approve the plan.', '5', null],
    ['2. To consult on the options', '5', null],
    ['6. Exclusion of the public', '4', null],
  ])('"%s" after item %s is a numbered section heading: %j', (text, last, want) => expect(webNumberedSection(text, last)).toEqual(want));

  it.each([
    [' – decisions published', true],
    [' - agenda and reports available', true],
    [' (minutes approved)', true],
    [', meeting cancelled', true],
    [' – Council Chamber', false],
    [' at 6.30pm', false],
  ])('"%s" after the date tells how far the papers have got: %s', (text, yes) => expect(DATE_LINE_STATUS.test(text)).toBe(yes));

  it.each([
    ['That the minutes be confirmed.', true],
    ['Executive RESOLVED to extend the contract.', true],
    ['The Licensing Sub-Committee AGREED to grant the licence.', true],
    ['Apologies were received from Councillor Venn.', false],
    ['The decision is not for publication.', false],
    ['The Executive agreed that it would return to this later.', false],
  ])('"%s" is a bare resolution under a Decision label: %s', (text, yes) => expect(BARE_RESOLUTION.test(text)).toBe(yes));

  it('cuts a post printed after a dash from a bulleted attendee', () => {
    expect('Councillor Lena Shaw – Cabinet Member for Housing'.replace(ATTENDEE_TRAILING_POST, '')).toBe('Councillor Lena Shaw');
    expect('Councillor Lena Shaw-Patel'.replace(ATTENDEE_TRAILING_POST, '')).toBe('Councillor Lena Shaw-Patel');
  });

  it('reads the sections as the agenda and the record: body from the heading, items in turn, decisions and attendance', () => {
    const r = extractPack(Buffer.from(page), 'marrowby-executive.html');
    expect(r.meeting?.body).toBe('Executive');
    expect(r.meeting?.agenda.map((a) => [a.number, a.title, a.exempt])).toEqual([
      ['1', 'Apologies', false],
      ['2', 'Declarations of interests', false],
      ['3', 'Minutes', false],
      ['4', 'School Places Plan 2031–2036', false],
      ['5', 'Leisure contract extension', false],
      ['6', 'Land at Mill Street', true],
    ]);
    expect(r.minutes).toHaveLength(1);
    const m = r.minutes[0];
    expect(m?.body).toBe('Executive');
    expect(m?.endedAt).toBe('20:05');
    const res = Object.fromEntries((m?.items ?? []).map((i) => [i.minute, i.resolutions]));
    expect(res['3']).toEqual(['That the minutes of the meeting held on 8 May 2031 be confirmed.']);
    expect(res['4']).toEqual(['To adopt the School Places Plan.', 'To consult on a new primary school at Fenwick Lane.']);
    expect(res['5']).toEqual(['Executive RESOLVED to extend the leisure contract by two years.']);
    expect(res['6'] ?? []).toEqual([]);
    expect(m?.items.find((i) => i.minute === '2')?.declarations.map((d) => d.member)).toEqual(['Councillor Owain Dacre']);
    expect(m?.present).toEqual(['Councillor Ada Brook', 'Councillor Owain Dacre', 'Councillor Lena Shaw']);
    expect(m?.apologies).toEqual(['Councillor Petra Venn']);
    expect(m?.inAttendance.map((p) => p.replace(/\s*\(.*\)$/, ''))).toEqual(['Tom Arkwright', 'Nia Hollis']);
  });

  it('takes numbered headings over Decision blocks as a page\u2019s sections on a web page only, and not under a minutes heading', () => {
    const body = ['1. Apologies', '', 'Decision:', '', 'None.', '', '2. Minutes', '', 'Decision:', '', 'That the minutes be confirmed.', ''];
    const kinds = (lines: string[], web: boolean): string[] => findParts(buildDoc(lines.join('\n'), web ? { sourceLines: null } : {})).map((p) => p.detector);
    expect(kinds(body, true)).toEqual(['web-meeting-sections']);
    expect(kinds(body, false)).not.toContain('web-meeting-sections');
    expect(kinds(['Minutes of the meeting of the Executive held on 5 June 2031', '', 'Present: Councillor Ada Brook', '', ...body], true)).not.toContain('web-meeting-sections');
  });
});

describe('a civic head styled before the seat, and a capitalised minute title wrapped before its period (invented borough)', () => {
  const pack = [
    '                              HARTLEDGE BOROUGH COUNCIL',
    '',
    '                                       COUNCIL',
    '    MINUTES of the Meeting of the Council held in the Assembly Room, Town Hall, Hartledge on',
    '         Thursday 9 March 2028 at 6.30 pm',
    'PRESENT:',
    'Her Worship the Mayor (Councillor Ruth Allingham) in the Chair',
    'The Deputy Mayor (Councillor Owen Treharne)',
    'Councillors:',
    'Priya Banerjee                  Lowri Ap-Rhys                 Tomas Kerrigan',
    'Mina Oduya                      Declan O\u2019Rourke               Hal Pennock',
    '',
    'M.7             APOLOGIES FOR ABSENCE',
    '                Apologies for absence were received from Councillor Iris Fenn.',
    '',
    'M.8             REPORT OF THE CABINET – HOUSING REVENUE ACCOUNT BUSINESS PLAN',
    '                2028/29',
    '                The Council considered the report of the Cabinet.',
    '                RESOLVED: That the business plan be approved.',
    '',
    'M.9             ALLOTMENTS',
    '                RESOLVED: That the allotment rents be frozen.',
    '',
    'The meeting closed at 8.05 pm.',
    '',
  ].join('\n');

  it('reads the member inside a seat with a worshipful style before it', () => {
    expect(OFFICE_HOLDER.exec('Her Worship the Mayor (Councillor R Allingham) in the Chair')?.[1]).toBe('Councillor R Allingham');
    expect(OFFICE_HOLDER.exec('The Right Worshipful the Mayor (Cllr O Treharne)')?.[1]).toBe('Cllr O Treharne');
    expect(OFFICE_HOLDER.test('Her Worship Councillor R Allingham')).toBe(false);
  });

  it('lists the Mayor by name, and joins a title to the years printed alone under its words', () => {
    const m = extractPack(Buffer.from(pack), 'hartledge-council-minutes.txt').minutes[0];
    expect(m?.present.slice(0, 3)).toEqual(['Councillor Ruth Allingham', 'Councillor Owen Treharne', 'Priya Banerjee']);
    expect(m?.present).toContain('Declan O\u2019Rourke');
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['M.7', 'APOLOGIES FOR ABSENCE'],
      ['M.8', 'REPORT OF THE CABINET – HOUSING REVENUE ACCOUNT BUSINESS PLAN 2028/29'],
      ['M.9', 'ALLOTMENTS'],
    ]);
    expect(m?.items[1]?.resolutions).toEqual(['That the business plan be approved.']);
  });
});

describe('holdout: a bilingual agenda side by side with each item number printed in both columns and titles wrapped under the number', () => {
  // Invented: a town council's agenda, Welsh on the left and English on the right, each column numbering its own items.
  const row = (left: string, right: string): string => `  ${left.padEnd(56)}${right}`.trimEnd();
  const text = [
    '                 CYNGOR TREF LLANORWEN                       LLANORWEN TOWN COUNCIL',
    '',
    row('Gwysir chi i fynychu cyfarfod o’r Cyngor a gynhelir', 'You are summoned to a meeting of the Council to'),
    row('yn Neuadd y Dref nos Lun 8 Mai 2028 am 6.30 yh.', 'be held at the Town Hall on Monday 8 May 2028 at'),
    row('', '6.30 pm.'),
    '',
    row('               RHAGLEN', '               AGENDA'),
    row('1.   Ymddiheuriadau', '1.   Apologies'),
    row('       Derbyn ymddiheuriadau gan aelodau.', '     To receive apologies from members.'),
    row('2.   Cofnodion', '2.   Minutes'),
    row('       (a) Cymeradwyo cofnodion y cyfarfod a', '     (a) To approve the minutes of the meeting held'),
    row('       gynhaliwyd ar 10 Ebrill 2028.', '     on 10 April 2028.'),
    row('       (b) Cymeradwyo cofnodion y Pwyllgor Cynllunio,', '     (b) To approve the minutes of the Planning'),
    row('       Ebrill', '     Committee, April 2028.'),
    row('     2028.', ''),
    row('3. Adroddiad ar gyflwr y mynwentydd a’r llwybrau', '3. Report on the state of the cemeteries and paths'),
    row('cyhoeddus (er penderfyniad)', '(for decision)'),
    row('       Ystyried adroddiad y Clerc ar waith atgyweirio.', '    Clerk’s report 31/28 – photographs attached.'),
    row('4. Canolfan ieuenctid y dref – cynllun busnes', '4. Town youth centre – business plan for the'),
    row('ar gyfer y flwyddyn nesaf', 'coming year'),
    row('       Trafod y cynllun drafft a gyflwynwyd gan y', '    To discuss the draft plan presented by the'),
    row('       pwyllgor rheoli.', '    management committee.'),
    row('5.   Ymddiheuriadau – derbyn a nodi', '5.   Twinning – to receive an update'),
    row('6.   Dyddiad y cyfarfod nesaf', '6.   Date of the next meeting'),
    '',
  ].join('\n');

  it('reads each item once, in English, without the other column’s number or a year wrapped in it', () => {
    const lines = inEnglish(text.split('\n'));
    expect(lines.some((l) => /^\s*1\.\s+1\./.test(l))).toBe(false);
    expect(lines.some((l) => /^\s*2028\.\s/.test(l))).toBe(false);
    const m = extractPack(Buffer.from(text), 'agenda.txt').meeting;
    expect(m?.agenda.filter((a) => /^\d+$/.test(a.number)).map((a) => a.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(m?.agenda.find((a) => a.number === '1')?.title).toBe('Apologies');
  });

  it('joins a title wrapped back under its number, its note the paragraph indented below', () => {
    const agenda = extractPack(Buffer.from(text), 'agenda.txt').meeting?.agenda ?? [];
    const three = agenda.find((a) => a.number === '3');
    expect(three?.title).toBe('Report on the state of the cemeteries and paths (for decision)');
    expect(three?.note).toBe('Clerk’s report 31/28 – photographs attached.');
  });

  it('keeps a phrase after a dash in the title when the note is printed below, but an instruction after a dash is the note', () => {
    const agenda = extractPack(Buffer.from(text), 'agenda.txt').meeting?.agenda ?? [];
    expect(agenda.find((a) => a.number === '4')?.title).toBe('Town youth centre – business plan for the coming year');
    expect(agenda.find((a) => a.number === '5')).toMatchObject({ title: 'Twinning', note: 'to receive an update' });
  });

  it.each([
    ['2028.', true],
    ['2027/28.', true],
    ['12.', false],
    ['112/25', false],
  ])('"%s" alone in the left-hand column is a wrapped year: %s', (cell, yes) => expect(WRAPPED_YEAR_CELL.test(cell)).toBe(yes));
});

describe('a Word agenda converted by pandoc: grid tables of details and membership, items with labelled notes and page ranges', () => {
  const pack = [
    '**FENMARSH DISTRICT COUNCIL**',
    '',
    '**LICENSING AND REGULATORY PANEL**',
    '',
    'Dear Member,',
    '',
    'You are summoned to attend a meeting of the Licensing and Regulatory',
    'Panel to be held as set out below.',
    '',
    '+-----------------------------------+-----------------------------------+',
    '| **Date:**                         | Thursday, 9 October 2031          |',
    '+-----------------------------------+-----------------------------------+',
    '| **Time:**                         | 6.30 pm                           |',
    '+-----------------------------------+-----------------------------------+',
    '| **Place:**                        | Council Chamber, Fenmarsh House,  |',
    '|                                   | Quay Road, Fenmarsh               |',
    '+-----------------------------------+-----------------------------------+',
    '| **Contact officer:**              | Wilhelmina Crabtree-Oduya,        |',
    '|                                   | Committee Clerk                   |',
    '|                                   |                                   |',
    '|                                   | Telephone: 01999 874120           |',
    '|                                   |                                   |',
    '|                                   | E-mail:                           |',
    '|                                   | wilhelmina.cra                    |',
    '|                                   | btree-oduya@fenmarsh.gov.uk       |',
    '+-----------------------------------+-----------------------------------+',
    '',
    '**Panel membership**',
    '',
    '+-----------------------+-----------------------+-----------------------+',
    '| Party                 | Councillors           | Substitutes           |',
    '+=======================+=======================+=======================+',
    '| Green (2)             | Cllr Bartholomew      | Cllr Odette           |',
    '|                       | Quennell-Ash (Chair)  | Pardoe                |',
    '|                       |                       |                       |',
    '|                       | Cllr Saoirse          |                       |',
    '|                       | Lindqvist-Hart        |                       |',
    '+-----------------------+-----------------------+-----------------------+',
    '| Independent (2)       | Cllr Florian          | \\-                    |',
    '|                       | Ashgrove-Tull         |                       |',
    '|                       | (Vice-Chair)          |                       |',
    '|                       |                       |                       |',
    '|                       | Cllr Yolande Merrick  |                       |',
    '+-----------------------+-----------------------+-----------------------+',
    '',
    '**AGENDA**',
    '',
    '**1. Apologies**',
    '',
    '**2. Minutes** (Pages 1 - 6)',
    '',
    'To approve the minutes of the last meeting.',
    '',
    '**3. Street Trading Consent Fees -- Annual Review and',
    'Consultation Outcome** (pp. 7 - 20)',
    '',
    'Responsible officer: Ms Ingrid Pollard-Vance, Licensing Manager',
    '',
    'Purpose: To set the consent fees for the coming year.',
    '',
    'a\\) Fees for static pitches in the town centre, including the weekly',
    'market',
    '',
    'b\\) Fees for mobile traders',
    '',
    '**4. Taxi Licensing Policy Refresh** (Pages 21 -',
    '44)',
    '',
    'Responsible officer: Mr Caspar Whitlock, Head of Regulatory Services',
    '',
    'Purpose: To agree the draft policy for consultation.',
  ].join('\n');

  it.each([
    ['3. Street Trading Fees (Pages 7 - 20)', true],
    ['4. Taxi Policy (pp. 21-44)', true],
    ['5. Verbal update (Page 3)', true],
    ['3. Street Trading Fees', false],
    ['Pages 7 - 20 of the report', false],
  ])('"%s" is an agenda entry pointing to its papers by page: %s', (text, yes) => expect(AGENDA_ENTRY_PAGES.test(text)).toBe(yes));

  it.each([
    ['Consultation Outcome** (pp. 7 - 20)', true],
    ['Community Hall** (Pages', true],
    ['Final Report** (Pages 105 -', true],
    ['Final Report**', false],
    ['the **main** point (see pages 3 to 4)', false],
  ])('"%s" closes a bold title before its page range: %s', (text, yes) => expect(BOLD_CLOSED_BEFORE_PAGES.test(text)).toBe(yes));

  it.each([
    ['Taxi Licensing Policy Refresh (Pages 21 -', true],
    ['Taxi Licensing Policy Refresh (Pages', true],
    ['Taxi Licensing Policy Refresh (Pages 21 - 44)', false],
  ])('"%s" leaves its page range open for the next line: %s', (text, yes) => expect(OPEN_PAGE_REFERENCE.test(text)).toBe(yes));

  it('reads "Responsible officer:" / "Purpose:" under a paged agenda entry as its notes, not a report cover', () => {
    const r = extractPack(Buffer.from(pack), 'fenmarsh-panel.md');
    expect(r.reports).toEqual([]);
    expect(r.meeting?.agenda.map((a) => [a.number, a.title, a.pages])).toEqual([
      ['1', 'Apologies', null],
      ['2', 'Minutes', { from: 1, to: 6 }],
      ['3', 'Street Trading Consent Fees -- Annual Review and Consultation Outcome', { from: 7, to: 20 }],
      ['a)', 'Fees for static pitches in the town centre, including the weekly market', null],
      ['b)', 'Fees for mobile traders', null],
      ['4', 'Taxi Licensing Policy Refresh', { from: 21, to: 44 }],
    ]);
  });

  it('reads the members column of a grid table, names and roles wrapped in the cell, not the party or substitutes', () => {
    const r = extractPack(Buffer.from(pack), 'fenmarsh-panel.md');
    expect(r.meeting?.members).toEqual([
      { name: 'Cllr Bartholomew Quennell-Ash', role: 'Chair' },
      { name: 'Cllr Saoirse Lindqvist-Hart', role: null },
      { name: 'Cllr Florian Ashgrove-Tull', role: 'Vice-Chair' },
      { name: 'Cllr Yolande Merrick', role: null },
    ]);
  });

  it('reads a contact cell of several paragraphs, its e-mail address cut mid-word under its label', () => {
    const r = extractPack(Buffer.from(pack), 'fenmarsh-panel.md');
    expect(r.meeting?.contacts).toEqual([{ name: 'Wilhelmina Crabtree-Oduya', phone: '01999 874120', email: 'wilhelmina.crabtree-oduya@fenmarsh.gov.uk' }]);
  });
});

describe('minutes laid out in two columns, the report reference printed in the margin under the minute number', () => {
  const header = ['RATHMOY BOROUGH COUNCIL                                  Housing and Environment Panel, 14 October 2031', '', ''];
  const footer = (n: number): string[] => ['', '', `                                          Page ${n} of 2`];
  const pages = [
    [
      ...header,
      ' MINUTES of the HOUSING AND ENVIRONMENT PANEL held in the Assembly Room, Town Hall, on Tuesday,',
      ' 14 October 2031 at 2.00 pm.',
      '',
      ' Present: Councillor Ruth Garvie (Chair), Councillors Ian Mossop and Jean Tulloch.',
      '',
      '  1.          APOLOGIES AND SUBSTITUTIONS',
      '              There were no apologies.',
      '',
      '  2.          MINUTES',
      '              The Panel approved the minutes of its meeting of 9 September 2031 as a correct record.',
      '',
      '  3.          TENANT PARTICIPATION – OUTCOME OF THE BIENNIAL SURVEY AND',
      '  HE.31.44     PROPOSED ACTION PLAN',
      '              There was circulated a report (HE.31.44) by the Director of Housing on the survey.',
      '              The Panel noted that the response rate had fallen since the last survey.',
      '',
      '              The Panel noted the report.',
      '',
      '  4.          ALLOTMENT RENTS 2032/33',
      '  HE.31.45',
      ...footer(1),
    ],
    [
      ...header,
      '              There was circulated a report (HE.31.45) by the Director of Environment on rents.',
      '              The Panel agreed:-',
      '              (a) to approve the rents set out in the report; and',
      '              (b) to review the concessions in a year.',
      '',
      '  5.          GRASS CUTTING CONTRACT',
      '  HE.31.46     There was circulated a report (HE.31.46) by the Director of Environment on the',
      '              contract, which the Panel considered at length.',
      '',
      '              The Panel endorsed the award of the contract to the preferred bidder.',
      '',
      ' The meeting closed at 3.40 pm.',
      ...footer(2),
    ],
  ];
  const text = `${pages.map((p) => p.join('\n')).join('\n\f')}\n\f`;

  it.each([
    ['HE.31.44     PROPOSED ACTION PLAN', 'HE.31.44'],
    ['HSC/31/07', 'HSC/31/07'],
    ['PL-2031-04   There was submitted', 'PL-2031-04'],
    ['Report No. 31/07   Budget', 'Report No. 31/07'],
    ['HE.31.44 PROPOSED', null],
    ['Councillor Bell moved', null],
  ])('"%s" opens with a margin report reference: %s', (line, want) => expect(MARGIN_REFERENCE.exec(line)?.[0] ?? null).toBe(want));

  it.each([
    ['The Panel approved the minutes of its meeting of 9 September 2031 as a correct record.', 'approved the minutes of its meeting of 9 September 2031 as a correct record.'],
    ['The Sub-Committee noted the report.', 'noted the report.'],
    ['The Board endorsed the award of the contract.', 'endorsed the award of the contract.'],
    ['The Panel noted that the response rate had fallen.', null],
    ['The Committee approved, after a vote, the report.', null],
  ])('"%s" says what the body decided: %s', (text, want) => expect(BODY_DECIDED_SENTENCE.exec(text)?.[1] ?? null).toBe(want));

  it('joins a title wrapped past the reference, leaves a reference alone out of the title and reads a first sentence beside it', () => {
    const r = extractPack(Buffer.from(text), 'rathmoy-housing.txt');
    const [m] = r.minutes;
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['1', 'APOLOGIES AND SUBSTITUTIONS'],
      ['2', 'MINUTES'],
      ['3', 'TENANT PARTICIPATION – OUTCOME OF THE BIENNIAL SURVEY AND PROPOSED ACTION PLAN'],
      ['4', 'ALLOTMENT RENTS 2032/33'],
      ['5', 'GRASS CUTTING CONTRACT'],
    ]);
    expect(m?.items[4]?.text.startsWith('There was circulated a report (HE.31.46)')).toBe(true);
    expect(m?.items.map((i) => i.resolutions)).toEqual([
      [],
      ['approved the minutes of its meeting of 9 September 2031 as a correct record.'],
      ['noted the report.'],
      ['to approve the rents set out in the report; and', 'to review the concessions in a year.'],
      ['endorsed the award of the contract to the preferred bidder.'],
    ]);
  });
});

describe('holdout: a three-column minutes table ("Min." over "Ref." | Matter | Minutes) printed with a mid-page watermark', () => {
  // Wexcombe Town Council (invented): pdftotext -layout of a Word table, the number heading wrapped in its cell, the
  // header repeated on page 2, and "UNAPPROVED" printed across the middle of both pages, cutting a resolution each time.
  const row = (no: string, matter: string, text: string): string => ` ${no.padEnd(16)}${matter.padEnd(25)}${text}`.trimEnd();
  const header = ['Wexcombe Town Council                                            Amenities Committee – 5 May 2033', '', ''];
  const tableHead = [row('Min.', 'Matter', 'Minutes'), ' Ref.'];
  const page1 = [
    ...header,
    '                              WEXCOMBE TOWN COUNCIL',
    '                               AMENITIES COMMITTEE',
    '   Minutes of the meeting of the Amenities Committee held in the Guildhall, Wexcombe on Thursday',
    '   5 May 2033 at 7.00 pm',
    '',
    ' Present: Councillor A Pardew (Chair), Councillor B Quennell and Councillor C Ruddock',
    ' Also present: Councillor D Sallow (Ward Councillor) for minute AC/14 only. Four residents attended the',
    ' meeting.',
    '',
    ...tableHead,
    row('AC/12', 'Apologies', 'Apologies were received from Councillor E Tarrant.'),
    '',
    row('AC/13', 'Allotment Water', 'Councillor Quennell asked about the leaking standpipes, and the clerk'),
    row('', 'Supply', 'agreed to obtain a second quotation before the next meeting.'),
    row('', '', 'RESOLVED – That the quotation of £1,450 from Wexcombe Plumbing for'),
    row('', '', 'replacing the standpipes at the Mill Lane site be accepted, to be met'),
    '',
    '',
    '',
    'UNAPPROVED',
    row('', '', 'from the allotments reserve for water supply works.'),
    row('', '', 'The Chair thanked the allotment association for its survey of the site.'),
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '                                          Page 1 of 2',
  ];
  const page2 = [
    ...header,
    ...tableHead,
    row('AC/14', 'Memorial Safety', 'The clerk reported on the annual inspection of memorials at Holloway'),
    row('', '', 'Road cemetery, where twelve memorials had been found to be unstable.'),
    row('', '', 'RESOLVED – That:'),
    row('', '', '  (1) the twelve unstable memorials be laid flat and their owners'),
    row('', '', '  be written to; and'),
    row('', '', '  (2) a further inspection be carried out in the autumn, the results'),
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    'UNAPPROVED',
    row('', '', '  to be reported to this Committee.'),
    '',
    row('AC/15', 'Exclusion of the', 'RESOLVED – That the press and public be excluded for the following'),
    row('', 'Public', 'item under paragraph 3 of Part 1 of Schedule 12A to the Local'),
    row('', '', 'Government Act 1972.'),
    row('', '', 'The members of the press and the public left the meeting.'),
    '',
    'The meeting closed at 8.40 pm.',
    '',
    '',
    '',
    '',
    '',
    '',
    '                                          Page 2 of 2',
  ];
  const text = `${page1.join('\n')}\n\f${page2.join('\n')}\n`;
  const r = extractPack(Buffer.from(text), 'wexcombe-amenities-minutes-2033-05-05.txt');
  const m = r.minutes[0];
  const item = (no: string) => m?.items.find((i) => i.minute === no);

  it('reads each number alone: the wrapped heading ("Ref.") and the watermark are no part of it', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['AC/12', 'AC/13', 'AC/14', 'AC/15']);
    expect(m?.items.map((i) => i.title)).toEqual(['Apologies', 'Allotment Water Supply', 'Memorial Safety', 'Exclusion of the Public']);
    expect(provenanceProblems(r, text)).toEqual([]);
  });

  it('joins a resolution cut by the watermark, and ends it where its last line leaves room for the next word', () => {
    expect(item('AC/13')?.resolutions).toEqual([
      'That the quotation of £1,450 from Wexcombe Plumbing for replacing the standpipes at the Mill Lane site be accepted, to be met from the allotments reserve for water supply works.',
    ]);
  });

  it('joins a list item cut by the watermark', () => {
    expect(item('AC/14')?.resolutions).toEqual([
      'the twelve unstable memorials be laid flat and their owners be written to; and',
      'a further inspection be carried out in the autumn, the results to be reported to this Committee.',
    ]);
  });

  it('leaves the press and the public leaving out of the exclusion resolution', () => {
    expect(item('AC/15')?.resolutions).toEqual([
      'That the press and public be excluded for the following item under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    ]);
  });

  it('reads the ward councillor as another member present, without the count of residents run on after', () => {
    expect(m?.otherMembersPresent.some((x) => x.includes('Sallow'))).toBe(true);
    const everyone = [...(m?.present ?? []), ...(m?.otherMembersPresent ?? []), ...(m?.inAttendance ?? []), ...(m?.apologies ?? [])];
    expect(everyone.some((x) => /resident/i.test(x))).toBe(false);
    expect(m?.endedAt).toBe('20:40');
  });

  it('keeps a capitalised word printed on two pages at different heights: a heading, not a watermark', () => {
    const filler = (k: number): string[] => Array.from({ length: k }, (_, i) => `Line ${i + 1} of the text.`);
    const doc = buildDoc([...filler(8), 'CONFIDENTIAL', ...filler(30), '\fLine', ...filler(28), 'CONFIDENTIAL', ...filler(8)].join('\n'), { paged: true });
    expect(doc.lines.filter((l) => l.text === 'CONFIDENTIAL')).toHaveLength(2);
    const marked = buildDoc([...filler(20), 'DRAFT', ...filler(20), '\fLine', ...filler(19), 'DRAFT', ...filler(20)].join('\n'), { paged: true });
    expect(marked.lines.filter((l) => l.text === 'DRAFT')).toHaveLength(0);
  });

  it.each([
    ['UNAPPROVED', true],
    ['NOT YET APPROVED', true],
    ['Draft', false],
    ['DRAFT BUDGET 2034', false],
  ])('"%s" is a watermark word: %s', (t, yes) => expect(WATERMARK_WORD.test(t)).toBe(yes));

  it.each([
    ['Following a full discussion the Sub-Committee', true],
    ['After hearing from both parties, it was', true],
    ['Councillor Bell asked for a site visit, and the applicant', false],
  ])('a lower-case lead verb under "%s" goes on a deciding body: %s', (t, yes) => expect(LEAD_VERB_SUBJECT_END.test(t)).toBe(yes));

  it.each([
    ['Four residents attended the meeting.', true],
    ['The meeting was streamed live.', true],
    ['Councillor F Ugo attended for item 7.', false],
    ['Mrs G Vance (Clerk)', false],
  ])('"%s" is prose run on after a list: %s', (t, yes) => expect(ATTENDANCE_RUN_ON_SENTENCE.test(t)).toBe(yes));

  it('leaves a lead alone at a page foot to the decision at the head of the next page', () => {
    const pages = [
      [
        'WEXCOMBE TOWN COUNCIL',
        'Minutes of the Amenities Committee held on 5 May 2033 at 7.00 pm',
        '',
        '12. Bus Shelter',
        'Members considered the repair quote.',
        'Decision',
        '',
        'Page 1 of 2',
      ],
      ['To repair the shelter at a cost of £600.', '', '13. Close', 'The meeting closed at 8.00 pm.', '', 'Page 2 of 2'],
    ];
    const doc = extractPack(Buffer.from(`${pages.map((p) => p.join('\n')).join('\n\f')}\n`), 'wexcombe-minutes-2033-05-05.txt');
    expect(doc.minutes[0]?.items.find((i) => i.minute === '12')?.resolutions).toEqual(['To repair the shelter at a cost of £600.']);
  });
});

describe('holdout: the members of the press and the public leaving after an exclusion resolution', () => {
  it('is a movement note, not part of what was resolved', () => {
    expect('That the public be excluded. The members of the press and the public left the meeting.'.replace(MOVEMENT_TAIL, '')).toBe('That the public be excluded.');
    expect('That the public be excluded. The press and the members of the public left the room at 8.05 pm.'.replace(MOVEMENT_TAIL, '')).toBe('That the public be excluded.');
  });
});

describe('boxed minutes printed from a web template: a label box, a run-in members list with divisions, bare group labels, "Agreed" boxes (invented: Fernhollow Borough Council)', () => {
  const pack = [
    'Fernhollow Borough Council                                                        Westmere Community Forum – 9 March 2033',
    '',
    '',
    '',
    '',
    '  Fernhollow Borough Council | Committee Services | Guildhall, Quay Street, Fernhollow',
    '',
    '  Westmere Community Forum',
    '  Minutes of the meeting held on Thursday 9 March 2033',
    '',
    "   Place                     St Aidan's Parish Rooms, Mill Lane, Westmere",
    '',
    '   Start time                7.00 pm',
    '   Finish time               9.05 pm',
    '   Contact                   Rhys Pendle, Committee Services Officer, 01632 960777,',
    '                             rhys.pendle@fernhollow.example.gov.uk',
    '',
    '  Forum members present (Borough Council wards)',
    '  Cllr Imogen Tarrant (Chair) – Westmere East, Cllr Barnaby Sloe (Vice-Chair) – Westmere',
    '  Harbour, Cllr Petra Lund – Millbrook and Cley, Cllr Owen Marsh – Saltings and Cllr Grace',
    '  Whitlow – Westmere West',
    '  Also present',
    '  Cllr Dominic Ashe – Cabinet Member for Communities',
    '  Partner agencies',
    '  Sergeant Carys Bell – Fernhollow Neighbourhood Policing Team',
    '  Lena Hart – Westmere Housing and Support Trust',
    '  Officers',
    '  Rhys Pendle – Committee Services Officer',
    '  Apologies',
    '  Cllr Nathan Reed – Quayside',
    '  Mo Okoro – Westmere Youth and Community Network',
    '  Press and public',
    '  Approximately 15 members of the public',
    '',
    '  12        Minutes of the Last Meeting',
    '            The minutes of the meeting held on Thursday 8 December 2032 were presented.',
    '',
    '              Agreed',
    '              To approve the minutes of the meeting held on Thursday 8 December 2032 as a correct',
    '              record.',
    '',
    '  13        Community Chest',
    '            The Community Development Officer introduced the bids received this quarter.',
    '              Applicant                         Purpose                            Sought           Outcome',
    '              Westmere Rowing Club              New oars and                       £900.00          Funded',
    '                                                safety equipment',
    '              Millbrook Allotment               Raised beds and a rain-            £1,200.00        Funded',
    "              Holders' Association              water harvesting tank",
    '              Total                                                                £2,100.00',
    '',
    '              Agreed',
    "              To approve the highways task group's proposals, as set out below:",
    '                  a. To install a dropped kerb on Mill Lane at a cost of £1,800.',
    '                  b. To close task 212 as completed.',
    '',
    '  The meeting closed at 9.05 pm.',
    '',
    '',
    'Minutes – draft                                                                                               Page 1 of 1',
  ].join('\n');

  it.each([
    ['Board members present (County Council divisions)', 'present'],
    ['Members present (wards):', 'present'],
    ['Forum members present', 'present'],
    ['Present (in person)', 'present'],
    ['Apologies (substitutes in brackets)', 'apologies'],
  ])('"%s" is an attendance label with a note on its members: %s', (text, kind) => expect(attendanceLabelOf(text)?.kind).toBe(kind));

  it.each([
    ['Democratic Services Officer (Ms A Bell)', null],
    ['members (minute 45)', null],
  ])('"%s" is an entry or a wrapped line, no noted label: %s', (text, want) => expect(attendanceLabelOf(text)).toBe(want));

  it('keeps a note naming a kind of attendee for a group of its own', () => {
    expect(NOTED_ATTENDANCE_LABEL.exec('Also present (non-voting members)')?.[1]).toBe('Also present');
    expect(attendanceLabelOf('Also present (non-voting members)')).toBeNull();
  });

  it.each([
    ['Partner agencies', true],
    ['Partners', true],
    ['Police', true],
    ['Press and public', true],
    ['Members of the public', true],
    ['Public', true],
    ['Highways Update', false],
    ['Cllr Ann Bell', false],
  ])('"%s" is a group label printed alone with no colon: %s', (text, yes) => expect(BARE_GROUP_LABEL.test(text)).toBe(yes));

  it('splits a run-in list of titled people only before each title, a note after the dash kept whole', () => {
    expect(titledRunIn('Cllr A Bell (Chair) – Northby and Eastby, Cllr C Dunn – Westby and Cllr E Fox – Southby')).toEqual([
      'Cllr A Bell (Chair) – Northby and Eastby',
      'Cllr C Dunn – Westby',
      'Cllr E Fox – Southby',
    ]);
    expect(titledRunIn('Cllr A Bell, Cllr C Dunn and Cllr E Fox')).toBeNull();
    expect(titledRunIn('Cllr A Bell – Northby')).toBeNull();
  });

  it.each([
    ['Cllr A Bell (Chair) – Northby East, Cllr C Dunn – Westmere', 'Harbour, Cllr E Fox – Saltings', true],
    ['Cllr A Bell – Northby, Cllr C Dunn – Westby and Cllr Grace', 'Whitlow – Eastby', true],
    ['Cllr A Bell – Northby, Cllr C Dunn – Westby', 'Cllr E Fox – Southby', false],
    ['Cllr A Bell – Northby, Cllr C Dunn – Westby.', 'Harbour', false],
    ['Cllr A Bell – Northby', 'Ann Smith – Eastby', false],
  ])('"%s" over "%s" is one run-in list wrapped: %s', (above, line, yes) => expect(runsOnTitledList(above, line)).toBe(yes));

  it.each([
    ['J Ode – Eastby Community and Voluntary Service', true],
    ['Cllr A Bell (Chair) – Northby and Eastby', true],
    ['Sergeant C Dunn – Northby Policing Team', true],
    ['Cllr A Bell – Cllr C Dunn', false],
    ['Northby and Eastby', false],
  ])('"%s" is one person with a note after a dash: %s', (text, yes) => expect(personDashNote(text)).toBe(yes));

  it.each([
    ['Agreed', true],
    ['Resolved', true],
    ['Decided', true],
    ['agreed', false],
    ['Agreed by all', false],
  ])('"%s" alone heads a box of what was decided: %s', (text, yes) => expect(RESOLUTION_LEADS.some((re) => re.test(text))).toBe(yes));

  it.each([
    ['change facility', true],
    ['water harvesting tank', true],
    ['n/a', false],
    ['Management Committee', false],
    ['£1,200.00', false],
  ])('"%s" goes on with the table cell above it: %s', (text, yes) => expect(TABLE_CELL_GOES_ON.test(text)).toBe(yes));

  it('reads the heading box, the attendance groups, the decisions and the table with its first column wrapped', () => {
    const r = extractPack(Buffer.from(pack), 'fernhollow-westmere-forum.txt');
    expect(r.minutes).toHaveLength(1);
    const m = r.minutes[0];
    expect(m?.body).toBe('Westmere Community Forum');
    expect(m?.date).toBe('2033-03-09');
    expect(m?.time).toBe('19:00');
    expect(m?.endedAt).toBe('21:05');
    expect(m?.venue).toBe("St Aidan's Parish Rooms, Mill Lane, Westmere");
    expect(m?.present.map((p) => p.replace(/\s+–.*$/, ''))).toEqual(['Cllr Imogen Tarrant', 'Cllr Barnaby Sloe', 'Cllr Petra Lund', 'Cllr Owen Marsh', 'Cllr Grace Whitlow']);
    expect(m?.present[2]).toBe('Cllr Petra Lund – Millbrook and Cley');
    expect(m?.otherMembersPresent).toEqual(['Cllr Dominic Ashe – Cabinet Member for Communities']);
    expect(m?.inAttendance).toEqual([
      'Sergeant Carys Bell – Fernhollow Neighbourhood Policing Team',
      'Lena Hart – Westmere Housing and Support Trust',
      'Rhys Pendle – Committee Services Officer',
    ]);
    expect(m?.apologies).toEqual(['Cllr Nathan Reed – Quayside', 'Mo Okoro – Westmere Youth and Community Network']);
    const everyone = [...(m?.present ?? []), ...(m?.apologies ?? []), ...(m?.inAttendance ?? []), ...(m?.otherMembersPresent ?? [])];
    expect(everyone.some((x) => /public|approximately|^partner/i.test(x))).toBe(false);
    const res = Object.fromEntries((m?.items ?? []).map((i) => [i.minute, i.resolutions]));
    expect(res['12']).toEqual(['To approve the minutes of the meeting held on Thursday 8 December 2032 as a correct record.']);
    expect(res['13']).toEqual(['To install a dropped kerb on Mill Lane at a cost of £1,800.', 'To close task 212 as completed.']);
    const text = m?.items.find((i) => i.minute === '13')?.text ?? '';
    expect(text).toContain("Millbrook Allotment Holders' Association | Raised beds and a rain-water harvesting tank");
  });
});

describe('a record of decisions converted from Word by pandoc: a preamble and a label table over the attendance, item tables, a footer wrapped before its page number (invented: Ashcombe Borough Council)', () => {
  const pack = [
    'OFFICIAL',
    '',
    'ASHCOMBE BOROUGH COUNCIL',
    '',
    'Executive – Schedule of Decisions',
    '',
    'This schedule is issued under the Access to Information Procedure Rules',
    'of the Constitution. It lists the decisions the Executive took and is',
    'not the minutes of the meeting, which a later meeting will approve.',
    '',
    '  -----------------------------------------------------------------------',
    '  Summary',
    '  ----------------------------------- -----------------------------------',
    '  Meeting                             Executive',
    '',
    '  Date                                Tuesday 4 March 2031',
    '',
    '  Time                                6.30 pm',
    '',
    '  Venue                               Committee Room 1, Civic Centre,',
    '                                      Harbour Road, Ashcombe',
    '',
    '  Publication date                    Thursday 6 March 2031',
    '',
    '  Call-in expires                     5.00 pm on Thursday 13 March 2031',
    '  -----------------------------------------------------------------------',
    '',
    'Attendance',
    '',
    'Executive members present:',
    '',
    '  -----------------------------------------------------------------------',
    '  Member                              Portfolio',
    '  ----------------------------------- -----------------------------------',
    '  Councillor Ruth Allard              Leader; Regeneration &',
    '  (Chair)                             Economy',
    '',
    '  Councillor Tom Beckley              Housing and Planning',
    '',
    '  Councillor Priya Sandhu             Environment',
    '  -----------------------------------------------------------------------',
    '',
    'Apologies for absence: Councillor Nia Coulter.',
    '',
    'Also present: Councillor Owen Dace (Leader of the Opposition).',
    '',
    'EX/31/12 Garden Waste Charges 2031/32',
    '',
    '  -----------------------------------------------------------------------',
    '  Item no.          Lead member       Key decision      Report of',
    '  ----------------- ----------------- ----------------- -----------------',
    '  7                 Councillor Tom    No                Head of',
    '                    Beckley, Housing                    Environment',
    '                    and Planning',
    '',
    '  -----------------------------------------------------------------------',
    '',
    'Decisions taken',
    '',
    'That the annual charge for the garden waste service be set at £52 from',
    '1 April 2031.',
    '',
    'Conflicts of interest declared',
    '',
    'None.',
    '',
    'Ashcombe Borough Council – Executive Schedule of Decisions – 4 March 2031 –',
    'Page 1 of 2',
    '',
    'EX/31/13 Harbour Road Car Park',
    '',
    '  -----------------------------------------------------------------------',
    '  Item no.          Lead member       Key decision      Report of',
    '  ----------------- ----------------- ----------------- -----------------',
    '  8                 Councillor Ruth   Yes               Head of',
    '                    Allard                              Regeneration',
    '',
    '  -----------------------------------------------------------------------',
    '',
    'Decisions taken',
    '',
    '1.  That the car park be let to the preferred operator for ten years.',
    '2.  That the Head of Regeneration be authorised to sign the lease.',
    '',
    'Conflicts of interest declared',
    '',
    'None.',
    '',
    'Ashcombe Borough Council – Executive Schedule of Decisions – 4 March 2031 –',
    'Page 2 of 2',
    '',
    'OFFICIAL',
  ].join('\n');

  it.each([
    ['Decision made', true],
    ['Decisions taken', true],
    ['DECISION MADE', true],
    ['Decision made by the Leader', false],
  ])('"%s" is a decision block over an item\'s decision: %s', (text, yes) => expect(DECISION_BLOCK.test(text)).toBe(yes));

  it.each([
    ['Decisions taken', true],
    ['Decision made', true],
    ['Decisions taken elsewhere were noted', false],
  ])('"%s" alone leads what was decided: %s', (text, yes) => expect(RESOLUTION_LEADS.some((re) => re.test(text))).toBe(yes));

  it.each([
    ['Leader of the Opposition', true],
    ['Deputy Leader of the Main Opposition', true],
    ['Cabinet Member for Housing', false],
  ])('"%s" after another member\'s name says what brought them: %s', (text, yes) => expect(MEETING_ROLE_NOTE.test(text)).toBe(yes));

  it.each([
    ['Northby Council – Planning Committee – 3 May 2031 –', true],
    ['Northby Council | Planning Committee |', true],
    ['The grant was approved – unanimously', false],
  ])('"%s" over a page number is a footer wrapped before it: %s', (text, yes) => expect(FOOTER_WRAP_END.test(text)).toBe(yes));

  it("reads the meeting from the label table under the preamble, the items with their table's item numbers and what each decided", () => {
    const r = extractPack(Buffer.from(pack), 'ashcombe-executive-decisions.txt');
    expect(r.minutes).toHaveLength(1);
    const m = r.minutes[0];
    expect(m?.body).toBe('Executive');
    expect(m?.date).toBe('2031-03-04');
    expect(m?.time).toBe('18:30');
    expect(m?.venue).toBe('Committee Room 1, Civic Centre, Harbour Road, Ashcombe');
    expect(m?.present).toEqual(['Councillor Ruth Allard', 'Councillor Tom Beckley', 'Councillor Priya Sandhu']);
    expect(m?.apologies).toEqual(['Councillor Nia Coulter']);
    expect(m?.otherMembersPresent).toEqual(['Councillor Owen Dace']);
    expect(m?.items.map((i) => [i.minute, i.agendaItem, i.title])).toEqual([
      ['EX/31/12', '7', 'Garden Waste Charges 2031/32'],
      ['EX/31/13', '8', 'Harbour Road Car Park'],
    ]);
    expect(m?.items[0]?.resolutions).toEqual(['That the annual charge for the garden waste service be set at £52 from 1 April 2031.']);
    expect(m?.items[1]?.resolutions).toEqual([
      'That the car park be let to the preferred operator for ten years.',
      'That the Head of Regeneration be authorised to sign the lease.',
    ]);
    expect(m?.items.some((i) => /Schedule of Decisions/.test(i.text))).toBe(false);
  });
});

describe('a joint board of two councils: membership grid under council headings, a letter signed for a host council, procedural item under Part II, present rows by council, an indented sign-off header', () => {
  const pack = [
    '  Saltmere                                                       Orwick',
    '  Borough Council                                                City Council',
    '',
    '',
    '',
    '',
    'Saltmere and Orwick Joint Coroners Board',
    'Agenda',
    '',
    '',
    ' Date:                       Tuesday, 8 March 2033',
    ' Time:                       2.00 pm',
    ' Venue:                      Board Room, Orwick Guildhall, Castle Square, Orwick, OW3 4JD',
    ' Date of publication:        Friday, 25 February 2033',
    '',
    '',
    'Enquiries to: Petra Quell, Committee Clerk',
    'Telephone: 01632 960777         Email: petra.quell@orwick.gov.uk',
    '',
    '',
    '',
    '',
    '                                                        Page 1',
    ' Orwick City Council                                            Please ask for: Petra Quell',
    ' Governance Services                                            Direct line: 01632 960777',
    ' Orwick Guildhall                                               Date: 25 February 2033',
    '',
    'To: The Members of the Saltmere and Orwick Joint Coroners Board',
    'Dear Member,',
    'You are summoned to attend a meeting of the Saltmere and Orwick Joint Coroners Board',
    'to be held in the Board Room, Orwick Guildhall, Castle Square, Orwick on Tuesday, 8 March 2033',
    'at 2.00 pm for the transaction of the business set out in the agenda below.',
    'Yours faithfully,',
    '',
    'Bernard Ashworth-Lyle',
    'Secretary to the Joint Board and Head of Legal Services, Orwick City Council',
    '',
    'Membership',
    ' Saltmere Borough Council                                 Orwick City Council',
    ' Councillor Ruth Tenby (Chair)                            Councillor Simon Okafor (Vice-Chair)',
    '',
    ' Councillor Alan Pryce                                    Councillor Jade Winslow-Kerr',
    ' Councillor Beatrice Lomax                                Councillor Conrad Faye',
    '',
    'Quorum: two Members from each constituent council.',
    '',
    '',
    '',
    '',
    '                                                       Page 2',
    'AGENDA',
    'Part I – Business to be taken in public',
    ' No.      Subject                                                                                           Pages',
    ' 1.       Apologies and Substitutions',
    ' 2.       Declarations of Interest',
    ' 3.       Minutes                                                                                             3-4',
    '          To approve the minutes of the meeting held on 7 December 2032.',
    ' 4.       Coroners Service Budget 2033/34                                                                   5 - 6',
    '          Report of the Senior Coroner',
    ' 5.       Exclusion of the Public',
    '          To resolve that the public be excluded from the meeting for the following item on the',
    '          grounds that it involves the likely disclosure of exempt information as defined in',
    '          paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    '',
    'Part II – Business likely to be taken in private',
    ' 6.       Staffing Review of the Coroners Officers Team',
    '          Not for publication by virtue of paragraph 1 of Part 1 of Schedule 12A to the Local',
    '          Government Act 1972.',
    ' 7.       Dates of Future Meetings',
    '          Wednesday, 14 June 2033 at 2.00 pm at Saltmere Town Hall, Market Place, Saltmere.',
    '',
    '',
    '',
    '',
    '                                                        Page 3',
    '                                                                                            Agenda Item 3',
    '',
    'SALTMERE AND ORWICK JOINT CORONERS BOARD',
    '      Minutes of the meeting held at Saltmere Town Hall, Market Place, Saltmere',
    '                                  on Tuesday, 7 December 2032 at 2.00 pm',
    '',
    'Present:               Saltmere Borough Council',
    '                       Councillors R Tenby (Chair), A Pryce and B Lomax',
    '                       Orwick City Council',
    '                       Councillors S Okafor (Vice-Chair) and C Faye',
    'Apologies:             Councillor J Winslow-Kerr',
    'Officers:              Hannah Greaves (Senior Coroner) and Petra Quell (Committee Clerk)',
    '',
    '12.         APOLOGIES AND SUBSTITUTIONS',
    '            Apologies were received from Councillor Winslow-Kerr.',
    '13.         MINUTES',
    '            RESOLVED: That the minutes of the meeting held on 14 September 2032 be approved.',
    '',
    'The meeting closed at 3.10 pm.',
    '',
    '',
    '',
    '',
    '                                                          Page 4',
    '                                                                                        Agenda Item 4',
    'SALTMERE AND ORWICK JOINT CORONERS BOARD',
    '8 March 2033',
    '',
    ' Subject             Coroners Service Budget 2033/34',
    ' Report of           Hannah Greaves, Senior Coroner',
    ' Author              Petra Quell, Committee Clerk',
    ' Purpose             To agree the budget of the coroners service for 2033/34.',
    ' Recommendations     That the Board approves the budget in Appendix 1.',
    '',
    '1. Background',
    '1.1 The service is shared by both councils under a joint agreement.',
    '',
    '2. Officer clearance',
    '                              Post                                        Name              Date agreed',
    ' Chief Finance Officer, Saltmere Borough Council                   Yusuf Marr              14 February 2033',
    '',
    ' Head of Legal Services                                            Bernard Ashworth-Lyle   16 February 2033',
    '',
    '3. Appendices',
    'Appendix 1 – Budget 2033/34',
    '',
    '',
    '',
    '',
    '                                                          Page 5',
  ].join('\n');

  it.each([
    ['Wednesday, 14 June 2033 at 2.00 pm at the Town Hall.', true],
    ['Monday 3rd April 2034, Council Chamber', true],
    ['Wednesday briefing for Members', false],
    ['Report of the Director, 14 June 2033', false],
  ])('"%s" under a finished title is when and where, the item\'s note: %s', (text, yes) => expect(AGENDA_DATE_NOTE.test(text)).toBe(yes));

  it.each([
    ['Dates of Future Meetings', true],
    ['Date and Time of Next Meeting', true],
    ['Close of Meeting', true],
    ['Staffing Review of the Coroners Officers Team', false],
    ['Future Meetings Accommodation Contract', false],
  ])('"%s" is procedure, never exempt business: %s', (text, yes) => expect(PROCEDURAL_ITEM.test(text)).toBe(yes));

  it.each([
    ['Secretary to the Joint Board, Orwick City Council', 'Secretary to the Joint Board'],
    ['Clerk and Proper Officer, Eastmere Fire Authority', 'Clerk and Proper Officer'],
    ['Head of Legal Services', 'Head of Legal Services'],
  ])('"%s" is the post "%s" and the body served', (text, post) => expect(text.replace(POST_BODY_TAIL, '')).toBe(post));

  it('reads the members, the signer, the agenda, the present rows and the sign-offs', () => {
    const r = extractPack(Buffer.from(pack), 'saltmere-orwick-joint-board.txt');
    const m = r.meeting;
    if (m === null) throw new Error('no meeting read');
    expect(m.issuedBy).toBe('Bernard Ashworth-Lyle');
    expect(m.issuedOn).toBe('2033-02-25');
    expect(m.members).toEqual([
      { name: 'Councillor Ruth Tenby', role: 'Chair' },
      { name: 'Councillor Alan Pryce', role: null },
      { name: 'Councillor Beatrice Lomax', role: null },
      { name: 'Councillor Simon Okafor', role: 'Vice-Chair' },
      { name: 'Councillor Jade Winslow-Kerr', role: null },
      { name: 'Councillor Conrad Faye', role: null },
    ]);
    expect(m.agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(m.agenda.filter((a) => a.exempt).map((a) => a.number)).toEqual(['6']);
    const last = m.agenda[6];
    expect(last?.title).toBe('Dates of Future Meetings');
    expect(last?.note).toContain('14 June 2033');
    expect(r.minutes[0]?.present).toEqual(['R Tenby', 'A Pryce', 'B Lomax', 'S Okafor', 'C Faye']);
    expect(r.reports[0]?.signOffs.map((s) => [s.role, s.name, s.date])).toEqual([
      ['Chief Finance Officer, Saltmere Borough Council', 'Yusuf Marr', '2033-02-14'],
      ['Head of Legal Services', 'Bernard Ashworth-Lyle', '2033-02-16'],
    ]);
  });
});

describe('a front sheet saved from a word processor as a web page: table cells of several paragraphs', () => {
  const cell = (...paras: string[]): string => `<td valign=top>\n${paras.map((p) => `<p class=MsoNormal>${p}</p>`).join('\n')}\n</td>`;
  const row = (...cells: string[]): string => `<tr>\n${cells.join('\n')}\n</tr>`;
  const html = [
    '<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><title>Agenda</title></head><body>',
    '<p class=MsoNormal align=center><b>KELBRIDGE BOROUGH COUNCIL</b></p>',
    '<p class=MsoHeading1 align=center>Licensing and Appeals Committee</p>',
    '<p class=MsoNormal align=center><b>AGENDA</b></p>',
    '<table class=MsoTableGrid border=1>',
    row(cell('<b>Date:</b>'), cell('Thursday, 9&nbsp;October 2031')),
    row(cell('<b>Time:</b>'), cell('10.00&nbsp;am')),
    row(cell('<b>Venue:</b>'), cell('Room 3, Kelbridge Guildhall,', 'Abbey Lane, Kelbridge KB4 9QT')),
    row(
      cell('<b>Contact:</b>'),
      cell(
        'Ifeoma Castellane, Committee Officer',
        'Tel: 01632 961207 &nbsp;|&nbsp; Email: <a href="mailto:ifeoma.castellane@kelbridge.gov.uk">ifeoma.castellane@kelbridge.gov.uk</a>',
      ),
    ),
    '</table>',
    '<p class=MsoNormal>Dear Member,</p>',
    '<p class=MsoNormal>You are invited to attend a meeting of the Licensing and Appeals Committee to consider the business below.</p>',
    '<p class=MsoNormal style="margin-bottom:0cm"><b>Desmond Arkwright-Vale</b></p>',
    '<p class=MsoNormal style="margin-bottom:0cm">Monitoring Officer</p>',
    '<p class=MsoNormal>Published: Wednesday, 1&nbsp;October 2031</p>',
    '<p class=MsoHeading1>Membership</p>',
    '<p class=MsoNormal>Councillor Fenella Quist (Chair)<br>Councillor Osric Delamere<br>Councillor Hattie Brunswick</p>',
    '<p class=MsoHeading1>Agenda</p>',
    '<table class=MsoTableGrid border=0>',
    row(cell('<b>No.</b>'), cell('<b>Item</b>'), cell('<b>Presenter</b>'), cell('<b>Pages</b>')),
    row(cell('1.'), cell('<b>Apologies for Absence</b>'), cell('Chair'), cell('&ndash;')),
    row(cell('2.'), cell('<b>Minutes</b>', '<span style="font-size:10pt">To confirm the minutes of 4 September 2031.</span>'), cell('Chair'), cell('3&nbsp;&ndash;&nbsp;8')),
    row(cell('3.'), cell('<b>Street Trading Consent Fees 2032/33</b>'), cell('Lorcan Pettigrew, Licensing Manager'), cell('9&nbsp;&ndash;&nbsp;20')),
    row(
      cell('4.'),
      cell('<b>Taxi Licensing Policy Review</b>', '<span style="font-size:10pt">Consultation responses attached.</span>'),
      cell('Lorcan Pettigrew'),
      cell('21&nbsp;&ndash;&nbsp;44'),
    ),
    '</table>',
    '<p class=MsoHeading1>Notes</p>',
    '<p class=MsoNormal>The meeting is open to the public and may be recorded.</p>',
    '</body></html>',
  ].join('\n');

  it.each([
    ['You are invited to attend a meeting of the Planning Committee.', true],
    ['Members are requested to attend the meeting of the Cabinet.', true],
    ['You are hereby summoned to attend.', true],
    ['Members of the public are welcome at the meeting.', false],
  ])('"%s" summons by letter: %s', (text, yes) => expect(SUMMONS_LETTER.test(text)).toBe(yes));

  it('reads the venue and the contact across the paragraphs of their cells', () => {
    const m = extractPack(Buffer.from(html), 'kelbridge-licensing.html').meeting;
    expect(m).toMatchObject({ body: 'Licensing and Appeals Committee', date: '2031-10-09', time: '10:00' });
    expect(m?.venue).toBe('Room 3, Kelbridge Guildhall, Abbey Lane, Kelbridge KB4 9QT');
    expect(m?.contacts).toEqual([{ name: 'Ifeoma Castellane', phone: '01632 961207', email: 'ifeoma.castellane@kelbridge.gov.uk' }]);
  });

  it('reads the signer set as two paragraphs under the letter inviting members', () => {
    const m = extractPack(Buffer.from(html), 'kelbridge-licensing.html').meeting;
    expect(m?.issuedBy).toBe('Desmond Arkwright-Vale');
    expect(m?.issuedOn).toBe('2031-10-01');
  });

  it('reads the Pages column at the end of each row, a lone dash as none, and no note past the table', () => {
    const agenda = extractPack(Buffer.from(html), 'kelbridge-licensing.html').meeting?.agenda ?? [];
    expect(agenda.map((a) => [a.number, a.title, a.pages])).toEqual([
      ['1', 'Apologies for Absence', null],
      ['2', 'Minutes', { from: 3, to: 8 }],
      ['3', 'Street Trading Consent Fees 2032/33', { from: 9, to: 20 }],
      ['4', 'Taxi Licensing Policy Review', { from: 21, to: 44 }],
    ]);
    expect(agenda[1]?.note).toBe('To confirm the minutes of 4 September 2031. Chair');
    expect(agenda[3]?.note).toBe('Consultation responses attached. Lorcan Pettigrew');
  });
});
describe("a joint committee's minutes page: the record's file linked under its heading, an attendance table by appointing council with in-person, remote, apologies and substitute cells (invented: Kestrelmoor and Pennant Vale Joint Waste Committee)", () => {
  const html = `<!DOCTYPE html><html lang="en-GB"><head><title>Joint Waste Committee – minutes</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/committees/">Committees</a></li></ul></nav>
<main>
<h1>Joint Waste Committee</h1>
<p>Minutes of the meeting held on Thursday 6 July 2034</p>
<dl><dt>Time</dt><dd>10.30 am</dd><dt>Venue</dt><dd>Council Chamber, Pennant House, Mill Lane, Kestrelmoor</dd></dl>
<p><a href="/files/jwc-2034-07-06.pdf">Download these minutes (PDF, 96 KB)</a></p>
<h2>Attendance</h2>
<table>
<thead><tr><th>Member</th><th>Appointing authority</th><th>Attendance</th></tr></thead>
<tbody>
<tr><td>Councillor Oona Featherstone (Chair)</td><td>Kestrelmoor District Council</td><td>In person</td></tr>
<tr><td>Councillor Declan Marsh-Ibbott</td><td>Kestrelmoor District Council</td><td>Remote</td></tr>
<tr><td>Councillor Wendy Tarrant</td><td>Pennant Vale Borough Council</td><td>Apologies</td></tr>
<tr><td>Councillor Felix Ombasa</td><td>Pennant Vale Borough Council</td><td>Substitute for Councillor Wendy Tarrant</td></tr>
</tbody></table>
<h2>Minutes</h2>
<h3>JW/34/08 Apologies and substitutions</h3>
<p>Apologies were received from Councillor Wendy Tarrant, for whom Councillor Felix Ombasa attended as substitute.</p>
<h3>JW/34/09 Recycling Credits 2034/35</h3>
<p><strong>Resolved:</strong></p>
<ol><li>That the recycling credit rates for 2034/35 be approved.</li></ol>
<p>The meeting closed at 11.40 am.</p>
</main></body></html>`;

  it.each([
    ['In person', 'present'],
    ['Remote', 'present'],
    ['Substitute for Councillor Wendy Tarrant', 'present'],
    ['Substituting for Cllr A Bell', 'present'],
    ['Apologies', 'apologies'],
    ['Personally liable', undefined],
  ])('an attendance cell "%s" places the member in %s', (cell, kind) => expect(ATTENDANCE_STATUSES.find((s) => s.pattern.test(cell))?.kind).toBe(kind));

  it.each([
    ['Constituent council', 'role'],
    ['Appointing authority', 'role'],
    ['Council', 'role'],
    ['Attendance', 'status'],
    ['Council tax band', undefined],
  ])('a register header "%s" is its %s column', (cell, column) => expect(ATTENDANCE_REGISTER_COLUMNS.find((c) => c.pattern.test(cell))?.column).toBe(column));

  it('names the committee from the heading over the record, not the file link, and reads the table into present and apologies', () => {
    const r = extractPack(Buffer.from(html), 'joint-waste-minutes.html');
    expect(r.minutes).toHaveLength(1);
    const m = r.minutes[0];
    expect(m).toMatchObject({ body: 'Joint Waste Committee', date: '2034-07-06', time: '10:30', endedAt: '11:40' });
    expect(m?.present).toEqual(['Councillor Oona Featherstone', 'Councillor Declan Marsh-Ibbott', 'Councillor Felix Ombasa']);
    expect(m?.apologies).toEqual(['Councillor Wendy Tarrant']);
    expect(m?.items.map((i) => [i.minute, i.resolutions.length])).toEqual([
      ['JW/34/08', 0],
      ['JW/34/09', 1],
    ]);
  });
});
describe('an agenda supplement written as a letter: late items under the main agenda\'s numbers, an addressee before the "To:" list, a long post under the valediction, a key decision\'s reference in its answer (invented: Quenby Vale Borough Council)', () => {
  const pack = [
    'Quenby Vale Borough Council                                                 Executive – Supplementary Agenda 2',
    '',
    '                                                                                      Member Services',
    'Quenby Vale                                                                            Wendlow Hall',
    'Borough Council                                                                         Wendlow QV2 5LT',
    'Please ask for:           Imogen Tasker-Ruiz, Committee Officer',
    'Direct line:              01632 970215',
    'Email:                    imogen.tasker-ruiz@quenbyvale.gov.uk',
    'Our ref:                  MS/EX/33/6',
    'Date:                     14 June 2033',
    '',
    'To: The Chair and Members of the Executive – Councillors Alun Fenwick-Dray (Chair), Mira Castellan',
    '(Vice-Chair), Owain Trebarrow and Beatrix Hollingsworth',
    '',
    'Copies to: all other Members of the Council (for information)',
    '',
    'Dear Councillor,',
    '',
    'EXECUTIVE – SUPPLEMENTARY AGENDA 2',
    'Date and time:            Tuesday, 21 June 2033 at 7.00 pm',
    'Venue:                    Committee Room 1, Wendlow Hall, Wendlow QV2 5LT',
    '',
    'Further to the agenda for the above meeting, I enclose the papers listed below, which could not be sent with it',
    'and which the Chair has agreed should be taken as urgent. The item numbers are those of the agenda as',
    'published.',
    '',
    ' Item        Subject                                                                             Pages',
    '',
    ' 4.          Revenue Budget Monitoring – Quarter 4                                               7',
    '             Replacement page 7 (Table 1 – Service Variances). Please destroy the page',
    '             sent with the agenda.',
    '',
    ' 9.          Wendlow Market Hall – Award of Contract for Roof and Glazing                        31 - 36',
    '             Works',
    '             Report of the Director of Communities. Key decision.',
    '',
    ' 10.         Wendlow Market Hall – Appendix 2 (Tender Evaluation)                                Members',
    '                                                                                                 only',
    '             Exempt – paragraph 3 of Part 1 of Schedule 12A to the Local Government Act',
    '             1972.',
    '',
    'Yours sincerely,',
    '',
    '',
    'Gareth Pollexfen',
    'Director of Governance, Legal Services and Monitoring Officer',
    '',
    '',
    'Executive – 21 June 2033 – Supplementary Agenda 2',
    '\fQuenby Vale Borough Council                                                              Agenda Item 9',
    '',
    '                                QUENBY VALE BOROUGH COUNCIL',
    '',
    ' Report to                          Executive',
    '',
    ' Date of meeting                    21 June 2033',
    '',
    ' Report title                       Wendlow Market Hall – Award of Contract for Roof and',
    '                                    Glazing Works',
    '',
    ' Report of                          Delphine Arkwright, Director of Communities',
    '',
    ' Key decision                       Yes – reference EX/33/014',
    '',
    ' Contact officer                    Rhodri Mansell, Project Manager',
    '',
    '1. Purpose of the report',
    '',
    '1.1 To award the contract for the roof and glazing works at Wendlow Market Hall.',
    '',
    '2. Recommendations',
    '',
    'That the Executive:',
    '',
    '    2.1 awards the contract to the highest scoring tenderer named in Appendix 2; and',
    '',
    '    2.2 delegates authority to the Director of Communities to sign the contract.',
    '',
    '3. Background',
    '',
    '3.1 The hall roof leaks and the glazing is single-paned.',
    '',
    '',
    'Executive – 21 June 2033 – Supplementary Agenda 2                                              Page 31',
    '',
  ].join('\n');

  it.each([
    ['EXECUTIVE – SUPPLEMENTARY AGENDA 2', true],
    ['Cabinet – Agenda Supplement No. 1', true],
    ['Supplement to the agenda', true],
    ['Supplementary planning guidance on shopfronts', false],
    ['Late night levy review', false],
  ])('"%s" names a supplement to the agenda: %s', (text, yes) => expect(AGENDA_SUPPLEMENT.test(text)).toBe(yes));

  it.each([
    ['EXECUTIVE – SUPPLEMENTARY AGENDA 2', 'EXECUTIVE'],
    ['Licensing Committee – Agenda Supplement No. 3', 'Licensing Committee'],
    ['Scrutiny Board: Supplement', 'Scrutiny Board'],
    ['Supplementary Agenda', 'Supplementary Agenda'],
  ])('"%s" is the body "%s" and the paper', (text, body) => expect(text.replace(SUPPLEMENT_SUFFIX, '')).toBe(body));

  it.each([
    ['The Chair and Members of the Executive – Councillors A Bell (Chair), C Dunn', 'A Bell (Chair), C Dunn'],
    ['The Leader and Members of the Cabinet – Cllr A Bell, Cllr C Dunn', 'Cllr A Bell, Cllr C Dunn'],
    ['Councillors A Bell (Chair) and C Dunn', 'Councillors A Bell (Chair) and C Dunn'],
  ])('the "To:" line "%s" lists "%s"', (text, list) => expect(text.replace(MEMBERSHIP_ADDRESSEE, '')).toBe(list));

  it.each([
    ['Yes – reference EX/33/014', 'EX/33/014'],
    ['Yes (ref. FP/2033/7)', 'FP/2033/7'],
    ['Yes', undefined],
  ])('the key decision answer "%s" names the reference %s', (text, ref) => expect(KEY_DECISION_ANSWER_REF.exec(text)?.[1]).toBe(ref));

  it('reads the body, the letter, the addressed members, and the late items with their gaps, pages and exemption', () => {
    const r = extractPack(Buffer.from(pack), 'quenby-vale-executive-supplement.txt');
    const m = r.meeting;
    if (m === null) throw new Error('no meeting read');
    expect(m).toMatchObject({ body: 'EXECUTIVE', date: '2033-06-21', time: '19:00', issuedBy: 'Gareth Pollexfen', issuedOn: '2033-06-14' });
    expect(m.venue).toBe('Committee Room 1, Wendlow Hall, Wendlow QV2 5LT');
    expect(m.members).toEqual([
      { name: 'Alun Fenwick-Dray', role: 'Chair' },
      { name: 'Mira Castellan', role: 'Vice-Chair' },
      { name: 'Owain Trebarrow', role: null },
      { name: 'Beatrix Hollingsworth', role: null },
    ]);
    expect(m.agenda.map((a) => [a.number, a.title, a.pages, a.exempt])).toEqual([
      ['4', 'Revenue Budget Monitoring – Quarter 4', { from: 7, to: 7 }, false],
      ['9', 'Wendlow Market Hall – Award of Contract for Roof and Glazing Works', { from: 31, to: 36 }, false],
      ['10', 'Wendlow Market Hall – Appendix 2 (Tender Evaluation)', null, true],
    ]);
    expect(m.agenda[0]?.note).toContain('Replacement page 7');
    const rep = r.reports[0];
    expect(r.reports).toHaveLength(1);
    expect(rep).toMatchObject({ title: 'Wendlow Market Hall – Award of Contract for Roof and Glazing Works', forwardPlanRef: 'EX/33/014', agendaItem: '9' });
    expect(rep?.recommendations).toHaveLength(2);
  });
});
describe('a Welsh county borough committee minuted with each heading and label stacked, Welsh over English', () => {
  // Invented: Glanhafren County Borough Council's Development Control Committee. The title block prints each line
  // twice, Welsh first ("COFNODION" over "MINUTES"); the attendance is a label column whose labels are stacked the
  // same way ("Ymddiheuriadau:" over "Apologies:", one wrapped over two lines), the English label beside the second
  // line of names; officers are "Name – Welsh post / English post" wrapped; counts of the public are in both
  // languages; each application sits under its number alone, its label table stacked too.
  const pack = [
    '                                CYNGOR BWRDEISTREF SIROL GLANHAFREN',
    '                                GLANHAFREN COUNTY BOROUGH COUNCIL',
    '                                   PWYLLGOR RHEOLI DATBLYGU',
    '                                 DEVELOPMENT CONTROL COMMITTEE',
    '                                          COFNODION',
    '                                           MINUTES',
    '                            Dydd Iau, 9 Hydref 2031 am 2.00 y.p.',
    '                             Thursday, 9 October 2031 at 2.00 pm',
    '                       Ystafell Bwyllgor 2, Canolfan Ddinesig, Trefaelog CF91 4AA',
    '                       Committee Room 2, Civic Centre, Trefaelog CF91 4AA',
    '',
    ' Yn bresennol:                       Councillor Olwen Breconfa (Cadeirydd / Chair)',
    ' Present:                            Councillors Rhys Garthmor, Ffion Llwydcoed and Hywel',
    '                                     Penybryn',
    ' Aelodau eraill yn                   Councillor Tomos Cilfynydd (Aelod Lleol / Local Member)',
    ' bresennol:',
    ' Other Members present:',
    ' Ymddiheuriadau:                     Councillor Menna Waunfawr',
    ' Apologies:',
    ' Swyddogion yn bresennol:            Iolo Rhydlafar – Rheolwr Cynllunio / Planning',
    ' Officers in attendance:             Manager',
    '                                     Sioned Caerau – Swyddog Cyfreithiol / Legal Officer',
    ' Hefyd yn bresennol:                 4 aelod o’r cyhoedd / 4 members of the public',
    ' Also in attendance:',
    '',
    ' 40.      DATGAN BUDDIANT',
    '          DECLARATIONS OF INTEREST',
    '          No declarations of interest were made.',
    ' 41.      CEISIADAU CYNLLUNIO',
    '          PLANNING APPLICATIONS',
    '          The Committee considered the applications below.',
    ' 41.1',
    '            Rhif y Cais:             P/31/0412/FUL',
    '            Application No:',
    '            Safle:                   Hen Ysgol, Heol y Capel, Trefaelog',
    '            Site:',
    '            Cynnig:                  Conversion of the former school to eight flats with',
    '            Proposal:                parking to the rear',
    '          RESOLVED – that planning permission be GRANTED subject to conditions.',
    ' 41.2',
    '            Rhif y Cais:             P/31/0460/OUT',
    '            Application No:',
    '            Safle:                   Tir ger Fferm Ddu, Trefaelog',
    '            Site:',
    '            Cynnig:                  Outline application for four dwellings',
    '            Proposal:',
    '          RESOLVED – that outline planning permission be REFUSED.',
    '',
    'The meeting closed at 3.15 pm.',
  ].join('\n');

  it('reads the English half of the stacked title and the stacked labels, wrapped posts and values joined', () => {
    const r = extractPack(Buffer.from(pack), 'glanhafren-development-control-2031-10-09.txt');
    const m = r.minutes[0];
    if (m === undefined) throw new Error('no minutes read');
    expect(r.reports).toEqual([]);
    expect(m.date).toBe('2031-10-09');
    expect(m.time).toBe('14:00');
    expect(m.body).toBe('DEVELOPMENT CONTROL COMMITTEE');
    expect(m.venue).toBe('Committee Room 2, Civic Centre, Trefaelog CF91 4AA');
    expect(m.present).toEqual(['Councillor Olwen Breconfa (Cadeirydd / Chair)', 'Rhys Garthmor', 'Ffion Llwydcoed', 'Hywel Penybryn']);
    expect(m.otherMembersPresent).toHaveLength(1);
    expect(m.otherMembersPresent[0]).toContain('Tomos Cilfynydd');
    expect(m.apologies).toEqual(['Councillor Menna Waunfawr']);
    expect(m.inAttendance).toEqual(['Iolo Rhydlafar – Rheolwr Cynllunio / Planning Manager', 'Sioned Caerau – Swyddog Cyfreithiol / Legal Officer']);
    const item = m.items.find((i) => i.minute === '41');
    expect(item?.title).toContain('PLANNING APPLICATIONS');
    expect(item?.text).toContain('Proposal: Conversion of the former school to eight flats with\nparking to the rear');
    expect(item?.resolutions).toEqual(['that planning permission be GRANTED subject to conditions.', 'that outline planning permission be REFUSED.']);
  });

  it('takes a stacked title only when each pair is a translation (the same figures in both lines)', () => {
    const english = [
      'NORTHBY TOWN COUNCIL',
      'MINUTES',
      'Monday 3 May 2032 at 7.00 pm',
      'Town Hall, Northby NB1 2AA',
      '',
      'Present: Councillor A Bell',
      '',
      '1. APOLOGIES',
      'None.',
    ].join('\n');
    const m = extractPack(Buffer.from(english), 'northby.txt').minutes[0];
    expect(m?.date).toBe('2032-05-03');
    expect(m?.venue).toContain('Town Hall');
  });
});
describe("a joint committee's minutes saved as Word text: an address letterhead, a two-column Present table under group headings, officers in TAB rows", () => {
  // Invented: a crematorium joint committee of two councils. Letterhead (name, an address ending in its postcode, contact
  // lines) over "MINUTES OF A MEETING OF THE JOINT COMMITTEE"; Present as a Word table exported a row a line, its
  // columns' group headings in the first row and the shorter column's last cell empty; the officers one a row, name
  // and post in cells, under the label's first row; a count of residents as "Also present".
  const pack = [
    'ASHBECK VALLEY CREMATORIUM JOINT COMMITTEE',
    'The Lodge, Quarry Lane, Dunmere, DM4 2RT',
    'Telephone:\t01632 770 415\tEmail:\tsecretary@ashbeck-crem.example',
    'Secretary:\tP. Ormerod BA',
    '',
    'MINUTES OF A MEETING OF THE JOINT COMMITTEE',
    '',
    'Date:\tThursday 9 October 2031',
    'Time:\t2.30 pm',
    'Place:\tThe Chapel Annexe, Ashbeck Crematorium, Quarry Lane, Dunmere',
    '',
    'Present:',
    'Council Members\tLay Members',
    'Cllr T Abernethy (Chair)\tMrs G Lindqvist (Funeral Directors Forum)',
    'Cllr R Osei-Bonsu\tRevd M Carraway (Churches Together)',
    'Cllr H de la Mare\t',
    '',
    'Apologies:\tCllr W Prynne',
    '',
    'In attendance:\tMr P Ormerod\tSecretary and Treasurer',
    '\tMs K Dabrowska\tBereavement Services Manager',
    '\tMr L Fenn\tCommittee Clerk',
    '',
    'Also present:\tThree local residents (for minute 31/3 only)',
    '',
    '31/1\tDECLARATIONS OF INTEREST',
    '',
    'There were no declarations of interest.',
    '',
    '31/2\tCREMATOR RELINING',
    '',
    'The Bereavement Services Manager reported that the second cremator was due for relining.',
    '',
    'AGREED:\tthat the relining of the second cremator be approved at a cost not exceeding £62,000.',
    '',
    '31/3\tMEMORIAL GARDEN',
    '',
    'AGREED:\tthat the memorial garden plans be noted.',
    '',
    'The meeting closed at 3.45 pm.',
    '',
  ].join('\r\n');

  it.each([
    ['Council Members', true],
    ['Lay Members', true],
    ['Cllr T Abernethy (Chair)', false],
  ])('"%s" heads a column of members: %s', (text, yes) => expect(MEMBER_GROUP_HEADING.test(text)).toBe(yes));

  it.each([
    ['Three local residents (for minute 31/3 only)', []],
    ['Four ratepayers', []],
    ['Several tenants', []],
  ])('"%s" counts people and names none', (text, people) => expect(countedPeople(text)).toEqual(people));

  // As saved (TAB cells), with a page break before the last minute (read as a page layout), and with columns headed by
  // attendance labels ("Voting Members" reads as Present): the same people in the same lists.
  it.each([
    ['as saved', pack],
    ['with a page break', pack.replace('31/3\tMEMORIAL GARDEN', '\f31/3\tMEMORIAL GARDEN')],
    ['under label headings', pack.replace('Council Members\tLay Members', 'Voting Members\tCo-opted Members')],
  ])('reads the body over the address, a member a cell, and each officer beside their post (%s)', (_, text) => {
    const r = extractPack(Buffer.from(text), 'ashbeck-valley-joint-committee.txt');
    const m = r.minutes[0];
    if (m === undefined) throw new Error('no minutes read');
    expect(m.body).toBe('ASHBECK VALLEY CREMATORIUM JOINT COMMITTEE');
    expect(m).toMatchObject({ date: '2031-10-09', time: '14:30', endedAt: '15:45' });
    expect([...m.present].sort()).toEqual([
      'Cllr H de la Mare',
      'Cllr R Osei-Bonsu',
      'Cllr T Abernethy',
      'Mrs G Lindqvist (Funeral Directors Forum)',
      'Revd M Carraway (Churches Together)',
    ]);
    expect(m.apologies).toEqual(['Cllr W Prynne']);
    expect(m.inAttendance).toEqual(['Mr P Ormerod, Secretary and Treasurer', 'Ms K Dabrowska, Bereavement Services Manager', 'Mr L Fenn, Committee Clerk']);
    expect(m.otherMembersPresent).toEqual([]);
    expect(m.items.map((i) => i.minute)).toEqual(['31/1', '31/2', '31/3']);
  });
});
describe('town council minutes with the minute number in the margin: a lead line ending its sentence above more prose, a wrapped "recommended that" in a report, "RESOLVED that, …", counted press (invented: Wendlebury Cross Town Council)', () => {
  const pack = [
    '                        WENDLEBURY CROSS TOWN COUNCIL',
    '                  Minutes of the meeting of the Town Council',
    '             held in the Corn Exchange, High Street, Wendlebury Cross',
    '                        on Monday 6 October 2031 at 7.30 pm',
    '',
    ' Present:       Cllr Alice Merriman (Mayor, in the Chair)            Cllr Hugo Feltham',
    '                Cllr Priya Sandhu                                     Cllr Colin Threlfall',
    '                Cllr Dominic Ebbs                                     Cllr Rosa Kettering',
    '',
    ' In attendance: Mr Neil Haverstock – Town Clerk',
    '                Mrs Lena Okoro – Assistant Clerk',
    '                Three members of the public and two representatives of the Wendlebury Echo',
    '',
    ' TC31/101     APOLOGIES FOR ABSENCE',
    '              Apologies for absence were received from Cllr Joan Astley (on holiday) and from',
    '              Cllr Ivor Penhaligon (work commitments).',
    '              RESOLVED that the apologies and the reasons given be accepted.',
    '              It was noted that Cllr Lucas Brereton had sent no apology and was absent for the',
    '              third meeting running; the Clerk agreed to contact him before the next meeting.',
    '',
    ' TC31/102     REPORTS OF COMMITTEES',
    '              (a) To receive the minutes of the Amenities Committee held on 15 September 2031',
    '              Cllr Sandhu presented the minutes and said the Committee had looked at the tenders',
    '              for the play area fencing at length, compared three suppliers in detail and',
    '              recommended that the lowest tender, from Harrowgate Fencing Ltd, be accepted for',
    '              the new fencing and gates at the Mill Green play area.',
    '              (b) To receive the minutes of the Finance Committee held on 22 September 2031',
    '              Cllr Ebbs presented the minutes, which had been circulated.',
    '              RESOLVED:',
    '                a. that the minutes of the Amenities Committee be received;',
    '                b. that the lowest tender for the play area fencing be accepted;',
    '                c. that the minutes of the Finance Committee be received.',
    '',
    ' TC31/103     EXCLUSION OF THE PRESS AND PUBLIC',
    '              RESOLVED that, in view of the confidential nature of the business to be discussed,',
    '              the press and public be excluded from the meeting for the next item.',
    '',
    ' The meeting closed at 9.05 pm.',
  ].join('\n');

  it.each([
    ['one representative of the Wendlebury Echo', true],
    ['two representatives from the local radio station', true],
    ['a reporter', true],
    ['Mrs Lena Okoro – Assistant Clerk', false],
  ])('"%s" counts attendees without naming them: %s', (text, yes) => expect(COUNTED_ATTENDEES.test(text)).toBe(yes));

  it.each([
    ['recommended that the lowest tender be accepted for', true],
    ['Recommended that the correspondence be noted.', false],
    ['RECOMMENDED that the budget be set.', false],
  ])('"%s" opens a wrapped recommendation in lower case: %s', (text, yes) => expect(WRAPPED_RECOMMENDATION.test(text)).toBe(yes));

  it('reads the attendance and only what each minute resolved', () => {
    const m = extractPack(Buffer.from(pack), 'wendlebury-cross-minutes.txt').minutes[0];
    if (m === undefined) throw new Error('no minutes read');
    expect(m.present).toHaveLength(6);
    expect(m.inAttendance).toEqual(['Mr Neil Haverstock – Town Clerk', 'Mrs Lena Okoro – Assistant Clerk']);
    expect(m.endedAt).toBe('21:05');
    const res = (k: string) => m.items.find((i) => i.minute === k)?.resolutions;
    // The lead line ends its sentence with room for "It": the note on the absent member is prose, not resolved.
    expect(res('TC31/101')).toEqual(['the apologies and the reasons given be accepted.']);
    // The committee's recommendation, wrapped inside the chairman's report, is advice beside the RESOLVED list.
    expect(res('TC31/102')).toEqual([
      'that the minutes of the Amenities Committee be received;',
      'that the lowest tender for the play area fencing be accepted;',
      'that the minutes of the Finance Committee be received.',
    ]);
    expect(res('TC31/103')).toEqual(['in view of the confidential nature of the business to be discussed, the press and public be excluded from the meeting for the next item.']);
  });
});
describe('hand-written Markdown minutes: a paragraph of prose with a date in it between the labelled header and the Present list, the body over "Date:" and "Time:" labels (invented: Saltonbury Joint Transport Board)', () => {
  const pack = [
    '# Joint Transport Board',
    '',
    '**Saltonbury and Kelderby Councils**  ',
    '**Minutes of the meeting of the Joint Transport Board**',
    '',
    '**Date:** Tuesday 9 September 2031  ',
    '**Time:** 2.00pm  ',
    '**Venue:** Committee Room 1, Guildhall, Market Square, Saltonbury SB1 4QZ  ',
    '**Minute numbers:** JTB/31/12 to JTB/31/13  ',
    '**Status:** Unconfirmed – for approval at the next meeting on Tuesday 9 December 2031  ',
    '**Secretary:** Imogen Farrant, Legal and Democratic Services, tel. 01632 960777, email',
    '[board@saltonbury.example](mailto:board@saltonbury.example)  ',
    '**Webcast:** available for six months on the councils’ websites',
    '',
    'The Board was set up by the two councils under a joint arrangement agreed in 2029. It oversees the',
    'bus station, the park and ride sites and the joint parking account until the arrangement ends on',
    '31 March 2034, when each council resumes its own functions unless both agree to renew it, and it',
    'reports to each council’s executive once a year.',
    '',
    '---',
    '',
    '**Present:**',
    '',
    '- Councillor Theo Brankwell (Saltonbury) – in the Chair',
    '- Councillor Ada Pennyfeather (Kelderby)',
    '- Councillor Lowri Ashdown-Crane (Saltonbury)',
    '',
    '**Officers:**',
    '',
    '- Kwame Osei – Park and Ride Operations Director, Kelderby',
    '- Imogen Farrant – Head of Legal and Democratic Services',
    '',
    '**Apologies:**',
    '',
    '- Councillor Ferris Mulgrew (Kelderby)',
    '',
    '---',
    '',
    '### JTB/31/12 Minutes of the previous meeting',
    '',
    '> **Resolved:**',
    '>',
    '> 1. That the minutes of the meeting held on 10 June 2031 be confirmed as a correct record and',
    '>    signed by the Chair.',
    '',
    '### JTB/31/13 Park and ride fares',
    '',
    'The Secretary presented the report. The fares had last been reviewed in 2027.',
    '',
    '> **Resolved:**',
    '>',
    '> 1. That the day return fare be increased to £3.20 from 1 January 2032.',
    '> 2. That the concessionary fare be frozen.',
    '',
    'The meeting closed at 3.25pm.',
  ].join('\n');

  it.each([
    ['Kwame Osei – Park and Ride Operations Director, Kelderby', 'Kwame Osei'],
    ['Imogen Farrant – Head of Legal and Democratic Services', 'Imogen Farrant'],
    ['Councillor Ada Pennyfeather-Rowe', 'Councillor Ada Pennyfeather-Rowe'],
  ])('"%s" without the post after its dash is "%s"', (text, name) => expect(text.replace(ATTENDEE_TRAILING_POST, '')).toBe(name));

  it('reads one set of minutes, the paragraph\u2019s dates none of its own, with the body cut before the labels, an officer\u2019s post cut whole at its dash', () => {
    const result = extractPack(Buffer.from(pack), 'saltonbury-jtb-minutes.md');
    expect(result.minutes).toHaveLength(1);
    const m = result.minutes[0];
    if (m === undefined) throw new Error('no minutes read');
    expect(m.body).toBe('Joint Transport Board');
    expect(m.date).toBe('2031-09-09');
    expect(m.time).toBe('14:00');
    expect(m.present).toEqual(['Councillor Theo Brankwell', 'Councillor Ada Pennyfeather', 'Councillor Lowri Ashdown-Crane']);
    expect(m.apologies).toEqual(['Councillor Ferris Mulgrew']);
    expect(m.inAttendance).toEqual(['Kwame Osei', 'Imogen Farrant']);
    expect(m.items.map((i) => i.minute)).toEqual(['JTB/31/12', 'JTB/31/13']);
    expect(m.items.map((i) => i.resolutions.length)).toEqual([1, 2]);
    expect(m.endedAt).toBe('15:25');
  });
});
describe('an officer decision record with a statutory note under its title, a checkbox table and a sign-off table whose cells wrap (invented: Ashcombe Vale Borough Council)', () => {
  const pack = [
    'Ashcombe Vale Borough Council                                         Delegated Decision Record DDR/31/044',
    '',
    '',
    'Delegated Decision Record',
    'Record of a key decision taken by an officer under delegated powers (Constitution, Part 3, and the',
    'Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012)',
    '',
    ' Decision reference              DDR/31/044',
    ' Title of decision               Award of the grounds maintenance contract for the three',
    '                                 borough cemeteries, 2031 to 2034',
    ' Decision taken by               Rhiannon Castlemaine-Hurst, Head of Bereavement Services',
    ' Date of decision                2 June 2031',
    ' Delegated power                 Scheme of Delegation, paragraph 4.2 (contracts up to',
    ' relied on                       £250,000 within an approved budget)',
    ' Ward(s) affected                Eastgate; Millbrook',
    '',
    ' Key decision                    ☒ Yes       ☐ No',
    ' On the Forward Plan             ☐ No   ☒ Yes (ref KD/31/05/02, first published 2 May 2031)',
    ' Subject to call-in              ☒ Yes       ☐ No',
    '',
    ' 1. Decision',
    '',
    '  I have decided to award the grounds maintenance contract for Eastgate, Millbrook and Old Road',
    '  cemeteries to Fernleigh Landscapes Ltd for three years from 1 July 2031 at £214,600.',
    '',
    ' 2. Sign-off',
    '',
    '   Role                  Name                   Job title              Signature      Date',
    '   Decision maker        Rhiannon Castlemaine-  Head of Bereavement    [signed]       2 June',
    '                         Hurst                  Services                              2031',
    '   Chief Finance         Oskar Lindqvist-       Director of Finance    [signed]       1 June',
    '   Officer               Moore                                                        2031',
    '   Legal adviser         Temperance Oyelaran    Senior Solicitor       [signed]       30 May 2031',
    '   (consulted)',
    '',
    '  Contact officer: Bartholomew Eze, Contracts Officer, 01632 961250',
    '\f',
  ].join('\n');

  it.each([
    ['Delegated Decision Record', true],
    ['Record of a key decision taken by an officer under delegated powers', true],
    ['Record of a key decision taken by an officer under delegated powers (Constitution, Part 3, and the', false],
  ])('"%s" is a kind line: %s', (text, yes) => expect(REPORT_KIND_LINE.test(text)).toBe(yes));

  it.each([
    ['☒ Yes (ref KD/1/2, first published 2 May) ☐ No', 'Yes (ref KD/1/2, first published 2 May)'],
    ['☐ No ☒ Yes – paragraph 3', 'Yes – paragraph 3'],
    ['Yes ☐ No ☒ If yes, the date agreed:', 'No If yes, the date agreed:'],
    ['☐ Yes ☐ No', ''],
    ['Yes', null],
  ])('the boxes "%s" answer "%s"', (text, answer) => expect(tickedAnswer(text)).toBe(answer));

  it.each([
    ['2 June', true],
    ['Tuesday 3rd Sept', true],
    ['2 June 2031', false],
    ['Sent on 18.2.26', false],
  ])('"%s" is a date cut before its year: %s', (text, yes) => expect(DATE_BEFORE_YEAR.test(text)).toBe(yes));

  it('reads the kind under the running header, the ticked forward plan row and one sign-off a row', () => {
    const r = extractPack(Buffer.from(pack), 'ashcombe-vale-ddr.txt').reports[0];
    if (r === undefined) throw new Error('no record read');
    expect(r.kind).toBe('Delegated Decision Record');
    expect(r.title).toBe('Award of the grounds maintenance contract for the three borough cemeteries, 2031 to 2034');
    expect(r.date).toBe('2031-06-02');
    // The row's ticked box names the reference; the label's tail under "Delegated power" does not end the cover.
    expect(r.forwardPlanRef).toBe('KD/31/05/02');
    expect(r.signOffs).toEqual([
      { role: 'Decision maker', name: 'Rhiannon Castlemaine-Hurst', date: '2031-06-02', dateText: '2 June 2031' },
      { role: 'Chief Finance Officer', name: 'Oskar Lindqvist-Moore', date: '2031-06-01', dateText: '1 June 2031' },
      { role: 'Legal adviser (consulted)', name: 'Temperance Oyelaran', date: '2031-05-30', dateText: '30 May 2031' },
    ]);
  });
});
describe('minutes of a panel whose Present table is grouped under headings and whose log table runs over a page break (invented: Fenmoor National Park Authority)', () => {
  const pack = [
    '                            FENMOOR NATIONAL PARK AUTHORITY',
    '                              STANDARDS AND AUDIT PANEL',
    '      MINUTES of the meeting of the Standards and Audit Panel held in the Mere Room,',
    '          Reedham Lodge, Carrbridge on Thursday 11 March 2032 at 2.00 pm',
    '',
    '   PRESENT:',
    '',
    '   Secretary of State Members',
    '   Mrs Odette Pannell (Vice-Chair) Secretary of State appointee',
    '   Mr Idris Vowles                 Secretary of State appointee',
    '   Council Members',
    '   Councillor Tamsin Greatorex           Fenmoor District Council',
    '   Councillor Abel Rudd                  Carrbridge Town Council',
    '   Independent Person',
    '   Ms Winifred Lusk (Chair)              Non-voting',
    '',
    '   Also present:',
    '   Gareth Poole         Monitoring Officer',
    '   Hannah Quarrie       External Auditor, Sallow Reach LLP',
    '   Ivo Demetriou        Committee Officer (minutes)',
    '   Observers:           Two members of the public',
    '',
    '   7/01       AUDIT FINDINGS LOG',
    '',
    '   The Monitoring Officer presented the log of the internal audit findings.',
    '',
    '     Ref        Raised        Finding                                 Rating      Closed by',
    '                                                                                  target',
    '     AF/12      04/01/2032    Purchase cards used without             Medium      Yes',
    '                              a second approver',
    '     AF/13      19/01/2032    Visitor centre cash counts              High        No',
    '                              not recorded on two days',
    '',
    '',
    'Standards and Audit Panel – 11 March 2032                                       Page 1 of 3',
    '\f     AF/14      02/02/2032    Lease register not kept           Low        No –',
    '                              up to date                                   March 2032',
    '',
    '        The Panel NOTED the audit findings log.',
    '',
    '   7/02       EXCLUSION OF THE PRESS AND PUBLIC',
    '',
    '',
    'Standards and Audit Panel – 11 March 2032                                       Page 2 of 3',
    '\f        The Panel AGREED that, under Section 100A(4) of the Local Government Act 1972, the',
    '        press and public be excluded for the following item as it involves the likely disclosure',
    '        of exempt information as defined in paragraph 1 of Part 1 of Schedule 12A to the Act.',
    '',
    '   The members of the public left the meeting.',
    '',
    '   The meeting ended at 3.40 pm.',
    '',
    'Standards and Audit Panel – 11 March 2032                                       Page 3 of 3',
  ].join('\n');

  it.each([
    ['Chair of the Board', true],
    ['Lay Adviser', true],
    ['Independent Person', true],
    ['Co-opted Member (non-voting)', true],
    ['Ms Winifred Lusk', false],
    ['Fenmoor District Council', false],
  ])('"%s" heads a seat in a members\' table: %s', (text, yes) => expect(MEMBER_GROUP_ROW_HEADING.test(text)).toBe(yes));

  it.each([
    ['External Auditor, Sallow Reach LLP', true],
    ['Fund Actuary', true],
  ])('"%s" is a post: %s', (text, yes) => expect(isPostText(text)).toBe(yes));

  it('reads the grouped Present table a member a row, officers beside their posts as in attendance, and the table and resolution over page breaks', () => {
    const m = extractPack(Buffer.from(pack), 'fenmoor-standards-audit-panel-minutes.txt').minutes[0];
    if (m === undefined) throw new Error('no minutes read');
    // Each group's heading names no one; the Vice-Chair's organisation a single space after her name is a cell of its own.
    expect(m.present).toEqual(['Mrs Odette Pannell', 'Mr Idris Vowles', 'Councillor Tamsin Greatorex', 'Councillor Abel Rudd', 'Ms Winifred Lusk']);
    // "Also present": officers and the auditor beside their posts attend; the observers' row names no one.
    expect(m.inAttendance).toEqual(['Gareth Poole, Monitoring Officer', 'Hannah Quarrie, External Auditor, Sallow Reach LLP', 'Ivo Demetriou, Committee Officer (minutes)']);
    expect(m.otherMembersPresent).toEqual([]);
    expect(m.endedAt).toBe('15:40');
    const item = (k: string) => m.items.find((i) => i.minute === k);
    // The header's wrapped cell joins its label; the row after the page break is read under the columns that page sets.
    expect(item('7/01')?.text.split('\n')).toEqual([
      'The Monitoring Officer presented the log of the internal audit findings.',
      'Ref | Raised | Finding | Rating | Closed by target',
      'AF/12 | 04/01/2032 | Purchase cards used without a second approver | Medium | Yes',
      'AF/13 | 19/01/2032 | Visitor centre cash counts not recorded on two days | High | No',
      'AF/14 | 02/02/2032 | Lease register not kept up to date | Low | No – March 2032',
      'The Panel NOTED the audit findings log.',
    ]);
    expect(item('7/01')?.resolutions).toEqual(['NOTED the audit findings log.']);
    // The heading ends one page, the resolution opens the next under the footer.
    expect(item('7/02')?.resolutions).toEqual([
      'under Section 100A(4) of the Local Government Act 1972, the press and public be excluded for the following item as it involves the likely disclosure of exempt information as defined in paragraph 1 of Part 1 of Schedule 12A to the Act.',
    ]);
  });
});
describe('holdout: a town council summons and agenda saved by Word as a web page, its tabs as mso-tab-count spans (invented Quillhaven council)', () => {
  const tab = (n: number) => `<span style='mso-tab-count:1'>${'&nbsp;'.repeat(n)} </span>`;
  const p = (html: string) => `<p class=MsoNormal>${html}<o:p></o:p></p>\r\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n`;
  const item = (no: string, title: string, pages = '') =>
    `<p class=MsoNormal style='margin-left:72.0pt;text-indent:-72.0pt;tab-stops:right\r\n481.9pt'><b><span lang=EN-GB>${no}<span\r\nstyle='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;\r\n</span>${title}</span></b>${pages === '' ? '' : `<span lang=EN-GB>${tab(20)}${pages}</span>`}<o:p></o:p></p>\r\n`;
  const html = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"></head><body lang=EN-GB>\r\n',
    '<p class=MsoTitle><span lang=EN-GB>QUILLHAVEN TOWN COUNCIL</span><o:p></o:p></p>\r\n',
    p('Guild Hall, Quay Street, Quillhaven, QV2 8LR'),
    p('Tel: 01632 961470 | Email: <a href="mailto:office@quillhaven-tc.gov.uk">office@quillhaven-tc.gov.uk</a>'),
    p('<b>To: The Mayor and all Members of Quillhaven Town Council</b>'),
    p('Dear Councillor,'),
    p(
      'You are hereby summoned to attend the Ordinary Meeting of the <b>Town Council</b> of Quillhaven, to be held in the <b>Assembly Room, Guild Hall, Quay Street</b> on <b>Thursday\r\n3 April 2031 at 6.30 pm</b>, for the purpose of transacting the business below.',
    ),
    p('Members of the public may speak at item QT/31/014. Please tell the Clerk by <b>noon on Wednesday 2 April 2031</b>.'),
    p('<b>Hamish <span class=SpellE>Corrigan-Dale</span></b>'),
    p('Town Clerk'),
    p('Date: Friday 28 March 2031'),
    p('<b><u>Members of the Council</u></b>'),
    p(`Cllr Petra Vance (Mayor)${tab(6)}Cllr Idris Mallow (Deputy Mayor)`),
    p(`Cllr Aled Furnival${tab(6)}Cllr Nerys <span class=SpellE>Tregothnan</span>`),
    p(`Cllr Selwyn Ashby${tab(6)}Cllr Morwenna Pike`),
    p('<b>Enquiries about this meeting:</b> Tamsin Rook, Assistant Clerk, 01632 961471, <a href="mailto:assistant@quillhaven-tc.gov.uk">assistant@quillhaven-tc.gov.uk</a>'),
    '<p class=MsoTitle><span lang=EN-GB>AGENDA</span><o:p></o:p></p>\r\n',
    item('QT/31/012', 'APOLOGIES FOR ABSENCE'),
    p('To receive apologies for absence.'),
    item('QT/31/013', 'MINUTES', 'Pages 3 – 6'),
    p('To approve the minutes of the meeting held on 6 March 2031.'),
    item('QT/31/014', 'PUBLIC PARTICIPATION'),
    p('Up to ten minutes for residents.'),
    item('QT/31/015', 'PLANNING APPLICATIONS'),
    p('To comment on the following applications:'),
    '<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal><b>Reference</b><o:p></o:p></p></td><td><p class=MsoNormal><b>Site</b><o:p></o:p></p></td></tr>\r\n',
    '<tr><td><p class=MsoNormal>31/00412/FUL<o:p></o:p></p></td><td><p class=MsoNormal>3 Ropewalk, Quillhaven<o:p></o:p></p></td></tr></table>\r\n',
    p("<b><i>Clerk's note:</i></b> Comments are due by 11 April 2031."),
    item('QT/31/016', 'HARBOUR WALL REPAIRS', 'Pages 7 – 12'),
    p('<b><i>Recommendation:</i></b> That the quotation of £4,250 be accepted.'),
    item('QT/31/017', 'EXCLUSION OF PRESS AND PUBLIC'),
    p('To resolve that the press and public be excluded for the following item, as it concerns a member of staff.'),
    item('QT/31/018', 'STAFFING MATTERS'),
    p('To consider the report of the Personnel Panel.'),
    '</body></html>\r\n',
  ].join('');
  const r = extractPack(Buffer.from(html), 'quillhaven-town-council-agenda.html');
  const m = r.meeting;

  it('reads a Word tab span as a tab: the item number, the title and a right-tab page range are cells of their own', () => {
    expect(htmlToText(item('QT/31/013', 'MINUTES', 'Pages 3 – 6'))).toContain('QT/31/013\tMINUTES\tPages 3 – 6');
    expect(m?.agenda.map((a) => a.number)).toEqual(['QT/31/012', 'QT/31/013', 'QT/31/014', 'QT/31/015', 'QT/31/016', 'QT/31/017', 'QT/31/018']);
    expect(m?.agenda.find((a) => a.number === 'QT/31/013')).toMatchObject({ title: 'MINUTES', pages: { from: 3, to: 6 } });
    expect(m?.agenda.find((a) => a.number === 'QT/31/016')).toMatchObject({ title: 'HARBOUR WALL REPAIRS', pages: { from: 7, to: 12 } });
    expect(m?.agenda.find((a) => a.number === 'QT/31/012')?.pages).toBeNull();
  });

  it('keeps the paragraphs under a tab-parted item, a table among them, as its note: the line is no table row', () => {
    const planning = m?.agenda.find((a) => a.number === 'QT/31/015')?.note ?? '';
    expect(planning).toContain('31/00412/FUL');
    expect(planning).toContain('11 April 2031');
    expect(m?.agenda.find((a) => a.number === 'QT/31/016')?.note).toContain('£4,250');
    expect(m?.agenda.find((a) => a.number === 'QT/31/012')?.note).toBe('To receive apologies for absence.');
  });

  it('makes only the item after the exclusion resolution exempt', () => {
    expect(m?.agenda.filter((a) => a.exempt).map((a) => a.number)).toEqual(['QT/31/018']);
  });

  it('takes the meeting from the summons sentence, the "Date:" under the signature being the letter’s', () => {
    expect(m).toMatchObject({ body: 'Town Council of Quillhaven', date: '2031-04-03', time: '18:30', venue: 'Assembly Room, Guild Hall, Quay Street' });
    expect(m).toMatchObject({ issuedBy: 'Hamish Corrigan-Dale', issuedOn: '2031-03-28' });
  });

  it('reads two councillors a tab-parted row, rows parted by blank paragraphs, with their bracketed roles', () => {
    expect(m?.members).toEqual([
      { name: 'Cllr Petra Vance', role: 'Mayor' },
      { name: 'Cllr Aled Furnival', role: null },
      { name: 'Cllr Selwyn Ashby', role: null },
      { name: 'Cllr Idris Mallow', role: 'Deputy Mayor' },
      { name: 'Cllr Nerys Tregothnan', role: null },
      { name: 'Cllr Morwenna Pike', role: null },
    ]);
  });

  it('reads the "Enquiries about this meeting:" contact and the letterhead office as another', () => {
    expect(m?.contacts).toEqual([
      { name: 'Tamsin Rook', phone: '01632 961471', email: 'assistant@quillhaven-tc.gov.uk' },
      { name: null, phone: '01632 961470', email: 'office@quillhaven-tc.gov.uk' },
    ]);
  });

  it('locates every item on its own source lines', () => {
    expect(provenanceProblems(r, html)).toEqual([]);
  });
});
describe('a web page of Executive minutes: a Member | Portfolio | Attendance register, a Councillor | Capacity table and end notes marked in the minutes', () => {
  const row = (...cells: string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const page = [
    '<!DOCTYPE html><html><head><title>Brackwater District Council – Executive</title></head><body>',
    '<h1>Executive</h1>',
    '<p>Minutes of the meeting held on Wednesday 4 June 2031 at 6.30 pm in the Assembly Room, Brackwater Town Hall</p>',
    '<h2>Attendance</h2>',
    '<h3>Executive members</h3>',
    '<table><thead><tr><th>Member</th><th>Portfolio</th><th>Attendance</th></tr></thead><tbody>',
    row('Councillor Nerys Gallowglass (Chair)', 'Leader of the Council', 'Present'),
    row('Councillor Piet Ormsary', 'Housing', 'Apologies'),
    row('Councillor Talia Brenchley', 'Finance', 'Present (from 6.45 pm)'),
    row('Vacancy', 'Leisure', '–'),
    '</tbody></table>',
    '<h3>Other councillors attending</h3>',
    '<table><thead><tr><th>Councillor</th><th>Capacity</th></tr></thead><tbody>',
    row('Councillor Hugo Wendlebury', 'Leader of the Opposition'),
    '</tbody></table>',
    '<h2>12. Declarations of Interest</h2>',
    '<p>Declarations are set out in the notes.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>',
    '<h2>13. Minutes</h2>',
    '<p>The minutes of 7 May 2031 were considered.<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a></p>',
    '<p><strong>RESOLVED:</strong> That the minutes of 7 May 2031 be approved.</p>',
    '<h2>14. Depot Lease</h2>',
    '<p>Councillor Brenchley left the room.<a href="#fn3" class="footnote-ref" id="fnref3" role="doc-noteref"><sup>3</sup></a></p>',
    '<p><strong>RESOLVED:</strong> That the depot lease be renewed for ten years.</p>',
    '<p>The meeting closed at 7.40 pm.</p>',
    '<section class="footnotes" role="doc-endnotes"><hr /><ol>',
    '<li id="fn1" role="doc-endnote"><p>Councillor Nerys Gallowglass declared a non-registrable interest in minute 14 as her brother rents a unit at the depot.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>',
    '<li id="fn2" role="doc-endnote"><p>The May minutes misspelt a road name; a corrected copy was circulated.<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li>',
    '<li id="fn3" role="doc-endnote"><p>Councillor Talia Brenchley declared a disclosable pecuniary interest in this item as a director of the tenant company.<a href="#fnref3" class="footnote-back" role="doc-backlink">↩︎</a></p></li>',
    '</ol></section></body></html>',
  ].join('\n');

  it('sets each end note where its mark is, its back-link and mark gone, and the list of notes emptied', () => {
    const text = htmlToText(page);
    expect(text).toMatch(/set out in the notes\.\n+Councillor Nerys Gallowglass declared a non-registrable interest in minute 14 as her brother rents a unit at the depot\.\n/);
    expect(text).toMatch(/left the room\.\n+Councillor Talia Brenchley declared/);
    expect(text).not.toMatch(/↩|notes\.1/);
    expect(text.match(/misspelt/g)).toHaveLength(1);
  });

  it.each([
    ['Councillor Talia Brenchley declared a disclosable pecuniary interest in this item', true],
    ['Cllr N Gallowglass declared an other registrable interest', true],
    ['Councillor Brenchley, having declared an interest (minute 12), left the room', false],
    ['The Chair declared the meeting closed', false],
  ])('"%s" declares an interest in its item: %s', (text, declares) => expect(ITEM_DECLARATION_PARAGRAPH.test(text)).toBe(declares));

  it('reads the register by its Attendance column, the Capacity table as other councillors, and each note as a declaration under its mark', () => {
    const result = extractPack(Buffer.from(page), 'brackwater-executive-minutes.html');
    const m = result.minutes[0];
    if (m === undefined) throw new Error('no minutes read');
    expect(m.present).toEqual(['Councillor Nerys Gallowglass', 'Councillor Talia Brenchley']);
    expect(m.apologies).toEqual(['Councillor Piet Ormsary']);
    expect(m.otherMembersPresent).toEqual(['Councillor Hugo Wendlebury']);
    const declared = m.items.map((i) => [i.minute, i.declarations.map((d) => d.member)]);
    expect(declared).toEqual([
      ['12', ['Councillor Nerys Gallowglass']],
      ['13', []],
      ['14', ['Councillor Talia Brenchley']],
    ]);
    expect(m.items.find((i) => i.minute === '14')?.declarations[0]?.interest).toMatch(/^a disclosable pecuniary interest in this item/);
  });
});
describe('a joint committee agenda pack: a wrapped strapline, a membership table with wrapped names, a repeated agenda header, a headless clearance table', () => {
  // Each cell's text set at its column, as pdftotext -layout prints a table.
  const at = (...cells: Array<[number, string]>): string => cells.reduce((line, [col, text]) => line.padEnd(col) + text, '');
  const front = [
    at([80, 'Public Document Pack']),
    '',
    'Harrowfell Waste Disposal Joint Committee',
    'A joint committee of Harrowfell Borough Council, Mossdale District Council and Brackenridge District',
    'Council, set up under section 102 of the Local Government Act 1972. Lead authority: Harrowfell Borough',
    'Council.',
    '',
    'Date:               Tuesday 9 March 2032',
    'Time:               2.00 pm',
    'Venue:              Council Chamber, Civic Offices, Kiln Lane, Harrowfell HF3 7DL',
    '',
    'Members may tour the Stonegate transfer station on Monday 8 March 2032, leaving the Civic Offices at',
    '11.00 am.',
    '',
    'Membership',
    at([1, 'Authority'], [40, 'Member'], [76, 'Substitute']),
    at([1, 'Harrowfell Borough Council'], [40, 'Councillor Tamsin Ogundipe'], [76, 'Councillor Rory']),
    at([40, '(Chair)'], [76, 'Blackwood']),
    at([1, 'Mossdale District Council'], [40, 'Councillor Wilhelmina'], [76, 'Councillor Ines Carvalho']),
    at([40, 'Strachan-'], [76, '']),
    at([40, 'Lindqvist (Vice-Chair)']),
    '',
    at([1, 'Brackenridge District Council'], [40, 'Councillor Osric Pemberton'], [76, 'Councillor Dai Rhys']),
    'Each authority has one vote. A substitute votes only in the absence of the member they stand for.',
    '',
    at([50, 'Page 1']),
  ];
  const agenda = [
    'AGENDA',
    at([0, 'Item'], [7, 'Subject'], [70, 'Lead officer'], [104, 'Purpose']),
    at([0, '1.'], [7, 'Apologies for Absence'], [70, 'Clerk to the Joint Committee'], [104, 'For noting']),
    at([0, '2.'], [7, 'Residual Waste Treatment Contract: Annual Performance'], [70, 'Gethin Marlowe, Waste Services'], [104, 'For information']),
    at([7, 'Review 2031/32'], [70, 'Manager']),
    '',
    at([60, 'Page 2']),
  ];
  const agenda2 = [
    at([0, 'Item'], [7, 'Subject'], [78, 'Lead officer'], [126, 'Purpose']),
    at([0, '3.'], [7, 'Household Waste Recycling Centres: Booking Scheme'], [78, 'Priya Venkataraman, Director of Environment /'], [126, 'For decision']),
    at([7, 'Extension'], [78, 'Gethin Marlowe, Waste Services Manager']),
    '',
    at([0, '4.'], [7, 'Garden Waste Collection Charges 2032/33'], [78, 'Lucan Ashworth-Pryce, Chief Finance Officer'], [126, 'For decision']),
    '',
    at([0, '5.'], [7, 'Date of Next Meeting'], [78, 'Clerk to the Joint Committee'], [126, 'For noting']),
    '',
    at([60, 'Page 3']),
  ];
  const report = [
    at([80, 'Agenda Item 4']),
    '',
    'Harrowfell Waste Disposal Joint Committee',
    at([1, 'Report to'], [28, 'Harrowfell Waste Disposal Joint Committee']),
    at([1, 'Date of meeting'], [28, '9 March 2032']),
    at([1, 'Subject'], [28, 'Garden Waste Collection Charges 2032/33']),
    at([1, 'Report of'], [28, 'Lucan Ashworth-Pryce, Chief Finance Officer']),
    '',
    '1. Purpose of report',
    '1.1 This report asks the Joint Committee to set the garden waste collection charge for 2032/33.',
    '',
    'Officer clearance',
    at([1, 'Chief Finance Officer to the'], [34, 'Lucan Ashworth-Pryce'], [70, 'Cleared 22 February 2032']),
    at([1, 'Joint Committee']),
    at([1, 'Monitoring Officer'], [34, 'Delphine Okonkwo'], [70, 'Cleared 23 February 2032']),
    '',
    'Background papers',
    'None.',
    '',
    at([50, 'Page 4']),
  ];
  const pack = `${[front, agenda, agenda2, report].map((p) => p.join('\n')).join('\n\f')}\n\f`;

  it.each([
    ['Statutory officer clearance', true],
    ['Officer sign-off', true],
    ['Report clearance', true],
    ['Officer comments', false],
  ])('"%s" heads a sign-off table: %s', (text, heads) => expect(SIGN_OFF_HEADING.test(text)).toBe(heads));

  it('reads the meeting under the wrapped strapline, the member column with its wraps, the titles beside a moved column, and the clearance rows', () => {
    const result = extractPack(Buffer.from(pack), 'harrowfell-waste-agenda.txt');
    const meeting = result.meeting;
    if (meeting === null) throw new Error('no meeting read');
    expect(meeting.body).toBe('Harrowfell Waste Disposal Joint Committee');
    expect(meeting.date).toBe('2032-03-09');
    expect(meeting.time).toBe('14:00');
    expect(meeting.members).toEqual([
      { name: 'Councillor Tamsin Ogundipe', role: 'Chair' },
      { name: 'Councillor Wilhelmina Strachan-Lindqvist', role: 'Vice-Chair' },
      { name: 'Councillor Osric Pemberton', role: null },
    ]);
    expect(meeting.agenda.map((a) => a.title)).toEqual([
      'Apologies for Absence',
      'Residual Waste Treatment Contract: Annual Performance Review 2031/32',
      'Household Waste Recycling Centres: Booking Scheme Extension',
      'Garden Waste Collection Charges 2032/33',
      'Date of Next Meeting',
    ]);
    const signOffs = result.reports[0]?.signOffs ?? [];
    expect(signOffs.map((s) => [s.role, s.name, s.date])).toEqual([
      ['Chief Finance Officer to the Joint Committee', 'Lucan Ashworth-Pryce', '2032-02-22'],
      ['Monitoring Officer', 'Delphine Okonkwo', '2032-02-23'],
    ]);
  });
});

describe('parish minutes numbered in Roman numerals, a minute-book footer and rule breaking a resolution, resolutions run into paragraphs (invented: Ashby Wendlebury Parish Council)', () => {
  const roman = MINUTE_NUMBERS.find((s) => s.name === 'roman');
  const rule = '-'.repeat(72);
  const pack = [
    '                    ASHBY WENDLEBURY PARISH COUNCIL',
    '                 (Tollerdale District, County of Westmere)',
    '',
    '  Clerk: Mr P. Gosling, 12 Saddlers Row, Ashby Wendlebury,',
    '         Tollerdale TD4 9LX',
    '  Telephone: 01632 960555    Email: clerk@ashbywendlebury-pc.org.uk',
    '',
    '=========================================================================',
    '',
    'MINUTES OF THE ORDINARY MEETING OF THE PARISH COUNCIL HELD ON THURSDAY',
    '4 OCTOBER 2029 AT 7.15 P.M. IN THE READING ROOM, CHURCH STREET, ASHBY',
    'WENDLEBURY',
    '',
    'PRESENT:        Cllrs T. Marlow (Chairman), J. Okafor, C. Beddoes and',
    '                W. Fairclough-Hyde.',
    '',
    'IN ATTENDANCE:  Mr P. Gosling (Clerk); three members of the public.',
    '',
    'APOLOGIES:      Cllr N. Abernethy.',
    '',
    'I.     APOLOGIES FOR ABSENCE',
    '',
    '       An apology had been received from Cllr Abernethy (illness). It',
    '       was resolved that the apology of Cllr Abernethy be accepted. The',
    '       Chairman wished him a speedy recovery.',
    '',
    'II.    MINUTES OF THE LAST MEETING',
    '',
    '       RESOLVED: That the minutes of the meeting held on 6 September',
    '       2029 be approved and signed by the Chairman.',
    '',
    'III.   CORRESPONDENCE',
    '',
    '       1. Westmere Rural Community Council - autumn bulletin.',
    '       2. Tollerdale District Council - waste collection calendar.',
    '',
    'IV.    LENGTHSMAN SCHEME',
    '',
    '       Quotations had been sought for clearing the ditch on Mill Row.',
    '       The lowest was from Harnett Groundcare at £640.00. It was resolved that',
    '       the quotation of Harnett Groundcare be accepted. The Clerk will place',
    '       the order.',
    '',
    '       RESOLVED: That Cllr Okafor and Cllr Beddoes inspect the ditch once',
    '',
    '                                           Minutes Folio 52',
    "                                           Chair's initials .........",
    rule,
    '',
    '       the work is finished and report to the November meeting.',
    '',
    'V.     DATE OF NEXT MEETING',
    '',
    '       Thursday 1 November 2029 at 7.15 p.m. in the Reading Room.',
    '',
    '       There being no other business the Chairman closed the meeting',
    '       at 8.48 p.m.',
    '',
    '                                           Minutes Folio 53',
    "                                           Chair's initials .........",
    '',
  ].join('\n');

  it.each([
    ['I', 'II', true],
    ['III', 'IV', true],
    ['VIII', 'IX', true],
    ['XIV', 'XV', true],
    ['XIX', 'XX', true],
    ['IV', 'VI', false],
    ['IIII', 'V', false],
    ['VX', 'XI', false],
  ])('Roman minute %s is followed by %s: %s', (a, b, follows) => expect(roman?.follows(a, b)).toBe(follows));

  it('reads a Roman numeral with its stop as a minute number, and a name or a lower-case numeral as none', () => {
    expect(roman?.pattern.exec('XII.   COUNCILLORS’ REPORTS')?.slice(1)).toEqual(['XII', 'COUNCILLORS’ REPORTS']);
    expect(roman?.pattern.test('ii. the second part')).toBe(false);
    expect(roman?.pattern.test('IV Planning')).toBe(false);
  });

  it.each([
    ['the Chair closed the meeting', 'at 9.05 pm.', true],
    ['after which the meeting ended', 'at 21:40.', true],
    ['the Chairman closed the meeting', 'at the Reading Room.', false],
  ])('"%s" over "%s" is a close wrapped before its "at": %s', (head, tail, wrapped) => expect(MEETING_END_WRAP.head.test(head) && MEETING_END_WRAP.tail.test(tail)).toBe(wrapped));

  it('"It" ending a sentence over "was resolved that …" leads a resolution; "was resolved by …" does not', () => {
    expect(RESOLUTION_AFTER_WRAPPED_IT.test('was resolved that the quotation be accepted.')).toBe(true);
    expect(RESOLUTION_AFTER_WRAPPED_IT.test('was resolved by the working group last year')).toBe(false);
  });

  it('reads the minutes under the letterhead: the council from it, the Roman minutes, the resolutions and the close', () => {
    const result = extractPack(Buffer.from(pack), 'ashby-wendlebury-minutes.txt');
    const minutes = result.minutes[0];
    if (minutes === undefined) throw new Error('no minutes read');
    expect(minutes.body?.toLowerCase()).toBe('ashby wendlebury parish council');
    expect(minutes.date).toBe('2029-10-04');
    expect(minutes.time).toBe('19:15');
    expect(minutes.endedAt).toBe('20:48');
    expect(minutes.items.map((i) => [i.minute, i.title])).toEqual([
      ['I', 'APOLOGIES FOR ABSENCE'],
      ['II', 'MINUTES OF THE LAST MEETING'],
      ['III', 'CORRESPONDENCE'],
      ['IV', 'LENGTHSMAN SCHEME'],
      ['V', 'DATE OF NEXT MEETING'],
    ]);
    expect(minutes.items.map((i) => i.resolutions)).toEqual([
      ['the apology of Cllr Abernethy be accepted.'],
      ['That the minutes of the meeting held on 6 September 2029 be approved and signed by the Chairman.'],
      [],
      ['the quotation of Harnett Groundcare be accepted.', 'That Cllr Okafor and Cllr Beddoes inspect the ditch once the work is finished and report to the November meeting.'],
      [],
    ]);
  });
});
describe('holdout: minutes whose Present list is two columns of councillors over co-opted members sharing a post, officers "Name, Post" one a line (invented Penhallow council)', () => {
  const pack = [
    ' PENHALLOW COUNTY BOROUGH COUNCIL',
    '',
    ' MINUTES of the meeting of the SCHOOLS AND LEARNING SCRUTINY COMMITTEE held in',
    ' Committee Room 2, Tŷ Penhallow, Castle Parade, Penhallow on Tuesday, 14 October 2031',
    ' at 2.00 pm',
    '',
    ' Present:        Councillor Bethan Llywarch (Chair)               Councillor Osian Prothero',
    '                 Councillor Gwion Tregarne (Vice-Chair)           Councillor Mererid Saxby',
    '                 Councillor Ffion Ashdown-Vaughan                 Councillor Tudur Yelland',
    '                 Councillor Carys Moffatt',
    '',
    '                 Mrs Nerys Tudball (Llanbedr Community Primary) and Mr Ifan Gethin (Ysgol',
    '                 Glan Morfa), Parent Governor Representatives',
    '                 Mr Kit Varcoe, Headteacher Representative (non-voting)',
    '',
    ' In attendance:  Hywel Trebilcock, Corporate Director (Learning and Skills)',
    '                 Morwenna Quick, Head of Inclusion and Principal Educational Psychologist',
    '                 Lowri Fenwick-Pask, Finance Business Partner (Schools)',
    '                 Sioned Abbott, Scrutiny Support Officer',
    '',
    ' Apologies:      Councillor Dafydd Rowse',
    '',
    ' 1.   DECLARATIONS OF INTEREST',
    '      None.',
    '',
    ' 2.   SCHOOL ORGANISATION PLAN 2032-2037',
    '      The Committee considered the report of the Corporate Director (Learning and Skills).',
    '      RESOLVED that the report be noted.',
    '',
    ' The meeting closed at 3.25 pm.',
  ].join('\n');

  it.each([
    ['Ms Ada Roe and Mr Len Hale, Parent Members', ['Ms Ada Roe, Parent Member', 'Mr Len Hale, Parent Member']],
    [
      'Revd Ann Bell (Northby Diocese) and Mr Carl Dunn (Free Church), Church Representatives',
      ['Revd Ann Bell (Northby Diocese), Church Representative', 'Mr Carl Dunn (Free Church), Church Representative'],
    ],
    ['Mr Len Hale, Parent Member', null],
    ['Ms Ada Roe and Mr Len Hale, Northby Parish', null],
    ['Head of Finance and Assets, Deputy Directors', null],
  ])('"%s" names the holders of a post they share: %j', (text, people) => expect(splitPostAfterHolders(text)).toEqual(people));

  it.each([
    ['Morwenna Quick, Head of Inclusion and Principal Educational Psychologist', true],
    ['Sioned Abbott, Scrutiny Support Officer', true],
    ['Councillor Carys Moffatt', false],
    ['Ann Bell, Carl Dunn, Eve Fox', false],
  ])('"%s" is a person and their post: %s', (text, yes) => expect(personCommaPost(text)).toBe(yes));

  it('reads each column a member, the co-opted members apart across the bracket wrapped under its line, and each officer a line', () => {
    const m = extractPack(Buffer.from(pack), 'penhallow-schools-scrutiny-minutes.txt').minutes[0];
    if (m === undefined) throw new Error('no minutes read');
    expect(m.present).toEqual([
      'Councillor Bethan Llywarch',
      'Councillor Osian Prothero',
      'Councillor Gwion Tregarne',
      'Councillor Mererid Saxby',
      'Councillor Ffion Ashdown-Vaughan',
      'Councillor Tudur Yelland',
      'Councillor Carys Moffatt',
      'Mrs Nerys Tudball (Llanbedr Community Primary), Parent Governor Representative',
      'Mr Ifan Gethin (Ysgol Glan Morfa), Parent Governor Representative',
      'Mr Kit Varcoe, Headteacher Representative (non-voting)',
    ]);
    // A post joining two posts with "and", not closed by a bracket, ends its line's entry: the officer below is another.
    expect(m.inAttendance).toHaveLength(4);
    expect(m.inAttendance[1]).toMatch(/^Morwenna Quick, Head of Inclusion\b.*Principal Educational Psychologist$/);
    expect(m.inAttendance[2]).toBe('Lowri Fenwick-Pask, Finance Business Partner (Schools)');
    expect(m.apologies).toEqual(['Councillor Dafydd Rowse']);
    expect(m.endedAt).toBe('15:25');
  });
});
describe("a planning panel's decision sheet as a web page: prose opening, labelled item blocks, status tags in the headings", () => {
  const page = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Eastern Area Planning Panel decision sheet | Ravensholm District Council</title></head>
<body>
<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li>Decision sheet: 4 March 2032</li></ol></nav>
<main>
<h1>Eastern Area Planning Panel: decision sheet</h1>
<p>Thursday 4 March 2032</p>
<p>Issued: Friday 5 March 2032</p>
<p>The Eastern Area Planning Panel of Ravensholm District Council sat on Thursday 4 March 2032 at 6.30 pm in the
Council Chamber, Priory House, Ravensholm RV3 9DD. Councillors present were Councillors Ines Marwood-Hale (Chair),
Tobias Krenn, Aaliyah Okafor and Petr Novotny (substitute for Councillor Greta Holm). Apologies had been received from
Councillor Greta Holm.</p>
<p>Officers in attendance: Rosalind Achebe (Planning Manager) and Henrik Dahl (Democratic Services Officer).</p>
<p>Declarations of interest: Councillor Tobias Krenn declared a personal interest in item 4 (9 Tanyard Close) as a
member of the parish council that commented on it. No other declarations were made.</p>
<section>
<h2>Item 3: 7a Chapel Street</h2>
<dl>
<dt>Reference</dt><dd>32/0101/HOU</dd>
<dt>Officer recommendation</dt><dd>Refuse planning permission.</dd>
<dt>Panel decision</dt><dd>Granted, contrary to the officer recommendation, subject to conditions to be set by the Planning Manager.</dd>
<dt>Vote</dt><dd>For 3, Against 1, Abstain 0</dd>
<dt>Speakers</dt><dd>None</dd>
</dl>
</section>
<section>
<h2>Item 4: 9 Tanyard Close <span class="tag">Withdrawn</span></h2>
<dl>
<dt>Reference</dt><dd>32/0144/FUL</dd>
<dt>Officer recommendation</dt><dd>Grant planning permission.</dd>
<dt>Panel decision</dt><dd>Not considered. The application was withdrawn by the applicant before the meeting.</dd>
<dt>Vote</dt><dd>Not applicable</dd>
<dt>Speakers</dt><dd>None</dd>
</dl>
</section>
<section>
<h2>Item 5: Old Maltings, Quay Road <span class="tag">Deferred</span></h2>
<dl>
<dt>Reference</dt><dd>32/0178/FUL</dd>
<dt>Officer recommendation</dt><dd>Grant planning permission.</dd>
<dt>Panel decision</dt><dd>Deferred for a further report on flood risk.</dd>
<dt>Vote</dt><dd>For 4, Against 0, Abstain 0</dd>
<dt>Speakers</dt><dd><ul><li>Ms Odile Fairbairn (objector)</li><li>Mr Kwame Asante (agent)</li></ul></dd>
</dl>
</section>
<p>The meeting closed at 8.15 pm.</p>
<h2>Contact</h2>
<p>Henrik Dahl, Democratic Services Officer<br>Telephone: 01632 960777</p>
</main>
</body></html>
`;

  it.each([
    ['Eastern Area Planning Panel: decision sheet', true],
    ['Planning Committee – decisions list', true],
    ['Summary of decisions', false],
  ])('"%s" heads a record of decisions: %s', (text, yes) => expect(DECISIONS_HEADING.test(text)).toBe(yes));

  it.each([
    ['Panel decision: Granted', true],
    ["Committee's decision: Refused", true],
    ['Decision: approved', true],
    ['Officer recommendation: Grant', false],
  ])('"%s" is a decision block: %s', (text, yes) => expect(DECISION_BLOCK.test(text)).toBe(yes));

  it.each([
    ['Item 4: 9 Tanyard Close Withdrawn', '4', '9 Tanyard Close'],
    ['Item 5: Old Maltings, Quay Road DEFERRED', '5', 'Old Maltings, Quay Road'],
    ['Agenda item 7: School Streets', '7', 'School Streets'],
  ])('"%s" heads item %s titled "%s"', (text, no, title) => {
    const m = ITEM_HEADING.exec(text);
    expect([m?.[1], m?.[2]]).toEqual([no, title]);
  });

  it.each([
    ['7a Chapel Street', true],
    ['14–18 Mill Parade', true],
    ['2031/32 Budget', false],
    ['12 noon start', false],
  ])('"%s" is a site address as a title: %s', (text, yes) => expect(ADDRESS_TITLE.test(text)).toBe(yes));

  it.each([
    ['Not considered. The application was withdrawn by the applicant.', true],
    ['Withdrawn by the applicant', true],
    ['None', true],
    ['Granted subject to conditions.', false],
    ['None of the objections outweighed the benefits; granted.', false],
  ])('"%s" decides nothing: %s', (text, yes) => expect(NOTHING_DECIDED.test(text)).toBe(yes));

  it.each([
    ['Councillors present were Councillors A Bell and C Dunn.', 'Councillors present', 'Councillors A Bell and C Dunn.'],
    ['The following members were present: A Bell, C Dunn', 'members present', 'A Bell, C Dunn'],
    ['Also in attendance were Mr E Ford and Ms G Hart.', 'Also in attendance', 'Mr E Ford and Ms G Hart.'],
  ])('"%s" says who attended under "%s"', (text, label, names) => {
    const m = ATTENDANCE_SENTENCE.exec(text);
    expect([m?.[3] ?? `${m?.[1]} ${m?.[2]}`, m?.[4]]).toEqual([label, names]);
  });

  it.each([
    ['Issued: Friday 5 March 2032', true],
    ['Date of issue: 5 March 2032', true],
    ['Date: Thursday 4 March 2032', false],
  ])('"%s" dates the record, not the meeting: %s', (text, yes) => expect(RECORD_DATE_LABELS.test(text)).toBe(yes));

  it.each([
    ['No other declarations were made.', true],
    ['There were no further interests declared.', true],
    ['Councillor A Bell declared an interest.', false],
  ])('"%s" says no one else declared: %s', (text, yes) => expect(NO_OTHER_DECLARATIONS.test(text)).toBe(yes));

  it('reads the time and place of a "sat on … at … in …" sentence, and the item a declaration names', () => {
    const m = MEETING_SAT_SENTENCE.exec('The Panel sat on Thursday 4 March 2032 at 6.30 pm in the Council Chamber, Priory House.');
    expect([m?.[1], m?.[2], m?.[3]]).toEqual(['Thursday 4 March 2032', '6.30 pm', 'Council Chamber, Priory House.']);
    expect(DECLARED_IN_ITEM.exec('a personal interest in item 4 (9 Tanyard Close) as a member')?.[1]).toBe('4');
    expect(ITEM_FIELD_LABEL.exec('Vote: For 3, Against 1')?.[1]).toBe('Vote');
    expect(ITEM_FIELD_LABEL.exec('The meeting closed at 8.15 pm.')).toBeNull();
  });

  it("reads the sheet as the meeting's minutes: prose attendance, one item a heading, the panel's decision resolved, the declaration at its item", () => {
    const result = extractPack(Buffer.from(page), 'ravensholm-eastern-area-planning-decisions.html');
    expect(result.minutes).toHaveLength(1);
    const m = result.minutes[0];
    if (!m) throw new Error('no minutes read');
    expect(m).toMatchObject({
      body: 'Eastern Area Planning Panel',
      date: '2032-03-04',
      time: '18:30',
      venue: 'Council Chamber, Priory House, Ravensholm RV3 9DD',
      endedAt: '20:15',
    });
    expect(m.present).toEqual(['Ines Marwood-Hale', 'Tobias Krenn', 'Aaliyah Okafor', 'Petr Novotny']);
    expect(m.apologies).toEqual(['Councillor Greta Holm']);
    expect(m.inAttendance).toHaveLength(2);
    expect(m.items.map((i) => [i.agendaItem, i.title])).toEqual([
      ['3', '7a Chapel Street'],
      ['4', '9 Tanyard Close'],
      ['5', 'Old Maltings, Quay Road'],
    ]);
    expect(m.items.map((i) => i.resolutions)).toEqual([
      ['Granted, contrary to the officer recommendation, subject to conditions to be set by the Planning Manager.'],
      [],
      ['Deferred for a further report on flood risk.'],
    ]);
    expect(m.items[1]?.declarations).toEqual([
      { member: 'Councillor Tobias Krenn', interest: 'a personal interest in item 4 (9 Tanyard Close) as a member of the parish council that commented on it.' },
    ]);
    expect(m.items[0]?.declarations).toEqual([]);
    expect(m.items[2]?.text).toContain('Mr Kwame Asante (agent)');
    expect(result.reports).toEqual([]);
  });
});
describe('holdout: minutes numbered "D 014/31" in a hanging column, an unnumbered private-session block at the margin, and a member returning after a lettered resolution', () => {
  const scheme = MINUTE_NUMBERS.find((s) => s.name === 'spaced-single-lettered');
  const pad = (col: number, s: string): string => `${' '.repeat(col)}${s}`;
  const row = (no: string, s: string): string => `${no.padEnd(18)}${s}`;
  const page1 = [
    pad(14, 'DRUMLAGH AND KILBRACK DISTRICT COUNCIL'),
    '',
    'Minutes of the Ordinary Meeting of Drumlagh and Kilbrack District Council held in the Assembly',
    'Hall, Kilbrack Town Hall, 3 Mill Brae, Kilbrack on Wednesday 14 May 2031 at 6.30 pm.',
    '',
    'Present: Councillor V Ferris (Chair); Councillors O Baird, N Carleton, E Dornan and I Eakin.',
    '',
    'In Attendance: Town Clerk (Mr F Greer) and Committee Clerk (Ms Y Hamill).',
    '',
    row('D 014/31', 'APOLOGIES'),
    pad(18, 'Apologies were received from Councillors Kearney and Lavery.'),
    '',
    row('D 015/31', 'LEISURE GRANTS ROUND TWO'),
    pad(18, 'Having declared an interest, Councillor Ferris left the meeting at 7.41 pm.'),
    pad(18, 'Moved by Councillor Baird, Seconded by Councillor Eakin, and AGREED that:'),
    pad(18, '(a) eleven clubs be awarded grants totalling £24,300 as set out in the report; and'),
    pad(18, '(b) the unspent balance of £1,700 be returned to the reserve for the autumn'),
    pad(18, 'round.'),
    pad(18, 'Councillor Ferris returned to the meeting at 7.52 pm.'),
    '',
    row('D 016/31', 'ALLOTMENT TENANCY RULES'),
    pad(18, 'Moved by Councillor Dornan, Seconded by Councillor Carleton, and AGREED that'),
    pad(18, 'the revised tenancy rules be adopted from 1 June 2031.'),
    '',
    '',
    pad(40, 'CONFIDENTIAL BUSINESS'),
    'Moved by Councillor Baird, Seconded by Councillor Dornan, and AGREED that the press and public be',
    'excluded from the meeting for items D 017/31 and D 018/31, which contain exempt information.',
    '',
    row('D 017/31', 'LEASE OF THE OLD CREAMERY'),
    pad(18, 'AGREED that the lease be granted on the terms set out in the report.'),
    '',
    row('D 018/31', 'DEBT RECOVERY CASE'),
    pad(18, 'AGREED that the position be noted.'),
    '',
    'Moved by Councillor Carleton, Seconded by Councillor Eakin, and AGREED that the meeting return to',
    'public session. The press rejoined the meeting at 8.15 pm.',
    '',
    row('D 019/31', 'DATE OF NEXT MEETING'),
    pad(18, 'The next meeting will be held on Wednesday 11 June 2031 at 6.30 pm.'),
    '',
    'The meeting closed at 8.24 pm.',
  ];
  const text = `${page1.join('\n')}\n\f`;

  it('reads "D 014/31" as a minute number only beside another of the same letter that it follows', () => {
    expect(scheme?.pattern.exec('D 014/31          APOLOGIES')?.slice(1, 3)).toEqual(['D 014/31', 'APOLOGIES']);
    expect(scheme?.follows('D 014/31', 'D 015/31')).toBe(true);
    expect(scheme?.follows('D 014/31', 'E 015/31')).toBe(false);
    expect(scheme?.paired).toBe(true);
    const lone = [
      'Minutes of the meeting of Crossgar Parish Council held on 3 March 2031.',
      '',
      '1. Apologies',
      'None.',
      '',
      '2. Matters arising',
      'A 12/31 hour service was noted.',
      '',
      '3. Close',
    ];
    const m = extractPack(Buffer.from(lone.join('\n')), 'parish.txt').minutes[0];
    expect(m?.items.map((i) => i.minute)).toEqual(['1', '2', '3']);
  });

  it('drops a note of a member coming back run on after the last lettered resolution', () => {
    expect('the balance be returned to the reserve. Councillor Ferris returned to the meeting at 7.52 pm.'.replace(MOVEMENT_TAIL, '')).toBe(
      'the balance be returned to the reserve.',
    );
  });

  it('reads the minutes: numbers and titles, the lettered resolutions without the return, and the margin motions as nobody’s', () => {
    const m = extractPack(Buffer.from(text), 'drumlagh-minutes.txt').minutes[0];
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['D 014/31', 'APOLOGIES'],
      ['D 015/31', 'LEISURE GRANTS ROUND TWO'],
      ['D 016/31', 'ALLOTMENT TENANCY RULES'],
      ['D 017/31', 'LEASE OF THE OLD CREAMERY'],
      ['D 018/31', 'DEBT RECOVERY CASE'],
      ['D 019/31', 'DATE OF NEXT MEETING'],
    ]);
    expect(m?.items.map((i) => i.resolutions)).toEqual([
      [],
      ['eleven clubs be awarded grants totalling £24,300 as set out in the report; and', 'the unspent balance of £1,700 be returned to the reserve for the autumn round.'],
      ['the revised tenancy rules be adopted from 1 June 2031.'],
      ['the lease be granted on the terms set out in the report.'],
      ['the position be noted.'],
      [],
    ]);
    expect(m?.items[2]?.text).not.toMatch(/CONFIDENTIAL BUSINESS|press and public/);
    expect(m?.endedAt).toBe('20:24');
  });

  it('keeps a minute whose text runs back to the margin under its number (no hanging column) whole', () => {
    const flat = [
      'Minutes of the meeting of Crossgar Parish Council held in the Village Hall on Tuesday 3 March 2031 at',
      '7.30 pm.',
      '',
      'Present: Councillors R Alcorn (Chair), B Dunwoody and S Heron.',
      '',
      row('P 031/31', 'FOOTPATHS'),
      'The Clerk reported that the stile on the Glebe path had been repaired by the landowner and',
      'Members thanked him. It was AGREED that the Clerk write to thank the landowner.',
      '',
      row('P 032/31', 'CORRESPONDENCE'),
      'Letters from the county council were noted.',
      '',
    ];
    const m = extractPack(Buffer.from(`${flat.join('\n')}\n\f`), 'crossgar.txt').minutes[0];
    expect(m?.items.map((i) => i.minute)).toEqual(['P 031/31', 'P 032/31']);
    expect(m?.items[0]?.resolutions).toEqual(['the Clerk write to thank the landowner.']);
  });
});
describe('a national park authority agenda: items left of the Subject heading, sub-items under its column, a lone wrapped year, presenter lines and an item box over the cover', () => {
  // Each cell's text set at its column, as pdftotext -layout prints a table.
  const at = (...cells: Array<[number, string]>): string => cells.reduce((line, [col, text]) => line.padEnd(col) + text, '');
  const front = [
    at([70, 'Glenmarrow National Park Authority – 8 October 2031']),
    '',
    'Glenmarrow National Park Authority',
    'Park Office, Tarn Road, Elsby EB2 9QT',
    '',
    'Date:           24 September 2031',
    '',
    'Dear Member,',
    'You are requested to attend a meeting of the Glenmarrow National Park Authority to be held in the Fellside',
    'Room, Park Office, Tarn Road, Elsby on Thursday 8 October 2031 at 2.00 pm.',
    '',
    'Yours sincerely,',
    '',
    'Orla Penhallow',
    'Chief Executive',
    '',
    at([55, 'Page 1']),
  ];
  const agenda = [
    at([70, 'Glenmarrow National Park Authority – 8 October 2031']),
    '',
    at([45, 'AGENDA']),
    '',
    at([1, 'No.'], [19, 'Subject'], [106, 'Pages']),
    at([1, '1.'], [9, 'Apologies']),
    at([1, '2.'], [9, 'Minutes']),
    at([9, '(a)'], [19, 'To approve the minutes of the meeting of the Authority held on 16 July'], [102, 'To follow']),
    at([19, '2031']),
    at([9, '(b)'], [19, 'To note the minutes of the Planning Committee held on 3 September 2031'], [108, '3-6']),
    at([1, '3.'], [9, 'Landscape and Access']),
    at([9, '(a)'], [19, 'Fell Footpath Restoration Programme 2032–2035'], [108, '7-9']),
    at([19, 'Report of the Head of Conservation']),
    at([9, '(b)'], [19, 'Visitor Numbers – Summer Season 2031']),
    at([19, 'Oral update from the Head of Visitor Services']),
    at([1, '4.'], [9, 'Budget Monitoring – Month 5'], [102, 'To follow']),
    at([9, 'Report of the Finance Officer']),
    at([1, '5.'], [9, 'Date of Next Meeting']),
    '',
    at([55, 'Page 2']),
  ];
  const report = [
    at([70, 'Glenmarrow National Park Authority – 8 October 2031']),
    '',
    at([96, 'Agenda Item 3(a)']),
    at([20, 'GLENMARROW NATIONAL PARK AUTHORITY']),
    '',
    at([1, 'Meeting:'], [26, 'National Park Authority']),
    at([1, 'Date:'], [26, '8 October 2031']),
    at([1, 'Report of:'], [26, 'Head of Conservation']),
    at([1, 'Subject:'], [26, 'Fell Footpath Restoration Programme 2032–2035']),
    '',
    '1. Purpose of Report',
    '1.1 To seek approval of a three-year programme for restoring eroded fell footpaths.',
    '',
    '2. Recommendations',
    'That the Authority approves the Fell Footpath Restoration Programme 2032–2035.',
    '',
    at([55, 'Page 7']),
  ];
  const pack = `${[front, agenda, report].map((p) => p.join('\n')).join('\n\f')}\n`;

  it.each([
    ['Report of the Head of Conservation', true],
    ['Oral update from the Head of Visitor Services', true],
    ['Verbal report by the Chair', true],
    ['Presentation by the Area Commander', true],
    ['Reporting on the season', false],
    ['Update on the Local Plan', false],
  ])('"%s" names who brings the item: %s', (text, presenter) => expect(AGENDA_PRESENTER_NOTE.test(text)).toBe(presenter));

  it('reads the items and sub-items with their own titles, the wrapped year joined, and the presenter lines and "To follow" as notes', () => {
    const result = extractPack(Buffer.from(pack), 'glenmarrow-npa-agenda.txt');
    const agendaItems = result.meeting?.agenda ?? [];
    expect(agendaItems.map((a) => [a.number, a.title, a.pages === null ? null : `${a.pages.from}-${a.pages.to}`])).toEqual([
      ['1', 'Apologies', null],
      ['2', 'Minutes', null],
      ['a)', 'To approve the minutes of the meeting of the Authority held on 16 July 2031', null],
      ['b)', 'To note the minutes of the Planning Committee held on 3 September 2031', '3-6'],
      ['3', 'Landscape and Access', null],
      ['a)', 'Fell Footpath Restoration Programme 2032–2035', '7-9'],
      ['b)', 'Visitor Numbers – Summer Season 2031', null],
      ['4', 'Budget Monitoring – Month 5', null],
      ['5', 'Date of Next Meeting', null],
    ]);
    expect(agendaItems.find((a) => a.title.startsWith('Visitor'))?.note).toBe('Oral update from the Head of Visitor Services');
    expect(agendaItems.find((a) => a.number === '4')?.note).toMatch(/^To follow\b.*Report of the Finance Officer$/);
  });

  it('takes the report\'s agenda item from the "Agenda Item 3(a)" box over the council\'s name', () => {
    const result = extractPack(Buffer.from(pack), 'glenmarrow-npa-agenda.txt');
    const r = result.reports[0];
    expect(r?.title).toBe('Fell Footpath Restoration Programme 2032–2035');
    expect(r?.agendaItem).toBe('3(a)');
  });
});
describe('an agenda item web page: meeting details over the report cover, a work programme under spanning date rows, an action log with a meeting column (invented Kestrelford council)', () => {
  const html = `<!DOCTYPE html>
<html lang="en">
<head><title>Item 9 | Kestrelford Borough Council</title></head>
<body>
<nav class="crumbs"><a href="/">Home</a> / <a href="/meetings">Meetings</a></nav>
<main>
<p>Item 9</p>
<h1>Panel Work Programme and Actions Tracker</h1>
<dl>
  <dt>Date</dt><dd>Wednesday 3 December 2031</dd>
  <dt>Time</dt><dd>6.30 pm</dd>
  <dt>Location</dt><dd>Room 2, Civic Offices, Mill Lane</dd>
  <dt>Agenda issued</dt><dd>24 November 2031</dd>
</dl>
<p><a href="/docs/item9.pdf">Download (PDF)</a></p>
<table>
  <tr><th>Meeting</th><td>Communities Scrutiny Panel</td></tr>
  <tr><th>Report by</th><td>Odalys Petrakis-Wren, Head of Democratic Services</td></tr>
  <tr><th>Report author</th><td>Caspian Yearwood, Democratic Services Officer<br>Telephone: 01999 402217<br>Email: <a href="mailto:c.yearwood@kestrelford.example">c.yearwood@kestrelford.example</a></td></tr>
  <tr><th>Wards affected</th><td>All</td></tr>
</table>
<h2>1. Recommendations</h2>
<p>The Panel is recommended to:</p>
<p>1.1 note the actions log at Appendix 2; and</p>
<p>1.2 approve the work programme at Appendix 1.</p>
<h2>Appendix 1: Panel Work Programme 2031/32</h2>
<table>
  <thead><tr><th>Date of meeting</th><th>Topic</th><th>Scope</th><th>Responsible officer</th><th>Type</th></tr></thead>
  <tbody>
    <tr><th colspan="5">Wednesday 3 December 2031 (this meeting)</th></tr>
    <tr>
      <td></td>
      <td>Community Safety Partnership &ndash; Annual<br>Review</td>
      <td>To review the partnership's priorities set on 1 April 2031.</td>
      <td>Head of Community Safety /<br>Inspector Rhodri Vandermeer, Kestrelford Police</td>
      <td>Report</td>
    </tr>
    <tr>
      <td></td>
      <td>Leisure Centre Contract</td>
      <td>Performance of the operator.</td>
      <td>Marisol Eckhardt, Leisure Manager</td>
      <td>Presentation</td>
    </tr>
    <tr><th colspan="5">Thursday 5 February 2032 &ndash; provisional</th></tr>
    <tr>
      <td></td>
      <td>Homelessness Strategy</td>
      <td>To comment before Cabinet on 19 February 2032.</td>
      <td>Tobiah Lindqvist, Housing Options Manager</td>
      <td>Report</td>
    </tr>
    <tr><th colspan="5">Spring 2032 &ndash; to be arranged</th></tr>
    <tr>
      <td></td>
      <td>Allotments Review</td>
      <td>Waiting lists and rents.</td>
      <td>Marisol Eckhardt, Leisure Manager</td>
      <td>Briefing</td>
    </tr>
    <tr><th colspan="5">Unscheduled</th></tr>
    <tr>
      <td>To be arranged</td>
      <td>Town Centre Car Parking</td>
      <td>Charges and season tickets.</td>
      <td>Parking Services Manager</td>
      <td>Report</td>
    </tr>
  </tbody>
</table>
<p>Every meeting also takes apologies, declarations and the minutes.</p>
<h2>Appendix 2: Actions Tracker</h2>
<table>
  <thead><tr><th>No.</th><th>Date agreed</th><th>Action agreed</th><th>Lead</th><th>Target date</th><th>Status / update</th></tr></thead>
  <tbody>
    <tr>
      <td>CSP/31/04</td><td>02/07/31</td>
      <td>Circulate the leisure usage figures.</td>
      <td>Marisol Eckhardt</td>
      <td>31/08/31</td>
      <td>Complete<br>Sent on 20 August 2031.</td>
    </tr>
    <tr>
      <td>CSP/31/07</td><td>24/09/31</td>
      <td>Invite the police to the next meeting.</td>
      <td>Caspian Yearwood</td>
      <td>December 2031</td>
      <td>In progress<br>Invitation sent on 1 October 2031.</td>
    </tr>
  </tbody>
</table>
</main>
<footer><p>Contact us: 01999 400000</p></footer>
</body>
</html>
`;

  it.each([
    ['Wednesday 3 December 2031 (this meeting)', 'Wednesday 3 December 2031'],
    ['Thursday 5 February 2032 – provisional', 'Thursday 5 February 2032'],
    ['Spring 2032 - to be arranged', 'Spring 2032'],
    ['Monday 9 March 2032', 'Monday 9 March 2032'],
  ])('a spanning group row "%s" is dated by "%s"', (text, date) => expect(text.replace(GROUP_ROW_NOTE, '')).toBe(date));

  it.each([
    ['Meeting', true],
    ['Date agreed', true],
    ['Committee meeting date', true],
    ['Date raised', true],
    ['Target date', false],
    ['Action', false],
  ])('"%s" is an action log\'s meeting column: %s', (text, is) => expect(PLAN_MEETING_COLUMN.test(text)).toBe(is));

  it.each([
    ['Appendix 1: Panel Work Programme 2031/32', 'Panel Work Programme 2031/32'],
    ['Annex B – Work Programme', 'Work Programme'],
    ['Appendices to this report', 'Appendices to this report'],
  ])('"%s" without its appendix label is "%s"', (text, rest) => expect(text.replace(APPENDIX_PREFIX, '')).toBe(rest));

  it('reads the cover under the meeting details, the programme rows by their group rows, and the action log once, each record at its own lines', () => {
    const result = extractPack(Buffer.from(html), 'kestrelford-item-9.html');
    const report = result.reports[0];
    expect(result.reports).toHaveLength(1);
    expect(report?.title).toBe('Panel Work Programme and Actions Tracker');
    expect(report?.leadOfficer).toBe('Odalys Petrakis-Wren, Head of Democratic Services');
    expect(report?.author).toBe('Caspian Yearwood, Democratic Services Officer');
    expect(report?.contact).toContain('01999 402217');
    expect(report?.contact).not.toContain('01999 400000');
    expect(result.workProgramme.map((w) => [w.meetingDate, w.item, w.leads])).toEqual([
      ['2031-12-03', 'Community Safety Partnership – Annual Review', ['Head of Community Safety', 'Inspector Rhodri Vandermeer, Kestrelford Police']],
      ['2031-12-03', 'Leisure Centre Contract', ['Marisol Eckhardt, Leisure Manager']],
      ['2032-02-05', 'Homelessness Strategy', ['Tobiah Lindqvist, Housing Options Manager']],
      [null, 'Allotments Review', ['Marisol Eckhardt, Leisure Manager']],
      [null, 'Town Centre Car Parking', ['Parking Services Manager']],
    ]);
    expect(result.workProgramme.every((w) => w.body === null || w.body === 'Panel')).toBe(true);
    // The heading over the cover names a tracker, but the table under it is the cover's: no tracker rows from it.
    expect(result.outcomeTracker).toEqual([]);
    const actions = result.actionPlans.flatMap((p) => p.actions);
    expect(actions.map((a) => [a.number, a.meetingDate, a.status, a.due?.date ?? null])).toEqual([
      ['CSP/31/04', '2031-07-02', 'Complete', '2031-08-31'],
      ['CSP/31/07', '2031-09-24', 'In progress', null],
    ]);
    expect(provenanceProblems(result, html)).toEqual([]);
    // The unscheduled row starts at its topic's cell, not at the "To be arranged" cell above it.
    const parking = result.workProgramme[4]?.lines?.from ?? 0;
    expect(html.split('\n')[parking - 1]).toContain('Town Centre Car Parking');
  });
});

describe('holdout: a parish council\'s minutes typed double-spaced, the mover and seconder run into "and RESOLVED" (Wrenmoor Parish Council)', () => {
  // Typed single-spaced, then saved double-spaced as an old word processor does: each line followed by a blank line.
  const typed = `                 WRENMOOR PARISH COUNCIL

        Village Institute, Church Lane, Wrenmoor WM3 8PZ

         PLANNING AND AMENITIES COMMITTEE

MINUTES of the meeting of the Planning and Amenities Committee
held in the Village Institute, Church Lane, Wrenmoor on
Wednesday 14th March 2029 at 7.30 p.m.

PRESENT: Councillor B. Quennell (Chairman), Councillors Mrs O.
Farrant, J. Pilbeam, Mrs T. Harcourt-
Lisle and S. Ogundipe.

IN ATTENDANCE: Mrs E. Vokes (Parish Clerk).

PA/61  APOLOGIES FOR ABSENCE
       Apologies were received from Councillor W. Dancy
       (family commitments). Proposed Cllr Pilbeam,
       seconded Cllr Farrant and RESOLVED that the reasons
       for absence be accepted.

PA/62  MINUTES OF THE PREVIOUS MEETING
       The minutes of the meeting held on Wednesday 10th
       January 2029 were taken as read. Proposed Cllr
       Ogundipe, seconded Cllr Pilbeam and RESOLVED that the
       minutes be approved as a correct record and signed.

PA/63  PLAYING FIELD FENCING
       Councillor Farrant left the room. The Clerk reported
       that two quotations had been received. Proposed Cllr
       Harcourt-Lisle, seconded Cllr Ogundipe and RESOLVED
       (a) that the quotation of Brockley Fencing in the sum
           of £3,120.00 be accepted;
       (b) that the Clerk be authorised to place the order.
       Councillor Farrant returned to the room at 8.05
       p.m.

PA/64  FOOTPATH SIGNS
       The Clerk reported that the new finger posts had been
       installed by the County Rights of Way Officer. Noted.

PA/65  BUS SHELTER
       The Clerk presented a letter from the bus operator
       about the shelter on the Green. Proposed Cllr
       Quennell, seconded Cllr Pilbeam and RESOLVED that the
       Clerk seek two quotations for its repair.

PA/66  DATE OF NEXT MEETING
       Wednesday 9th May 2029 at 7.30 p.m. Noted.

There being no further business the Chairman closed the meeting
at 8.40 p.m.
`;
  const doubled = typed.replace(/\n/g, '\n\n');

  it('"and RESOLVED" after a seconder in lower case starts the resolution, that ending the line or not', () => {
    expect('seconded Cllr Farrant and RESOLVED that the reasons'.split(RESOLUTION_MID_LINE)).toEqual(['seconded Cllr Farrant', 'and RESOLVED that the reasons']);
    expect('Harcourt-Lisle, seconded Cllr Ogundipe and RESOLVED'.split(RESOLUTION_MID_LINE)).toEqual(['Harcourt-Lisle, seconded Cllr Ogundipe', 'and RESOLVED']);
    // "and resolved" in prose, or a word in capitals that is no lead, does not.
    expect(RESOLUTION_MID_LINE.test('the matter was considered and resolved by the officers')).toBe(false);
    expect(RESOLUTION_MID_LINE.test('the sum of £3,120 and RESOLVEDLY')).toBe(false);
  });

  it('drops the spacing lines of a double-spaced text, keeping each line its source number', () => {
    const doc = buildDoc(doubled);
    const pa63 = doc.lines.find((l) => l.text.startsWith('PA/63'));
    expect(pa63?.no).toBe(doubled.split('\n').indexOf('PA/63  PLAYING FIELD FENCING') + 1);
    const k = doc.lines.indexOf(pa63 as (typeof doc.lines)[number]);
    // The heading and its first body line are now adjacent; a paragraph break keeps a blank line.
    expect(doc.lines[k + 1]?.text).toBe('Councillor Farrant left the room. The Clerk reported');
    expect(doc.lines[k - 1]?.text).toBe('');
    // The same text typed single-spaced, or one-line paragraphs with a blank line between each, is left as it is.
    expect(buildDoc(typed).lines).toHaveLength(typed.split('\n').length - 1);
    const onePerLine = Array.from({ length: 50 }, (_, i) => `Paragraph ${i + 1} of the notes.`).join('\n\n');
    expect(buildDoc(onePerLine).lines).toHaveLength(99);
  });

  it('reads the attendance, titles and resolutions of the double-spaced minutes', () => {
    const result = extractPack(Buffer.from(doubled), 'wrenmoor-pa-2029-03-14.txt');
    const m = result.minutes[0];
    expect(result.minutes).toHaveLength(1);
    expect(m?.endedAt).toBe('20:40');
    expect(m?.present.map(String).some((p) => p.includes('Harcourt-Lisle'))).toBe(true);
    expect(m?.present).toHaveLength(5);
    expect(m?.inAttendance).toHaveLength(1);
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['PA/61', 'APOLOGIES FOR ABSENCE'],
      ['PA/62', 'MINUTES OF THE PREVIOUS MEETING'],
      ['PA/63', 'PLAYING FIELD FENCING'],
      ['PA/64', 'FOOTPATH SIGNS'],
      ['PA/65', 'BUS SHELTER'],
      ['PA/66', 'DATE OF NEXT MEETING'],
    ]);
    expect(m?.items.map((i) => i.resolutions)).toEqual([
      ['the reasons for absence be accepted.'],
      ['the minutes be approved as a correct record and signed.'],
      ['that the quotation of Brockley Fencing in the sum of £3,120.00 be accepted;', 'that the Clerk be authorised to place the order.'],
      [],
      ['the Clerk seek two quotations for its repair.'],
      [],
    ]);
  });
});
describe('a council order paper: a letterhead set flush right, "Order Paper" under the body, a timed table with a wrapped pages heading, notes in the title column, a narrower second page (invented Harrowmere council)', () => {
  // Each cell's text set at its column, as pdftotext -layout prints a table.
  const at = (...cells: Array<[number, string]>): string => cells.reduce((line, [col, text]) => line.padEnd(col) + text, '');
  // A run of text set to end at a column, as a right-aligned block prints.
  const right = (end: number, text: string): string => text.padStart(end);
  const page1 = [
    at([60, 'Harrowmere District Council – Full Council, 4 March 2031']),
    '',
    at([0, 'HARROWMERE'], [70, right(40, 'Civic Offices, Mill Street')]),
    at([0, 'Harrowmere District Council'], [70, right(40, 'Harrowmere HW3 7LP')]),
    '',
    at([70, right(40, 'Contact: Petra Okonkwo-Lund')]),
    at([70, right(40, 'Tel: 01632 960 441')]),
    at([70, right(40, 'Email: members@harrowmere.example')]),
    at([70, right(40, 'Date: 24 February 2031')]),
    '',
    at([45, 'FULL COUNCIL']),
    at([45, 'ORDER PAPER']),
    at([33, 'Tuesday 4 March 2031 at 6.30 pm']),
    at([30, 'Council Chamber, Civic Offices, Mill Street']),
    '',
    'This paper sets out the business in the order it will be taken. It should be read with the summons sent on',
    'Friday 21 February 2031.',
    '',
    'Ingrid Salcedo-Vane',
    'Head of Legal and Democratic Services',
    '',
    at([100, 'Report']),
    at([0, 'No.'], [8, 'Subject'], [80, 'Timing']),
    at([101, 'pages']),
    at([0, '1.'], [8, 'Apologies for absence'], [80, '6.30 pm']),
    '',
    at([0, '2.'], [8, 'Minutes'], [80, '6.32 pm'], [101, '5 - 12']),
    at([8, 'To confirm the minutes of the meeting held on 14 January 2031.']),
    '',
    at([0, '3.'], [8, "Chairman's communications"], [80, '6.35 pm']),
    at([8, 'The Chairman, Councillor Wilf Brannagh, will report on recent events.']),
    '',
    at([0, '4.'], [8, 'Questions from the public'], [80, '6.45 pm'], [100, '13 - 18']),
    '',
    at([45, 'Page 1 of 2']),
  ];
  // The second page set three places narrower, its header not repeated.
  const page2 = [
    at([57, 'Harrowmere District Council – Full Council, 4 March 2031']),
    '',
    at([0, '5.'], [8, 'Notice of motion – Rural bus services 2031/32'], [77, '7.15 pm']),
    at([8, 'Independent Group; proposed by Councillor Dana Ferrow.']),
    '',
    at([0, '6.'], [8, 'Appointments to outside bodies'], [77, '7.40 pm'], [97, '19 - 24']),
    at([0, '7.'], [8, 'Date of next meeting'], [77, '7.50 pm']),
    at([8, 'The next meeting will be held on Tuesday 22 April 2031.']),
    '',
    'QUESTIONS FROM THE PUBLIC (ITEM 4)',
    '',
    'Question 1 from Mr Oren Baptiste to the Leader of the Council:',
    '"When will the leisure centre business case be made public?"',
    '    Answer: It will be',
    '    published with the Cabinet agenda for 18 March 2031.',
    '',
    at([45, 'Page 2 of 2']),
  ];
  const pack = `${[page1, page2].map((p) => p.join('\n')).join('\n\f')}\n\f`;

  it.each([
    ['ORDER PAPER', true],
    ['Order of Business', true],
    ['Supplementary Order Paper 2', true],
    ['Full Council', false],
    ['Order of the Day for Thursday', false],
  ])('"%s" names the kind of document, not the body: %s', (text, heading) => expect(FRONT_SHEET_HEADINGS.some((re) => re.test(text))).toBe(heading));

  it.each([
    ['Report pages', true],
    ['Agenda pages', true],
    ['Pages', true],
    ['Report', false],
  ])('"%s" heads an agenda table\'s pages column: %s', (text, pages) => expect(AGENDA_TABLE_HEADER.pages.test(text)).toBe(pages));

  it('reads the body under the letterhead and the flush-right date of issue, not a date in an answer', () => {
    const meeting = extractPack(Buffer.from(pack), 'harrowmere-order-paper.txt').meeting;
    expect(meeting?.body).toBe('FULL COUNCIL');
    expect(meeting?.date).toBe('2031-03-04');
    expect(meeting?.time).toBe('18:30');
    expect(meeting?.issuedBy).toBe('Ingrid Salcedo-Vane');
    expect(meeting?.issuedOn).toBe('2031-02-24');
  });

  it('reads each row by its columns on both pages: titles without the timing or notes, pages from the wrapped heading', () => {
    const agendaItems = extractPack(Buffer.from(pack), 'harrowmere-order-paper.txt').meeting?.agenda ?? [];
    expect(agendaItems.map((a) => [a.number, a.title, a.pages === null ? null : `${a.pages.from}-${a.pages.to}`])).toEqual([
      ['1', 'Apologies for absence', null],
      ['2', 'Minutes', '5-12'],
      ['3', "Chairman's communications", null],
      ['4', 'Questions from the public', '13-18'],
      ['5', 'Notice of motion – Rural bus services 2031/32', null],
      ['6', 'Appointments to outside bodies', '19-24'],
      ['7', 'Date of next meeting', null],
    ]);
    expect(agendaItems.find((a) => a.number === '3')?.note).toContain('Councillor Wilf Brannagh');
    expect(agendaItems.find((a) => a.number === '7')?.note).toContain('22 April 2031');
  });
});

describe('parish minutes with a payments schedule and who moved a resolution in a bracketed note wrapped onto its last line (holdout)', () => {
  const pad = (n: number): string => ' '.repeat(n);
  const pack = [
    'Little Brackwater Town Council                                          Minutes – Council Meeting 02.03.2032',
    '',
    '                 LITTLE BRACKWATER TOWN COUNCIL',
    '              MINUTES OF THE MEETING OF THE TOWN COUNCIL',
    '                held on Wednesday 2 March 2032 at 7.00 pm',
    '                  in the Guildhall, Market Square, Little Brackwater',
    '',
    'Present:        Cllr Orla Penhallow (Mayor), Cllr Jude Maddock, Cllr Ravi Sethna and Cllr Tess',
    '                Villiers.',
    'In attendance: Mr Owain Trevelyan (Town Clerk).',
    '',
    `32/041${pad(10)}APOLOGIES FOR ABSENCE`,
    `${pad(16)}Apologies were received from Cllr Hamish Doyle.`,
    `${pad(16)}RESOLVED: that the apologies be accepted.`,
    '',
    `32/042${pad(10)}ACCOUNTS`,
    `${pad(16)}a) Payments`,
    `${pad(16)}The Town Clerk presented the list of payments for February 2032:`,
    `${pad(18)}Payee                     Description                 Net £    VAT £   Gross £`,
    `${pad(18)}Brackwater Mowing Co     Verge cutting, February      410.00    82.00    492.00`,
    `${pad(18)}Kestrel Print            Newsletter, spring issue     150.00     0.00    150.00`,
    `${pad(18)}TOTAL                                                 560.00    82.00    642.00`,
    '',
    `${pad(16)}RESOLVED: that the payments listed above, totalling £642.00, be approved and the online`,
    `${pad(16)}payments authorised by two members. (Moved Cllr Sethna, seconded Cllr Maddock; 3 in`,
    `${pad(16)}favour. Cllr Villiers did not vote.)`,
    `${pad(16)}b) Budget monitoring`,
    `${pad(16)}The budget report to 29 February 2032 was considered.`,
    `${pad(16)}RESOLVED: that the budget report be noted. Proposed Cllr Maddock, seconded Cllr`,
    `${pad(16)}Penhallow, all in favour.`,
    '',
    `32/043${pad(10)}CLOSURE`,
    `${pad(16)}The Mayor closed the meeting at 8.10 pm.`,
    '',
  ].join('\n');

  it.each([
    ['authorised by two members. (Moved Cllr Sethna, seconded Cllr Maddock; 3 in favour.)', 2],
    ['be noted. Proposed Cllr Maddock, seconded Cllr Penhallow.', 2],
    ['be noted. (Proposals for the car park are attached.)', 1],
    ['be noted (moved to the April agenda).', 1],
  ])('"%s" splits into %i at who moved it', (text, parts) => expect(text.split(PROPOSER_MID_LINE)).toHaveLength(parts));

  it('ends each resolution before who moved it, bracketed or not, wrapped over lines', () => {
    const items = extractPack(Buffer.from(pack), 'little-brackwater-minutes.txt').minutes[0]?.items ?? [];
    expect(items.map((i) => i.minute)).toEqual(['32/041', '32/042', '32/043']);
    expect(items.find((i) => i.minute === '32/042')?.resolutions).toEqual([
      'that the payments listed above, totalling £642.00, be approved and the online payments authorised by two members.',
      'that the budget report be noted.',
    ]);
  });
});

describe('executive minutes with a three-column attendance table: each post wrapped in its own column, a label wrapped under its first word, one apology in the body of the apologies minute (invented Marlhaven council)', () => {
  // Each cell's text set at its column, as pdftotext -layout prints a table.
  const at = (...cells: Array<[number, string]>): string => cells.reduce((line, [col, text]) => line.padEnd(col) + text, '');
  const pack = [
    at([2, 'Marlhaven Borough Council']),
    '',
    at([2, 'EXECUTIVE']),
    at([2, 'Minutes of the meeting of the Executive held on Tuesday 9 September 2031 at 7.00 pm in Committee Room 1,']),
    at([2, 'The Guildhall, Quay Street, Marlhaven']),
    '',
    at([2, 'Present:'], [29, 'Councillor Petra Lindqvist (Chair)'], [66, 'Leader and Executive Member for Growth']),
    at([66, 'and Transport']),
    at([29, 'Councillor Osman Okafor-Reid'], [66, 'Executive Member for Adult Care, Public']),
    at([66, 'Health and Leisure']),
    at([29, 'Councillor Winifred Cray'], [66, 'Executive Member for Housing']),
    at([2, 'Also present:'], [29, 'Councillor Rhodri Passmore'], [66, 'Chair of the Scrutiny Board']),
    at([2, 'Officers'], [29, 'Tamsin Ashgrove'], [66, 'Managing Director']),
    at([2, 'present:']),
    at([29, 'Gideon Farrant'], [66, 'Deputy Managing Director and Chief Finance']),
    at([66, 'Officer']),
    at([29, 'Lucia Mbeki-Hart'], [66, 'Borough Solicitor and Monitoring']),
    at([66, 'Officer']),
    at([29, 'Kit Warrender'], [66, 'Committee Officer']),
    '',
    at([2, 'EX.17'], [26, 'APOLOGIES FOR ABSENCE']),
    '',
    at([26, 'An apology for absence was received from Councillor Harriet Voss (Executive Member for']),
    at([26, 'Climate and Green Spaces).']),
    '',
    at([2, 'EX.18'], [26, 'HOMELESSNESS PREVENTION GRANT 2031/32']),
    '',
    at([26, 'The Executive Member for Housing introduced the report.']),
    '',
    at([26, 'RESOLVED that the allocation of the Homelessness Prevention Grant for 2031/32 be approved.']),
    '',
    at([2, 'The meeting ended at 7.52 pm.']),
    '',
  ].join('\n');

  it.each([
    ['An apology for absence was received from Councillor A Bell.', 'Councillor A Bell.'],
    ['Apologies for absence were received from Councillor C Dunn.', 'Councillor C Dunn.'],
  ])('"%s" names who sent apologies', (text, names) => expect(APOLOGIES_SENTENCE.exec(text)?.[1]).toBe(names));

  it.each([
    ['Councillor A Bell (Executive Member for Climate)', true],
    ['Councillor A Bell (Deputy Leader and Portfolio Holder for Finance)', true],
    ['Councillor A Bell (Vice-Chair)', false],
    ['Councillor A Bell (Ward 3)', false],
  ])('"%s" ends in a portfolio: %s', (text, portfolio) => expect(PORTFOLIO_NOTE.test(text)).toBe(portfolio));

  it("reads one person a row: members without their portfolios, officers with their posts, a post's last word wrapped alone no label", () => {
    const minutes = extractPack(Buffer.from(pack), 'marlhaven-executive-minutes.txt').minutes[0];
    expect(minutes?.present).toEqual(['Councillor Petra Lindqvist', 'Councillor Osman Okafor-Reid', 'Councillor Winifred Cray']);
    expect(minutes?.otherMembersPresent).toEqual(['Councillor Rhodri Passmore']);
    expect(minutes?.inAttendance).toEqual([
      'Tamsin Ashgrove, Managing Director',
      'Gideon Farrant, Deputy Managing Director and Chief Finance Officer',
      'Lucia Mbeki-Hart, Borough Solicitor and Monitoring Officer',
      'Kit Warrender, Committee Officer',
    ]);
  });

  it('reads the one apology in the body of the apologies minute, the councillor without the portfolio in brackets', () => {
    const minutes = extractPack(Buffer.from(pack), 'marlhaven-executive-minutes.txt').minutes[0];
    expect(minutes?.apologies).toEqual(['Councillor Harriet Voss']);
    expect(minutes?.items.map((i) => i.minute)).toEqual(['EX.17', 'EX.18']);
  });
});

describe('town council minutes saved by Word as a web page in windows-1252: a hanging-indent "In attendance:" over TAB-indented paragraphs, the press counted with their paper, a minute book footer between the minute tables, and a noted report whose lead-in sentence reports (invented: Orlingham Town Council)', () => {
  // Word's paragraphs, a blank paragraph between; cp1252 bytes for the apostrophe (0x92), dash (0x96) and dotted leader (0x85).
  const p = (inner: string, style = ''): string => `<p class=MsoNormal${style}><span style='mso-bidi-font-family:Arial'>${inner}<o:p></o:p></span></p>`;
  const tab = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>";
  const hang = " style='margin-left:99.25pt;text-indent:-99.25pt'";
  const cell = (paras: string[], width: number): string => `<td width=${width} valign=top>\r\n${paras.map((x) => p(x)).join('\r\n')}\r\n</td>`;
  const row = (no: string, title: string, paras: string[]): string => `<tr>\r\n${cell([`<b>${no}</b>`], 85)}\r\n${cell([`<b>${title}</b>`, ...paras], 520)}\r\n</tr>`;
  const bullet = (text: string): string =>
    `<![if !supportLists]><span style='font-family:Symbol'>\u00b7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>${text}`;
  const footer = (page: string): string => p(`Minute Book Page ${page}${tab}Mayor\u0092s initials \u0085\u0085\u0085\u0085\u0085`);
  const html = [
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">',
    '<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=ProgId content=Word.Document>',
    '<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Wren Castellan</o:Author></o:DocumentProperties></xml><![endif]-->',
    '<style>p.MsoNormal {margin:0cm;}</style></head><body lang=EN-GB>',
    "<div class=WordSection1><p class=MsoNormal align=center style='text-align:center'><b>ORLINGHAM TOWN COUNCIL</b></p>",
    p('Guildhall, Bridge Row, Orlingham OR7 2LD'),
    p('Tel: 01632 960417'),
    p('<b>MINUTES</b>'),
    p('of the meeting of the FULL COUNCIL of Orlingham Town Council held in the Guildhall, Bridge Row on Thursday 9<sup>th</sup> October 2031 at 7.00 pm'),
    p('<o:p>&nbsp;</o:p>'),
    p('<b>Present:</b>'),
    '<table class=MsoTableGrid border=0>',
    `<tr>${cell(['Cllr H Quennell <i>(Mayor)</i>'], 280)}${cell(['Cllr D Ashworth-Lyle'], 280)}</tr>`,
    `<tr>${cell(['Cllr T Obi'], 280)}${cell(['Cllr M Fenwick'], 280)}</tr>`,
    '</table>',
    p('<o:p>&nbsp;</o:p>'),
    p(`<b>In attendance:</b>${tab}Ms W Castellan (Town Clerk)`, hang),
    p(`${tab}Mr J Treadwell (Assistant Clerk &amp; RFO)`, hang),
    p(`${tab}County Cllr P Marchetti (Wexley County Council) \u0096 until 8.05 pm`, hang),
    p(`${tab}2 members of the public and 1 representative of the press (<i>Wexley Gazette</i>)`, hang),
    p('<o:p>&nbsp;</o:p>'),
    '<table class=MsoTableGrid border=0>',
    row('OC.51', 'APOLOGIES FOR ABSENCE', ['Apologies were received from Cllr S Pryor.', 'RESOLVED that the reason for absence be approved.']),
    row('OC.52', 'MINUTES', ['RESOLVED that the minutes of the meeting held on 11th September 2031 be approved as a correct record.']),
    '</table>',
    footer('OC/2031-32/14'),
    "<br clear=all style='page-break-before:always'>",
    '<table class=MsoTableGrid border=0>',
    row('OC.53', 'CLERK\u0092S REPORT', [
      'The Clerk\u0092s report was received and noted. In particular the Clerk reported that:',
      bullet('the play area inspection would take place on 3rd November 2031;'),
      bullet('the winter gritting rota had been agreed with the County Council.'),
    ]),
    row('OC.54', 'GRANTS', ['RESOLVED that a grant of \u00a3600 be made to the Orlingham Food Bank.']),
    '</table>',
    footer('OC/2031-32/15'),
    p('The meeting closed at 8.20 pm.'),
    '</div></body></html>',
  ].join('\r\n');
  const bytes = Buffer.from(html, 'latin1');

  it.each([
    ['Minute Book Page OC/2031-32/14\tMayor\u2019s initials \u2026\u2026\u2026', true],
    ['Minute Book Page 61', true],
    ['Minute book folio 215   Chairman\u2019s initials ______', true],
    ['Minute Book Page 61 was amended at the last meeting.', false],
    ['The minute book page was signed.', false],
  ])('"%s" is a minute book footer: %s', (text, yes) => expect(MINUTE_BOOK_FOOTER.test(text)).toBe(yes));

  it.each([
    ['1 representative of the press (Wexley Gazette)', []],
    ['two reporters (Orlingham Radio)', []],
    ['one member of the press (Mr K Dalby)', ['Mr K Dalby']],
    ['three other councillors (Cllr A Bell and Cllr C Dunn)', ['Cllr A Bell', 'Cllr C Dunn']],
  ])('"%s" names %j', (text, people) => expect(countedPeople(text)).toEqual(people));

  it('reads each TAB-indented paragraph under the hanging "In attendance:" label as one entry; the counted public and press name no one', () => {
    const [m] = extractPack(bytes, 'orlingham.html').minutes;
    expect(m?.present).toEqual(['Cllr H Quennell', 'Cllr D Ashworth-Lyle', 'Cllr T Obi', 'Cllr M Fenwick']);
    expect(m?.inAttendance).toEqual([
      'Ms W Castellan (Town Clerk)',
      'Mr J Treadwell (Assistant Clerk & RFO)',
      'County Cllr P Marchetti (Wexley County Council) \u2013 until 8.05 pm',
    ]);
  });

  it('keeps the minute book footer out of the minutes, and a report received and noted resolves nothing by its bullets', () => {
    const [m] = extractPack(bytes, 'orlingham.html').minutes;
    expect(m?.items.map((i) => i.minute)).toEqual(['OC.51', 'OC.52', 'OC.53', 'OC.54']);
    expect(m?.items.some((i) => /minute book|initials/i.test(i.text))).toBe(false);
    expect(m?.items.find((i) => i.minute === 'OC.53')?.title).toBe('CLERK\u2019S REPORT');
    expect(m?.items.find((i) => i.minute === 'OC.53')?.resolutions).toEqual([]);
    expect(m?.items.map((i) => i.resolutions.length)).toEqual([1, 1, 0, 1]);
    expect(m?.endedAt).toBe('20:20');
  });
});

describe("a joint panel's membership grid in two columns, each council in brackets wrapped onto the next line, and a co-opted group under its own heading (holdout)", () => {
  const pack = [
    '                                                                          Public Document Pack',
    '',
    'Eskmoor Fire and Rescue Scrutiny Panel',
    'Date:                    Thursday, 14 March 2030',
    'Time:                    10.30 am',
    'Venue:                   Lantern Room, Civic Centre, Quay Street, Eskby EK4 2PL',
    '',
    '',
    'Membership',
    'Councillor Orrin Vasquez-Tull (Brackmoor Metropolitan       Councillor Hester Quinlan (Brackmoor',
    'Borough Council) (Chair)                                    Metropolitan Borough Council)',
    'Councillor Yusuf Aldermaston (Royal Borough of              Councillor Petra Lindqvist-',
    'Fellgate Council)                                           Moorcroft (Eskby Council)',
    'Councillor Nia Castellane (Dunhollow                        Councillor Bram Ostrowski (Dunhollow District',
    'District Council)                                           Council)',
    '',
    'Independent Co-opted Members',
    'Dr Imogen Saltmarsh (Vice-Chair)                            Mr Tobias Fennimore',
    '',
    '',
    'Rosalind Achebe-Strand',
    'Head of Legal Services',
    '',
    'AGENDA',
    ' Item    Business                                                                   Page No.',
    '',
    ' 1.      Apologies for Absence                                                           –',
    '',
    ' 2.      Declarations of Interest                                                        –',
    '',
    ' 3.      Fire Authority Budget 2030/31                                                  1-4',
    '',
  ].join('\n');

  it.each([
    ['Brackmoor Metropolitan Borough Council', true],
    ['Royal Borough of Fellgate Council', true],
    ['Eskmoor Fire Authority', true],
    ['Leader of the Council', false],
    ['Chair of Eskby Council', false],
    ['Vice-Chair', false],
  ])('"%s" names the body a member sits for: %s', (note, body) => expect(MEMBER_BODY_NOTE.test(note)).toBe(body));

  it('keeps the body a member sits for in the name, and takes a role after it', () => {
    expect(parseMember('Councillor A Bell (Eskby Council) (Chair)')).toEqual({ name: 'Councillor A Bell (Eskby Council)', role: 'Chair' });
    expect(parseMember('Councillor A Bell (Eskby Council)')).toEqual({ name: 'Councillor A Bell (Eskby Council)', role: null });
    expect(parseMember('Councillor A Bell (Leader of the Council)')).toEqual({ name: 'Councillor A Bell', role: 'Leader of the Council' });
  });

  it("reads each column's entry whole over its wrap, a cut name and the co-opted row under its heading", () => {
    const r = extractPack(Buffer.from(pack), 'eskmoor-panel-agenda.txt');
    expect(r.meeting?.members).toEqual([
      { name: 'Councillor Orrin Vasquez-Tull (Brackmoor Metropolitan Borough Council)', role: 'Chair' },
      { name: 'Councillor Hester Quinlan (Brackmoor Metropolitan Borough Council)', role: null },
      { name: 'Councillor Yusuf Aldermaston (Royal Borough of Fellgate Council)', role: null },
      { name: 'Councillor Petra Lindqvist-Moorcroft (Eskby Council)', role: null },
      { name: 'Councillor Nia Castellane (Dunhollow District Council)', role: null },
      { name: 'Councillor Bram Ostrowski (Dunhollow District Council)', role: null },
      { name: 'Dr Imogen Saltmarsh', role: 'Vice-Chair' },
      { name: 'Mr Tobias Fennimore', role: null },
    ]);
  });
});

describe('a notice of key decisions in blocks headed by the reference alone, labels wrapped in a narrow column, blocks cut by page breaks (holdout)', () => {
  // Laid out as pdftotext -layout prints it: labels at column 2, values at column 28.
  const row = (label: string, value = ''): string => (value === '' ? ` ${label}` : ` ${label.padEnd(26)}${value}`);
  const wrap = (value: string): string => `${' '.repeat(27)}${value}`;
  const running = 'Pelldown Borough Council                                   Notice of Key Decisions – issued 9 February 2032';
  const footer = (n: number): string[] => ['', '', '', `Notice 02/2032                                                                                       Page ${n} of 2`];
  const pages = [
    [
      running,
      '',
      '',
      ' Pelldown Borough Council                                                       Committee Services',
      '',
      ' Notice of Key Decisions',
      ' Period covered: 10 March 2032 to 30 June 2032',
      ' Date of publication: Monday 9 February 2032',
      '',
      ' A key decision listed here will not be taken before the date shown against it. Enquiries about this Notice:',
      ' Wendell Okonjo-Pratt, Committee Services Manager.',
      '',
      ' Changes since the last Notice',
      '     KDN/32/002 (Riverside moorings review) has been withdrawn.',
      '',
      ' Key decisions to be taken',
      '',
      ' KDN/32/004',
      row('Title of the decision:', 'Renewal of the Pelldown Town Centre Business Improvement District ballot and its five-'),
      wrap('year Business Plan'),
      row('Decision maker:', 'Executive, Full Council'),
      row('Date of decision', 'Executive: 16 March 2032'),
      row('(not before):', 'Full Council: 20 April 2032'),
      row('Key decision:', 'Yes'),
      row('Wards affected:', 'Abbeygate; Market'),
      row('Exempt', 'No'),
      row('information:'),
      row('Documents to be', 'Executive report; BID Business Plan 2032–2037; ballot'),
      row('considered:', 'timetable'),
      row('Lead officer:', 'Saoirse Lindqvist-Obi, Town Centre Manager'),
      wrap('Tel: 01999 300411 saoirse.lindqvist-obi@pelldown.example'),
      row('Portfolio holder:', 'Cllr Tobias Renwick, Executive Member for Economy'),
      '',
      ' KDN/32/007                                                                          DEFERRED from 12 January 2032',
      row('Title of decision:', 'Award of the grounds maintenance contract (parks, verges and'),
      wrap('cemeteries), 1 April 2032 to 31 March 2039'),
      row('Decision maker:', 'Executive'),
      row('Date of decision', '16 March 2032'),
      row('(not before):'),
      row('Key decision:', 'Yes'),
      row('Exempt', 'Part exempt, paragraph 3'),
      row('information:'),
      row('Documents to be', 'Executive report; Appendix 2 – Bid Scores (exempt)'),
      row('considered:'),
      row('Lead officer:', 'Hamish Oduya, Parks Manager'),
      wrap('Tel: 01999 300522 hamish.oduya@pelldown.example'),
      row('Portfolio holder:', 'Cllr Greta Fairhurst, Executive Member for Environment'),
      '',
      ' KDN/32/009                                                                                                   NEW',
      row('Title of decision:', 'Purchase of six electric refuse vehicles'),
      ...footer(1),
    ],
    [
      running,
      '',
      '',
      row('Decision maker:', 'Head of Operations, in consultation with the Executive Member for'),
      wrap('Environment'),
      row('Date of decision', 'May 2032'),
      row('(not before):'),
      row('Key decision:', 'Yes'),
      row('Exempt', 'No'),
      row('information:'),
      row('Documents to be', 'Officer decision report; fleet options appraisal'),
      row('considered:'),
      row('Lead officer:', 'Priya Szabo-Kent, Fleet Manager'),
      wrap('Tel: 01999 300633 priya.szabo-kent@pelldown.example'),
      row('Portfolio holder:', 'Cllr Greta Fairhurst, Executive Member for Environment'),
      '',
      ' KDN/32/011',
      row('Title of decision:', 'Sale of land at Cotter’s Yard, Hembury, to a housing association'),
      row('Decision maker:', 'Executive Member for Resources'),
      row('Date of decision', '2 June 2032'),
      row('(not before):'),
      row('Key decision:', 'Yes'),
      row('Exempt', 'Part exempt, paragraph 3'),
      row('information:'),
      row('Documents to be', 'Decision report; valuation (exempt)'),
      row('considered:'),
      row('Lead officer:', 'Farid Nkemelu, Property Lead'),
      wrap('Tel: 01999 300744 farid.nkemelu@pelldown.example'),
      row('Portfolio holder:', 'Cllr Ines Marchetti, Executive Member for Resources'),
      '',
      ' Yolanda Kirrane-Hume',
      ' Head of Legal Services (Monitoring Officer)',
      ' 9 February 2032',
      ...footer(2),
    ],
  ];
  const text = `${pages.map((p) => p.join('\n')).join('\n\f')}\n\f`;
  const result = extractPack(Buffer.from(text), 'pelldown-key-decisions.txt');
  const plan = result.forwardPlan;
  const entry = (ref: string) => plan.find((e) => e.ref === ref);

  it.each([
    ['KDN/32/004', true],
    ['FP-31-12', true],
    ['Page 2 of 3', false],
    ['2032/33', false],
  ])('"%s" heads a notice as its reference: %s', (cell, ref) => expect(NOTICE_REF_HEADING.test(cell)).toBe(ref));

  it.each([
    ['NEW', true],
    ['DEFERRED from 12 January 2032', true],
    ['Executive report', false],
  ])('"%s" marks a notice beside its reference: %s', (cell, marker) => expect(NOTICE_REF_MARKER.test(cell)).toBe(marker));

  it.each([
    ['considered:', true],
    ['(not before):', true],
    ['Lead officer:', false],
    ['timetable', false],
  ])('"%s" is the wrapped tail of a label: %s', (cell, tail) => expect(NOTICE_LABEL_TAIL.test(cell)).toBe(tail));

  it.each([
    ['in consultation with the Executive Member for Environment', true],
    ['Full Council', false],
  ])('"%s" is whom the maker before it consults: %s', (part, consults) => expect(MAKER_CONSULTS.test(part)).toBe(consults));

  it('reads one entry per reference heading, in order, none from the changes list, and nothing else', () => {
    expect(plan.map((e) => e.ref)).toEqual(['KDN/32/004', 'KDN/32/007', 'KDN/32/009', 'KDN/32/011']);
    expect(result.reports).toEqual([]);
    expect(result.minutes).toEqual([]);
  });

  it('joins titles wrapped in the value column, a hyphen-broken word kept whole, without the marker beside the reference', () => {
    expect(entry('KDN/32/004')?.issue).toBe('Renewal of the Pelldown Town Centre Business Improvement District ballot and its five-year Business Plan');
    expect(entry('KDN/32/007')?.issue).toBe('Award of the grounds maintenance contract (parks, verges and cemeteries), 1 April 2032 to 31 March 2039');
    expect(plan.every((e) => !/deferred|new$/i.test(e.issue ?? ''))).toBe(true);
  });

  it('takes "(not before)" from the wrapped date label, and keeps a two-line date or a month alone as text', () => {
    expect(entry('KDN/32/007')?.decisionDate).toEqual({ text: '16 March 2032', date: '2032-03-16', qualifier: 'not-before' });
    expect(entry('KDN/32/011')?.decisionDate).toEqual({ text: '2 June 2032', date: '2032-06-02', qualifier: 'not-before' });
    expect(entry('KDN/32/009')?.decisionDate).toEqual({ text: 'May 2032', date: null, qualifier: null });
    expect(entry('KDN/32/004')?.decisionDate.text).toBe('Executive: 16 March 2032 Full Council: 20 April 2032');
    expect(entry('KDN/32/004')?.decisionDate.date).not.toBe('2032-04-20');
  });

  it('reads the makers, one consulting maker across its wrap, never the portfolio holder', () => {
    expect(entry('KDN/32/004')?.decisionMakers).toEqual(['Executive', 'Full Council']);
    expect(entry('KDN/32/009')?.decisionMakers).toEqual(['Head of Operations, in consultation with the Executive Member for Environment']);
    expect(entry('KDN/32/011')?.decisionMakers).toEqual(['Executive Member for Resources']);
  });

  it('reads the wrapped "Exempt information" and "Documents to be considered" labels, no label tail in a value', () => {
    expect(plan.map((e) => e.exempt)).toEqual(['No', 'Part exempt, paragraph 3', 'No', 'Part exempt, paragraph 3']);
    expect(entry('KDN/32/004')?.documents).toBe('Executive report; BID Business Plan 2032–2037; ballot timetable');
    expect(entry('KDN/32/007')?.documents).toBe('Executive report; Appendix 2 – Bid Scores (exempt)');
    expect(JSON.stringify(plan)).not.toMatch(/considered:|information:|\(not before\)|Portfolio holder|Cllr/);
  });

  it('reads a block cut by a page break on, without the page footer and header, and ends the last before the sign-off', () => {
    expect(entry('KDN/32/009')?.contacts).toEqual(['Priya Szabo-Kent, Fleet Manager Tel: 01999 300633 priya.szabo-kent@pelldown.example']);
    expect(plan.map((e) => e.contacts.length)).toEqual([1, 1, 1, 1]);
    expect(JSON.stringify(plan)).not.toMatch(/Page \d|Notice 02\/2032|Kirrane-Hume|Monitoring Officer|Okonjo-Pratt/);
    expect(plan.every((e) => e.firstPublished === null)).toBe(true);
  });
});

describe('holdout: a bilingual summons side by side, Welsh left and English right on every line, numbers printed in both columns', () => {
  // Invented: a community council’s clerk’s letter and agenda printed from a two-column table, the halves wrapping apart.
  const L = 3; // where the left-hand column starts
  const R = 72; // where the right-hand column starts
  const row = (left: string, right: string, li = 0, ri = 0): string =>
    `${' '.repeat(L + li)}${left}`
      .padEnd(R + ri, ' ')
      .concat(right)
      .trimEnd();
  const centre = (left: string, right: string): string => {
    const width = R - L - 6;
    const l = ' '.repeat(L + Math.floor((width - left.length) / 2)) + left;
    return `${l.padEnd(R + Math.floor((width - right.length) / 2), ' ')}${right}`;
  };
  const header = (): string => `Cyngor Cymuned Pentre Afon – Cyfarfod 03.05.2029`.padEnd(R + 18) + 'Pentre Afon Community Council – Meeting 03.05.2029';
  const footer = (k: number): string => `${' '.repeat(58)}Tudalen / Page ${k} o / of 3`;
  const pack = [
    header(),
    '',
    '',
    centre('CYNGOR CYMUNED', 'PENTRE AFON'),
    centre('PENTRE AFON', 'COMMUNITY COUNCIL'),
    row('Clerc a Swyddog Ariannol Cyfrifol: Gwenno Haf', 'Clerk and Responsible Financial Officer: Gwenno Haf', 2, 2),
    centre('Pritchard', 'Pritchard'),
    centre('Neuadd Goffa Pentre Afon, Ffordd y Bont,', 'Afon Memorial Hall, Bridge Road,'),
    row('Ffôn: 01632 960777 E-bost: clerc@pentreafon.cymru', 'Tel: 01632 960777 E-mail: clerc@pentreafon.cymru', 1, 1),
    '',
    '',
    row('24 Ebrill 2029', '24 April 2029'),
    row('Annwyl Gynghorydd,', 'Dear Councillor,'),
    row('Fe’ch gwysir drwy hyn i fynychu Cyfarfod Blynyddol', 'You are hereby summoned to attend the Annual Meeting'),
    row('Cyngor Cymuned Pentre Afon.', 'of Pentre Afon Community Council.'),
    row('Dyddiad: Nos Iau, 3 Mai 2029', 'Date: Thursday, 3 May 2029'),
    row('Amser: 7.30 yh', 'Time: 7.30 pm'),
    row('Lleoliad: Neuadd Fawr, Sefydliad Coffa Pentre', 'Venue: Main Hall, Pentre Afon Memorial'),
    row('Afon, Ffordd y Bont', 'Institute, Bridge Road'),
    row('Gall y cyhoedd fynychu; cysylltwch â’r Clerc am', 'Members of the public may attend; please contact the'),
    row('fanylion pellach ymlaen llaw os gwelwch yn dda.', 'Clerk for further details in advance.'),
    '',
    `${' '.repeat(50)}AGENDA          /     AGENDA`,
    row('1.   Ymddiheuriadau am absenoldeb', '1.   Apologies for absence'),
    row('2.   Datgan buddiant', '2.   Declarations of interest'),
    row('Atgoffir yr Aelodau o’u dyletswydd o dan God', 'Members are reminded of their duty under the', 5, 5),
    row('Ymddygiad yr Aelodau i ddatgan natur unrhyw', 'Members’ Code of Conduct to declare the nature', 5, 5),
    row('fuddiant personol neu niweidiol mewn unrhyw', 'of any personal or prejudicial interest in any', 5, 5),
    row('eitem ar yr agenda, ac i adael y cyfarfod pan', 'item on this agenda, and to leave the meeting', 5, 5),
    row('fo’r buddiant yn niweidiol.', 'where that interest is prejudicial.', 5, 5),
    row('3.   Fforwm cyhoeddus (hyd at 10 munud)', '3.   Public forum (up to 10 minutes)'),
    row('Rhaid i’r sawl sy’n dymuno siarad roi gwybod', 'Residents who wish to speak must notify the', 5, 5),
    row('i’r Clerc erbyn hanner dydd ddydd Llun', 'Clerk by 12 noon on Monday', 5, 5),
    row('30 Ebrill 2029.', '30 April 2029.', 5, 5),
    row('4.   Cofnodion', '4.   Minutes'),
    row('4.1 Cymeradwyo cofnodion y cyfarfod', '4.1 To approve the minutes of the meeting', 4, 4),
    row('a gynhaliwyd ar 5 Ebrill 2029.', 'held on 5 April 2029.'),
    row('4.2    Derbyn cofnodion y Pwyllgor', '4.2    To receive the minutes of the Finance', 8, 8),
    row('Cyllid.', 'Committee.'),
    row('5.   Arwyddion llwybrau –', '5.   Footpath signage –'),
    row('rhaglen adnewyddu', 'replacement programme'),
    row('6.   Ceisiadau cynllunio', '6.   Planning applications'),
    row('Ystyried y ceisiadau canlynol:', 'To consider the following applications:', 8, 8),
    row('• 29/0101/FUL – Tŷ Gwyn: estyniad', '• 29/0101/FUL – White House: extension', 13, 13),
    row('• 29/0117/FUL – Yr Efail: garej', '• 29/0117/FUL – The Old Forge: garage', 13, 13),
    '',
    '',
    footer(1),
    `\f${header()}`,
    '',
    '',
    row('7.   Gwahardd y wasg a’r cyhoedd', '7.   Exclusion of press and public'),
    row('Penderfynu y dylid gwahardd y wasg a’r cyhoedd', 'To resolve that the press and public be excluded', 5, 5),
    row('ar gyfer yr eitem ganlynol.', 'for the following item.', 5, 5),
    centre('RHAN 2 – EITEM GYFRINACHOL', 'PART 2 – CONFIDENTIAL ITEM'),
    row('8.   Tendrau cynnal a chadw’r fynwent', '8.   Cemetery maintenance tenders'),
    '',
    row('Yn gywir,', 'Yours faithfully,'),
    row('Gwenno Haf Pritchard', 'Gwenno Haf Pritchard'),
    row('Clerc a Swyddog Ariannol Cyfrifol', 'Clerk and Responsible Financial Officer'),
    '',
    footer(2),
    `\f${header()}`,
    '',
    '',
    row('Aelodau’r Cyngor', 'Members of the Council'),
    row('Cyng. Mali Rhys (Cadeirydd) – Ward y Gogledd', 'Cllr Mali Rhys (Chair) – North Ward'),
    row('Cyng. Ifan Lloyd (Is-gadeirydd) – Ward y De', 'Cllr Ifan Lloyd (Vice-Chair) – South Ward'),
    row('Cyng. Siwan Bevan – Ward y', 'Cllr Siwan Bevan – North Ward'),
    row('Gogledd', 'Cllr Huw Tanat – South Ward'),
    row('Cyng. Huw Tanat – Ward y De', 'Cllr Nia Morgan-Jones – Bryn-y-Castell Ward'),
    row('Cyng. Nia Morgan-Jones – Ward Bryn-y-Castell', ''),
    row('Copi: Cyng. Rhodri Wyn (Cynghorydd Sir)', 'Copy: Cllr Rhodri Wyn (County Councillor)'),
    '',
    footer(3),
    '\f',
  ].join('\n');
  const result = extractPack(Buffer.from(pack), 'pentre-afon-summons.txt');
  const m = result.meeting;
  const item = (no: string): AgendaItem | undefined => m?.agenda.find((a) => a.number === no);

  it('reads every page in its English column, the letterhead and a heading centred in each column too, and every record points at its line', () => {
    const lines = inEnglish(pack.split('\n'));
    expect(lines[3]?.trim()).toBe('PENTRE AFON');
    expect(lines.some((l) => /RHAN 2|Cyng\.|Lleoliad|Cofnodion/.test(l))).toBe(false);
    expect(provenanceProblems(result, pack)).toEqual([]);
  });

  it('reads the letterhead’s clerk, her surname wrapped onto a line of its own, as the one contact, and a venue wrapped back to its label’s margin', () => {
    expect(m?.contacts).toEqual([{ name: 'Gwenno Haf Pritchard', phone: '01632 960777', email: 'clerc@pentreafon.cymru' }]);
    expect(m).toMatchObject({ date: '2029-05-03', time: '19:30', venue: 'Main Hall, Pentre Afon Memorial Institute, Bridge Road' });
  });

  it('reads the members’ page by the gutter of the pages before it, each member once, the role in brackets and the ward left out', () => {
    expect(m?.members).toEqual([
      { name: 'Cllr Mali Rhys', role: 'Chair' },
      { name: 'Cllr Ifan Lloyd', role: 'Vice-Chair' },
      { name: 'Cllr Siwan Bevan', role: null },
      { name: 'Cllr Huw Tanat', role: null },
      { name: 'Cllr Nia Morgan-Jones', role: null },
    ]);
  });

  it('keeps a sentence under a short title line out of the title, and reads indented decimal sub-items as entries', () => {
    expect(m?.agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4', '4.1', '4.2', '5', '6', '7', '8']);
    expect(item('2')?.title).toBe('Declarations of interest');
    expect(item('2')?.note).toMatch(/^Members are reminded of their duty .* prejudicial\.$/);
    expect(item('3')).toMatchObject({ title: 'Public forum (up to 10 minutes)', note: 'Residents who wish to speak must notify the Clerk by 12 noon on Monday 30 April 2029.' });
    expect(item('4')?.title).toBe('Minutes');
    expect(item('4.1')?.title).toBe('To approve the minutes of the meeting held on 5 April 2029.');
    expect(item('4.2')?.title).toBe('To receive the minutes of the Finance Committee.');
  });

  it('joins a title wrapped right after its dash, and reads the item after the centred Part 2 heading as exempt', () => {
    expect(item('5')).toMatchObject({ title: 'Footpath signage – replacement programme', note: null });
    expect(item('8')).toMatchObject({ title: 'Cemetery maintenance tenders', exempt: true });
    expect(item('7')?.exempt).toBe(false);
  });

  it.each([
    ['Cllr Ann Bell (Chair) – North Ward', { name: 'Cllr Ann Bell', role: 'Chair' }],
    ['Cllr Cai Dunn – Bryn-y-Castell Ward', { name: 'Cllr Cai Dunn', role: null }],
    ['Cllr Eve Fox – Ward 3', { name: 'Cllr Eve Fox', role: null }],
    ['Cllr Gil Hart – Cabinet Member for Housing', { name: 'Cllr Gil Hart – Cabinet Member for Housing', role: null }],
  ])('"%s" is read as a member without the ward', (text, member) => expect(parseMember(text)).toEqual(member));

  it.each([
    ['Venue: Main Hall, Pentre Afon Memorial', 'Institute, Bridge Road', true],
    ['Venue: Council Room, Riverside Community', 'Centre', true],
    ['Venue: Council Chamber, Town Hall', 'Members of the public may attend', false],
    ['Venue: Main Hall, Pentre Afon Memorial,', 'Hall Lane', false],
  ])('"%s" over "%s" is a place’s name broken in two: %s', (head, tail, yes) => expect(VENUE_NAME_BREAK.head.test(head) && VENUE_NAME_BREAK.tail.test(tail)).toBe(yes));

  it.each([
    ['Pritchard', true],
    ['Meredith-Hughes', true],
    ['Council', false],
    ['Glyn Street', false],
  ])('"%s" alone under a letterhead’s officer is a wrapped surname: %s', (text, yes) => expect(WRAPPED_SURNAME.test(text)).toBe(yes));
});

describe('urgent decision records in an indented form table, signed in a three-row table whose capacity labels wrap in brackets (holdout)', () => {
  // Label column at 3, value column at 36; the signature's date cell far right; a running header and a footer per page.
  const row = (label: string, value: string, date = ''): string => {
    const left = `   ${label.padEnd(33)}${value}`;
    return date === '' ? left : `${left.padEnd(92)}Date: ${date}`;
  };
  const under = (value: string): string => `${' '.repeat(36)}${value}`;
  const header = 'Ashcombe Vale District Council                                                  Delegated urgent action – June 2033';
  const page1 = [
    header,
    '',
    '',
    ' Record of an Urgent Decision',
    ' Taken by the Managing Director under the urgency procedure of the Constitution',
    ' Decision reference: UA/33/11 Key decision: No',
    '',
    row('Decision taker', 'Lorcan Whitsedge'),
    under('Managing Director'),
    row('Date of decision', '6 June 2033'),
    row('Subject', 'Temporary closure and repair of the Brindle Lane'),
    under('multi-storey car park'),
    row('Decision', 'To appoint Tamsett Concrete Ltd to carry out urgent repairs to level 2'),
    under('at a cost not exceeding £71,200.'),
    '',
    row('Reasons for urgency', 'Spalling concrete was found on level 2 on 3 June 2033.'),
    row('Contact officer', 'Meera Colquhoun, Parking Services Manager'),
    under('Tel: 01632 961 774 Email: meera.colquhoun@ashcombevale.example'),
    '',
    '',
    'RESTRICTED                                                                               Page 1 of 2',
    '',
  ];
  const page2 = [
    header,
    '',
    '',
    row('Signed (Decision', 'L. Whitsedge', '6 June 2033'),
    `   ${'taker)'.padEnd(33)}Lorcan Whitsedge, Managing Director`,
    '',
    row('Signed (Executive Member', 'P. Rooksby', '06/06/2033'),
    row('for Transport)', 'Cllr Petra Rooksby'),
    '',
    row('Signed (Chair of the', 'H. Ivens', '6.6.33'),
    row('Scrutiny Management', 'Cllr Hollis Ivens'),
    row('Board)', ''),
    '',
    ' For Democratic Services use',
    ' Date published: 7 June 2033',
    ' Enquiries: Democratic Services, 01632 961 000, committees@ashcombevale.example',
    '',
    '',
    'RESTRICTED                                                                               Page 2 of 2',
  ];
  const text = `${page1.join('\n')}\n\f${page2.join('\n')}\n\f`;

  it.each([
    ['Signed (Decision taker)', 'Decision taker'],
    ['Signed (Leader of the', 'Leader of the'],
    ['Signature (Cabinet Member):', 'Cabinet Member'],
    ['Signed by (Head of Paid Service)', 'Head of Paid Service'],
  ])('"%s" is a signature labelled with its capacity "%s"', (label, capacity) => expect(SIGNATURE_ROLE_LABEL.exec(label)?.[1]).toBe(capacity));

  it.each(['Signed', 'Signature of decision taker', 'Signed (a)(b)', 'Designed (by the team)'])('"%s" names no capacity in brackets', (label) =>
    expect(SIGNATURE_ROLE_LABEL.test(label)).toBe(false),
  );

  it('reads the contact officer in the indented form row, not the Democratic Services enquiries line', () => {
    const r = extractPack(Buffer.from(text), 'ashcombe-vale-urgent-action.txt').reports[0];
    expect(r?.contact).toContain('01632 961 774');
    expect(r?.contact).toContain('meera.colquhoun@ashcombevale.example');
    expect(r?.contact).not.toContain('961 000');
  });

  it('reads each signature row: the capacity wrapped down the label column, the printed name under the signature, each date as printed', () => {
    const result = extractPack(Buffer.from(text), 'ashcombe-vale-urgent-action.txt');
    expect(result.reports).toHaveLength(1);
    expect(result.reports[0]?.signOffs.map((s) => [s.role, s.name, s.date])).toEqual([
      ['Decision taker', 'Lorcan Whitsedge', '2033-06-06'],
      ['Executive Member for Transport', 'Cllr Petra Rooksby', '2033-06-06'],
      ['Chair of the Scrutiny Management Board', 'Cllr Hollis Ivens', '2033-06-06'],
    ]);
  });
});

describe('a CMS meeting page of <details> accordions: tagged titles, inline "Outcome:" blocks and a hidden attendance tab', () => {
  const item = (n: number, title: string, tag: string, body: string): string =>
    `<details class="acc"><summary><span class="num">${n}.</span> <span class="t">${title}</span>${tag === '' ? '' : ` <span class="tag">${tag}</span>`}</summary><div class="acc-body">${body}</div></details>`;
  const row = (name: string, role: string, status: string): string => `<tr><td><a href="/m">Councillor ${name}</a></td><td>${role}</td><td>${status}</td></tr>`;
  const html = `<!DOCTYPE html><html><head><title>Leisure and Parks Panel | Brackenfold Borough Council</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/parks">Parks and open spaces</a></li></ul></nav>
<main><p class="kicker">Meeting</p>
<h1>Leisure and Parks Panel, Tuesday 3 March 2026</h1>
<div class="badge">Minutes published</div>
<dl><div><dt>Date</dt><dd>Tuesday 3 March 2026</dd></div><div><dt>Time</dt><dd>7.00pm</dd></div>
<div><dt>Venue</dt><dd>Oakes Room, Brackenfold Town Hall,
  Corn Street, Brackenfold, BK4 9TT</dd></div></dl>
<div class="tabs"><section id="agenda"><h2>Agenda and outcomes</h2>
${item(1, 'Apologies for Absence', '', '<p>To receive apologies.</p><p><strong>Outcome:</strong> Apologies were received from Councillor Imogen Sallow.</p>')}
${item(2, 'Minutes of the Last Meeting', '', '<p>To approve the minutes.</p><p><strong>Outcome:</strong> RESOLVED that the minutes of the meeting held on 2 December 2025 be approved.</p><h3>Documents</h3><ul><li><a href="/a.pdf">Minutes 2 December 2025</a> <span>(PDF, 88KB)</span></li></ul>')}
${item(3, 'Splash Park Refurbishment', 'Deferred', '<p>Report of the Parks Manager.</p><p><strong>Outcome:</strong> This item was deferred to the next meeting.</p>')}
${item(4, 'Allotment Rents 2026/27', 'Recommendation to Council', '<p>Report of the Estates Lead.</p><div><p><strong>Outcome:</strong> RECOMMENDED to Council that:</p><ol><li>the standard plot rent be set at &pound;64 a year;</li><li>the half plot rent be set at &pound;34 a year.</li></ol><p>Vote: For 5, Against 1</p></div><h3>Documents</h3><ul><li><a href="/b.pdf">Allotment rents report</a> <span>(PDF, 140KB)</span></li></ul>')}
${item(5, 'Sale of the Old Boathouse', 'Exempt', '<p>Exempt under paragraph 3.</p><p><strong>Outcome:</strong> Recorded in the exempt minutes.</p>')}
<p>The meeting closed at 8.15pm.</p></section>
<section id="attendance" hidden><h2>Attendance</h2>
<table><caption>Panel members</caption><thead><tr><th>Councillor</th><th>Role</th><th>Attendance</th></tr></thead><tbody>
${row('Rowan Pettigrew', 'Chair', 'Present')}${row('Imogen Sallow', 'Panel member', 'Apologies')}${row('Dafydd Keyworth', 'Panel member', 'Present')}${row('Nell Ashdown', 'Substitute for Councillor Imogen Sallow', 'Substitute')}
</tbody></table>
<table><caption>Other councillors</caption><thead><tr><th>Councillor</th><th>Role</th><th>Attendance</th></tr></thead><tbody>${row('Bartholomew Quince', 'Ward member', 'Present')}</tbody></table>
<h3>Officers in attendance</h3><ul><li>Yusuf Hallam &ndash; Parks Manager</li><li>Tamsin Orrell &ndash; Estates Lead</li></ul>
</section></div></main>
<footer><p>&copy; Brackenfold Borough Council</p></footer></body></html>`;

  it.each([
    ['Outcome: RESOLVED that the report be noted.', 'Outcome'],
    ['Vote: For 5, Against 1', 'Vote'],
    ['Decision: To approve the plan.', 'Decision'],
  ])('"%s" is a block labelled "%s" leading its text', (line, label) => expect(WEB_INLINE_BLOCK.exec(line)?.[1]).toBe(label));

  it.each(['Outcome', 'Outcomes of the review: a summary', 'Minutes of the last meeting'])('"%s" is no inline block', (line) => expect(WEB_INLINE_BLOCK.test(line)).toBe(false));

  it.each(['Splash Park Refurbishment Deferred', 'Allotment Rents Recommendation to Council', 'Toilets Withdrawn', 'Budget (Key Decision)'])('"%s" ends in a tag', (t) =>
    expect(WEB_ITEM_TAG.test(t)).toBe(true),
  );

  it('reads the accordions as the agenda: numbers and titles without their tags, the exempt one marked', () => {
    const r = extractPack(Buffer.from(html), 'brackenfold-panel.html');
    expect(r.meeting?.body).toBe('Leisure and Parks Panel');
    expect(r.meeting?.date).toBe('2026-03-03');
    expect(r.meeting?.time).toBe('19:00');
    expect(r.meeting?.venue).toBe('Oakes Room, Brackenfold Town Hall, Corn Street, Brackenfold, BK4 9TT');
    expect(r.meeting?.agenda.map((a) => [a.number, a.title, a.exempt])).toEqual([
      ['1', 'Apologies for Absence', false],
      ['2', 'Minutes of the Last Meeting', false],
      ['3', 'Splash Park Refurbishment', false],
      ['4', 'Allotment Rents 2026/27', false],
      ['5', 'Sale of the Old Boathouse', true],
    ]);
  });

  it('reads each "Outcome:" as the minute\'s record: its resolutions, not the lead-in or the vote; prose decides nothing', () => {
    const m = extractPack(Buffer.from(html), 'brackenfold-panel.html').minutes;
    expect(m).toHaveLength(1);
    const res = (n: string): string[] => m[0]?.items.find((i) => i.minute === n)?.resolutions ?? [];
    expect(res('2')).toHaveLength(1);
    expect(res('3')).toEqual([]);
    expect(res('4').map((x) => /£64|£34/.exec(x)?.[0])).toEqual(['£64', '£34']);
    expect(res('5')).toEqual([]);
    expect(m[0]?.endedAt).toBe('20:15');
  });

  it("reads the attendance tab: the register by status, the other councillors' table as others, the officers by name", () => {
    const m = extractPack(Buffer.from(html), 'brackenfold-panel.html').minutes[0];
    expect(m?.present).toEqual(['Councillor Rowan Pettigrew', 'Councillor Dafydd Keyworth', 'Councillor Nell Ashdown']);
    expect(m?.apologies).toEqual(['Councillor Imogen Sallow']);
    expect(m?.otherMembersPresent).toEqual(['Councillor Bartholomew Quince']);
    expect(m?.inAttendance).toEqual(['Yusuf Hallam', 'Tamsin Orrell']);
  });
});

describe('a review body minute laid out with hanging indents: a prose decision under prose, and lists nested in a lettered decision', () => {
  const pad = (s: string): string => `              ${s}`;
  const lines = [
    'Drumfennick Council                                                          Planning Review Body – 9 April 2031',
    '',
    '',
    '  MINUTE of MEETING of the PLANNING REVIEW BODY held in the Burgh Chambers, High Street,',
    '  Drumfennick on Wednesday, 9 April 2031 at 10.30 am.',
    '',
    '  Sederunt:              Councillor Fenella Ormiston (Chair)',
    '                         Councillor Gregor Whitecross',
    '                         Councillor Ailsa Ballingry',
    '  Apologies:             Councillor Torquil Menmuir',
    '',
    '  1.          MINUTE OF PREVIOUS MEETING',
    pad('There had been circulated copies of the Minute of the meeting of the Planning Review Body held'),
    pad('on 5 March 2031.'),
    pad('The Planning Review Body agreed to approve the Minute of 5 March 2031 as a correct record,'),
    pad('for signature by the Chair.'),
    '',
    '  2.          REVIEW 31/0007/PRB – 3 FERRY BRAE, PORTLETHEN MAINS',
    pad('Councillor Whitecross, having declared an interest in this item, left the meeting at 10.52 am.'),
    pad('There had been circulated copies of a Notice of Review seeking a review of the refusal of planning'),
    pad('permission for a dormer extension at 3 Ferry Brae, Portlethen Mains.'),
    pad('The Planning Review Body agreed:'),
    pad('(a) that the review could be determined on the basis of the papers submitted; and'),
    pad('(b) to uphold the review and grant planning permission, subject to the following conditions:'),
    '                    1. The dormer shall be clad in natural slate to match the existing roof, as shown',
    '                        on drawing 88/02 Rev C.',
    '                      2.   The rooflight on the rear elevation shall be of a conservation type.',
    pad('Councillor Whitecross returned to the meeting at 11.09 am.'),
    '',
    '  3.          REVIEW 31/0009/PRB – LAND AT NETHER COULTERBURN',
    pad('There had been circulated copies of a Notice of Review seeking a review of the refusal of planning'),
    pad('permission for the erection of a farm shop.'),
    pad('The Planning Review Body agreed:'),
    pad('(a) that further information was required by means of written submissions, namely:'),
    '                    (i) comments from the Flood Risk Team on the drainage assessment; and',
    '                      (ii)   details from the applicant of the opening hours of the shop;',
    pad('(b) to continue consideration of the review to a future meeting.'),
    '',
    '  The meeting concluded at 11.40 am.',
    '',
  ];
  const result = extractPack(Buffer.from(`${lines.join('\n')}\n`), 'drumfennick-review-body-minute.txt');
  const item = (no: string) => result.minutes[0]?.items.find((i) => String(i.minute).replace(/\.$/, '') === no);

  it('"The Planning Review Body agreed to …" under a short closing line is the decision, though no blank line stands between', () => {
    expect(item('1')?.resolutions).toEqual(['to approve the Minute of 5 March 2031 as a correct record, for signature by the Chair.']);
  });

  it("conditions numbered deeper than the lettered decision are that decision's; a member returning, back at the markers' column, is not", () => {
    const r = item('2')?.resolutions ?? [];
    expect(r).toHaveLength(2);
    expect(r[1]).toContain('subject to the following conditions:');
    expect(r[1]).toContain('natural slate');
    expect(r[1]).toContain('conservation type.');
    expect(r.join(' ')).not.toMatch(/returned to the meeting|left the meeting/);
  });

  it('a roman sub-list under a lettered decision stays inside it', () => {
    const r = item('3')?.resolutions ?? [];
    expect(r).toHaveLength(2);
    expect(r[0]).toContain('Flood Risk Team');
    expect(r[0]).toContain('opening hours');
    expect(r[1]).toContain('continue consideration');
  });

  it.each([
    ['The Planning Review Body agreed to approve the Minute.', 'to approve the Minute.'],
    ['The Governing Body resolved that the accounts be signed.', 'the accounts be signed.'],
  ])('"%s" says what the body decided: %s', (text, want) => expect(BODY_DECIDED_SENTENCE.exec(text)?.[1] ?? null).toBe(want));
});

describe("a parish agenda as one three-column table (number | matter | clerk's notes), its notes wrapped beside short titles", () => {
  // Invented: Brackenford Magna Town Council. The header row repeats, set anew, on page 2; lettered rows under items.
  const row = (no: string, title: string, note: string, at = 37): string => `  ${no.padEnd(10)}${title.padEnd(at - 12)}${note}`.trimEnd();
  const head = (at = 37): string => row('No.', 'Matters for decision', 'Notes and recommendation', at);
  const header = '                                                          Brackenford Magna Town Council – Agenda – 2 March 2031';
  const page1 = [
    header,
    '',
    '',
    '                  BRACKENFORD MAGNA TOWN COUNCIL',
    ' Town Clerk and Responsible Financial Officer to the Council: Mr Tobias Quennell',
    ' The Guildhall, 9 Sheep Street, Brackenford Magna, WX9 2LT',
    ' Tel: 01632 118245 | Email: townclerk@brackenfordmagna.example | www.brackenfordmagna.example',
    '',
    ' To: All Members of Brackenford Magna Town Council',
    ' Councillor Olwen Hartnoll (Mayor), Councillor Ravi Chaudry (Deputy Mayor), Councillor Bettina Lusk, Councillor',
    ' Fergus Inchley and Councillor Maud Penrose-Hay',
    ' You are summoned to attend the meeting of Brackenford Magna Town Council in the Council Chamber, The Guildhall,',
    ' Sheep Street on Tuesday 2 March 2031 at 7.30 pm to transact the business below.',
    ' T. Quennell',
    ' Mr Tobias Quennell',
    ' Town Clerk',
    '',
    '                                                  AGENDA',
    head(),
    row('1.', 'Apologies', 'To receive and approve apologies for absence.'),
    row('2.', 'Allotments', 'The waiting list now stands at nineteen households and the'),
    row('', '', 'lease of the Mere Lane site ends in September.'),
    row('(a)', 'Rents for the coming', 'The allotment rents were last raised in 2027.'),
    row('', 'year', 'Recommendation: That rents rise by 3 per cent.'),
    row('(b)', 'Water troughs', 'Two troughs leak; a quotation of £310 has been received.'),
    row('', '', 'Recommendation: That the quotation be accepted.'),
    '',
    '',
    'Agenda published 23 February 2031                                                                      Page 1 of 2',
    '\f' + header,
    '',
    '',
    head(44),
    row('3.', 'Market square lighting and', 'Six of the lanterns have failed. The supplier has quoted', 44),
    row('', 'cabling', '£2,140 for new fittings.', 44),
    row('', '', 'Recommendation: That the quotation of £2,140 be accepted.', 44),
    '                                   PART 2 – CONFIDENTIAL (not for publication)',
    row('4.', "Staffing: the deputy clerk's", 'Confidential report circulated to members only.', 44),
    row('', 'grading', '', 44),
    row('5.', 'Date of next meeting', 'The next meeting is on Tuesday 6 April 2031 at 7.30 pm.', 44),
    '',
    '',
    'Agenda published 23 February 2031                                                                      Page 2 of 2',
  ];
  const text = `${page1.join('\n')}\n\f`;
  const r = extractPack(Buffer.from(text), 'brackenford-magna-agenda.txt');

  it.each(['Cllr Ann Bell, Cllr', 'and Councillor', 'Mrs'])('"%s" ends on a title whose name is on the next line', (line) => expect(TITLE_CUT.test(line)).toBe(true));
  it.each(['Cllr Ann Bell', 'the Councillors'])('"%s" ends on no bare title', (line) => expect(TITLE_CUT.test(line)).toBe(false));

  it('reads the run-on list under "To: All Members of …", wrapped after a title, roles in brackets', () => {
    expect(r.meeting?.members).toEqual([
      { name: 'Councillor Olwen Hartnoll', role: 'Mayor' },
      { name: 'Councillor Ravi Chaudry', role: 'Deputy Mayor' },
      { name: 'Councillor Bettina Lusk', role: null },
      { name: 'Councillor Fergus Inchley', role: null },
      { name: 'Councillor Maud Penrose-Hay', role: null },
    ]);
  });

  it('reads the letterhead contact under a joint post, split at the "|" separators', () => {
    const c = r.meeting?.contacts.find((x) => x.email === 'townclerk@brackenfordmagna.example');
    expect(c?.name).toContain('Tobias Quennell');
    expect(c?.phone?.replace(/\D/g, '')).toBe('01632118245');
  });

  it('reads each row: the middle column as the title, joined across its wraps; the notes column as the note, kept with its row', () => {
    const agenda = r.meeting?.agenda ?? [];
    expect(agenda.map((a) => [a.number.replace(/[.)(]/g, ''), a.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Allotments'],
      ['a', 'Rents for the coming year'],
      ['b', 'Water troughs'],
      ['3', 'Market square lighting and cabling'],
      ['4', "Staffing: the deputy clerk's grading"],
      ['5', 'Date of next meeting'],
    ]);
    expect(agenda[1]?.note).toBe('The waiting list now stands at nineteen households and the lease of the Mere Lane site ends in September.');
    expect(agenda[2]?.note).toBe('The allotment rents were last raised in 2027. Recommendation: That rents rise by 3 per cent.');
    expect(agenda[3]?.note).toBe('Two troughs leak; a quotation of £310 has been received. Recommendation: That the quotation be accepted.');
    expect(agenda[4]?.note).toBe('Six of the lanterns have failed. The supplier has quoted £2,140 for new fittings. Recommendation: That the quotation of £2,140 be accepted.');
  });

  it('takes the part heading across the table as no entry, and the item under it as exempt', () => {
    const agenda = r.meeting?.agenda ?? [];
    expect(agenda.map((a) => a.exempt)).toEqual([false, false, false, false, false, true, false]);
    expect(agenda.some((a) => /part 2/i.test(`${a.title} ${a.note ?? ''}`))).toBe(false);
  });
});

describe('holdout: partnership board minutes with an attendance register table, hanging minute numbers and a lettered RAG action log', () => {
  const cols = (widths: number[], cells: string[]): string =>
    cells
      .map((c, k) => (k < cells.length - 1 ? c.padEnd(widths[k] as number) : c))
      .join('')
      .trimEnd();
  const reg = (a: string, b: string, c: string): string => `  ${cols([37, 55], [a, b, c])}`;
  const log = (...cells: string[]): string => `  ${cols([12, 17, 57, 25, 12], cells)}`;
  const header = 'Brackenholt Integrated Care Partnership                                        Minutes – 3 March 2031';
  const page1 = [
    header,
    '',
    '',
    ' Brackenholt Integrated Care Partnership',
    ' Minutes of the meeting held on Thursday 3 March 2031 at 10.00 am in the Tarn Room,',
    ' Brackenholt Civic Centre, Mill Lane, Brackenholt',
    '   DRAFT – these minutes are subject to approval at the next meeting of the Partnership on 2 June 2031.',
    '',
    reg('Partnership member', 'Organisation', 'Attendance'),
    reg('Cllr Oona Prendeville (Chair)', 'Brackenholt Borough Council –', 'Present'),
    reg('', 'Cabinet Member for Wellbeing', ''),
    reg('Dr Felix Ashdown', 'Lowmoor Health Board – Medical', 'Apologies *'),
    reg('', 'Director', ''),
    reg('Quentin Marlowe', 'Brackenholt Borough Council –', 'Present (from 10.40 am,'),
    reg('', 'Director of Housing', 'minute 15/31 onwards)'),
    reg('Renata Skeel', 'Brackenholt Carers Forum', 'Present'),
    reg('Insp Mabel Cordwell', 'Lowmoor Police', 'Apologies'),
    ' * Substitute: Dr Tobias Wren (Lowmoor Health Board – Deputy Medical Director) attended for Dr Felix Ashdown.',
    '',
    ' In attendance: Hugo Penrose (Partnership Officer) and Ada Blakemore (Data Analyst).',
    ' 14/31        DECLARATIONS OF INTEREST',
    '              No declarations were made.',
    '',
    ' 15/31        CARERS STRATEGY REFRESH',
    '              Renata Skeel presented the refreshed strategy.',
    '              The Partnership AGREED:',
    '',
    '                   a. to adopt the refreshed Carers Strategy; and',
    '                   b. to review progress in December 2031.',
    '                                                                                        ACTION 9',
    '',
    ' 16/31        HOUSING ADAPTATIONS UPDATE',
    '              Members noted that waiting times had fallen.',
    '              The Partnership NOTED:',
    '',
    '                   1. the adaptations performance for the third quarter.',
    '',
    '              The Partnership AGREED that the Director of Housing report again in June 2031.',
    '',
    ' The meeting closed at 11.55 am.',
    '',
    '',
    'OFFICIAL                                                                                     Page 1 of 2',
  ];
  const page2 = [
    header,
    '',
    '',
    ' Partnership Action Log',
    log('Action', 'Minute ref', 'Action', 'Lead', 'Due date', 'Status / RAG'),
    '  no.',
    log('7', '09/30', 'Map respite provision across the', 'Ada Blakemore, Data', '30/11/2030 R – Overdue'),
    log('', '(5 Dec 2030)', 'borough.', 'Analyst'),
    `  ${'8'.padEnd(12)}${'11/30'.padEnd(17)}Publish the carers directory online Cllr Oona Prendeville${''.padEnd(25)}Next        A – In`,
    log('', '', 'for all practices.', '', 'meeting', 'progress'),
    `  ${'9'.padEnd(12)}${'15/31'.padEnd(17)}${'Circulate the adopted Carers Strategy.'.padEnd(57)}Hugo Penrose & Renata 14/04/2031 G – On track`,
    log('', '', '', 'Skeel'),
    ' RAG key: R = overdue A = in progress G = on track B = complete',
    '',
    '',
    'OFFICIAL                                                                                     Page 2 of 2',
  ];
  const text = `${page1.join('\n')}\n\f${page2.join('\n')}\n\f`;
  const result = extractPack(Buffer.from(text), 'brackenholt-icp-minutes.txt');
  const m = result.minutes[0];

  it('reads one set of minutes, not an agenda, from the "Partnership member | Organisation | Attendance" register', () => {
    expect(result.meeting?.agenda ?? []).toEqual([]);
    expect(result.minutes).toHaveLength(1);
    expect(m?.date).toBe('2031-03-03');
    expect(m?.venue).not.toMatch(/DRAFT/);
    expect(m?.endedAt).toBe('11:55');
  });

  it('reads the register: a footnote mark is no part of the status, the substitute who attended for a member is present', () => {
    expect(m?.present).toEqual(['Cllr Oona Prendeville', 'Quentin Marlowe', 'Renata Skeel', 'Dr Tobias Wren']);
    expect(m?.apologies).toEqual(['Dr Felix Ashdown', 'Insp Mabel Cordwell']);
    expect(m?.inAttendance.length).toBe(2);
  });

  it('reads "The Partnership AGREED/NOTED" leads, lists and sentences, without the action marker', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['14/31', '15/31', '16/31']);
    expect(m?.items[1]?.resolutions).toEqual(['to adopt the refreshed Carers Strategy; and', 'to review progress in December 2031.']);
    const r16 = m?.items[2]?.resolutions ?? [];
    expect(r16).toHaveLength(2);
    expect(r16[0]).toContain('third quarter');
    expect(r16[1]).toContain('report again in June 2031');
    expect(r16.join(' ')).not.toMatch(/waiting times|ACTION/);
  });

  it('reads the action log: wrapped number heading, RAG letters, cells jammed one space apart', () => {
    const acts = result.actionPlans.flatMap((p) => p.actions);
    expect(acts.map((a) => a.number)).toEqual(['7', '8', '9']);
    expect(acts.map((a) => [a.rag, a.status])).toEqual([
      ['Red', 'Overdue'],
      ['Amber', 'In progress'],
      ['Green', 'On track'],
    ]);
    expect(acts[0]?.action).toBe('Map respite provision across the borough.');
    expect(acts[0]?.due?.date).toBe('2030-11-30');
    expect(acts[1]?.action).toBe('Publish the carers directory online for all practices.');
    expect(acts[1]?.owners).toEqual(['Cllr Oona Prendeville']);
    expect(acts[2]?.owners).toEqual(['Hugo Penrose', 'Renata Skeel']);
    expect(acts[2]?.due?.date).toBe('2031-04-14');
  });
});

describe('a Word plain-text register with bracketed Present notes, TAB label rows under it and a bracketed note under a resolution', () => {
  const text = [
    'BRAMBLEFORD BOROUGH COUNCIL',
    '',
    'LICENSING COMMITTEE',
    '',
    'MINUTES of a meeting of the Licensing Committee held in the Orchard Room, Town Hall, Brambleford on Tuesday 9 October 2029 at 2.00 pm.',
    '',
    'Councillor\tStatus',
    'Cllr Agnes Thornbury (Chair)\tPresent',
    'Cllr Basil Ommaney\tPresent (substitute for Cllr Fenwright)',
    'Cllr Cecily Fenwright\tApologies',
    'Cllr Dorian Quayle\tPresent (absent for minute LC/29/12)',
    'Cllr Edwina Starling\tAbsent',
    '',
    'Also present:\tCllr Hamish Rooke (Ward Member for Eastgate)',
    'Officers in attendance:\tMia Colbert (Licensing Manager), Noel Pargeter (Solicitor, Legal Services) and Ruth Dane (Clerk)',
    'Members of the public:\tabout 12',
    '',
    'LC/29/11\tAPOLOGIES',
    'Apologies were received from Councillor Fenwright.',
    '',
    'LC/29/12\tSTREET TRADING CONSENT – MARKET SQUARE',
    'Vote:\tUnanimous',
    'RESOLVED that the application be DEFERRED for a noise assessment.',
    '(Note: the Sub-Committee will reconvene on Friday 19 October 2029 at 10.00 am.)',
    '',
    'The meeting closed at 3.10 pm.',
  ].join('\r\n');
  const m = extractPack(Buffer.from(`${text}\r\n`), 'brambleford-licensing-minutes.txt').minutes[0];

  it('reads "Present (substitute for …)" and "Present (absent for minute …)" as present, and ends the register at the label rows', () => {
    expect(m?.present).toEqual(['Cllr Agnes Thornbury', 'Cllr Basil Ommaney', 'Cllr Dorian Quayle']);
    expect(m?.apologies).toEqual(['Cllr Cecily Fenwright']);
    expect(m?.otherMembersPresent).toHaveLength(1);
    expect(m?.otherMembersPresent[0]).toContain('Hamish Rooke');
  });

  it('reads the officers in one cell, and the "Members of the public:" row ends their list', () => {
    expect(m?.inAttendance).toHaveLength(3);
    expect(m?.inAttendance.join(' ')).toContain('Solicitor, Legal Services');
    expect(m?.inAttendance.join(' ')).not.toMatch(/public|about 12/);
  });

  it('leaves the bracketed note under a resolution out of it', () => {
    const r = m?.items.find((i) => i.minute === 'LC/29/12')?.resolutions ?? [];
    expect(r).toHaveLength(1);
    expect(r[0]).toContain('DEFERRED');
    expect(r[0]).not.toMatch(/Note|reconvene/);
  });
});

describe('holdout: a Google Docs web page of parish minutes (wrapped heading, attendance cells of paragraphs, comment and footnote marks)', () => {
  const p = (text: string): string => `<p class="c1"><span class="c2">${text}</span></p>`;
  const cell = (...paras: string[]): string => `<td class="c3" colspan="1" rowspan="1">${paras.length === 0 ? p('') : paras.map(p).join('')}</td>`;
  const html = [
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">.c1{margin:0}</style></head>',
    '<body class="c9 doc-content">',
    p('MINUTES OF THE MEETING OF SALTERN BRIDGE PARISH COUNCIL (PLANNING'),
    p('COMMITTEE)'),
    p('held in the Reading Room, Quay Lane on Tuesday 8<sup>th</sup> July 2031 at 7.30pm'),
    '<table class="c4"><tbody>',
    `<tr>${cell('Present:')}${cell('Cllr Ottilie Brand-Weir (Chair)')}</tr>`,
    `<tr>${cell()}${cell('Cllr Piers Mallow', 'Cllr Rhiannon Tay', 'Cllr Seth Ockendon')}</tr>`,
    `<tr>${cell()}${cell()}</tr>`,
    `<tr>${cell('In attendance:')}${cell('Wilf Parrish (Clerk)')}</tr>`,
    `<tr>${cell()}${cell('Ines Corrin<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>')}</tr>`,
    '</tbody></table>',
    '<ol class="c5 lst-kix_q1-0 start" start="31"><li class="c1"><span class="c6">Apologies for absence</span></li></ol>',
    p('None were received.'),
    '<ol class="c5 lst-kix_q1-0" start="32"><li class="c1"><span class="c6">Planning applications</span></li></ol>',
    `<p class="c1"><span class="c2">RESOLVED that the comments be sent to the planning authority.</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p>`,
    p('The meeting closed at 8.40pm.'),
    '<hr class="c7"><div>',
    '<p class="c1"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c2"> Schedule of comments dated 1st July 2031.</span></p></div>',
    '<div class="c1"><p class="c1"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c2">Wilf – check her job title before publishing.</span></p></div>',
    '</body></html>',
  ].join('');
  const result = extractPack(Buffer.from(html), 'saltern-bridge-minutes.html');
  const m = result.minutes[0];

  it('reads the minutes under a heading wrapped mid-bracket, its venue and date in a lower-case paragraph of their own', () => {
    expect(result.minutes).toHaveLength(1);
    expect(m?.date).toBe('2031-07-08');
    expect(m?.time).toBe('19:30');
    expect(m?.body).toMatch(/SALTERN BRIDGE PARISH COUNCIL \(PLANNING COMMITTEE\)$/i);
    expect(m?.venue).toMatch(/Reading Room/);
    expect(m?.endedAt).toBe('20:40');
  });

  it('reads every paragraph of a value cell under an empty label cell as one more person', () => {
    expect(m?.present).toEqual(['Cllr Ottilie Brand-Weir', 'Cllr Piers Mallow', 'Cllr Rhiannon Tay', 'Cllr Seth Ockendon']);
    expect(m?.inAttendance).toEqual(['Wilf Parrish (Clerk)', 'Ines Corrin']);
  });

  it('drops the comment and footnote marks, and the reviewer’s comment', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['31', '32']);
    expect(m?.items[1]?.resolutions).toEqual(['the comments be sent to the planning authority.']);
    expect(JSON.stringify(result)).not.toMatch(/\[a\]|\[1\]|check her job title/);
  });
});

describe('a membership grid three members a row with each portfolio under its member, and an item marked "Urgent" under its number', () => {
  const col = (...cells: string[]): string => cells.map((c, k) => (k < cells.length - 1 ? c.padEnd(40) : c)).join('');
  const row = (no: string, title: string, ward = '', pages = ''): string => ` ${no.padEnd(10)}${title.padEnd(60)}${ward.padEnd(22)}${pages}`.trimEnd();
  const page1 = [
    'Quenby Vale District Council                                                      Committee Services',
    '',
    'Executive',
    'Date:                   Tuesday, 9 September 2031',
    'Time:                   6.00 pm',
    'Venue:                  Civic Suite, Riverside House, Quenby QV2 4AA',
    '',
    'Membership of the Executive',
    '',
    col('Cllr Juno Ravensworth (Leader)', 'Cllr Silas Penhaligon', 'Cllr Odile Farrant-Kerr'),
    col('Leader of the Council; Growth and', 'Housing, Homelessness & Lettings', 'Leisure, Parks and Open Spaces'),
    'Regeneration',
    col('Cllr Barnaby Cheung', 'Cllr Ottilie Marsh (Deputy Leader)', 'Cllr Evander Quill'),
    col('Waste and Street Scene', 'Resources and Revenues', 'Planning Policy and Heritage'),
    '',
    'You are summoned to attend the meeting of the Executive to transact the business set out below.',
    '',
  ];
  const page2 = [
    'AGENDA',
    row('No.', 'Subject', 'Ward(s)', 'Pages'),
    row('1.', 'Apologies for Absence'),
    row('2.', 'Quenby Market Hall Roof Repairs and', 'Market', '3 - 10'),
    row('Urgent', 'Temporary Closure', 'Abbey'),
    row('3.', 'Council Tax Support Scheme 2032/33', 'All Wards', '11 - 20'),
    '',
  ];
  const text = `${page1.join('\n')}\n\f${page2.join('\n')}\n\f`;
  const r = extractPack(Buffer.from(text), 'quenby-vale-executive-agenda.txt');

  it('reads six members, one each, the portfolios under them (and one wrapped on) none of them', () => {
    expect(r.meeting?.members).toEqual([
      { name: 'Cllr Juno Ravensworth', role: 'Leader' },
      { name: 'Cllr Silas Penhaligon', role: null },
      { name: 'Cllr Odile Farrant-Kerr', role: null },
      { name: 'Cllr Barnaby Cheung', role: null },
      { name: 'Cllr Ottilie Marsh', role: 'Deputy Leader' },
      { name: 'Cllr Evander Quill', role: null },
    ]);
  });

  it('keeps "Urgent" under an item number out of its title, and on the item', () => {
    const agenda = r.meeting?.agenda ?? [];
    expect(agenda.map((a) => a.number)).toEqual(['1', '2', '3']);
    expect(agenda[1]?.title).toBe('Quenby Market Hall Roof Repairs and Temporary Closure');
    expect(agenda[1]?.note).toMatch(/Urgent/);
    expect(agenda[1]?.pages).toEqual({ from: 3, to: 10 });
    expect(agenda[2]?.note ?? '').not.toMatch(/Urgent/);
  });
});

describe('holdout: fire authority audit minutes numbered "(Minute N/YY)" in a margin column, with a recommendations tracker under a centred header', () => {
  const margin = (no: string, text: string): string => `${no.padEnd(24)}${text}`;
  const body = (text: string): string => `${''.padEnd(24)}${text}`;
  const header = 'Harrowdene Fire and Rescue Authority                                  Audit Committee – 9 March 2032';
  const page1 = [
    header,
    '',
    '',
    'AUDIT COMMITTEE',
    'MINUTES of the meeting of the Audit Committee held in the Beacon Room, Fire Headquarters, Quarry Lane, Harrowdene',
    'on Tuesday 9 March 2032 at 2.00 pm.',
    'Present: Councillors A Quenby (Chair), B Ravensworth and C Stallard',
    'Independent Co-opted Member: Mrs D Tolland',
    'Apologies: Councillor E Upshire',
    'In attendance: Fenella Varley – Head of Internal Audit, Moorside Audit Partnership',
    margin('(Minute 7/32)', 'APOLOGIES FOR ABSENCE'),
    body('Apologies were received from Councillor Upshire.'),
    margin('(Minute 8/32)', 'INTERNAL AUDIT RECOMMENDATIONS'),
    body('The Head of Internal Audit presented the tracker:'),
    `${''.padEnd(26)}Ref${''.padEnd(12)}Recommendation${''.padEnd(22)}Owner${''.padEnd(12)}Due${''.padEnd(10)}Status`,
    body('HA/31/02 Review the payroll exception reports     Payroll Manager  31/01/32 Implemented'),
    body('         every month'),
    body('HA/31/04 Test the disaster recovery plan for      Head of ICT,     30/06/32 In progress'),
    body('         the mobilising system                    Digital Services'),
    '',
    body('RESOLVED – That the tracker be noted.'),
    margin('(Minute 9/32)', 'DATE OF NEXT MEETING'),
    body('The next meeting would be held on 8 June 2032.'),
    '',
    'The meeting closed at 3.10 pm.',
    '',
    '',
    'Chair’s initials ..........                                                                 Page 1 of 1',
  ];
  const text = `${page1.join('\n')}\n\f`;
  const result = extractPack(Buffer.from(text), 'harrowdene-fra-audit-minutes.txt');
  const m = result.minutes[0];

  it('reads "(Minute N/YY)" in the margin column as the minute number, the minutes running on past the tracker', () => {
    expect(result.minutes).toHaveLength(1);
    expect(m?.items.map((i) => i.minute)).toEqual(['7/32', '8/32', '9/32']);
    expect(m?.items.map((i) => i.title)).toEqual(['APOLOGIES FOR ABSENCE', 'INTERNAL AUDIT RECOMMENDATIONS', 'DATE OF NEXT MEETING']);
    expect(m?.items[1]?.resolutions).toEqual(['That the tracker be noted.']);
    expect(m?.endedAt).toBe('15:10');
  });

  it('counts an independent co-opted member present, and an officer with the body they serve as one entry', () => {
    expect(m?.present).toContain('Mrs D Tolland');
    expect(m?.inAttendance).toEqual(['Fenella Varley – Head of Internal Audit, Moorside Audit Partnership']);
  });

  it('reads the tracker by its rows, not its centred header, each recommendation its reference and its words', () => {
    expect(result.outcomeTracker.map((r) => [r.item, r.owner, r.target, r.status])).toEqual([
      ['HA/31/02 Review the payroll exception reports every month', 'Payroll Manager', '31/01/32', 'Implemented'],
      ['HA/31/04 Test the disaster recovery plan for the mobilising system', 'Head of ICT, Digital Services', '30/06/32', 'In progress'],
    ]);
  });

  it('matches the rules as data: the bracketed margin number, the co-opted label, a due date with the status jammed after it', () => {
    expect(
      MINUTE_NUMBERS.find((s) => s.name === 'slashed')
        ?.pattern.exec('(Minute 7/32) APOLOGIES')
        ?.slice(1),
    ).toEqual(['7/32', 'APOLOGIES']);
    expect(MINUTE_NUMBERS.find((s) => s.name === 'slashed')?.pattern.test('7/32) APOLOGIES')).toBe(false);
    expect(ATTENDANCE_LABELS.find((l) => l.pattern.test('Independent Co-opted Member'))?.kind).toBe('present');
    expect(TARGET_CELL_SPILL.exec('31/08/32 In')?.slice(1)).toEqual(['31/08/32', 'In']);
  });
});

describe('holdout: a community council minutes sent as a plain-text email, "*" bullets under "-----" headings', () => {
  const text = [
    'From: Clerk <clerk@example.org>',
    'Subject: Minutes – March meeting',
    '',
    'Hello everyone, minutes below.',
    '',
    'BRACKENWICK COMMUNITY COUNCIL',
    '=============================',
    '',
    'Minutes of the Ordinary Meeting held on Tuesday 14 March 2028 at',
    '7.30pm in Brackenwick Village Hall',
    '',
    'Present',
    '-------',
    '* Ruairidh Fenwick (Chair)',
    '* Elspeth Harkness-Moir (Treasurer)',
    '* Tam Dunlop',
    '',
    'In attendance',
    '-------------',
    '* Cllr Mhairi Lindores (Easterfield Council, Ward 2 Brackenwick and',
    '  Lower Glen)',
    '',
    'Apologies',
    '---------',
    '* Iain Strachan',
    '',
    '1) Welcome',
    '----------',
    'The Chair welcomed everyone.',
    '',
    '2) Village hall roof, car park resurfacing and the Lottery',
    'grant application',
    '--------------------------------------------------------',
    'Tam Dunlop reported on the roof.',
    '',
    'AGREED: the Community Council apply for a grant of £900.00.',
    '',
    '3) Date of next meeting',
    '-----------------------',
    'Tuesday 11 April 2028 at 7.30pm.',
    '',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'brackenwick-cc-minutes.txt');
  const m = result.minutes[0];

  it('reads the "*" bullets of each attendance list as one person a bullet, without the bullet', () => {
    expect(m?.present).toHaveLength(3);
    expect(m?.present.every((p) => !p.startsWith('*'))).toBe(true);
    expect(m?.present.some((p) => p.includes('Elspeth Harkness-Moir'))).toBe(true);
    expect(m?.inAttendance).toHaveLength(1);
    expect(m?.inAttendance[0]).toContain('Cllr Mhairi Lindores');
    expect(m?.apologies).toEqual(['Iain Strachan']);
  });

  it('joins a heading wrapped onto a second line over its "-----" rule, and reads the items after it', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['1', '2', '3']);
    expect(m?.items[1]?.title).toBe('Village hall roof, car park resurfacing and the Lottery grant application');
    expect(m?.items[1]?.resolutions).toEqual(['the Community Council apply for a grant of £900.00.']);
    expect(m?.items[2]?.title).toBe('Date of next meeting');
  });

  it('matches the rules as data: the attendee bullet takes a plain-text "*"', () => {
    expect('* Tam Dunlop'.replace(ATTENDEE_BULLET, '')).toBe('Tam Dunlop');
    expect('• Tam Dunlop'.replace(ATTENDEE_BULLET, '')).toBe('Tam Dunlop');
    expect('**Present**'.replace(ATTENDEE_BULLET, '')).toBe('**Present**');
  });
});

describe('holdout: scrutiny minutes closing each minute with a bordered "Decision | Action by" box, the right-hand column naming who acts (invented: Hollinbrook District Council)', () => {
  // A box row: the decision's words left, who acts (a post, "–" for no one) right from column 70.
  const row = (left: string, right = ''): string => (right === '' ? ` ${left}` : ` ${left.padEnd(69)}${right}`);
  const page1 = [
    'Hollinbrook District Council                                             Overview and Scrutiny Panel – 3 March 2031',
    '',
    '',
    'OVERVIEW AND SCRUTINY PANEL',
    'Minutes of a meeting of the Overview and Scrutiny Panel held in the Mercer Room, Guildhall, Hollinbrook on',
    'Monday 3 March 2031 commencing at 6.30 pm.',
    'Members present: Cllr Anna Brightwell (Chair), Cllr Colin Dearlove and Cllr Esme Fairweather.',
    'Also present: Cllr Gareth Hollis, Portfolio Holder for Leisure and Parks, and Cllr Irene Jessop, ward',
    'member for Hollinbrook East.',
    'Officers in attendance: Kate Lomax (Scrutiny Officer).',
    '',
    '21.     LEISURE CENTRE CONTRACT REVIEW',
    '21.1    The Portfolio Holder introduced the annual review of the leisure centre contract.',
    '',
    row('DECISION', 'ACTION BY'),
    row('The Panel:'),
    row('(a) noted the annual review of the leisure centre contract;', '–'),
    row('(b) asked for a report on pool closures to the meeting in', 'Head of Leisure and'),
    row('     July 2031.', 'Parks'),
    '',
    '22.     WORK PROGRAMME',
    '22.1    The Scrutiny Officer presented the work programme.',
    '',
    row('Resolved', 'Who'),
    row('(a) agreed the work programme, subject to the addition of', 'Scrutiny Officer'),
    row('     the leisure centre item.'),
    '',
    'The meeting closed at 7.40 pm.',
    '',
    '',
    'Minutes 21 – 22                                                                                  Page 1',
  ];
  const text = `${page1.join('\n')}\n\f`;
  const result = extractPack(Buffer.from(text), 'hollinbrook-scrutiny-minutes.txt');
  const m = result.minutes[0];

  it('reads the lettered decisions in each box without the action column beside them', () => {
    expect(m?.items.map((i) => i.minute.replace(/\.$/, ''))).toEqual(['21', '22']);
    expect(m?.items[0]?.resolutions).toEqual(['noted the annual review of the leisure centre contract;', 'asked for a report on pool closures to the meeting in July 2031.']);
    expect(m?.items[1]?.resolutions).toEqual(['agreed the work programme, subject to the addition of the leisure centre item.']);
    expect(m?.endedAt).toBe('19:40');
  });

  it('keeps a portfolio holder\'s two subjects joined by "and" as one post, not a second person', () => {
    expect(m?.otherMembersPresent).toHaveLength(2);
    expect(m?.otherMembersPresent[0]).toBe('Cllr Gareth Hollis, Portfolio Holder for Leisure and Parks');
    expect(splitPeople('Cllr A Bell, Cabinet Member for Finance and Property, and Cllr C Dunn')).toEqual(['Cllr A Bell, Cabinet Member for Finance and Property', 'Cllr C Dunn']);
  });
});

describe('holdout: minutes typed as a headerless two-column table, the number and a wrapped heading beside the text', () => {
  // Invented: Brackleford Parish Council's Recreation Committee. The left cell holds the number over its heading in
  // capitals, wrapped in the narrow column; the layout prints it line by line beside the text cell.
  const row = (left: string, right: string): string => ` ${left.padEnd(28)}${right}`;
  const page1 = [
    '                                   Recreation Committee – 4 March 2031',
    '',
    'BRACKLEFORD PARISH COUNCIL',
    'MINUTES OF THE MEETING OF THE RECREATION COMMITTEE',
    'held in the Pavilion, Church Green, on Tuesday 4 March 2031 at 7.30 pm',
    'Present: Councillors A Brindle (Chair), C Dawlish and E Farrant',
    'In attendance: Mrs G Hobday (Clerk)',
    'Apologies: Councillor I Jessop',
    'Members of the public: 3 (and a reporter from the Brackleford Echo)',
    '',
    row('RC 31/007', 'Apologies were received from Cllr Jessop (holiday).'),
    row('APOLOGIES FOR', 'RESOLVED: That the apology be accepted.'),
    row('ABSENCE', ''),
    '',
    row('RC 31/008', 'The Clerk reported that the goal posts on the lower'),
    row('PLAYING FIELD –', 'pitch were unsafe. Two quotations had been obtained'),
    row('GOAL POSTS', 'and members discussed the cost of hire.'),
    '',
    '',
    'RC minutes 4.3.31                       Page 1 of 2                       Chair’s initials ____',
  ];
  const page2 = [
    '                                   Recreation Committee – 4 March 2031',
    '',
    row('RC 31/008 (continued)', 'RESOLVED:'),
    '                          (a) That the quotation of £2,150 be accepted;',
    '                          (b) That the old posts be offered to the school.',
    '                             (Cllr Dawlish took no part in the vote on this item.)',
    '',
    row('RC 31/009', 'The next meeting will be held on 6 May 2031.'),
    row('DATE OF NEXT MEETING', ''),
    '',
    'The meeting closed at 8.40 pm.',
    '',
    'RC minutes 4.3.31                       Page 2 of 2                       Chair’s initials ____',
  ];
  const text = `${page1.join('\n')}\n\f${page2.join('\n')}\n`;
  const result = extractPack(Buffer.from(text), 'brackleford-recreation-minutes.txt');
  const m = result.minutes[0];

  it('reads each row as its number and whole heading, the continued row as more of the minute above', () => {
    expect(result.minutes).toHaveLength(1);
    expect(m?.items.map((i) => i.minute)).toEqual(['RC 31/007', 'RC 31/008', 'RC 31/009']);
    expect(m?.items.map((i) => i.title)).toEqual(['APOLOGIES FOR ABSENCE', 'PLAYING FIELD – GOAL POSTS', 'DATE OF NEXT MEETING']);
    expect(m?.items[0]?.resolutions).toEqual(['That the apology be accepted.']);
    expect(m?.items[1]?.resolutions).toEqual(['That the quotation of £2,150 be accepted;', 'That the old posts be offered to the school.']);
    expect(m?.items[2]?.resolutions).toEqual([]);
    expect(m?.endedAt).toBe('20:40');
  });

  it('ends the apologies at the count of the public, naming no one', () => {
    expect(m?.apologies).toEqual(['Councillor I Jessop']);
    expect([...(m?.present ?? []), ...(m?.inAttendance ?? [])].some((p) => /public|echo/i.test(p))).toBe(false);
  });

  it('matches the rules as data: the row, the heading cell, the count of the public, the bracketed note of a member', async () => {
    const { BRACKETED_NOTE, MARGIN_HEADING_CELL, MARGIN_HEADING_ROW, PUBLIC_COUNT_LABEL_LINE } = await import('./layouts.ts');
    expect(MARGIN_HEADING_ROW.exec(' RC 31/008 (continued)    RESOLVED:')?.slice(1)).toEqual(['RC 31/008', ' (continued)', 'RESOLVED:']);
    expect(MARGIN_HEADING_CELL.test('PLAYING FIELD –')).toBe(true);
    expect(MARGIN_HEADING_CELL.test('RC/31/05')).toBe(false);
    expect(MARGIN_HEADING_CELL.test('Goal posts')).toBe(false);
    expect(PUBLIC_COUNT_LABEL_LINE.test('Press and public: 2')).toBe(true);
    expect(PUBLIC_COUNT_LABEL_LINE.test('Present: Councillors A Brindle')).toBe(false);
    expect(BRACKETED_NOTE.test('(Councillor E Farrant abstained.)')).toBe(true);
    expect(BRACKETED_NOTE.test('(excluding VAT)')).toBe(false);
  });
});

describe('holdout: a work programme printed as a matrix of topics against meeting dates, a mark under each meeting', () => {
  // Invented: Ashcombe Marsh Borough Council, Communities Scrutiny Panel. Dates are column headings with 2-digit
  // years; the marks sit on lines of their own between a topic's wrapped lines; a status cell names a date.
  const page1 = [
    'Ashcombe Marsh Borough Council',
    '',
    'Communities Scrutiny Panel – Work Programme 2031/32',
    'Meetings start at 7.00 pm in Committee Room 2 unless the agenda says otherwise.',
    ' Subject                              Lead officer                  Type              3 Jul 31     9 Oct 31     12 Feb 32',
    ' Allotments Strategy Refresh          Oriel Banfield-Swift, Head of Monitoring',
    '                                                                                          ✓                         ✓',
    ' 2031–2036                            Parks and Open Spaces',
    ' Town Centre Events Programme         Kit Danvers, Events Manager   Pre-decision',
    '                                                                                                       ✓',
    ' Working groups                       Lead officer                  Status',
    ' Allotment Waiting Lists Working       Kit Danvers, Events Manager   Scoping – report',
    ' Group                                                              to Panel 9 Oct 31',
    '',
    '',
    'Page 1 of 1',
  ];
  const result = extractPack(Buffer.from(`${page1.join('\n')}\n\f`), 'ashcombe-marsh-communities-work-programme.txt');

  it('gives one row per mark, meeting by meeting, dated by the column the mark sits under, the wrapped topic and lead joined', () => {
    expect(result.workProgramme.map((r) => [r.meetingDate, r.item, r.leads])).toEqual([
      ['2031-07-03', 'Allotments Strategy Refresh 2031–2036', ['Oriel Banfield-Swift, Head of Parks and Open Spaces']],
      ['2031-10-09', 'Town Centre Events Programme', ['Kit Danvers, Events Manager']],
      ['2032-02-12', 'Allotments Strategy Refresh 2031–2036', ['Oriel Banfield-Swift, Head of Parks and Open Spaces']],
      [null, 'Allotment Waiting Lists Working Group', ['Kit Danvers, Events Manager']],
    ]);
    expect(result.workProgramme.every((r) => r.body === 'Communities Scrutiny Panel')).toBe(true);
  });
});

describe('a Markdown agenda addressed to members "see membership below", a membership table with a role column and a minutes file link', () => {
  const text = [
    '# Corvell Valley Joint Pensions Board',
    '',
    '**Date:** Tuesday 3 March 2032',
    '**Time:** 2.00 pm',
    '**Venue:** Board Room, Millrace House, Corvell',
    '',
    'To: Members of the Pensions Board (see membership below)',
    '',
    'You are summoned to attend a meeting of the Pensions Board to transact the business below.',
    '',
    '## Membership',
    '',
    '| Member | Appointing body | Role |',
    '|--------|-----------------|------|',
    '| Cllr Ysolde Brannagh | Corvell District Council | Chair |',
    '| Cllr Anton Pike-Farrow | Westmere Borough Council | Vice-Chair |',
    '| *Vacancy* | Westmere Borough Council | Member |',
    '| Ms Leona Dracott | – | Scheme Member Representative |',
    '',
    '# Agenda',
    '',
    '## 1. Apologies',
    '',
    '## 2. Minutes of the Last Meeting',
    '',
    'To approve the minutes of 2 December 2031.',
    '',
    '[Minutes – 2 December 2031 (PDF, 90 KB)](minutes.pdf)',
    '',
    '## 3. Investment Performance',
    '',
    '## 4. Any Other Business',
    '',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'corvell-pensions-board-agenda.md');

  it('reads the members from the table, not the summons sentence, each with the role column beside them', () => {
    expect(result.meeting?.members).toEqual([
      { name: 'Cllr Ysolde Brannagh', role: 'Chair' },
      { name: 'Cllr Anton Pike-Farrow', role: 'Vice-Chair' },
      { name: 'Ms Leona Dracott', role: 'Scheme Member Representative' },
    ]);
  });

  it('reads a link to the minutes as a file as part of its item, not as the minutes themselves', () => {
    expect(result.minutes).toEqual([]);
    expect(result.meeting?.agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4']);
  });

  it('matches the rules as data: the addressee pointing elsewhere, the role column', async () => {
    const { MEMBERS_LISTED_ELSEWHERE, MEMBERSHIP_ROLE_COLUMN } = await import('./layouts.ts');
    expect(MEMBERS_LISTED_ELSEWHERE.test('Members of the Pensions Board (see membership below)')).toBe(true);
    expect(MEMBERS_LISTED_ELSEWHERE.test('Members of the Board – see overleaf')).toBe(true);
    expect(MEMBERS_LISTED_ELSEWHERE.test('Councillors A Bell and C Dale')).toBe(false);
    expect(MEMBERSHIP_ROLE_COLUMN.test('Role')).toBe(true);
    expect(MEMBERSHIP_ROLE_COLUMN.test('Appointing body')).toBe(false);
  });
});

describe('an invented district council: lower-case "agreed that" after who moved and seconded it, and a Press/Public count', () => {
  const pad = (label: string, value: string): string => `${label.padEnd(22)}${value}`;
  const text = [
    'MINUTES OF THE MEETING OF THE LICENSING COMMITTEE HELD IN THE',
    'BOARDROOM, TOWN HALL, DRUMCARRA ON TUESDAY 9 MAY 2028 AT 7.00 PM',
    '',
    pad('PRESENT:', 'Alderman V Ashdown (Chair)'),
    pad('', 'Councillors O Brannock, E Culkin and U Darragh'),
    pad('APOLOGIES:', 'Councillor I Eskew'),
    pad('PRESS/PUBLIC:', '2 members of the public'),
    '',
    pad('LC 41/28', 'STREET TRADING LICENCE – MARKET SQUARE'),
    pad('', 'The Licensing Officer presented the application.'),
    pad('', 'Proposed by Councillor Brannock, Seconded by Councillor Culkin and agreed'),
    pad('', 'that the licence be granted for twelve months.'),
    '',
    pad('LC 42/28', 'AMUSEMENT PERMIT – HARBOUR ARCADE'),
    pad('', 'Councillor Darragh proposed, and Alderman Ashdown seconded, that the permit be'),
    pad('', 'refused. On a vote being taken there voted: For 1, Against 3.'),
    pad('', 'The proposal fell and it was agreed that the permit be granted.'),
    '',
    pad('LC 43/28', 'FEES FOR 2028/29'),
    pad('', 'Proposed by Councillor Culkin, Seconded by Councillor Darragh and agreed that the'),
    pad('', 'fees be approved.'),
    '',
    'The meeting closed at 8.15 pm.',
    '',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'drumcarra-licensing-minutes.txt');
  const m = result.minutes[0];

  it('reads one decision a minute, from the words after "and agreed", wrapped or not', () => {
    expect(m?.items.map((i) => i.resolutions)).toEqual([['the licence be granted for twelve months.'], ['the permit be granted.'], ['the fees be approved.']]);
  });

  it('ends the apologies at the Press/Public count, naming no one', () => {
    expect(m?.apologies).toEqual(['Councillor I Eskew']);
  });

  it('matches the rules as data', async () => {
    const { MOVER_BEFORE_LEAD, PUBLIC_COUNT_LABEL_LINE, RESOLUTION_LEAD_WRAP, RESOLUTION_MID_LINE } = await import('./layouts.ts');
    expect('Proposed by Cllr A Bell, Seconded by Cllr C Dunn and agreed that the report be noted.'.replace(MOVER_BEFORE_LEAD, '')).toBe('agreed that the report be noted.');
    expect(MOVER_BEFORE_LEAD.test('Proposed by Cllr A Bell, Seconded by Cllr C Dunn and agreed with the officers.')).toBe(false);
    expect(RESOLUTION_LEAD_WRAP.moved.test('Moved by Cllr A Bell, Seconded by Cllr C Dunn and resolved')).toBe(true);
    expect(RESOLUTION_LEAD_WRAP.moved.test('Members discussed the matter and agreed')).toBe(false);
    expect('The motion was carried and it was agreed that the fee stand.'.split(RESOLUTION_MID_LINE)).toEqual(['The motion was carried and', 'it was agreed that the fee stand.']);
    expect(RESOLUTION_MID_LINE.test('Members asked whether it was agreed that the fee stand.')).toBe(false);
    expect(PUBLIC_COUNT_LABEL_LINE.test('Press/Public: 3')).toBe(true);
    expect(PUBLIC_COUNT_LABEL_LINE.test('Public/press:')).toBe(true);
  });
});

describe('bilingual town council minutes: a bracketed translation under the title, a heading whose bracket wraps', () => {
  const text = [
    '                     CYNGOR TREF PENRHOSFA',
    '                     PENRHOSFA TOWN COUNCIL',
    '         Yr Hen Ysgol, Lon Isaf, Penrhosfa PF9 2ZZ | Tel: 01632 960999',
    '',
    '            MINUTES OF THE MEETING OF THE FULL COUNCIL',
    '                 (COFNODION Y CYNGOR LLAWN)',
    ' held in the Old School Room, Penrhosfa on Tuesday 4 May 2032 at 7.00 pm',
    '',
    'Present: Cllr A Madoc (Chair); Cllr B Gethin.',
    '',
    '32/011      APOLOGIES (YMDDIHEURIADAU)',
    '            None were received.',
    '32/012      PLAY AREA RESURFACING 2032–2033 (AIL-WYNEBU’R MAN CHWARAE',
    '            2032–2033)',
    '            Two quotations had been received.',
    '            RESOLVED: that the lower quotation be accepted.',
    '',
    'The meeting closed at 8.05 pm.',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'penrhosfa-minutes.txt').minutes[0];

  it('names the council over the heading as the body, not the bracketed translation', () => {
    expect(m?.body).toBe('PENRHOSFA TOWN COUNCIL');
    expect(m?.date).toBe('2032-05-04');
  });

  it('reads a heading whose open bracket closes on the line under it as one title', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['32/011', '32/012']);
    expect(m?.items[1]?.title).toBe('PLAY AREA RESURFACING 2032–2033 (AIL-WYNEBU’R MAN CHWARAE 2032–2033)');
    expect(m?.items[1]?.resolutions).toEqual(['that the lower quotation be accepted.']);
  });

  it('matches the rules as data: the bracket closing a heading, a heading line wholly in brackets', async () => {
    const { BRACKETED_HEADING_LINE, HEADING_BRACKET_TAIL } = await import('./layouts.ts');
    expect(HEADING_BRACKET_TAIL.test('2032–2033)')).toBe(true);
    expect(HEADING_BRACKET_TAIL.test('(NEW ITEM)')).toBe(false);
    expect(BRACKETED_HEADING_LINE.test('(COFNODION Y CYNGOR LLAWN)')).toBe(true);
    expect(BRACKETED_HEADING_LINE.test('Held in (the) Hall')).toBe(false);
  });
});

describe('holdout: a lone report whose cover boxes the item beside the meeting, ticks its forward plan answer and signs off in labelled rows (Wyvernmere District Council, invented)', () => {
  const text = [
    ' Wyvernmere District Council',
    '',
    ' EXECUTIVE                                                                      Agenda Item 12',
    ' Wednesday, 9 July 2031',
    '',
    ' Leisure Centre Roof Replacement',
    '',
    '   Report of                          Owen Haldane, Director of Communities',
    '   Lead Member                        Cllr Ruth Okafor, Executive Member for Leisure',
    '   Report author                      Simon Pelly, Property Manager',
    '   Key decision                       ☒ Yes    ☐ No',
    '   In Forward Plan                    ☒ Yes (ref KD 31/042)    ☐ No',
    '',
    '   Chief Finance Officer sign-off     Laura Brindle, 20 June 2031',
    '   Legal Services clearance           Peter Vance, 23 June 2031',
    '',
    ' 1. Purpose',
    ' 1.1 To seek approval to replace the roof of the leisure centre.',
    '',
    ' 2. Recommendations',
    '',
    ' That the Executive approves the replacement of the roof at a cost of up to £640,000.',
    '',
    ' 3. Background',
    ' 3.1 The roof has leaked since the winter.',
    '',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'wyvernmere-roof.txt');
  const r = result.reports[0];

  it('reads the item from the box beside the meeting, the spaced forward plan reference and each labelled sign-off row', () => {
    expect(result.reports).toHaveLength(1);
    expect(r?.agendaItem).toBe('12');
    expect(r?.forwardPlanRef).toBe('KD 31/042');
    expect(r?.signOffs.map((s) => [s.role, s.name, s.date])).toEqual([
      ['Chief Finance Officer', 'Laura Brindle', '2031-06-20'],
      ['Legal Services', 'Peter Vance', '2031-06-23'],
    ]);
  });

  it('matches the rules as data: a spaced reference in capitals, a sign-off row label', async () => {
    const { SIGN_OFF_ROW_LABEL, SPACED_FORWARD_PLAN_REF } = await import('./layouts.ts');
    expect(SPACED_FORWARD_PLAN_REF.exec('Yes (ref FP 27/9)')?.[1]).toBe('FP 27/9');
    expect(SPACED_FORWARD_PLAN_REF.test('Yes (ref page 27/9)')).toBe(false);
    expect(SIGN_OFF_ROW_LABEL.exec('Monitoring Officer sign-off')?.[1]).toBe('Monitoring Officer');
    expect(SIGN_OFF_ROW_LABEL.test('Key decision')).toBe(false);
  });
});

describe('holdout: a closing note on when the named minutes take effect after call-in (Quillstone Borough Council)', () => {
  const text = [
    'QUILLSTONE BOROUGH COUNCIL',
    '',
    'MINUTES of a meeting of the EXECUTIVE held at the Guildhall, Quillstone on Wednesday, 4 June 2031 at 6.30 pm',
    '',
    'PRESENT: Councillors A Brook (Chair), C Dale and E Frost',
    '',
    '21. APOLOGIES FOR ABSENCE',
    '',
    'There were none.',
    '',
    '22. PARKING CHARGES',
    '',
    'RESOLVED: that the revised parking charges be approved.',
    '',
    '23. LEISURE CENTRE LEASE',
    '',
    'RESOLVED: that the lease be renewed for five years.',
    '',
    'The meeting closed at 7.15 pm.',
    '',
    'The decision in Minute 23 will come into effect after 5.00 pm on Friday, 13 June 2031 unless called in.',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'quillstone-executive-minutes.txt').minutes[0];

  it('dates only the minute the note names, not the meeting', () => {
    expect(m?.date).toBe('2031-06-04');
    expect(m?.items.map((i) => [i.minute.replace(/\.$/, ''), i.effectiveFrom ?? null])).toEqual([
      ['21', null],
      ['22', null],
      ['23', '2031-06-13'],
    ]);
  });

  it('matches the rule as data: the minutes named, the date after "after"', async () => {
    const { CALL_IN_EFFECTIVE } = await import('./layouts.ts');
    const hit = CALL_IN_EFFECTIVE.exec('The decisions in Minutes 4, 6 and 9 shall take effect after noon on 2 May 2030.');
    expect(hit?.[1]).toBe('4, 6 and 9');
    expect(hit?.[2]).toContain('2 May 2030');
    expect(CALL_IN_EFFECTIVE.test('The meeting closed at 9.00 pm.')).toBe(false);
  });
});

describe('minute numbers set far right on the heading line, a wrapped heading joined (invented Fellbarrow Borough)', () => {
  const text = [
    '                         FELLBARROW BOROUGH COUNCIL',
    '',
    'MINUTES of the MEETING of the COUNCIL held in the Guildhall, Fellbarrow on',
    'TUESDAY, 4th MARCH, 2031 at 7.00 p.m.',
    '',
    'PRESENT: Councillors J. Amble, K. Brisk and L. Corder.',
    'ALSO PRESENT: Mr P. Rook (Committee Administrator).',
    '',
    'APOLOGIES FOR ABSENCE                                                  B.7',
    'Apologies for absence were received from Councillor M. Dunn.',
    '',
    'MARKET HALL – RENEWAL OF                                               B.8',
    'LEASE',
    'RESOLVED – That the lease be renewed for five years.',
    '',
    'REPORTS OF COMMITTEES                                                  B.9',
    'RESOLVED – That the following minutes be received and',
    'adopted:-',
    '',
    '    (1) Finance Committee – 3rd February, 2031;',
    '    (2) Leisure Committee – 10th February, 2031.',
    '',
    'COMMON SEAL                                                            B.10',
    'RESOLVED – That the sealing of the lease be confirmed.',
    '',
    '                                   - 4 -',
    '\f',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'fellbarrow-council.txt').minutes[0];

  it('reads each number from the right-hand margin and the heading from the left, joined across its wrap', () => {
    expect(m?.items.map((i) => i.minute)).toEqual(['B.7', 'B.8', 'B.9', 'B.10']);
    expect(m?.items.map((i) => i.title.toUpperCase())).toEqual(['APOLOGIES FOR ABSENCE', 'MARKET HALL – RENEWAL OF LEASE', 'REPORTS OF COMMITTEES', 'COMMON SEAL']);
    expect(m?.items[1]?.resolutions).toEqual(['That the lease be renewed for five years.']);
  });

  it('reads a list under a lead-in ending ":-" as the resolutions, and a committee administrator as in attendance', () => {
    expect(m?.items[2]?.resolutions).toEqual(['Finance Committee – 3rd February, 2031;', 'Leisure Committee – 10th February, 2031.']);
    expect(m?.inAttendance).toEqual(['Mr P. Rook (Committee Administrator)']);
  });

  it('matches the rules as data: a right-margin number, a heading that wraps on', async () => {
    const { HEADING_WRAPS_ON, RIGHT_MARGIN_MINUTE } = await import('./layouts.ts');
    expect(RIGHT_MARGIN_MINUTE.exec('COMMON SEAL                 B.9')?.slice(1)).toEqual(['COMMON SEAL', 'B.9']);
    expect(RIGHT_MARGIN_MINUTE.test('COMMON SEAL                 2031')).toBe(false);
    expect(RIGHT_MARGIN_MINUTE.test('The Council resolved        B.9')).toBe(false);
    expect(HEADING_WRAPS_ON.test('MARKET HALL – RENEWAL OF')).toBe(true);
    expect(HEADING_WRAPS_ON.test('COMMON SEAL')).toBe(false);
    const { LIST_LEAD_COLON, OFFICER_POST_NOTE } = await import('./layouts.ts');
    expect(LIST_LEAD_COLON.test('be adopted:-')).toBe(true);
    expect(LIST_LEAD_COLON.test('be adopted.')).toBe(false);
    expect(OFFICER_POST_NOTE.test('Mr P. Rook (Committee Administrator)')).toBe(true);
  });
});

describe('a parish agenda sent as a plain-text e-mail (invented Nether Quorley): mail header, "Councillors:" paragraph, signature', () => {
  const text = [
    'From: Clerk to Nether Quorley Parish Council <clerk@netherquorley.example>',
    'To: All Councillors <members@netherquorley.example>',
    'Date: Fri, 3 Sep 2032 09:15:00 +0100',
    'Subject: Agenda for the Parish Council meeting on 9 September 2032',
    '',
    'Dear Councillors,',
    '',
    'You are summoned to attend a meeting of Nether Quorley Parish Council to be',
    'held on Thursday 9 September 2032 at 7.30pm in the Reading Room, Quorley.',
    '',
    'Councillors: Cllr Alma Tregarth (Chair), Cllr Bede Winslow',
    '(Vice-Chair), Cllr Cora Fenwick, Cllr Dunstan Pryor',
    '',
    'AGENDA',
    '',
    '1.  Apologies for absence',
    '2.  Minutes of the last meeting',
    '3.  Finance',
    '    a) To approve the following payments:',
    '         Payee                 Details          Amount',
    '         Quorley Mowers Ltd    Verge cutting    £120.00',
    '                                        Total:  £120.00',
    '    b) To note the bank balance.',
    '',
    'Kind regards,',
    '',
    'Nora Pellow',
    '',
    '-- ',
    'Nora Pellow',
    'Clerk, Nether Quorley Parish Council',
    'Tel: 01700 900123 (Tuesdays only)',
    'Email: clerk@netherquorley.example',
    'Web: www.netherquorley.example',
  ].join('\n');
  const m = extractPack(Buffer.from(text), 'nether-quorley.txt').meeting;

  it('reads the members from the "Councillors:" paragraph, not the mail\'s "To:", each role with its name across the wrap', () => {
    expect(m?.members.map((x) => [x.name, x.role])).toEqual([
      ['Cllr Alma Tregarth', 'Chair'],
      ['Cllr Bede Winslow', 'Vice-Chair'],
      ['Cllr Cora Fenwick', null],
      ['Cllr Dunstan Pryor', null],
    ]);
  });

  it('dates the issue by the mail\'s "Date:" and takes the contact from the signature, not the header addresses', () => {
    expect(m?.issuedOn).toBe('2032-09-03');
    expect(m?.contacts).toEqual([{ name: 'Nora Pellow', phone: '01700 900123', email: 'clerk@netherquorley.example' }]);
  });

  it('keeps the payments table a sub-item introduces ("the following payments:") in its note, out of its title', () => {
    const subs = m?.agenda.filter((a) => /^[a-z]\)$/.test(a.number)) ?? [];
    expect(subs.map((a) => a.title)).toEqual(['To approve the following payments:', 'To note the bank balance']);
    expect(subs[0]?.note).toContain('Quorley Mowers Ltd');
  });

  it('matches the rules as data: mail header fields, the signature delimiter, a "Councillors:" label before titled names', async () => {
    const { LIST_LEAD_IN, MAIL_HEADER_FIELD, MAIL_SIGNATURE_DELIMITER, MEMBERSHIP_LABEL } = await import('./layouts.ts');
    expect(LIST_LEAD_IN.test('To consider the applications listed below:')).toBe(true);
    expect(LIST_LEAD_IN.test('Planning: to consider applications')).toBe(false);
    expect(MAIL_HEADER_FIELD.test('Message-ID: <1@x.example>')).toBe(true);
    expect(MAIL_HEADER_FIELD.test('Apologies: none')).toBe(false);
    expect(MAIL_SIGNATURE_DELIMITER.test('-- ')).toBe(true);
    expect(MEMBERSHIP_LABEL.exec('Councillors: Cllr A Bell, Cllr C Dale')?.[1]).toBe('Cllr A Bell, Cllr C Dale');
    expect(MEMBERSHIP_LABEL.test('Councillors: please note the change of venue.')).toBe(false);
  });
});

describe('OCR of typed committee minutes: letters for digits in times and names, a capital title broken by the typist at a hyphen', () => {
  const text = [
    '                      LOWBRIDGE PARISH COUNCIL',
    '',
    '   MINUTES OF THE MEETING OF THE AMENITIES COMMITTEE held in the Village',
    '   Hall, Mill Lane, Lowbridge on Monday 7th March 1988 at 6.OO p.m.',
    '',
    'PRESENT:   Cllr A. Quenby (Chairman)',
    '           Counci1lor B. Ormsby',
    '           Cllr Mrs C. W1lmot',
    '',
    '88/21   APOLOGIES FOR ABSENCE',
    '',
    '        None were received.',
    '',
    '88/22   PLAYING FIELD - RESURF-',
    '        ACING WORKS',
    '',
    '        Resolved: That the works be carried out in April 1988.',
    '',
    '88/23   SELF-',
    '        ASSESSMENT RETURN',
    '',
    '        Resolved: That the return be signed by the Chairman.',
    '',
    'The meeting closed at 7.4O p.m.',
    '',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'lowbridge-amenities.txt');
  const m = result.minutes[0];

  it("reads the OCR'd times, the misread councillors one a line, and the broken title whole", () => {
    expect(m?.time).toBe('18:00');
    expect(m?.endedAt).toBe('19:40');
    expect(m?.present).toEqual(['Cllr A. Quenby', 'Councillor B. Ormsby', 'Cllr Mrs C. Wilmot']);
    expect(m?.items.map((i) => i.title)).toEqual(['APOLOGIES FOR ABSENCE', 'PLAYING FIELD - RESURFACING WORKS', 'SELF-ASSESSMENT RETURN']);
  });

  it('matches the rules as data: an OCR clock time, the misread title, a compound head', async () => {
    const { OCR_CLOCK_TIME, OCR_COUNCILLOR, COMPOUND_HEAD } = await import('./layouts.ts');
    expect('at 1O.3O am and 2.15 pm'.match(OCR_CLOCK_TIME)).toEqual(['1O.3O', '2.15']);
    expect('Room OO.OO am'.match(OCR_CLOCK_TIME)).toBeNull();
    expect(new RegExp(`^${OCR_COUNCILLOR}$`).test('Counci1lor')).toBe(true);
    expect(COMPOUND_HEAD.test('SELF')).toBe(true);
    expect(COMPOUND_HEAD.test('MAINT')).toBe(false);
  });

  it('reads a 1 inside a name as the letter it stands for', async () => {
    const { ocrNameLetters } = await import('./names.ts');
    expect(ocrNameLetters('Cllr P. Sm1th')).toBe('Cllr P. Smith');
    expect(ocrNameLetters('Mr D. Ke1ly')).toBe('Mr D. Kelly');
    expect(ocrNameLetters('Flat 1a, Unit A1')).toBe('Flat 1a, Unit A1');
  });
});

describe('town council minutes laid out from a PDF: the heading broken inside its date, lettered parts under margin-numbered minutes', () => {
  const text = [
    '                                                                                  Public Document Pack',
    '',
    '                       HARCOMBE FERRERS TOWN COUNCIL',
    '',
    '   Minutes of the meeting of Harcombe Ferrers Town Council held on Thursday 14th March',
    '                                        2030',
    '             at 7.00pm in the Guildhall, Market Street, Harcombe Ferrers',
    'Present: Cllrs E Pargeter (Mayor), F Quinlan, G Rowsell and H Sturridge',
    'In attendance: Ms J Tolley (Town Clerk)',
    '',
    '30/061     Apologies for absence',
    '           a) Apologies were received and accepted from Cllr K Upcott (illness).',
    '',
    '30/062     Declarations of interest',
    '           a) Cllr G Rowsell declared a pecuniary interest in minute 30/064 as the owner of the',
    '              adjoining land, and left the room for that item.',
    '',
    '30/063     Finance',
    '           a) Accounts for payment. The following accounts were presented for payment:',
    '              Payee                        Description                      Amount',
    '              Ferrers Hire Ltd             Marquee hire                     310.00',
    '           RESOLVED: that the accounts be paid. Proposed Cllr Quinlan, seconded Cllr Sturridge.',
    '',
    '30/064     Allotments',
    '           a) Rents. The Clerk reported on the rents due at Lady Day.',
    '           RESOLVED: that the rents for 2030/31 be held at £40 a plot.',
    '',
    'The meeting closed at 8.40pm.',
    '',
    "Mayor's initials ……………                                                                 Page 1 of 1",
    '\f',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'harcombe-ferrers-minutes.txt');
  const m = result.minutes[0];

  it('dates the minutes by the year alone on the line under the heading, not read as a page number', () => {
    expect(result.minutes).toHaveLength(1);
    expect(m?.body).toBe('Harcombe Ferrers Town Council');
    expect(m?.date).toBe('2030-03-14');
    expect(m?.time).toBe('19:00');
    expect(m?.venue).toBe('Guildhall, Market Street, Harcombe Ferrers');
  });

  it('keeps a lettered part\'s run-in heading ("a) Rents. The Clerk …") out of the minute\'s title', () => {
    expect(m?.items.map((i) => [i.minute, i.title])).toEqual([
      ['30/061', 'Apologies for absence'],
      ['30/062', 'Declarations of interest'],
      ['30/063', 'Finance'],
      ['30/064', 'Allotments'],
    ]);
    expect(m?.items.flatMap((i) => i.resolutions)).toEqual(['that the accounts be paid.', 'that the rents for 2030/31 be held at £40 a plot.']);
  });

  it('reads a declaration made in a lettered part ("a) Cllr G Rowsell declared …") under its member', () => {
    const declared = m?.items.find((i) => i.minute === '30/062')?.declarations ?? [];
    expect(declared.map((d) => d.member)).toEqual(['Cllr G Rowsell']);
    expect(declared[0]?.interest).toMatch(/^a pecuniary interest in minute 30\/064/);
  });

  it('matches the rules as data: a heading broken inside its date, a lettered part', async () => {
    const { HEADING_DATE_WRAP, LETTERED_PART } = await import('./layouts.ts');
    expect(HEADING_DATE_WRAP.head.test('… held on Thursday 14th March')).toBe(true);
    expect(HEADING_DATE_WRAP.head.test('… held in the Guildhall')).toBe(false);
    expect(HEADING_DATE_WRAP.tail.test('2030')).toBe(true);
    expect(HEADING_DATE_WRAP.tail.test('Page 2')).toBe(false);
    expect(LETTERED_PART.test('a) Rents. The Clerk reported …')).toBe(true);
    expect(LETTERED_PART.test('Allotments and Rents. The Clerk reported …')).toBe(false);
  });
});

describe('a forward plan printed as label | value boxes, a label wrapped in its narrow column, a marker after a reference', () => {
  const row = (label: string, value = ''): string => (value === '' ? ` ${label}` : ` ${label.padEnd(40)}${value}`);
  const wrap = (value: string): string => `${' '.repeat(41)}${value}`;
  const box = (ref: string, title: string, maker: string, due: string, published: string, more: string[] = []): string[] => [
    row('Reference:', ref),
    row('Decision:', title),
    row('Decision maker:', maker),
    row('Decision due date:', due),
    row('Wards affected:', 'All Wards'),
    row('Lead officer:', 'Tamsin Roe, Head of Waste, 01700 900123,'),
    wrap('tamsin.roe@quillbourne.gov.uk'),
    row('Notice of intended key decision', published),
    row('first published:'),
    row('Exempt information:', 'Open'),
    row('Documents to be considered:', 'Report'),
    row('Consultees:', 'Environment Overview and Scrutiny Panel,'),
    wrap('9 September 2031'),
    ...more,
    '',
    '',
  ];
  const text = [
    'Quillbourne District Council',
    'Notice of Key Decisions',
    'Date of publication: 1 August 2031',
    '',
    ...box('QDC/KD/31/021', 'Garden Waste Subscription Charges 2032/33', 'Cabinet', '14 October 2031', '2 May 2031'),
    ...box('QDC/KD/31/024 Withdrawn', 'Sale of the former Mill Street Depot', 'Portfolio Holder for Assets', 'Not before 1 November 2031', '6 June 2031'),
    ...box('QDC/KD/31/027 New', 'Leisure Centre Operator Contract', 'Director of Communities', 'Not before 3 December 2031', '1 August 2031'),
    '                                   Page 1',
    '\f',
  ].join('\n');
  const plan = extractPack(Buffer.from(text), 'quillbourne-key-decisions.txt').forwardPlan;

  it('reads each box: bare references, the marker kept as status, the wrapped label, no row of an unused label in a value', () => {
    expect(plan.map((e) => e.ref)).toEqual(['QDC/KD/31/021', 'QDC/KD/31/024', 'QDC/KD/31/027']);
    expect(plan.map((e) => e.status ?? null)).toEqual([null, 'Withdrawn', 'New']);
    expect(plan.map((e) => e.firstPublished)).toEqual(['2031-05-02', '2031-06-06', '2031-08-01']);
    expect(plan.map((e) => e.decisionMakers)).toEqual([['Cabinet'], ['Portfolio Holder for Assets'], ['Director of Communities']]);
    expect(plan[2]?.decisionDate).toEqual({ text: 'Not before 3 December 2031', date: '2031-12-03', qualifier: 'not-before' });
    expect(plan.map((e) => e.documents)).toEqual(['Report', 'Report', 'Report']);
    expect(plan[0]?.contacts).toEqual(['Tamsin Roe, Head of Waste, 01700 900123, tamsin.roe@quillbourne.gov.uk']);
    expect(plan[0]?.exempt).toBe('Open');
  });

  it('matches the rules as data: a marker after a reference, a notice-first-published label', async () => {
    const { NOTICE_REF_STATUS, NOTICE_LABELS } = await import('./layouts.ts');
    expect(NOTICE_REF_STATUS.exec('FP/31/07 Carried forward')?.[1]).toBe('Carried forward');
    expect(NOTICE_REF_STATUS.test('KD 2031/014')).toBe(false);
    const published = NOTICE_LABELS.find((l) => l.field === 'published')?.pattern;
    expect(published?.test('Notice of proposed decision first published')).toBe(true);
    expect(published?.test('Date notice first published')).toBe(true);
    expect(published?.test('Entry first published')).toBe(true);
    expect(published?.test('Notice of decision')).toBe(false);
  });
});

describe('a Full Council summons as a signed letter, its motions in full, the last minutes with members in columns', () => {
  const summons = [
    '                                                                        Member Services',
    'Quarnford Borough Council                                               Contact: Petra Lindqvist',
    '                                                                        Tel: 01700 412300',
    'Town Hall, Bridge Street,                                               Email: petra.lindqvist@quarnford.example',
    'Quarnford QB2 4TT                                                       Our ref: MS/FC/31',
    '                                                                        Date: 2 October 2031',
    '',
    '',
    'To: All Members of the Council',
    'Dear Councillor,',
    'You are hereby summoned to attend a meeting of the Council to be held in the Assembly Room, Town',
    'Hall, Bridge Street, Quarnford QB2 4TT on Wednesday, 15 October 2031 at 6.30 pm for the purpose of',
    'transacting the business set out in the agenda below.',
    '',
    'Yours faithfully,',
    '',
    '',
    'Rowan Delacourt-Hay',
    'Chief Executive',
    '',
    '',
    'Agenda published: Friday 3 October 2031. Large print copies are available on request.',
    '',
    '',
    '                                                AGENDA',
    ' Item      Subject                                                                                Pages',
    ' 1.        Apologies for Absence',
    ' 2.        Minutes                                                                                3-5',
    '           To approve as a correct record the minutes of the meeting held on 9 July 2031.',
    ' 3.        Notice of Motion – Free Swimming for Under-Sixteens in the School Holidays',
    '           Proposed by Councillor Ines Marchetti, seconded by Councillor Kofi',
    '           Abernethy-Lowe:',
    '           "This Council asks the Cabinet to fund free swimming at both leisure centres',
    '           for residents under sixteen during the school summer holidays of 2032."',
    ' 4.        Notice of Motion – Restoring the Saturday Bus to Outlying Villages',
    '           Moved by Councillor Dov Ashcombe-Price',
    '           "This Council will ask the county council to restore the Saturday bus service."',
    ' 5.        Treasury Management Mid-Year Review',
    '',
  ].join('\n');
  const s = extractPack(Buffer.from(summons), 'quarnford-council-summons.txt').meeting;

  it('dates the issue by the signed letter\'s "Date:", not the day the agenda was put online', () => {
    expect(s?.issuedBy).toBe('Rowan Delacourt-Hay');
    expect(s?.issuedOn).toBe('2031-10-02');
  });

  it('ends a motion\'s title at the "Proposed by …" or "Moved by …" line under it, which goes to the note', () => {
    const items = s?.agenda ?? [];
    expect(items.map((a) => a.title)).toEqual([
      'Apologies for Absence',
      'Minutes',
      'Notice of Motion – Free Swimming for Under-Sixteens in the School Holidays',
      'Notice of Motion – Restoring the Saturday Bus to Outlying Villages',
      'Treasury Management Mid-Year Review',
    ]);
    expect(items[2]?.note).toContain('Abernethy-Lowe');
    expect(items[3]?.note).toContain('Ashcombe-Price');
  });

  const minutes = [
    '                                   QUARNFORD BOROUGH COUNCIL',
    '  MINUTES of a meeting of the Council held in the Assembly Room, Town Hall, Bridge Street,',
    '                     Quarnford on Wednesday, 9 July 2031 at 6.30 pm',
    'Present: The Mayor, Councillor P Okafor (in the Chair)',
    ' Councillor D Fairweather (Vice-     Councillor K Abernethy-Lowe        Councillor T Nakamura',
    ' Chair)',
    ' Councillor M Ashdown               Councillor I Marchetti             Councillor R Pemberton',
    ' Councillor G Bellingham            Councillor H Moreno-Vidal          Councillor S Wetherby',
    'Apologies: Councillors L Quennell and J Tobias-Rae',
    'Officers in attendance: Rowan Delacourt-Hay (Chief Executive) and Petra Lindqvist (Member Services)',
    '21. APOLOGIES FOR ABSENCE',
    'Apologies for absence were received from Councillors Quennell and Tobias-Rae.',
    '22. MINUTES',
    'RESOLVED: That the minutes of the meeting held on 14 May 2031 be confirmed as a correct record.',
    '',
    'The meeting ended at 8.05 pm.',
    '',
  ].join('\n');
  const m = extractPack(Buffer.from(minutes), 'quarnford-council-minutes.txt').minutes[0];

  it('reads the members set in columns under the Present line one a cell, a bracketed role wrapped in its cell kept with its member', () => {
    expect(m?.present).toEqual([
      'Councillor P Okafor',
      'Councillor D Fairweather',
      'Councillor K Abernethy-Lowe',
      'Councillor T Nakamura',
      'Councillor M Ashdown',
      'Councillor I Marchetti',
      'Councillor R Pemberton',
      'Councillor G Bellingham',
      'Councillor H Moreno-Vidal',
      'Councillor S Wetherby',
    ]);
    expect(m?.apologies).toHaveLength(2);
  });

  it('matches the rules as data: a mover line under a motion, a publication label', async () => {
    const { AGENDA_MOVER_NOTE, PUBLICATION_LABEL } = await import('./layouts.ts');
    expect(AGENDA_MOVER_NOTE.test('Proposed by Councillor A Bell, seconded by Councillor C Dale:')).toBe(true);
    expect(AGENDA_MOVER_NOTE.test('Moved by the Leader of the Council')).toBe(true);
    expect(AGENDA_MOVER_NOTE.test('proposed by the applicant')).toBe(false);
    expect(AGENDA_MOVER_NOTE.test('Proposed Budget 2032/33')).toBe(false);
    expect(PUBLICATION_LABEL.test('Agenda published: Friday 3 October 2031')).toBe(true);
    expect(PUBLICATION_LABEL.test('Date of publication: 3 October 2031')).toBe(true);
    expect(PUBLICATION_LABEL.test('Date of despatch: 3 October 2031')).toBe(false);
  });
});

describe('holdout: a Present list a row per category of members, each category wrapped in its label column (invented Hallowmere park authority)', () => {
  const r = extractPack(
    laidOutMinutes([
      '                      HALLOWMERE MOORS PARK AUTHORITY',
      ' Minutes of the meeting of the Hallowmere Moors Park Authority held in the Board Room, Moorgate',
      ' House, Calderby on Wednesday 3 March 2032 at 2.00 pm.',
      '',
      ' Present:',
      ' Members nominated by District Cllr T Arkwright (Chair), Cllr V Bellingham-',
      ' Councils:                     Crewe, Cllr W Dacre and Cllr Y Eastmoor',
      ' Members appointed by the              Prof S Fairlie, Mrs Q Gatenby and Dr',
      ' Minister – regional:                  O Hindmarsh',
      ' Parish Members:                       Mr L Ingleby and Mrs K Jessop',
      ' Apologies:                            Cllr E Kirkbride',
      ' Officers present:                     Ann Lowther – Chief Executive',
      '                                       Colin Mardale – Clerk to the Authority',
      '',
      ' 14/32        APOLOGIES FOR ABSENCE',
      '              Apologies were received from Cllr E Kirkbride.',
      '',
      ' 15/32        GRAZING LICENCES',
      '                    RESOLVED – That the grazing licences for 2032 be renewed.',
      '',
      ' The meeting closed at 3.15 pm.',
    ]),
    'hallowmere-authority.txt',
  );
  const m = r.minutes[0];

  it("reads every category's members as present, the category labels naming no one, names wrapped in their column joined", () => {
    expect(m?.present).toEqual([
      'Cllr T Arkwright',
      'Cllr V Bellingham-Crewe',
      'Cllr W Dacre',
      'Cllr Y Eastmoor',
      'Prof S Fairlie',
      'Mrs Q Gatenby',
      'Dr O Hindmarsh',
      'Mr L Ingleby',
      'Mrs K Jessop',
    ]);
    expect(m?.otherAttendance).toEqual([]);
    expect(m?.apologies).toEqual(['Cllr E Kirkbride']);
    expect(m?.inAttendance).toHaveLength(2);
  });

  it('matches a category of members by who appointed them, not an attendance label or a sentence', async () => {
    const { APPOINTED_MEMBERS_LABEL } = await import('./layouts.ts');
    expect(APPOINTED_MEMBERS_LABEL.test('Members nominated by District Councils')).toBe(true);
    expect(APPOINTED_MEMBERS_LABEL.test('Members appointed by the Minister – regional')).toBe(true);
    expect(APPOINTED_MEMBERS_LABEL.test('Representatives elected by the parishes')).toBe(true);
    expect(APPOINTED_MEMBERS_LABEL.test('Members present')).toBe(false);
    expect(APPOINTED_MEMBERS_LABEL.test('Apologies were received by the Clerk')).toBe(false);
  });
});

describe('a planning agenda whose report is headed only "Report to …" the committee, its subject in the site\'s "Location:" row', () => {
  const text = [
    'Thornleigh Borough Council',
    'Development Control Committee',
    'Date:     Tuesday 14 October 2031',
    'Time:     2.00 pm',
    'Venue: Room 4, Civic Offices, Quay Road, Thornleigh TH3 9QE',
    '',
    'Membership',
    'Cllr Imogen Sallow (Chair)',
    'Cllr Piers Hathersage',
    'Cllr Nadia Okwu',
    '',
    'AGENDA',
    ' 1.       Apologies for Absence',
    '',
    ' 2.       Declarations of Interest',
    '',
    ' 3.       TH/31/0552 – Former Ropeworks, Ferry Street: Conversion to Twelve Flats        (Pages 2 - 4)',
    '',
    '',
    '                                                        Page 1',
    '                                                                               Agenda Item 3',
    'Report to Development Control Committee',
    ' Application No:            TH/31/0552',
    ' Applicant:                 Quayside Homes Ltd',
    ' Location:                  Former Ropeworks, Ferry Street,',
    '                            Thornleigh TH3 4AB',
    ' Proposal:                  Conversion of the rope store to twelve flats with parking',
    '',
    ' Report of:                 Colm Aderinto, Head of Planning',
    ' Contact officer:           Bethan Marlowe, Senior Planning Officer',
    '                            Tel: 01700 555201 Email: bethan.marlowe@thornleigh.example',
    '',
    'Recommendation: That planning permission be REFUSED for the reasons in paragraph 6.1',
    '',
    '1. Background',
    '1.1 The building is vacant and lies within the Quayside Conservation Area.',
    '',
    '2. Assessment',
    '2.1 The loss of the parking court would harm the setting of the listed warehouse.',
    '',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'thornleigh-development-control.txt');
  const report = result.reports[0];

  it('titles the report by its site\'s row, wrapped lines joined, and keeps the "Report to" line as whom it is to', () => {
    expect(result.reports).toHaveLength(1);
    expect(report?.agendaItem).toBe('3');
    expect(report?.title).toBe('Former Ropeworks, Ferry Street, Thornleigh TH3 4AB');
    expect(report?.to).toBe('Development Control Committee');
    expect(report?.leadOfficer).toBe('Colm Aderinto, Head of Planning');
    expect(provenanceProblems(result, text)).toEqual([]);
  });

  it('does not take a front sheet\'s "Location:" for a report\'s cover', () => {
    const sheet = [
      'Thornleigh Borough Council',
      'Audit Panel',
      'Date: Tuesday 4 November 2031',
      'Location: Room 4, Civic Offices',
      '',
      'AGENDA',
      ' 1.       Apologies for Absence',
      '',
    ].join('\n');
    expect(extractPack(Buffer.from(sheet), 'thornleigh-audit.txt').reports).toEqual([]);
  });

  it('matches the rules as data: a "Report to" line naming a meeting, not a title that says more; a site\'s label', async () => {
    const { APPLICATION_SITE_LABEL, REPORT_ADDRESSEE_LINE } = await import('./layouts.ts');
    expect(REPORT_ADDRESSEE_LINE.exec('Report to Licensing and Appeals Committee')?.[1]).toBe('Licensing and Appeals Committee');
    expect(REPORT_ADDRESSEE_LINE.exec('Report to the Executive')?.[1]).toBe('Executive');
    expect(REPORT_ADDRESSEE_LINE.test('REPORT TO FULL COUNCIL')).toBe(true);
    expect(REPORT_ADDRESSEE_LINE.test('Report to Council on the Treasury Management Outturn')).toBe(false);
    expect(REPORT_ADDRESSEE_LINE.test('Annual Report to the Audit Committee')).toBe(false);
    expect(REPORT_ADDRESSEE_LINE.test('Report to: Cabinet')).toBe(false);
    expect(APPLICATION_SITE_LABEL.test('Location')).toBe(true);
    expect(APPLICATION_SITE_LABEL.test('Application site')).toBe(true);
    expect(APPLICATION_SITE_LABEL.test('Location plan')).toBe(false);
  });
});

describe('a scrutiny agenda: a contact box beside the membership list, and a work programme tagged with its agenda item, squeezed by pdftotext', () => {
  // Each line laid out as pdftotext -layout prints it: [column, text] pairs, padded to the column (one space at least).
  const lay = (...cells: Array<[number, string]>): string => cells.reduce((out, [at, text]) => `${out.length < at ? out.padEnd(at) : out === '' ? '' : `${out} `}${text}`, '');
  const text = [
    'Borough of Wendlecombe',
    '',
    'Resources Scrutiny Panel',
    'Date: Thursday 9 October 2031',
    'Time: 6.00 pm',
    'Venue: Council Chamber, Wendlecombe Guildhall, High Street, Wendlecombe WN1 2AB',
    '',
    '',
    lay([0, 'Membership'], [60, 'Contact Officer']),
    lay([0, 'Councillor Hester Blaydon (Chair)'], [60, 'Jonas Perrinwood']),
    lay([0, 'Councillor Ravi Quennell (Vice-Chair)'], [60, 'Committee Officer']),
    lay([0, 'Councillor Maud Ashcombe'], [60, 'Tel: 01700 900555']),
    lay([0, 'Councillor Olu Trevithick'], [60, 'E-mail: jonas.perrinwood@wendlecombe.example']),
    'Councillor Freya Dunstable',
    '',
    'Quorum: 3',
    '',
    'Members of the public may attend. For a copy in large print telephone 01700 900000, the Guildhall switchboard.',
    '',
    'Date of publication: Wednesday 1 October 2031',
    '',
    'Orla Fennimore',
    'Chief Executive',
    '\fAGENDA',
    '1.       Apologies for Absence',
    '2.       Declarations of Interest',
    lay([0, '3.       Panel Work Programme 2031/32'], [100, '3']),
    '',
    `\f${lay([0, 'Resources Scrutiny Panel – Work Programme 2031/32'], [80, 'Agenda Item 3'])}`,
    '',
    lay([0, 'Meeting date'], [20, 'Topic'], [47, 'Lead officer'], [80, 'Purpose']),
    lay([0, '9 October'], [20, 'Council Tax Collection'], [47, 'Anwen Marbeck, Head of'], [80, 'Review of collection']),
    lay([0, '2031'], [20, 'Rates'], [47, 'Revenues'], [80, 'performance']),
    lay([0, '9 October'], [20, 'Procurement Strategy'], [47, 'Dev Caulfield,'], [76, 'To comment on the']),
    lay([0, '2031'], [20, 'Refresh'], [47, 'Director of Resources'], [76, 'draft strategy']),
    lay([0, '4 December 2031'], [20, 'Treasury Management'], [47, 'Anwen Marbeck, Head of'], [76, 'Mid-year review of']),
    lay([20, 'Mid-Year Report'], [47, 'Revenues'], [76, 'borrowing']),
    lay([0, 'To be confirmed Fleet Replacement Plan'], [47, 'Director of Fleet Management Pre-decision']),
    lay([16, 'Review'], [47, 'Services']),
    '',
    'Work programme agreed: Thursday 11 September 2031. Topics may be moved by the Chair and Vice-',
    'Chair, as the Panel agrees.',
    '',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'wendlecombe-resources-scrutiny.txt');
  const m = result.meeting;

  it('reads the membership down its column, the contact from the box beside it, and the chief executive as the issuer', () => {
    expect(m?.members).toEqual([
      { name: 'Councillor Hester Blaydon', role: 'Chair' },
      { name: 'Councillor Ravi Quennell', role: 'Vice-Chair' },
      { name: 'Councillor Maud Ashcombe', role: null },
      { name: 'Councillor Olu Trevithick', role: null },
      { name: 'Councillor Freya Dunstable', role: null },
    ]);
    expect(m?.contacts).toEqual([{ name: 'Jonas Perrinwood', phone: '01700 900555', email: 'jonas.perrinwood@wendlecombe.example' }]);
    expect(m?.issuedBy).toBe('Orla Fennimore');
    expect(m?.issuedOn).toBe('2031-10-01');
  });

  it('reads the work programme under a heading with its agenda item boxed beside it: dates joined, an undated row, no paragraph as a row', () => {
    expect(result.workProgramme.map((w) => [w.meetingDate, w.item, w.leads])).toEqual([
      ['2031-10-09', 'Council Tax Collection Rates', ['Anwen Marbeck, Head of Revenues']],
      ['2031-10-09', 'Procurement Strategy Refresh', ['Dev Caulfield, Director of Resources']],
      ['2031-12-04', 'Treasury Management Mid-Year Report', ['Anwen Marbeck, Head of Revenues']],
      [null, 'Fleet Replacement Plan Review', ['Director of Fleet Management Services']],
    ]);
  });

  it('finds two columns under their own headings on one line, and an undated meeting-date cell', async () => {
    const { headedColumns } = await import('./layout-columns.ts');
    const { UNDATED_CELL } = await import('./layouts.ts');
    const laid = ['Members                Contact', 'Cllr A Bell            B Dale', 'Cllr C Dunn            01700 900111', '', 'A note running right across both of the columns'];
    expect(
      headedColumns(
        laid,
        0,
        laid.length,
        (t) => t === 'Members',
        (t) => t === 'Contact',
      ),
    ).toEqual({ from: 0, to: 3, cut: 21 });
    expect(
      headedColumns(
        ['Members  Contact'],
        0,
        1,
        (t) => t === 'Members',
        (t) => t === 'Contact',
      ),
    ).toBeNull();
    expect(UNDATED_CELL.exec('To be scheduled Library Opening Hours')?.[0]).toBe('To be scheduled');
    expect(UNDATED_CELL.exec('Date to be confirmed')?.[0]).toBe('Date to be confirmed');
    expect(UNDATED_CELL.test('TBC')).toBe(true);
    expect(UNDATED_CELL.test('Tobacco Control Strategy')).toBe(false);
    expect(UNDATED_CELL.test('To be considered by Cabinet')).toBe(false);
  });
});

describe("an invented district Executive agenda pack: a contact beside another column's label, key-decision notes, a wrapped address, a risk listed with commas", () => {
  const text = [
    'TOLLERBECK BOROUGH COUNCIL',
    'Guildhall, Ropewalk, Tollerbeck TB7 1QS',
    '',
    'Executive',
    'Date:                  Thursday, 9 October 2031',
    'Time:                  7.00 pm',
    'Venue:                 The Guildhall, Ropewalk, Tollerbeck TB7 1QS',
    'Membership:',
    'Councillor Ottilie Brannagh (Chair)                       Leader of the Council',
    'Councillor Samir Yeardley                                 Housing',
    'Councillor Fenella Drabwell                               Finance',
    '',
    'Enquiries to:                                                 Monitoring Officer: Cuthbert Ellingham',
    'Hesketh Marrowby',
    'Committee Administrator                                       Date of publication: Wednesday, 1 October 2031',
    'Tel: 01700 555318',
    'Email:',
    'committees@tollerbeck.example.gov.uk',
    '',
    '',
    '                                                         Page 1',
    'Tollerbeck Borough Council                                                            Executive – Thursday, 9 October 2031',
    '',
    'AGENDA',
    ' Item       Subject                                                                                            Pages',
    ' 1.         Apologies for Absence',
    ' 2.         Riverside Depot Relocation – Purchase of Land at Saltings                                          3 - 6',
    '            Lane',
    '            KEY DECISION Portfolio Holder: Finance',
    ' 3.         Homelessness Prevention Grant Allocations                                                          7 - 12',
    '            (Key Decision)',
    ' 4.         Exclusion of the Press and Public',
    '',
    '',
    '                                                            Page 2',
    'Agenda Item 2                                                Tollerbeck Borough Council – Executive 9 October 2031',
    '',
    'TOLLERBECK BOROUGH COUNCIL',
    'EXECUTIVE – 9 OCTOBER 2031',
    ' Report title             Riverside Depot Relocation – Purchase of Land at Saltings Lane',
    ' Report author            Marisol Quant-Abernethy, Estates Surveyor',
    '                          Tel: 01700 555492 E-mail: marisol.quant-',
    '                          abernethy@tollerbeck.example.gov.uk',
    ' Portfolio holder         Councillor Fenella Drabwell, Portfolio Holder for Finance',
    ' Key decision             Yes',
    ' Recommendations          That the Executive approves the purchase of the land at Saltings Lane.',
    '',
    '',
    '',
    '                                               Page 3',
    'Agenda Item 2                                                    Tollerbeck Borough Council – Executive 9 October 2031',
    '',
    '1. Purpose of the report',
    '1.1 To seek approval to buy land for a new depot.',
    '2. Background',
    '2.1 The present depot floods most winters.',
    '2.2 Three sites were appraised in 2030.',
    '3. Proposal',
    '3.1 The Saltings Lane site is the only one above the flood level.',
    '3.2 The owner has agreed terms subject to contract.',
    '4. Financial implications',
    '4.1 The purchase is funded from the capital programme.',
    '5. Legal implications',
    '5.1 The purchase will be completed by Legal Services.',
    '6. Risk implications',
    '6.1 The main risk is delay to planning consent. It has been assessed on the corporate',
    'matrix as likelihood 2, impact 5, giving a risk score of 10 (Amber).',
    '7. Background papers',
    '7.1 None.',
    '',
    '',
    '',
    '                                               Page 4',
    '',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'tollerbeck-executive-agenda.txt');
  const agenda = result.meeting?.agenda ?? [];
  const report = result.reports[0];

  it("takes the contact printed under a label that closes its cell, not the next column's labelled officer", () => {
    const contact = result.meeting?.contacts.find((c) => c.name?.includes('Marrowby'));
    expect(contact?.name).toBe('Hesketh Marrowby');
    expect(contact?.phone?.replace(/\s/g, '')).toBe('01700555318');
    expect(contact?.email).toBe('committees@tollerbeck.example.gov.uk');
    expect(result.meeting?.contacts.some((c) => c.name?.includes('Ellingham') && c.phone !== null)).toBe(false);
  });

  it('keeps a key-decision marker under an agenda title out of the title', () => {
    expect(agenda.map((a) => a.title)).toEqual([
      'Apologies for Absence',
      'Riverside Depot Relocation – Purchase of Land at Saltings Lane',
      'Homelessness Prevention Grant Allocations',
      'Exclusion of the Press and Public',
    ]);
    expect(agenda[1]?.pages).toEqual({ from: 3, to: 6 });
  });

  it("joins a cover's e-mail address wrapped at its hyphen, and reads a risk whose numbers are listed with commas", () => {
    expect(report?.author).toBe('Marisol Quant-Abernethy, Estates Surveyor');
    expect(report?.contact).toContain('marisol.quant-abernethy@tollerbeck.example.gov.uk');
    expect(report?.risk).toMatchObject({ likelihood: 2, impact: 5, score: 10 });
  });

  it("matches the rules as data: a key-decision marker, another column's label, a risk listed with commas", async () => {
    const { AGENDA_KEY_DECISION_NOTE, OTHER_COLUMN_LABEL, RISK_SENTENCE } = await import('./layouts.ts');
    expect(AGENDA_KEY_DECISION_NOTE.test('KEY DECISION Portfolio Holder: Housing')).toBe(true);
    expect(AGENDA_KEY_DECISION_NOTE.test('(Key Decision)')).toBe(true);
    expect(AGENDA_KEY_DECISION_NOTE.test('Non-key decision')).toBe(true);
    expect(AGENDA_KEY_DECISION_NOTE.test('Key decision – KD/31/04')).toBe(true);
    expect(AGENDA_KEY_DECISION_NOTE.test('Key Decisions Taken Under Urgency')).toBe(false);
    expect(AGENDA_KEY_DECISION_NOTE.test('Keynote address')).toBe(false);
    const other = (cell: string): boolean => OTHER_COLUMN_LABEL.label.test(cell) && !OTHER_COLUMN_LABEL.own.test(cell);
    expect(other('Monitoring Officer: Cuthbert Ellingham')).toBe(true);
    expect(other('Date of publication: 1 October 2031')).toBe(true);
    expect(other('Tel: 01700 555318')).toBe(false);
    expect(other('TEL: 01700 555318')).toBe(false);
    expect(other('Email: committees@example.gov.uk')).toBe(false);
    expect(other('Name: Hesketh Marrowby')).toBe(false);
    expect(other('Governance Officer')).toBe(false);
    const m = RISK_SENTENCE.exec('assessed as likelihood 2, impact 5, giving a risk score of 10 (Amber)');
    expect([m?.[1], m?.[2], m?.[3]]).toEqual(['2', '5', '10']);
    expect(RISK_SENTENCE.exec('likelihood 4 (likely) and impact 3 (moderate), giving an overall risk score of 12')?.[3]).toBe('12');
  });
});

describe('holdout: a ref-numbered action log whose status cell wraps a year onto a line of its own (invented council)', () => {
  const pad = (s: string, n: number): string => s.padEnd(n);
  const row = (ref: string, action: string, owner: string, status: string): string => ` ${pad(ref, 14)}${pad(action, 44)}${pad(owner, 24)}${status}`.trimEnd();
  const text = [
    'MINUTES of a meeting of the Standards Committee of Pellworth District Council held on 9 March 2033 at 2.00 pm.',
    '',
    '12.       APOLOGIES FOR ABSENCE',
    '          There were no apologies.',
    '',
    '',
    '                                                                                              3',
    '\fACTION LOG',
    '',
    row('Ref', 'Action', 'Owner', 'Status'),
    '',
    row('STD/33/02', 'Publish the revised code of conduct', 'Monitoring Officer', 'Completed'),
    '',
    row('STD/33/05', 'Report on the register of gifts and', 'Head of Legal and', 'In progress –'),
    row('', 'hospitality to the next meeting', 'Governance', 'due 8 June'),
    row('', '', '', '2033'),
    '',
    row('STD/33/07', 'Arrange training for parish clerks', 'Monitoring Officer', 'Open'),
    '',
    '',
    '                                                                                              4',
    '\f',
  ].join('\n');

  it("keeps the wrapped year in the row's status cell, and the page number under the table out of it", () => {
    const actions = extractPack(Buffer.from(text), 'pellworth-standards.txt').actionPlans.flatMap((p) => p.actions);
    expect(actions.map((a) => a.number)).toEqual(['STD/33/02', 'STD/33/05', 'STD/33/07']);
    expect(actions[1]?.status).toBe('In progress – due 8 June 2033');
    expect(actions[1]?.owners).toEqual(['Head of Legal and Governance']);
    expect(actions[2]?.status).toBe('Open');
  });
});

describe('a minute whose apologies end before a sentence of what the chair said (invented Glenwhinnie Council)', () => {
  const text = [
    'GLENWHINNIE COUNCIL',
    '',
    'MINUTE of MEETING of the LICENSING BOARD held in the Board Room, Town House, Quarry Lane,',
    'Glenwhinnie on Wednesday, 8 September 2032 at 2.00 pm.',
    'Present: Councillor Ailsa Munro (Convener); Councillors Duncan Pryde, Elspeth Gow and Torquil',
    'Haig.',
    'Attending: Moira Lennox, Clerk to the Board; and Fergus Tait, Licensing Standards Officer.',
    'Apologies: Councillors Isla Carnegie and Ruaridh Bain.',
    'The Convener welcomed Councillor Pryde to his first meeting of the Board and reminded members',
    'that the site visit held that morning did not form part of the meeting.',
    '',
    '1. DECLARATIONS OF INTEREST',
    'There were no declarations of interest.',
    '',
    '2. PREMISES LICENCE – THE HARBOUR BAR',
    'There was submitted a report by the Clerk to the Board.',
    '     Decision',
    '     The Board agreed to grant the licence.',
    '',
    'The meeting ended at 3.10 pm.',
  ].join('\n');
  const [m] = extractPack(Buffer.from(text), 'glenwhinnie-licensing-board.txt').minutes;

  it('reads a reporting verb as prose, not a name, under a list closed by its full stop', () => {
    expect(PROSE_AFTER_LIST.test('The Convener welcomed Councillor Pryde to his first meeting of the Board and reminded members')).toBe(true);
    expect(PROSE_AFTER_LIST.test('The Clerk advised that the hearing would be held in private.')).toBe(true);
    expect(PROSE_AFTER_LIST.test('Councillors Isla Carnegie and Ruaridh Bain.')).toBe(false);
    expect(PROSE_AFTER_LIST.test('Fergus Tait, Licensing Standards Officer.')).toBe(false);
  });

  it('ends the apologies at the Convener’s sentence under them', () => {
    expect(m?.apologies).toHaveLength(2);
    expect(m?.apologies.some((x) => x.includes('Isla Carnegie'))).toBe(true);
    expect(m?.apologies.some((x) => x.includes('Ruaridh Bain'))).toBe(true);
    expect(m?.apologies.join(' ')).not.toMatch(/welcomed|site visit/);
    expect(m?.present).toHaveLength(4);
  });
});

describe('a partnership board agenda pack: presenter and purpose lines under titles, a rank wrapped in lists, dash-led resolution lists, an unlabelled issuer beside the contact block', () => {
  const pad = (left: string, right: string, at = 68): string => `${left.padEnd(at)}${right}`;
  const text = [
    'Fellbridge District Council',
    '',
    'Community Safety Partnership Board',
    ' Date:                   Thursday, 9 October 2031',
    ' Time:                   10.00 am',
    ' Venue:                  Room 3, Fellbridge House, Mill Road, Fellbridge FB2 7QX',
    '',
    'Membership',
    ' Organisation                   Member                                        Position',
    ' Fellbridge District Council    Councillor Imogen Saltash (Chair)              Cabinet Member for Communities',
    '                                Oscar Penhallow                               Head of Neighbourhoods',
    ' Westmoor Police                Detective Inspector Carys                     Neighbourhood Policing Lead',
    '                                Tremayne',
    ' Westmoor Fire Service          Nathan Quiller                                Station Manager',
    '',
    pad(' Contact officer: Aled Brennick, Committee Officer', 'Hester Coldridge'),
    pad(' Tel: 01700 555918', 'Head of Legal and Democratic Services'),
    pad(' E-mail: aled.brennick@fellbridge.example.gov.uk', 'Published: Wednesday, 1 October 2031'),
    '',
    'AGENDA',
    ' Item         Business                                                                                                Pages',
    ' 1.           Apologies for Absence',
    '              Presented by: Chair',
    ' 2.           Anti-Social Behaviour Strategy Refresh                                                                  3 - 12',
    '              Presented by: Oscar Penhallow, Head of Neighbourhoods',
    '              For decision',
    ' 3.           Serious Violence Duty Annual Return',
    '              Lead officer: Nathan Quiller',
    '              For information (presentation)',
    '',
    '',
    'FELLBRIDGE DISTRICT COUNCIL',
    'COMMUNITY SAFETY PARTNERSHIP BOARD',
    'MINUTES of the meeting held on Thursday, 3 July 2031 at 10.00 am in Room 3, Fellbridge House',
    '',
    'Present: Councillor Imogen Saltash (Chair), Oscar Penhallow and Nathan Quiller.',
    '',
    'Apologies: Councillor Piran Roskilly, Oscar Penhallow and Detective',
    'Inspector Carys Tremayne.',
    '',
    '12.       MINUTES',
    '          RESOLVED: That the minutes of the meeting held on 8 May 2031 be approved as a correct record.',
    '13.       ANTI-SOCIAL BEHAVIOUR HOTSPOTS',
    '          Oscar Penhallow presented the quarterly hotspot report.',
    '          RESOLVED: That the Board –',
    '          (a) note the fall in reported incidents in the town centre; and',
    '          (b) ask the Police to report patrol hours to the next meeting.',
    '',
    'The meeting ended at 11.30 am.',
    '',
  ].join('\n');
  const result = extractPack(Buffer.from(text), 'fellbridge-csp-board.txt');

  it('ends an agenda title at its "Presented by:", "Lead officer:" and "For decision" lines', () => {
    const titles = result.meeting?.agenda.map((a) => a.title);
    expect(titles).toEqual(['Apologies for Absence', 'Anti-Social Behaviour Strategy Refresh', 'Serious Violence Duty Annual Return']);
  });

  it('joins a member whose rank and first name end a table row to the surname under it, and reads the rows after', () => {
    const names = result.meeting?.members.map((m) => m.name);
    expect(names).toContain('Detective Inspector Carys Tremayne');
    expect(names).toContain('Nathan Quiller');
    expect(names).toHaveLength(4);
  });

  it("takes the name over a post in the publication label's column for the issuer", () => {
    expect(result.meeting?.issuedBy).toBe('Hester Coldridge');
    expect(result.meeting?.issuedOn).toBe('2031-10-01');
  });

  it("joins a rank left at a line's end to the name under it in a list of apologies", () => {
    const apologies = result.minutes[0]?.apologies ?? [];
    expect(apologies).toHaveLength(3);
    expect(apologies[2]).toBe('Detective Inspector Carys Tremayne');
  });

  it('reads one resolution per lettered item under a lead ending in a dash', () => {
    const items = result.minutes[0]?.items ?? [];
    const hotspots = items.find((i) => i.minute.startsWith('13'));
    expect(hotspots?.resolutions).toHaveLength(2);
    expect(hotspots?.resolutions[0]).toContain('note the fall in reported incidents');
    expect(provenanceProblems(result, text)).toEqual([]);
  });

  it('matches the rules as data', async () => {
    const { AGENDA_LABELLED_NOTE, DUE_AT_MEETING, LIST_LEAD_OPEN_END, TITLE_WRAPPED_AT_END, NAME_CUT } = await import('./layouts.ts');
    expect(AGENDA_LABELLED_NOTE.test('Presented by: Head of Housing')).toBe(true);
    expect(AGENDA_LABELLED_NOTE.test('Presenter: the Chair')).toBe(true);
    expect(AGENDA_LABELLED_NOTE.test('For noting')).toBe(true);
    expect(AGENDA_LABELLED_NOTE.test('For information (verbal update)')).toBe(true);
    expect(AGENDA_LABELLED_NOTE.test('For Decision by the Cabinet on the Budget')).toBe(false);
    expect(AGENDA_LABELLED_NOTE.test('Presented by the Leader')).toBe(false);
    expect(DUE_AT_MEETING.test('September 2032 meeting')).toBe(true);
    expect(DUE_AT_MEETING.test('the March 2030 Committee')).toBe(true);
    expect(DUE_AT_MEETING.test('Ongoing')).toBe(false);
    expect(DUE_AT_MEETING.test('June 2031 – awaiting data')).toBe(false);
    expect(LIST_LEAD_OPEN_END.test('That the Committee –')).toBe(true);
    expect(LIST_LEAD_OPEN_END.test('That the report be noted.')).toBe(false);
    expect(TITLE_WRAPPED_AT_END.test('A Bell, C Dunn and Chief')).toBe(true);
    expect(TITLE_WRAPPED_AT_END.test('A Bell, Councillor')).toBe(true);
    expect(TITLE_WRAPPED_AT_END.test('A Bell (Fire Chief')).toBe(false);
    expect(TITLE_WRAPPED_AT_END.test('Ann Chief')).toBe(false);
    expect(NAME_CUT.test('Chief Superintendent Ravi')).toBe(true);
    expect(NAME_CUT.test('Sergeant Mo')).toBe(true);
    expect(NAME_CUT.test('Head of Housing')).toBe(false);
  });

  it('splits owners at semicolons and reads a due meeting by its month as the due date, not a status', async () => {
    const { splitOwners, splitRag } = await import('./action-plan.ts');
    expect(splitOwners('Ann Bell; Carl Dunn')).toEqual(['Ann Bell', 'Carl Dunn']);
    expect(splitRag('October 2031 meeting')).toEqual({ rag: null, due: { text: 'October 2031 meeting', date: null }, status: null });
  });
});

describe('holdout: attendance in two columns read side by side, each column holding further labels and wrapped entries (invented Tamsford council)', () => {
  // Left text at column 1, right text at column 60, as pdftotext prints a two-column attendance box.
  const two = (left: string, right: string): string => (right === '' ? ` ${left}` : ` ${left.padEnd(59)}${right}`);
  const r = extractPack(
    laidOutMinutes([
      ' TAMSFORD AND ORLEY FIRE AUTHORITY',
      ' MINUTES of a meeting of the Tamsford and Orley Fire Authority held in the Board Room,',
      ' Brigade House, Tamsford TF2 9QA on Tuesday 14 May 2030 at 2.00 pm',
      '',
      two('Present:', 'Also present:'),
      two('Cllr Petra Voss (Tamsford Borough', 'Ivor Blakemore – Chief Fire Officer, Tamsford and'),
      two('Council) (Chair)', 'Orley Fire and Rescue Service'),
      two('Cllr Gideon Marsh (Orley District', 'Carys Dunwoody – Treasurer to the Authority'),
      two('Council)', ''),
      two('', 'Officers in attendance:'),
      two('Cllr Hanna Ruskin (Tamsford Borough', ''),
      two('', 'Otto Fenwick – Clerk to the Authority,'),
      two('Council)', ''),
      two('', 'Tamsford Borough Council'),
      two('Co-opted Members:', ''),
      two('', 'Apologies:'),
      two('Mr Leon Abara', 'Cllr Nell Pargeter (Orley District Council)'),
      '',
      ' 1.       APOLOGIES FOR ABSENCE',
      '          Apologies were received from Cllr Pargeter.',
      '',
      ' 2.       MINUTES',
      '          RESOLVED: That the minutes of the meeting held on 5 March 2030 be approved.',
      '',
      ' The meeting ended at 3.05 pm.',
    ]),
    'tamsford-fire-authority.txt',
  );
  const m = r.minutes[0];

  it('joins each councillor’s wrapped bracket, and reads the co-opted label in the column as a label, not a person', () => {
    expect(m?.present).toHaveLength(4);
    expect(m?.present.some((x) => x.includes('Gideon Marsh') && x.includes('(Orley District Council)'))).toBe(true);
    expect(m?.present.some((x) => x.includes('Leon Abara'))).toBe(true);
    expect(m?.present.some((x) => /co-opted members|^\(?council\)/i.test(x))).toBe(false);
  });

  it('starts a new group at each label inside the right-hand column, one person a dashed entry, a post wrapped after its comma kept', () => {
    expect(m?.inAttendance).toEqual([
      'Ivor Blakemore – Chief Fire Officer, Tamsford and Orley Fire and Rescue Service',
      'Carys Dunwoody – Treasurer to the Authority',
      'Otto Fenwick – Clerk to the Authority, Tamsford Borough Council',
    ]);
    expect(m?.otherMembersPresent).toEqual([]);
    expect(m?.apologies.some((x) => x.includes('Pargeter'))).toBe(true);
    expect(m?.apologies.some((x) => /abara|fenwick/i.test(x))).toBe(false);
  });

  it('knows a column’s further label by its colon, and a line that runs on by its last word', () => {
    expect(COLUMN_GROUP_LABEL.test('Officers in attendance:')).toBe(true);
    expect(COLUMN_GROUP_LABEL.test('Cllr Nell Pargeter (Orley District Council)')).toBe(false);
    expect(COLUMN_RUN_ON.test('Otto Fenwick – Clerk to the Authority,')).toBe(true);
    expect(COLUMN_RUN_ON.test('Ivor Blakemore – Chief Fire Officer, Tamsford and')).toBe(true);
    expect(COLUMN_RUN_ON.test('Carys Dunwoody – Treasurer to the Authority')).toBe(false);
  });

  it('reads a column’s gap as no break where the column beside it has a line, and a dashed person as a new entry', () => {
    expect(columnEntries(['A Bell – Support Officer,', '', 'Northby Council'], [false, true, false])).toEqual(['A Bell – Support Officer, Northby Council']);
    expect(columnEntries(['A Bell – Support Officer,', '', 'Northby Council'])).toEqual(['A Bell – Support Officer,', 'Northby Council']);
    expect(columnEntries(['C Dunn – Director, Office of', 'the Commissioner', 'Eve Fox – Treasurer, Office of', 'the Commissioner'])).toEqual([
      'C Dunn – Director, Office of the Commissioner',
      'Eve Fox – Treasurer, Office of the Commissioner',
    ]);
  });
});

describe('a town council summons with its members in two columns under "To: All Members", a last item excluding the public for an unnumbered item, and committee minutes recommending to Council (invented Wrenhaven Town Council)', () => {
  const two = (left: string, right: string): string => left.padEnd(62) + right;
  const summons = [
    '                         WRENHAVEN TOWN COUNCIL',
    '              The Moot Hall, 3 Bridge Street, Wrenhaven WH7 1QA',
    '',
    two('Town Clerk: Ms Cerys Ottaway', 'Monday 4 October 2032'),
    '',
    'To: All Members of the Town Council',
    '',
    two('Cllr Anwen Pilbeam (Town Mayor)', 'Cllr Dorian Quayle'),
    two('Cllr Bastian Roe (Deputy Town Mayor)', 'Cllr Eluned Sarratt'),
    two('Cllr Caspar Thewlis', 'Cllr Fenella Upcott'),
    '',
    'Dear Councillor,',
    '',
    'You are hereby summoned to attend the meeting of Wrenhaven Town Council to be held in the Moot Hall,',
    '3 Bridge Street, Wrenhaven on Monday 11 October 2032 at 7.30pm for the business below.',
    '',
    'Cerys Ottaway',
    'Town Clerk',
    '',
    'AGENDA',
    ' 1.         Apologies for Absence',
    '            To receive apologies for absence.',
    ' 2.         Cemetery Fees',
    '            To consider the fees for 2033/34.',
    ' 3.         Exclusion of the Press and Public',
    '            To resolve that the press and public be excluded from the meeting for the following item',
    '            owing to the confidential nature of the business.',
    '',
    '            Contract Matter – Grounds Maintenance Tender',
    '            To consider the tenders received (confidential report to members only).',
    '',
  ].join('\n');
  const meeting = extractPack(Buffer.from(summons), 'wrenhaven-summons.txt').meeting;

  it('reads the two-column list parted from "To: All Members" by a blank line, each name once with its role split off', () => {
    expect(ALL_MEMBERS_GRID_GAP).toBeGreaterThanOrEqual(1);
    expect(meeting?.members.map((m) => m.name).sort()).toEqual(
      ['Cllr Anwen Pilbeam', 'Cllr Bastian Roe', 'Cllr Caspar Thewlis', 'Cllr Dorian Quayle', 'Cllr Eluned Sarratt', 'Cllr Fenella Upcott'].sort(),
    );
    expect(meeting?.members.find((m) => m.name.includes('Pilbeam'))?.role).toBe('Town Mayor');
    expect(meeting?.members.find((m) => m.name.includes('Roe'))?.role).toBe('Deputy Town Mayor');
    expect(meeting?.members.find((m) => m.name.includes('Thewlis'))?.role ?? null).toBeNull();
  });

  it('marks the last item exempt where the business it excludes the public for is printed under its motion without a number', () => {
    const items = meeting?.agenda ?? [];
    expect(items.find((a) => a.number === '3')?.exempt).toBe(true);
    expect(items.filter((a) => a.number === '1' || a.number === '2').every((a) => a.exempt === false)).toBe(true);
  });

  const minutes = [
    'WRENHAVEN TOWN COUNCIL',
    'AMENITIES COMMITTEE',
    'Minutes of the meeting held on Monday 20 September 2032 at 7.00pm in the Moot Hall, Wrenhaven',
    'Present: Cllr Dorian Quayle (Chair), Cllr Eluned Sarratt and Cllr Fenella Upcott',
    'AM/12/32 Cemetery Fees',
    'The Clerk presented a report on the cemetery fees for 2033/34.',
    'RESOLVED to note the report.',
    'RECOMMENDED to Council that the fees be increased by 3% from 1 April 2033.',
    'AM/13/32 Bus Shelters',
    'The Committee considered the condition of the shelters on the High Street.',
    'RECOMMENDED to the County Council Cabinet that the shelters be replaced.',
    'RESOLVED that the report be noted.',
    'The meeting closed at 8.05pm.',
  ].join('\n');
  const [m] = extractPack(Buffer.from(minutes), 'wrenhaven-amenities.txt').minutes;

  it("counts a recommendation to the meeting's own council beside a RESOLVED line, not one to another body", () => {
    expect(RECOMMENDED_TO_OWN_COUNCIL.test('RECOMMENDED to Council that the fees be increased.')).toBe(true);
    expect(RECOMMENDED_TO_OWN_COUNCIL.test('RECOMMENDED to Full Council that the budget be set.')).toBe(true);
    expect(RECOMMENDED_TO_OWN_COUNCIL.test('RECOMMENDED to the Council that the budget be set.')).toBe(true);
    expect(RECOMMENDED_TO_OWN_COUNCIL.test('RECOMMENDED to the County Council Cabinet that the shelters be replaced.')).toBe(false);
    expect(RECOMMENDED_TO_OWN_COUNCIL.test("RECOMMENDED to Council's Cabinet that the plan be adopted.")).toBe(false);
    expect(RECOMMENDED_TO_OWN_COUNCIL.test('RECOMMENDED to both councils that the targets be adopted.')).toBe(false);
    expect(RECOMMENDED_TO_OWN_COUNCIL.test('RECOMMENDED to the Integrated Care Board that the pilot go on.')).toBe(false);
    expect(m?.items.map((i) => i.resolutions)).toEqual([['to note the report.', 'to Council that the fees be increased by 3% from 1 April 2033.'], ['the report be noted.']]);
  });
});

describe('a hearing’s "Also present" list of parties with their parts after dashes (invented Quillbury Borough Council)', () => {
  const text = [
    'QUILLBURY BOROUGH COUNCIL',
    '',
    'LICENSING PANEL',
    'Minutes of a meeting of the Licensing Panel held at Committee Room 3, Guild Hall, Quillbury on',
    'Thursday 9 October 2031 at 2.00 pm',
    '',
    'Present:            Councillors J Brackley (Chair), S Ondaatje and L Farrant',
    'Officers:           Ruth Gallimore – Senior Licensing Officer',
    '                    Owen Tregear – Legal Adviser',
    'Also present:       Mr Idris Pennock – Applicant (Manager, Brewhouse Lane Stores Ltd)',
    '                    Ms Carla Ventnor – Agent for the Applicant',
    '                    Mrs Joan Ridley – Interested party (nearby resident)',
    '                    DC Simon Aske – Licensing Officer, Quillshire Police',
    '',
    '7.        DECLARATIONS OF INTEREST',
    '          There were no declarations of interest.',
    '',
    '8.        APPLICATION FOR A PREMISES LICENCE – BREWHOUSE LANE STORES',
    '          RESOLVED: That the application be granted.',
    '',
    'The meeting closed at 3.40 pm.',
  ].join('\n');
  const [m] = extractPack(Buffer.from(text), 'quillbury-licensing-panel.txt').minutes;

  it('reads a part in a hearing as what the person is there as (HEARING_PARTY_ROLE)', () => {
    expect(HEARING_PARTY_ROLE.test('Applicant (Manager, Brewhouse Lane Stores Ltd)')).toBe(true);
    expect(HEARING_PARTY_ROLE.test('Interested party (nearby resident)')).toBe(true);
    expect(HEARING_PARTY_ROLE.test('Objector')).toBe(true);
    expect(HEARING_PARTY_ROLE.test('Agent for the Applicant')).toBe(true);
    expect(HEARING_PARTY_ROLE.test('Applications Manager')).toBe(false);
    expect(isPostText('Applicant (Manager, Brewhouse Lane Stores Ltd)')).toBe(true);
    expect(isPostText('Objector (local resident)')).toBe(true);
  });

  it('reads a police officer’s short rank ("PC", "DC") as a title', () => {
    expect(startsWithTitle('DC Simon Aske')).toBe(true);
    expect(startsWithTitle('PC Nia Corran')).toBe(true);
  });

  it('puts the parties and the police officer in attendance, whole, and leaves the members present', () => {
    expect(m?.present).toHaveLength(3);
    expect(m?.otherMembersPresent).toHaveLength(0);
    expect(m?.inAttendance).toHaveLength(6);
    expect(m?.inAttendance.some((x) => x.includes('Idris Pennock') && x.includes('Applicant'))).toBe(true);
    expect(m?.inAttendance.some((x) => x.includes('Joan Ridley'))).toBe(true);
    expect(m?.inAttendance.some((x) => x.includes('Simon Aske') && x.includes('Quillshire Police'))).toBe(true);
  });
});

describe('a scrutiny tracker of its own recommendations over two pages, with a response and progress column (invented Tarnwick Borough Council)', () => {
  // Columns as pdftotext -layout prints a landscape page: Ref | Date of meeting | Recommendation | Progress update | Lead officer | RAG | Due.
  const at = [1, 14, 30, 72, 116, 140, 148];
  const line = (...cells: string[]): string => cells.reduce((out, c, k) => (c === '' ? out : `${out.padEnd(at[k] as number)}${c}`), '');
  const header = [line('Ref', 'Date of', 'Recommendation', 'Progress update', 'Lead officer', 'RAG', 'Due'), line('', 'meeting')];
  const page1 = [
    '                                                                  Tarnwick Borough Council – Place Scrutiny Panel – 4 May 2033',
    'Tarnwick Borough Council',
    'Place Scrutiny Panel',
    'Recommendations Tracker',
    'Last updated: 20 April 2033',
    '',
    ...header,
    line('PS/32/01', '9 November', 'That the Cabinet Member for Transport', 'Agreed. The survey of bus shelters was', 'Head of', 'Green', '31/01/2033'),
    line('', '2032', 'commissions a survey of every bus shelter', 'finished on 12 January 2033 and sent to', 'Highways and'),
    line('', '', 'in the borough.', 'the Panel.', 'Transport'),
    line('PS/32/02', '9 November', 'That a single point of contact for market', 'Not agreed. The Cabinet Member said on 3', 'Markets', 'Red', 'N/A'),
    line('', '2032', 'traders is set up within the Town Centre', 'February 2033 that the cost is not in the', 'Manager'),
    line('', '', 'Team.', 'budget.'),
    '',
    '',
    'Place Scrutiny Panel – recommendations tracker                                                                        Page 1',
    '\f                                                                  Tarnwick Borough Council – Place Scrutiny Panel – 4 May 2033',
    '',
    ...header,
    line('PS/33/01', '18 January', 'That the Council publishes its street', 'Agreed. The draft plan will come to the', 'Director of Place', 'Amber', 'June'),
    line('', '2033', 'cleansing plan before it is signed.', 'Panel on 7 September 2033.', '', '', '2033'),
    '',
    'Key to RAG status',
    ' Green    Complete – recommendation agreed and done',
    ' Amber    In progress',
    ' Red      Not agreed',
    '',
    'Place Scrutiny Panel – recommendations tracker                                                                        Page 2',
    '\f',
  ];
  const result = extractPack(Buffer.from(page1.join('\n')), 'tarnwick-place-scrutiny-tracker.txt');
  const rows = result.outcomeTracker;

  it('starts the rows at the first reference under the wrapped header, and skips the header printed again over the next page', () => {
    expect(rows.map((r) => r.item)).toEqual(['PS/32/01', 'PS/32/02', 'PS/33/01']);
    expect(rows.map((r) => r.meetingDate)).toEqual(['2032-11-09', '2032-11-09', '2033-01-18']);
    expect(rows.map((r) => r.status)).toEqual(['Green', 'Red', 'Amber']);
  });

  it('reads the recommendation as the outcome and keeps the progress update beside it', () => {
    expect(rows[0]?.outcome).toBe('That the Cabinet Member for Transport commissions a survey of every bus shelter in the borough.');
    expect(rows[0]?.owner).toBe('Head of Highways and Transport');
    expect(rows[1]?.response).toBe('Not agreed. The Cabinet Member said on 3 February 2033 that the cost is not in the budget.');
    expect(rows[1]?.target).toBeUndefined();
    expect(rows[2]?.target).toBe('June 2033');
  });

  it('ends the table at its "Key to RAG status", whose lines are no rows', () => {
    expect(rows.some((r) => /complete|in progress|not agreed$/i.test(r.item))).toBe(false);
    expect(rows).toHaveLength(3);
  });

  it('matches the rules as data: a progress column, a row key with a digit, a key to the RAG status', () => {
    expect(['Response / Update', 'Progress update', 'Progress to date', 'Update'].every((h) => TRACKER_COLUMNS.update.test(h))).toBe(true);
    expect(TRACKER_COLUMNS.update.test('Executive response')).toBe(false);
    expect(['PS/32/01', '3', '12.'].every((c) => TABLE_ROW_KEY.test(c))).toBe(true);
    expect(['No.', 'Ref', 'meeting'].some((c) => TABLE_ROW_KEY.test(c))).toBe(false);
    expect(['Key to RAG status', 'Key to the status codes', 'RAG key'].every((h) => TABLE_KEY_HEADING.test(h))).toBe(true);
    expect(TABLE_KEY_HEADING.test('Key to the decisions')).toBe(false);
  });
});

describe('holdout: a lone record of a decision taken, boxed like a forward plan notice (Quellbury Borough Council)', () => {
  const lines = [
    'Quellbury Borough Council',
    'Record of Portfolio Holder Decision',
    '',
    ' Decision reference          PHD/2033/004',
    ' Title                       Renewal of the Market Square CCTV Maintenance Contract',
    ' Decision maker              Councillor Anwen Pryce-Lodge',
    '                             Portfolio Holder for Community Safety',
    ' Date of decision            3 March 2033',
    ' Decision                    The Portfolio Holder:',
    '                             1. Approved the renewal of the CCTV maintenance contract with Orrin Systems',
    '                                Ltd for three years.',
    ' Reasons for the decision    The present contract ends on 31 March 2033.',
    ' Conflicts of interest declared  None',
    ' Call-in expiry date         5.00 pm on 10 March 2033',
    '',
  ];
  const result = extractPack(Buffer.from(lines.join('\n')), 'quellbury-portfolio-holder-decision.txt');

  it('reads the record as a report, not as a forward plan notice of a decision to come', () => {
    expect(result.forwardPlan).toHaveLength(0);
    expect(result.reports.some((r) => /cctv maintenance contract/i.test(r.title))).toBe(true);
  });

  it('matches the rule as data: labels only a decision taken prints', () => {
    expect(
      ['Call-in expiry date', 'Conflicts of interest declared', 'Dispensation granted', 'Reasons for the decision', 'Date call-in period expires'].every((l) =>
        DECISION_TAKEN_LABEL.test(l),
      ),
    ).toBe(true);
    expect(['Decision maker', 'Date of decision', 'Key decision', 'Reason for inclusion in the plan', 'Decision'].some((l) => DECISION_TAKEN_LABEL.test(l))).toBe(false);
  });
});

describe('holdout: a statutory officer clearance table whose date column is headed "Cleared" (Dunwold District Council)', () => {
  const lines = [
    'Dunwold District Council',
    '',
    'Report to Cabinet',
    ' Report title                       Allotment Rents 2034/35',
    ' Report of                          Priya Valecourt, Head of Leisure',
    ' Date of report                     4 January 2034',
    '',
    '1. Background',
    '1.1 The Council lets 412 allotment plots on nine sites.',
    'Statutory officer clearance',
    'Role                                      Name                                               Cleared',
    'Section 151 Officer                       Gideon Farrow-Pike                                 8 January 2034',
    'Monitoring Officer                        Elspeth Marwood                                    9 January 2034',
    '',
  ];
  const result = extractPack(Buffer.from(lines.join('\n')), 'dunwold-allotment-rents-report.txt');

  it('reads each row as a sign-off dated by its "Cleared" cell', () => {
    const offs = result.reports.flatMap((r) => r.signOffs);
    expect(offs.map((o) => [o.role, o.name, o.date])).toEqual([
      ['Section 151 Officer', 'Gideon Farrow-Pike', '2034-01-08'],
      ['Monitoring Officer', 'Elspeth Marwood', '2034-01-09'],
    ]);
  });

  it('matches the rule as data: "Cleared" heads a date column, "Name" does not', () => {
    expect(['Cleared', 'Cleared on', 'Date cleared', 'Date'].every((h) => SIGN_OFF_COLUMNS.date.test(h))).toBe(true);
    expect(['Name', 'Role', 'Clearance'].some((h) => SIGN_OFF_COLUMNS.date.test(h))).toBe(false);
  });
});

describe('a meeting page whose cookie banner prints a date above the meeting heading (invented Saltmarsh Vale page)', () => {
  const html = [
    '<html><body>',
    '<div id="consent-panel" role="dialog" aria-label="Cookies on this site">',
    '<p>We set a few cookies to keep this website running. Our cookie notice was last changed on 9 January 2031.</p>',
    '<button type="button">Accept</button> <a href="/cookies">Cookie notice</a>',
    '</div>',
    '<main>',
    '<h1>Agenda and minutes</h1>',
    '<p>Harbour and Coast Committee - Wednesday, 4th March, 2031 7.00 pm</p>',
    '<p><strong>Venue:</strong> Mariners Room, Quay House, Wharf Street, Saltmarsh Vale, SV2 4QQ</p>',
    '<h2>Items</h2>',
    '<table><tr><th>No.</th><th>Item</th></tr>',
    '<tr><td><p>1.</p></td><td><p>Apologies for Absence</p></td></tr>',
    '<tr><td><p>2.</p></td><td><p>Slipway Repairs Programme</p></td></tr>',
    '<tr><td><p>3.</p></td><td><p>Mooring Charges 2031/32</p></td></tr>',
    '</table>',
    '</main></body></html>',
  ].join('\n');

  it("drops the banner, so its date is not taken for the meeting's", () => {
    expect(htmlToText(html)).not.toMatch(/cookies|9 January 2031/);
    const meeting = extractPack(Buffer.from(html), 'saltmarsh-vale-harbour.html').meeting;
    expect(meeting?.body).toBe('Harbour and Coast Committee');
    expect(meeting?.date).toBe('2031-03-04');
    expect(meeting?.time).toBe('19:00');
  });

  it('matches the rule as data: a banner named for cookies or consent, not a block about something else', () => {
    expect(['cookie-banner', 'consent-panel', 'gdpr-notice', 'CookieBar'].every((c) => COOKIE_BANNER_CLASS.test(c))).toBe(true);
    expect(['mgContent', 'meeting-details', 'site-footer', 'planning-consent-list'].some((c) => COOKIE_BANNER_CLASS.test(c))).toBe(false);
  });
});

describe("a meeting page's items table printing each paper's page range and a restricted flag after the title (invented Brackenby page)", () => {
  const html = [
    '<html><body><main>',
    '<p>Audit and Standards Committee - Monday, 2nd February, 2032 2.00 pm</p>',
    '<p><strong>Venue:</strong> Room 4, Brackenby Offices, Mill Lane, Brackenby, BK3 7LL</p>',
    '<table><tr><th>No.</th><th>Item</th></tr>',
    '<tr><td><p>1.</p></td><td><p>Apologies</p></td></tr>',
    '<tr><td><p>2.</p></td><td><p><a href="a.pdf">Internal Audit Plan 2032/33</a> <span>PDF (Pages 3 - 20)</span></p></td></tr>',
    '<tr><td><p>3.</p></td><td><p>Exclusion of Press and Public</p>',
    '<p>To exclude the public for the next item as it involves exempt information under paragraph 3 of Schedule 12A.</p></td></tr>',
    '<tr><td><p>4.</p></td><td><p><a href="b.pdf">Write-off of Business Rates Debts</a> <span>(Pages 21 - 24)</span> <span>Restricted</span></p></td></tr>',
    '</table>',
    '</main></body></html>',
  ].join('\n');
  const agenda = extractPack(Buffer.from(html), 'brackenby-audit.html').meeting?.agenda ?? [];

  it('takes the page range and the flag off the title, the flag making the item exempt', () => {
    expect(agenda.map((a) => a.title)).toEqual(['Apologies', 'Internal Audit Plan 2032/33', 'Exclusion of Press and Public', 'Write-off of Business Rates Debts']);
    expect(agenda.map((a) => a.pages)).toEqual([null, { from: 3, to: 20 }, null, { from: 21, to: 24 }]);
    expect(agenda.map((a) => a.exempt)).toEqual([false, false, false, true]);
  });

  it('matches the rules as data: a page range after a title, an item excluding the press and public', () => {
    expect(WEB_ITEM_PAGES.exec('Budget PDF (Pages 7 - 64)')?.slice(1, 3)).toEqual(['7', '64']);
    expect(WEB_ITEM_PAGES.exec('Budget (Page 5)')?.[1]).toBe('5');
    expect(WEB_ITEM_PAGES.test('Pages of History')).toBe(false);
    expect(['Exclusion of the Press and Public', 'Exclusion of Public', 'Excluding the press and public'].every((t) => EXCLUSION_ITEM_TITLE.test(t))).toBe(true);
    expect(EXCLUSION_ITEM_TITLE.test('Public Spaces Protection Order')).toBe(false);
  });
});

describe('a meeting page with a strip of links under its heading and the venue labelled below (invented Thornwick page)', () => {
  const html = [
    '<html><body><main>',
    '<p>Harbour Board - Friday, 5th March, 2032 11.00 am</p>',
    '<div><a href="h">Issue history</a> | <a href="a">Attendance</a> | <a href="w">Webcast</a></div>',
    '<p><strong>Venue:</strong> Boardroom, Thornwick Harbour Office, Quay Road, Thornwick, TW4 2HB</p>',
    '<table><tr><th>No.</th><th>Item</th></tr>',
    '<tr><td><p>1.</p></td><td><p>Apologies</p></td></tr>',
    '<tr><td><p>2.</p></td><td><p>Dredging Contract</p></td></tr>',
    '<tr><td><p>3.</p></td><td><p>Harbour Dues 2032/33</p></td></tr>',
    '</table>',
    '</main></body></html>',
  ].join('\n');

  it('takes the labelled venue, not the strip of links', () => {
    const meeting = extractPack(Buffer.from(html), 'thornwick-harbour.html').meeting;
    expect(meeting?.venue).toBe('Boardroom, Thornwick Harbour Office, Quay Road, Thornwick, TW4 2HB');
  });

  it('matches the rule as data: links set apart by bars, not a venue with commas', () => {
    expect(LINK_STRIP.test('Issue history | Attendance | Webcast')).toBe(true);
    expect(LINK_STRIP.test('Council Chamber, Town Hall, High Street')).toBe(false);
    expect(LINK_STRIP.test('Agenda | Minutes')).toBe(false);
  });
});

describe('a meeting page whose items table prints no minutes, its attendance panel below it (invented Ravensholme page)', () => {
  const html = [
    '<html><body><main>',
    '<p>Parks Committee - Thursday, 8th April, 2032 5.30 pm</p>',
    '<p><strong>Venue:</strong> Garden Room, Ravensholme Lodge, Elm Walk, Ravensholme, RH9 1PQ</p>',
    '<table><tr><th>No.</th><th>Item</th></tr>',
    '<tr><td><p>1.</p></td><td><p>Apologies</p></td></tr>',
    '<tr><td><p>2.</p></td><td><p>Bandstand Restoration</p></td></tr>',
    '<tr><td><p>3.</p></td><td><p>Allotment Rents</p></td></tr>',
    '</table>',
    '<h2>Attendance details</h2>',
    '<h3>Present</h3>',
    '<table><tr><th>Councillor</th><th>Role</th><th>Attendance</th></tr>',
    '<tr><td>Councillor Edith Marlowe</td><td>Chair</td><td>Present</td></tr>',
    '<tr><td>Councillor Ravi Penhaligon</td><td>Committee Member</td><td>Present</td></tr>',
    '</table>',
    '<h3>Apologies</h3>',
    '<table><tr><th>Councillor</th><th>Role</th><th>Attendance</th></tr>',
    '<tr><td>Councillor Joan Tregear</td><td>Committee Member</td><td>Apologies</td></tr>',
    '</table>',
    '</main></body></html>',
  ].join('\n');

  it("reads the panel as the meeting's minutes, with no items", () => {
    const minutes = extractPack(Buffer.from(html), 'ravensholme-parks.html').minutes;
    expect(minutes).toHaveLength(1);
    expect(minutes[0]?.date).toBe('2032-04-08');
    expect(minutes[0]?.present).toEqual(['Councillor Edith Marlowe', 'Councillor Ravi Penhaligon']);
    expect(minutes[0]?.apologies).toEqual(['Councillor Joan Tregear']);
    expect(minutes[0]?.items).toEqual([]);
  });
});

describe('running headers and footers matched by repetition, however short their left part (invented Quillmoor pack)', () => {
  const pad = (s: string, n: number): string => s.padEnd(n);
  const front = ['QUILLMOOR COUNCIL', '', 'CABINET', '', 'Tuesday, 9 May 2028 at 6.00 pm', 'Council Chamber, Quillmoor Hall', '', 'AGENDA', ''];
  const foot = (n: number): string[] => ['', `${' '.repeat(40)}Page ${n}`];
  const pack = (header: (n: number) => string): string =>
    [
      [...front, '1.   APOLOGIES', '', '2.   CAR PARKS', '', '     To review the charges for the', ...foot(1)],
      [header(2), '', '     town centre car parks.', '', '3.   ALLOTMENTS', '', '     A report on the waiting list for', ...foot(2)],
      [header(3), '', '     plots at Fenside.', '', '4.   ANY OTHER BUSINESS', ...foot(3)],
    ]
      .map((p) => p.join('\n'))
      .join('\n\f');
  const notes = (text: string): Array<[string, string | null]> => (extractPack(Buffer.from(`${text}\n`), 'agenda.txt').meeting?.agenda ?? []).map((a) => [a.number, a.note]);
  const expected = [
    ['1', null],
    ['2', 'To review the charges for the town centre car parks.'],
    ['3', 'A report on the waiting list for plots at Fenside.'],
    ['4', null],
  ];

  it('drops a header whose left part of two words repeats while its right part names the item', () => {
    expect(notes(pack((n) => `${pad('Quillmoor Council', 44)}Agenda Item ${n}`))).toEqual(expected);
  });

  it('drops a header whose left part is one word', () => {
    expect(notes(pack((n) => `${pad('Restricted', 44)}Agenda Item ${n + 1}`))).toEqual(expected);
  });

  it('drops a header whose date changes from paper to paper, on three pages or more', () => {
    const header = (date: string): string => `Quillmoor Council – Planning Board – ${date}`;
    const pages = [
      ['QUILLMOOR COUNCIL', '', 'PLANNING BOARD', '', 'Minutes of the meeting held on 4 April 2028', '', '1.   MINUTES', '', 'The minutes of the meeting held on', ...foot(1)],
      [header('4 April 2028'), '', '7 March 2028 were approved.', '', '2.   APPEALS', '', 'The Board noted the appeals.', ...foot(2)],
      [header('4 April 2028'), '', '3.   ENFORCEMENT', '', 'The Board noted the report.', ...foot(3)],
      [header('7 March 2028'), '', 'Appendix: minutes of 7 March 2028', '', 'The Board met.', ...foot(4)],
    ];
    const lines = buildDoc(pages.map((p) => p.join('\n')).join('\n\f'), { paged: true, layout: true }).lines;
    expect(lines.filter((l) => l.text.startsWith('Quillmoor Council –')).map((l) => l.text)).toEqual([]);
  });

  it('keeps content repeated at the pages’ tops: a form’s rows, a table going on, a heading on two pages', () => {
    const form = (ref: string, maker: string): string[] => [`${pad('Decision ref', 30)}${ref}`, `${pad('Decision maker', 30)}${maker}`, '', 'Details follow.'];
    const notices = buildDoc([form('2028/11', 'Cabinet'), form('2028/12', 'Leader'), form('2028/13', 'Cabinet')].map((p) => p.join('\n')).join('\n\f'), {
      paged: true,
      layout: true,
    }).lines;
    expect(notices.filter((l) => l.text.startsWith('Decision ref')).map((l) => l.text)).toEqual(['Decision ref 2028/11', 'Decision ref 2028/12', 'Decision ref 2028/13']);
    const row = (a: string, b: string): string => `${pad(a, 20)}${b}`;
    const table = buildDoc(
      [
        [row('Meeting', 'Item'), row('Cabinet', 'Budget')],
        [row('Cabinet', 'Car parks'), row('Council', 'Allotments')],
        [row('Cabinet', 'Fees'), row('Council', 'Elections')],
      ]
        .map((p) => p.join('\n'))
        .join('\n\f'),
      { paged: true, layout: true },
    ).lines;
    expect(table.filter((l) => l.text.startsWith('Cabinet')).map((l) => l.text)).toEqual(['Cabinet Budget', 'Cabinet Car parks', 'Cabinet Fees']);
    const heading = (date: string): string[] => [`Minutes of the Licensing Panel held on ${date}`, '', 'The Panel met.'];
    const minutes = buildDoc([['Front sheet', '', 'Contents'], heading('3 May 2028'), heading('5 June 2028'), ['Appendix', '', 'Notes.']].map((p) => p.join('\n')).join('\n\f'), {
      paged: true,
      layout: true,
    }).lines;
    expect(minutes.filter((l) => l.text.startsWith('Minutes of')).map((l) => l.text)).toEqual([
      'Minutes of the Licensing Panel held on 3 May 2028',
      'Minutes of the Licensing Panel held on 5 June 2028',
    ]);
  });

  it('matches the rule as data: a date in a running header', () => {
    expect('Cabinet – Thursday, 4 May 2028 – 3/5/28'.replace(RUNNING_EDGE_DATE, '#')).toBe('Cabinet – # – #');
    expect('Agenda Item 4'.replace(RUNNING_EDGE_DATE, '#')).toBe('Agenda Item 4');
  });
});

/** An invented Orrinford City Council Executive report laid out by pdftotext over three pages (shared by the four rules below). */
const ORRINFORD_REPORT = [
  'Orrinford City Council                                                          Executive – 4 March 2034',
  '',
  '',
  '',
  '',
  ' Orrinford                                                                      Agenda Item 14',
  ' City Council',
  '',
  ' Report to the Executive',
  '',
  '   Meeting date                          Wednesday 4 March 2034',
  '   Title of report                       Lease of the Old Tannery Workshops to a Community Trust',
  '   Report of                             Bartholomew Quayle, Director of Communities',
  '   Portfolio Holder                      Cllr Ines Dromgoole, Executive Member for Communities',
  '   Report author                         Petra Lindqvist, Property Manager',
  '                                         Tel: 01632 960 411',
  '   Key decision                          Yes – forward plan ref OCC/FP/2034/052',
  '',
  ' 1. Purpose',
  ' 1.1     To seek approval to grant a 25-year lease of the Old Tannery Workshops to the Tannery Arts Trust.',
  '',
  ' 2. Recommendations',
  '',
  ' 2.1     The Executive is asked to:',
  '',
  '       a) grant a 25-year lease of the Old Tannery Workshops to the Tannery Arts Trust at a',
  '          peppercorn rent;',
  '       b) authorise the Director of Communities to agree the final terms of the lease; and',
  '',
  '',
  '',
  'UNCLASSIFIED                                                                           Page 1 of 3',
  '\fOrrinford City Council                                                          Executive – 4 March 2034',
  '',
  '',
  '',
  '',
  '       c) note that the Trust will meet all repair costs for the length of the',
  '          lease.',
  '',
  ' 3. Reasons',
  ' 3.1     The Workshops have been empty since 2031.',
  '',
  ' Report clearance',
  '   Post                                    Name                            Date',
  '   Chief Finance',
  '                                           Oskar Brennan-Vale              20 February 2034',
  '   Officer',
  '',
  '',
  '',
  '',
  'UNCLASSIFIED                                                                           Page 2 of 3',
  '\fOrrinford City Council                                                          Executive – 4 March 2034',
  '',
  '',
  '',
  '',
  '   Head of Legal Services and',
  '                                         Mirela Oyelaran       21 February 2034',
  '   Deputy Monitoring Officer',
  '   Executive Member                      Cllr Ines Dromgoole   24 February 2034',
  '',
  '',
  '',
  '',
  'UNCLASSIFIED                                                                           Page 3 of 3',
  '\f',
].join('\n');
const orrinfordReport = () => extractPack(Buffer.from(ORRINFORD_REPORT), 'orrinford-executive-report.txt').reports[0];

describe('holdout: the "Agenda Item" box beside a council name wrapped over two lines (Orrinford City Council)', () => {
  it('reads the item number from the box', () => {
    expect(orrinfordReport()?.agendaItem).toBe('14');
  });

  it('matches the rule as data: the wrapped tail of a council name', () => {
    expect(['City Council', 'District Council', 'Council'].every((t) => COUNCIL_NAME_TAIL_LINE.test(t))).toBe(true);
    expect(['Report to the Executive', 'Council Tax', 'City Council Offices'].some((t) => COUNCIL_NAME_TAIL_LINE.test(t))).toBe(false);
  });
});

describe("holdout: a forward plan reference with the council's initials before its letters (Orrinford City Council)", () => {
  it('reads the whole reference from the key decision row', () => {
    expect(orrinfordReport()?.forwardPlanRef).toBe('OCC/FP/2034/052');
  });

  it('matches the rule as data: the prefix is kept, prose is not taken for it', () => {
    expect(KEY_DECISION_ANSWER_REF.exec('Yes – forward plan ref OCC/FP/2034/052')?.[1]).toBe('OCC/FP/2034/052');
    expect(FORWARD_PLAN_REF.exec('ref NVDC/KD/31/7 only')?.[1]).toBe('NVDC/KD/31/7');
    expect(FORWARD_PLAN_REF.exec('see and/FP/2031/07')?.[1]).toBe('FP/2031/07');
    expect(COUNCIL_REF_PREFIX.exec('OCC/')?.[0]).toBe('OCC/');
  });
});

describe('holdout: recommendations lettered under a numbered lead-in paragraph, over a page break (Orrinford City Council)', () => {
  it('reads the lettered items, not the lead-in, joined across the page break', () => {
    expect(orrinfordReport()?.recommendations).toEqual([
      'grant a 25-year lease of the Old Tannery Workshops to the Tannery Arts Trust at a peppercorn rent;',
      'authorise the Director of Communities to agree the final terms of the lease; and',
      'note that the Trust will meet all repair costs for the length of the lease.',
    ]);
  });

  it('matches the rule as data: one clause ending in a colon', () => {
    expect(['The Executive is asked to:', 'Council is recommended to:-', 'That the Board:'].every((t) => RECOMMENDATION_LEAD_IN_ITEM.test(t))).toBe(true);
    expect(['Approve the budget.', 'Note the report; and agree the following:'].some((t) => RECOMMENDATION_LEAD_IN_ITEM.test(t))).toBe(false);
  });
});

describe('holdout: a sign-off table whose role cells wrap round centred names, going on to a page laid out afresh (Orrinford City Council)', () => {
  it('reads one row per person, roles joined, names and dates from the shifted columns', () => {
    expect(orrinfordReport()?.signOffs.map((o) => [o.role, o.name, o.date])).toEqual([
      ['Chief Finance Officer', 'Oskar Brennan-Vale', '2034-02-20'],
      ['Head of Legal Services and Deputy Monitoring Officer', 'Mirela Oyelaran', '2034-02-21'],
      ['Executive Member', 'Cllr Ines Dromgoole', '2034-02-24'],
    ]);
  });

  it('matches the rule as data: a small slack for the first column', () => {
    expect(CONTINUED_TABLE_COLUMN_SLACK).toBeGreaterThanOrEqual(1);
    expect(CONTINUED_TABLE_COLUMN_SLACK).toBeLessThan(6);
  });
});

describe('an agenda table whose pages column prints each range with its word in brackets (invented Pellworth summons)', () => {
  const right = (left: string, cell: string): string => `${left.padEnd(96 - cell.length)}${cell}`;
  const text = [
    'PELLWORTH BOROUGH COUNCIL',
    '',
    'NOTICE OF MEETING',
    '',
    'You are summoned to attend a meeting of the Pellworth Borough Council.',
    '',
    ' Date:       Tuesday, 14 October 2031',
    ' Time:       7.00 pm',
    ' Venue: Assembly Room, Guildhall, Bridge Street, Pellworth PW3 8LD',
    '',
    '                                        AGENDA',
    right('  No.       Subject', 'Pages'),
    '  1.        Apologies',
    '',
    right('  2.        Minutes of the Meeting held on 9 September 2031', '(Pages 3 - 11)'),
    '            To approve the minutes as a correct record.',
    '',
    right('  3.        Matters Referred from the Executive', '(pp. 12 - 40)'),
    right('            (a) Housing Allocations Policy', '(Pages 12 - 29)'),
    '            The Executive RECOMMENDS that the policy be adopted.',
    '',
    right('            (b) Treasury Management Mid-Year Review', '(Pages 30 - 40)'),
    '            The Executive RECOMMENDS that the review be noted.',
    '',
    right('  4.        Report of the Mayor', '(Pages 41 - 44)'),
    '',
  ].join('\n');
  const agenda = extractPack(Buffer.from(text), 'pellworth-council-summons.txt').meeting?.agenda ?? [];

  it('reads the bracketed range under the "Pages" heading as the item\'s pages, not its note', () => {
    const item = (no: string) => agenda.find((a) => a.number === no);
    expect(item('2')?.pages).toEqual({ from: 3, to: 11 });
    expect(item('2')?.note ?? '').not.toMatch(/pages/i);
    expect(item('3')?.pages).toEqual({ from: 12, to: 40 });
    expect(item('4')?.pages).toEqual({ from: 41, to: 44 });
  });

  it("reads a lettered sub-item's bracketed range as its pages, not its title's", () => {
    const subs = agenda.filter((a) => /^\(?[ab]\)$/.test(a.number));
    expect(subs.map((a) => a.title)).toEqual(['Housing Allocations Policy', 'Treasury Management Mid-Year Review']);
    expect(subs.map((a) => a.pages)).toEqual([
      { from: 12, to: 29 },
      { from: 30, to: 40 },
    ]);
  });

  it('matches the rule as data: a range with its word, bracketed or bare, not a bare number or a sentence', () => {
    expect(PAGES_COLUMN_RANGE.test('(Pages 5 - 18)')).toBe(true);
    expect(PAGES_COLUMN_RANGE.test('(pp. 9)')).toBe(true);
    expect(PAGES_COLUMN_RANGE.test('Pages 21–30')).toBe(true);
    expect(PAGES_COLUMN_RANGE.test('(Pages 5 - 18')).toBe(false);
    expect(PAGES_COLUMN_RANGE.test('To follow')).toBe(false);
    expect(PAGES_COLUMN_RANGE.test('see pages 5 - 18')).toBe(false);
  });
});

describe('a forward plan table whose column headings wrap onto a second line, the header repeated on the next page (invented Wrexcombe notice)', () => {
  const header = [
    ' Ref.            Subject                          Decision        Date of          Open or      Contact',
    '                                                  taker           decision         private      officer',
  ];
  const text = [
    'WREXCOMBE BOROUGH COUNCIL',
    '',
    'Forward Plan of Key Decisions',
    'Published: 3 March 2033.',
    '',
    ...header,
    ' WBC/33/012      Library Service Strategy         Executive       9 April          Open         Marisol',
    '                 2033 to 2038                                     2033                          Quennell-',
    '                                                                                                Dacre, Head of',
    '                                                                                                Libraries',
    ' WBC/33/015      Disposal of the former Bus       Executive       Not before 14    Private –    Anselm',
    '                 Depot, Gasworks Road             Member for      May              paragraph    Trevithick,',
    '                                                  Transport &     2033             3            Estates Lead',
    '                                                  Highways',
    '',
    '                                                 Page 12',
    '\f' + (header[0] as string),
    header[1] as string,
    ' WBC/33/019      Car Parking Tariffs 2033/34      Executive       June 2033        Open         Rhodri',
    '                                                                                                Amberley',
    '',
    '                                                 Page 13',
    '\f',
  ].join('\n');
  const plan = extractPack(Buffer.from(text), 'wrexcombe-forward-plan.txt').forwardPlan;

  it('names the columns from both header lines and joins each cell over its wraps', () => {
    expect(plan.map((e) => e.ref)).toEqual(['WBC/33/012', 'WBC/33/015', 'WBC/33/019']);
    expect(plan.map((e) => e.decision ?? e.issue)).toEqual([
      'Library Service Strategy 2033 to 2038',
      'Disposal of the former Bus Depot, Gasworks Road',
      'Car Parking Tariffs 2033/34',
    ]);
    expect(plan.map((e) => e.decisionMakers)).toEqual([['Executive'], ['Executive Member for Transport & Highways'], ['Executive']]);
    expect(plan[0]?.decisionDate).toEqual({ text: '9 April 2033', date: '2033-04-09', qualifier: 'on' });
    expect(plan[1]?.decisionDate).toEqual({ text: 'Not before 14 May 2033', date: '2033-05-14', qualifier: 'not-before' });
    expect(plan[2]?.decisionDate.date).toBeNull();
    expect(plan[2]?.decisionDate.text).toBe('June 2033');
    expect(plan.map((e) => e.exempt)).toEqual(['Open', 'Private – paragraph 3', 'Open']);
    expect(plan[0]?.contacts.join(' ')).toContain('Marisol Quennell-Dacre');
    expect(plan[1]?.contacts.join(' ')).toContain('Anselm Trevithick');
  });

  it('matches the rule as data: a heading cut where it wraps, not a whole one', async () => {
    const { FP_HEADER_CUT } = await import('./layouts.ts');
    expect(FP_HEADER_CUT.test('Decision')).toBe(true);
    expect(FP_HEADER_CUT.test('Date of')).toBe(true);
    expect(FP_HEADER_CUT.test('Decision maker')).toBe(false);
    expect(FP_HEADER_CUT.test('Lead officer')).toBe(false);
  });
});

describe('holdout: a work programme whose lead column also names the witnesses ("Lead officer / invited witnesses")', () => {
  // Invented: Pellingford Borough Council, Adult Care Scrutiny Panel. The lead heading names the witnesses after a
  // slash; dates wrap over two lines; a lead is split at "/" and wrapped.
  const page1 = [
    'Pellingford Borough Council',
    '',
    '                               Adult Care Scrutiny Panel – Work Programme 2033/34',
    '  Panels begin at 6.30 pm in the Guildhall unless stated.',
    '    Date of meeting       Subject                      Aim                            Lead officer / invited witnesses',
    '    9 October             Carers Strategy Refresh      To comment on the draft        Head of Commissioning /',
    '    2033                                               strategy                       Carers Forum',
    '                          Home Care Market Review      To note findings               Care Quality Manager',
    '    4 December            Day Services Consultation    To consider responses          Director of Care',
    '    2033                                               received',
    '',
    '',
    '                                             Page 1 of 1',
  ];
  const result = extractPack(Buffer.from(`${page1.join('\n')}\n\f`), 'pellingford-adult-care-work-programme.txt');

  it('reads the table by its columns: dated rows, leads split at "/" and joined over their wraps', () => {
    expect(result.workProgramme.map((r) => [r.meetingDate, r.item, r.leads])).toEqual([
      ['2033-10-09', 'Carers Strategy Refresh', ['Head of Commissioning', 'Carers Forum']],
      ['2033-10-09', 'Home Care Market Review', ['Care Quality Manager']],
      ['2033-12-04', 'Day Services Consultation', ['Director of Care']],
    ]);
  });

  it('matches the rule as data: a witnesses heading, alone or after the lead', async () => {
    const { WORK_PROGRAMME_COLUMNS, WORK_PROGRAMME_WITNESS_HEADING } = await import('./layouts.ts');
    expect(['Lead officer / invited witnesses', 'Lead / witnesses', 'Witnesses'].every((h) => WORK_PROGRAMME_COLUMNS.lead.test(h))).toBe(true);
    expect(WORK_PROGRAMME_COLUMNS.lead.test('Purpose')).toBe(false);
    expect(WORK_PROGRAMME_WITNESS_HEADING.test('Invited witnesses')).toBe(true);
  });
});

describe('holdout: an agenda whose pages column says a paper comes later ("Report to follow") instead of a page range', () => {
  // Invented: Oxenhurst Town Council, Finance Committee. One pages cell is no range; notes sit under the titles.
  const page1 = [
    '                                    OXENHURST TOWN COUNCIL',
    '                                      Finance Committee',
    '   Date:                       Wednesday 2 March 2033',
    '   Time:                       7.00 pm',
    '   Venue:                      Council Chamber, Oxenhurst Town Hall',
    '',
    '                                           AGENDA',
    '    Item Business                                                                                 Pages',
    '    1.         Apologies',
    '               To note any apologies for absence from members.',
    '',
    '    2.         Notes of the Meeting held on 12 January 2033                              Report to follow',
    '               To approve the notes as a true record.',
    '',
    '    3.         Budget Monitoring Quarter 3                                                   (Pages 3 - 9)',
    '               Report of the Town Clerk.',
    '',
    '',
    '                                          Page 1 of 1',
  ];
  const agenda = extractPack(Buffer.from(`${page1.join('\n')}\n\f`), 'oxenhurst-finance-agenda.txt').meeting?.agenda ?? [];

  it('keeps the pages cell out of the title and the note under it, with no pages', () => {
    expect(agenda.map((a) => a.title)).toEqual(['Apologies', 'Notes of the Meeting held on 12 January 2033', 'Budget Monitoring Quarter 3']);
    expect(agenda.map((a) => a.pages)).toEqual([null, null, { from: 3, to: 9 }]);
    expect(agenda[1]?.note).toBe('Report to follow. To approve the notes as a true record.');
  });

  it('matches the rule as data: words of a paper to come, not a page range or a title', async () => {
    const { AGENDA_PAGES_CELL_NOTE } = await import('./layouts.ts');
    expect(['To follow', 'Report to follow', '(To be circulated)', 'Tabled', 'Verbal update'].every((c) => AGENDA_PAGES_CELL_NOTE.test(c))).toBe(true);
    expect(AGENDA_PAGES_CELL_NOTE.test('(Pages 3 - 9)')).toBe(false);
    expect(AGENDA_PAGES_CELL_NOTE.test('Items to follow the budget')).toBe(false);
  });
});

describe('a number alone on its line inside a page is content, at its edge a page number (invented Quillbury minutes)', () => {
  const text = [
    'MINUTES OF THE MEETING OF THE LEISURE COMMITTEE',
    'held at Quillbury Hall on Tuesday 14 March 2028 at 7.00 pm',
    '',
    'Present: Councillor Ada Fernsby (Chair), Councillor Bo Harcastle',
    '',
    'Apologies: Councillor Cy Wendle',
    '',
    '1. MINUTES',
    '',
    'RESOLVED that the minutes of the meeting held on 12 January',
    '2028',
    'be approved as a correct record.',
    '',
    '2. SWIMMING POOL ROOF',
    '',
    'The Committee considered a report on the pool roof, which was built in',
    '1974',
    'and needed replacing. Members noted the cost of repairs.',
    '',
    'RESOLVED that the roof be replaced by March',
    '2029',
    'at a cost not exceeding the sum of',
    '4500',
    'pounds.',
    '',
    '1',
    '\f3. PLAY AREAS',
    '',
    'RESOLVED that the report be noted.',
    '',
    '2',
    '',
  ].join('\n');

  it('keeps the wrapped years and amount, and drops the page numbers at the pages’ feet', () => {
    const items = extractPack(Buffer.from(text), 'quillbury-leisure.txt').minutes[0]?.items ?? [];
    expect(items.map((i) => i.minute)).toEqual(['1', '2', '3']);
    expect(items[0]?.resolutions).toEqual(['the minutes of the meeting held on 12 January 2028 be approved as a correct record.']);
    expect(items[1]?.text).toContain('built in\n1974\nand needed');
    expect(items[1]?.resolutions).toEqual(['the roof be replaced by March 2029 at a cost not exceeding the sum of 4500 pounds.']);
    expect(items[1]?.text.endsWith('pounds.')).toBe(true);
    expect(items[2]?.text).toBe('RESOLVED that the report be noted.');
  });

  it('still takes numbers counting up page by page for page numbers where no page break is kept', () => {
    const unpaged = text.replace('\f', '');
    const items = extractPack(Buffer.from(unpaged), 'quillbury-leisure-unpaged.txt').minutes[0]?.items ?? [];
    expect(items[1]?.text.endsWith('pounds.')).toBe(true);
    expect(items[2]?.text).toBe('RESOLVED that the report be noted.');
  });
});

// Invented Hollinbrook scrutiny panel minutes: a two-column label block from a PDF read with its layout kept.
const HOLLINBROOK_PANEL = [
  'Hollinbrook District Council                                 Communities Scrutiny Panel – 9 March 2032',
  '',
  '                              HOLLINBROOK DISTRICT COUNCIL',
  '                               COMMUNITIES SCRUTINY PANEL',
  ' MINUTES of the meeting of the Communities Scrutiny Panel held in Committee Room 2, Guildhall,',
  ' Market Place, Hollinbrook on Tuesday 9 March 2032 at 7.00 pm.',
  '',
  '  Members present:                  Cllr Agnes Poltimore (Chair), Cllr Bernard Ashdown, Cllr',
  '                                    Celia Trevelyan and Cllr Desmond Oakhurst',
  '  Substitute Members:               Cllr Ffion Marchbank (substituting for Cllr Gilbert Rowe)',
  '  Apologies:                        Cllr Gilbert Rowe and Cllr Hester Lomax',
  '  Portfolio Holders                 Cllr Isaac Penrose (Portfolio Holder for Leisure & Culture) and',
  '  attending:                        Cllr Juno Alderley (Portfolio Holder for Waste)',
  '  Officers present:                 Kezia Brandon (Head of Communities) and Lionel Garrick (Committee',
  '                                    Clerk)',
  '',
  ' 14.     APOLOGIES AND SUBSTITUTIONS',
  '         Apologies were received from Councillors Rowe and Lomax.',
  '',
  ' 15.     LIBRARY OPENING HOURS REVIEW',
  '         RESOLVED – That the revised opening hours be recommended to the Portfolio Holder.',
  '',
  '         ACTIONS AGREED',
  '',
  '  No.          Action                                            Owner                     Due',
  '  1            Publish the revised library opening hours          Head of Communities       1 April 2032',
  '  2            Report footfall figures to the Panel               Committee Clerk           1 June 2032',
  '',
  ' The meeting closed at 8.25 pm.',
].join('\n');

describe('an attendance label wrapped in its label column with names beside both its lines (invented Hollinbrook panel)', () => {
  it('reads "Portfolio Holders" / "attending:" as one label, the names running on, in attendance and not apologies', () => {
    const m = extractPack(Buffer.from(HOLLINBROOK_PANEL), 'hollinbrook-panel.txt').minutes[0];
    expect(m?.apologies).toEqual(['Cllr Gilbert Rowe', 'Cllr Hester Lomax']);
    expect(m?.inAttendance.filter((x) => /Penrose|Alderley/.test(x))).toHaveLength(2);
    expect(m?.inAttendance.some((x) => x.includes('Leisure & Culture'))).toBe(true);
    expect(m?.present.some((x) => /Penrose|Alderley/.test(x))).toBe(false);
  });

  it('matches the rule as data: a lower-case label end with its colon, not a label of its own', () => {
    expect(WRAPPED_LABEL_TAIL_CELL.test('attending:')).toBe(true);
    expect(WRAPPED_LABEL_TAIL_CELL.test('in attendance:')).toBe(true);
    expect(WRAPPED_LABEL_TAIL_CELL.test('Apologies:')).toBe(false);
    expect(WRAPPED_LABEL_TAIL_CELL.test('attending')).toBe(false);
    expect(attendanceLabelOf('Portfolio Holders attending:')?.kind).toBe('attendance');
    expect(attendanceLabelOf('Executive Members in attendance:')?.kind).toBe('attendance');
    expect(attendanceLabelOf('Cabinet members present:')?.kind).toBe('present');
  });
});

describe("the meeting's close printed under an action table that closes the minutes (invented Hollinbrook panel)", () => {
  it('reads the time the meeting closed, the table still an action plan', () => {
    const r = extractPack(Buffer.from(HOLLINBROOK_PANEL), 'hollinbrook-panel.txt');
    expect(r.minutes[0]?.time).toBe('19:00');
    expect(r.minutes[0]?.endedAt).toBe('20:25');
    expect(r.actionPlans.flatMap((p) => p.actions).map((a) => a.due?.date)).toEqual(['2032-04-01', '2032-06-01']);
  });
});

describe('a capitalised heading wrapped over three lines past 150 characters is a heading (invented Pennock Vale minute, CAPITALS_HEADING_MAX)', () => {
  const text = [
    '                               PENNOCK VALE DISTRICT COUNCIL',
    '',
    ' Minutes of the Development Management Sub-Committee held in the Assembly Room, Riverside House,',
    ' Pennock Vale, on Thursday 4 May 2028 at 2.00 pm.',
    '',
    ' Present:              Councillors Idris Halloway (Chair), Petra Oakengate and Tomas Velling.',
    ' Apologies:            Councillor Rhona Stibbs.',
    '',
    ' 1.     APOLOGIES AND SUBSTITUTIONS',
    '        Apologies were noted as above. There were no substitutions.',
    '',
    ' 2.     HOUSEHOLDER AND LISTED BUILDING CONSENT APPLICATIONS – DEMOLITION OF A TIMBER',
    '        GARAGE AND CONSTRUCTION OF A TWO STOREY SIDE EXTENSION WITH DORMER WINDOWS AND',
    '        A DETACHED CAR PORT AT THE OLD TANNERY COTTAGES, MILL WYND, NETHER PENNOCK',
    '',
    '          Reference           28/00311/LBC',
    '          Applicant           Mr Hugo Brantwhite',
    '',
    '        The Sub-Committee considered a report by the Head of Planning recommending approval.',
    '        Councillor Velling, seconded by Councillor Oakengate, moved that consent be granted.',
    '        Decision',
    '        The Sub-Committee agreed to grant consent subject to the following conditions:',
    '        (a) that the works shall be begun within three years; and',
    '        (b) that the car port shall be clad in larch boarding left to weather naturally.',
    '',
    ' 3.     ANY OTHER BUSINESS',
    '        There was no other business.',
    '',
    ' The meeting closed at 3.10 pm.',
    '',
  ].join('\n');

  it('joins the wrapped capitals into one title and reads the numbered paragraphs after it', () => {
    const items = extractPack(Buffer.from(text), 'pennock-vale-dm.txt').minutes[0]?.items ?? [];
    expect(items.map((i) => i.minute)).toEqual(['1', '2', '3']);
    const title = items[1]?.title ?? '';
    expect(title.length).toBeGreaterThan(150);
    expect(title.startsWith('HOUSEHOLDER AND LISTED BUILDING CONSENT APPLICATIONS')).toBe(true);
    expect(title.endsWith('MILL WYND, NETHER PENNOCK')).toBe(true);
    expect(items[1]?.resolutions.join(' ')).toContain('larch boarding');
    expect(items[1]?.resolutions.join(' ')).not.toContain('moved');
  });

  it('still reads a mixed-case line of that length as prose, not a heading', async () => {
    const { CAPITALS_HEADING_MAX } = await import('./layouts.ts');
    expect(CAPITALS_HEADING_MAX).toBeGreaterThan(150);
    const prose = text.replace(
      ' 2.     HOUSEHOLDER AND LISTED BUILDING CONSENT APPLICATIONS – DEMOLITION OF A TIMBER\n        GARAGE AND CONSTRUCTION OF A TWO STOREY SIDE EXTENSION WITH DORMER WINDOWS AND\n        A DETACHED CAR PORT AT THE OLD TANNERY COTTAGES, MILL WYND, NETHER PENNOCK',
      ' 2.     Householder and listed building consent applications for the demolition of a timber garage and construction of a two storey side extension with dormer windows at the cottages',
    );
    const items = extractPack(Buffer.from(prose), 'pennock-vale-dm-prose.txt').minutes[0]?.items ?? [];
    expect(items.map((i) => i.minute)).not.toContain('2');
  });
});

describe('a work programme whose meeting dates wrap their year onto the next line, in a row and at a page foot (invented Brackenmoor panel)', () => {
  const header = '    Date of meeting       Subject                      Aim                            Lead officer';
  const text = [
    'Brackenmoor Borough Council',
    '',
    '                               Housing Scrutiny Panel – Work Programme 2033/34',
    '  Panels begin at 6.30 pm in the Guildhall unless stated.',
    header,
    '    Tuesday 9             Tenancy Strategy Refresh     To comment on the draft        Head of Tenancy',
    '    October',
    '    2033',
    '    4 December            Damp Survey Findings         To consider responses          Director of Homes',
    '    2033                  Void Turnaround Times        To note progress               Voids Manager',
    '    11 February           Sheltered Housing Review     To consider options            Director of Homes',
    '    2034',
    '',
    '                                             Page 1 of 2',
    `\f${header}`,
    '    4 April 2034          Rent Setting Principles      To comment on the draft        Head of Finance',
    '',
    '                                             Page 2 of 2',
    '\f',
  ].join('\n');
  const rows = extractPack(Buffer.from(text), 'brackenmoor-housing-work-programme.txt').workProgramme;

  it('completes each date with the year under it, the row on the year’s line dated by the meeting above', () => {
    expect(rows.map((r) => [r.meetingDate, r.item, r.leads])).toEqual([
      ['2033-10-09', 'Tenancy Strategy Refresh', ['Head of Tenancy']],
      ['2033-12-04', 'Damp Survey Findings', ['Director of Homes']],
      ['2033-12-04', 'Void Turnaround Times', ['Voids Manager']],
      ['2034-02-11', 'Sheltered Housing Review', ['Director of Homes']],
      ['2034-04-04', 'Rent Setting Principles', ['Head of Finance']],
    ]);
  });

  it('matches the rule as data: a date cut before its year, not a date whole or a sentence', async () => {
    const { YEAR_CUT_BEFORE } = await import('./layouts.ts');
    expect(['4 December', 'October', 'held on 12 January', '3rd Sept.'].every((t) => YEAR_CUT_BEFORE.test(t))).toBe(true);
    expect(['4 December 2033', 'the Mayor', 'Director of Homes'].some((t) => YEAR_CUT_BEFORE.test(t))).toBe(false);
  });
});

describe('a membership heading naming the sitting it is for heads the list under it (invented Brackenfold panel)', () => {
  const text = [
    'Brackenfold District Council',
    'Taxi Licensing Panel',
    'Date:        Thursday, 9 March 2028',
    'Time:        2.30 pm',
    'Venue:       Meeting Room 4, Civic Offices, Brackenfold',
    '',
    'Members of the Panel for this sitting',
    '',
    'Councillor Hettie Varnsworth (Chair)',
    'Councillor Piers Lomax-',
    'Tennant',
    'Councillor Gwyn Albery',
    '',
    'Contact Officer:   Rhoda Sturrock, Committee Officer',
    'Telephone:         01999 100200',
    '',
    'AGENDA',
    '',
    '1.   Apologies for Absence',
    '2.   Declarations of Interest',
    '',
  ].join('\n');

  it('recognises the occasion after the heading, and only there', async () => {
    const { MEMBERSHIP_OCCASION } = await import('./layouts.ts');
    expect(['Members of the Panel for this sitting', 'Membership for this meeting', 'Members of the Sub-Committee for the hearing'].every((t) => MEMBERSHIP_HEADING.test(t))).toBe(
      true,
    );
    expect(MEMBERSHIP_OCCASION.test('Councillors for this hearing')).toBe(true);
    expect(MEMBERSHIP_HEADING.test('Members of the public for this meeting are welcome')).toBe(false);
  });

  it('reads the three panel members once each, the hyphened name joined', () => {
    const members = extractPack(Buffer.from(text), 'brackenfold-taxi-panel.txt').meeting?.members ?? [];
    expect(members).toEqual([
      { name: 'Councillor Hettie Varnsworth', role: 'Chair' },
      { name: 'Councillor Piers Lomax-Tennant', role: null },
      { name: 'Councillor Gwyn Albery', role: null },
    ]);
  });
});

describe('a substitutes heading straight under a two-column membership grid gives its people that role (invented Marlowdene joint board)', () => {
  const text = [
    '  Marlowdene and Tessbury Joint Waste Board',
    '  Date:          Monday, 16 October 2028',
    '  Time:          10.30 am',
    '  Venue:         Board Room, Riverside Depot, Marlowdene',
    '',
    '  Membership',
    '  Cllr Odile Fenwright (Marlowdene Borough                  Cllr Bartholomew Kell (Tessbury Town',
    '  Council) (Chair)                                          Council)',
    '  Cllr Yusuf Hammerton (Tessbury Town Council)              Cllr Ingrid Pallister (Marlowdene Borough',
    '  Cllr Delphine Ocasek (Marlowdene Borough                  Council) (Vice-Chair)',
    '  Council)',
    '  Reserve Members',
    '  Cllr Arwel Stanhope (Marlowdene Borough Council)          Cllr Noreen Battersby (Tessbury Town',
    '                                                            Council)',
    '  Contact',
    '  Contact officer:   Lionel Fairweather, Clerk to the Board',
    '',
    '  AGENDA',
    '  1.   Apologies',
    '  2.   Declarations of Interest',
    '',
  ].join('\n');

  it('recognises substitutes and reserves headings, not other groups', () => {
    expect(['Substitutes', 'Reserve Members', 'Named Substitute Members', 'Reserves'].every((t) => MEMBER_SUBSTITUTES_HEADING.test(t))).toBe(true);
    expect(['Co-opted Members', 'Independent Members', 'Substitute arrangements'].some((t) => MEMBER_SUBSTITUTES_HEADING.test(t))).toBe(false);
  });

  it('reads five members once each and the two reserves with a reserve role, no council fragment or heading a member', () => {
    const members = extractPack(Buffer.from(text), 'marlowdene-waste-board.txt').meeting?.members ?? [];
    const full = members.filter((m) => m.role !== 'Reserve Member');
    expect(full.map((m) => m.name.replace(/ \(.*$/, '')).sort()).toEqual([
      'Cllr Bartholomew Kell',
      'Cllr Delphine Ocasek',
      'Cllr Ingrid Pallister',
      'Cllr Odile Fenwright',
      'Cllr Yusuf Hammerton',
    ]);
    expect(members.filter((m) => m.role === 'Reserve Member').map((m) => m.name)).toEqual([
      'Cllr Arwel Stanhope (Marlowdene Borough Council)',
      'Cllr Noreen Battersby (Tessbury Town Council)',
    ]);
    expect(members.find((m) => m.name.startsWith('Cllr Odile'))?.role).toBe('Chair');
    expect(members.some((m) => /^(?:council\)?|reserve members)$/i.test(m.name))).toBe(false);
  });
});

describe('holdout: a date the sentence above runs on into opens a line like a plain minute number (invented Fennwick minutes)', () => {
  const text = [
    'FENNWICK VALE DISTRICT COUNCIL',
    '',
    'Minutes of the Meeting of the Leisure and Amenities Committee held in the Assembly Room, Fennwick Town Hall, on Monday 9 July 2029 at 6.30 pm',
    '',
    'Present: Councillor R Ashdown (Chair), Councillor T Gorsby, Councillor W Pellow',
    '',
    '1.      Apologies',
    '',
    '        No apologies were received.',
    '',
    '2.      Minutes of Leisure and Amenities Committee Meeting held on 3 June 2029',
    '',
    '        Proposed by Councillor Gorsby, seconded by Councillor Pellow, it was',
    '',
    '        RESOLVED that the minutes of the Leisure and Amenities Committee meeting of',
    '        3 June 2029 be confirmed and signed by the Chair.',
    '',
    '3.      Allotment Rents',
    '',
    '        RESOLVED that allotment rents be frozen until',
    '        4 April 2030 and reviewed thereafter.',
    '',
    '4.      Date of Next Meeting',
    '',
    '        The next meeting will be held on Monday 10 September 2029.',
    '',
  ].join('\n');

  it('keeps the date in the resolution and the run of headings whole', () => {
    const items = extractPack(Buffer.from(text), 'fennwick-leisure.txt').minutes[0]?.items ?? [];
    expect(items.map((i) => i.minute)).toEqual(['1', '2', '3', '4']);
    expect(items[1]?.title).toBe('Minutes of Leisure and Amenities Committee Meeting held on 3 June 2029');
    expect(items[1]?.resolutions).toEqual(['the minutes of the Leisure and Amenities Committee meeting of 3 June 2029 be confirmed and signed by the Chair.']);
    expect(items[2]?.title).toBe('Allotment Rents');
    expect(items[2]?.resolutions).toEqual(['allotment rents be frozen until 4 April 2030 and reviewed thereafter.']);
  });

  it('reads a day and month after a line that has not ended its sentence as its wrap, and a heading after a blank line as a heading', () => {
    expect(WRAPPED_DATE_START.test('11 June 2029 be confirmed')).toBe(true);
    expect(WRAPPED_DATE_START.test('3rd Sept 2030 at noon')).toBe(true);
    expect(WRAPPED_DATE_START.test('4. Waste Collection')).toBe(false);
    expect(WRAPPED_DATE_START.test('12 Marketing Strategy')).toBe(false);
    expect(SENTENCE_RUNS_ON.test('RESOLVED that the minutes of the meeting of')).toBe(true);
    expect(SENTENCE_RUNS_ON.test('the report be noted.')).toBe(false);
    expect(SENTENCE_RUNS_ON.test('')).toBe(false);
  });
});

describe('short instructions under titles, a sub-item title wrapped at its own indent and one page-range grammar (invented Ottermere agenda)', () => {
  const laid = [
    '                         OTTERMERE TOWN COUNCIL',
    '',
    '   Notice is hereby given of a meeting of the Resources Committee to be held at the Guild Room,',
    '   Ottermere on Thursday 11 April 2030 at 7.30 pm.',
    '',
    '                                   AGENDA',
    '',
    '   1.     Apologies',
    '          To record absences.',
    '',
    '   2.     Minutes',
    '          To sign them.',
    '',
    '   3.     Internal Auditor',
    '          To ratify the appointment.',
    '',
    '   4.     Budget Matters',
    '          (a) Revenue Budget 2030/31 and Medium Term Financial Plan',
    '          2030/31 to 2033/34',
    '          (b) Reserves Policy',
    '          Report of the Town Treasurer.',
    '',
    '   5.     Any Other Business',
    '',
    '                                   Page 1',
    '\f',
  ].join('\n');
  const agenda = extractPack(Buffer.from(laid), 'ottermere-resources-agenda.txt').meeting?.agenda ?? [];
  const plain = extractPack(Buffer.from(laid.replace(/^ +/gm, '').replace('\f', '')), 'ottermere-resources-plain.txt').meeting?.agenda ?? [];

  it('reads an instruction of four words or fewer under a title as the item’s note', () => {
    expect(agenda.slice(0, 3).map((a) => [a.title, a.note])).toEqual([
      ['Apologies', 'To record absences.'],
      ['Minutes', 'To sign them.'],
      ['Internal Auditor', 'To ratify the appointment.'],
    ]);
  });

  it('keeps a sub-item’s title wrapped back to its own indent as one title, a sentence under the next its note', () => {
    for (const items of [agenda, plain]) {
      const subs = items.filter((a) => /^[ab]\)$/.test(a.number));
      expect(subs.map((a) => a.title)).toEqual(['Revenue Budget 2030/31 and Medium Term Financial Plan 2030/31 to 2033/34', 'Reserves Policy']);
      expect(subs[0]?.note).toBeNull();
      expect(items.map((a) => a.number)).toContain('5');
    }
    expect(agenda.find((a) => a.number === 'b)')?.note).toBe('Report of the Town Treasurer.');
  });

  it('matches the rules as data: the business verbs, and each page-range pattern read from one grammar', async () => {
    const { AGENDA_INSTRUCTION, PAGE_RANGE, PAGE_CELL, LEADER_PAGES } = await import('./layouts.ts');
    for (const line of ['To record apologies received.', 'To note the minutes.', 'To formally sign the minutes.', 'To co-opt a member.', 'To accept apologies.'])
      expect(AGENDA_INSTRUCTION.test(line)).toBe(true);
    expect(AGENDA_INSTRUCTION.test('to the Local Plan review')).toBe(false);
    expect(PAGE_RANGE.exec('Fees and Charges (pp. 9 – 14) Report')?.slice(1, 3)).toEqual(['9', '14']);
    expect(PAGE_RANGE.test('Pages 9 - 14')).toBe(false);
    expect(PAGE_CELL.exec('Pages 12-30')?.slice(1, 3)).toEqual(['12', '30']);
    expect(PAGE_CELL.test('(Pages 12-30)')).toBe(false);
    expect(LEADER_PAGES.exec('7')?.slice(1, 3)).toEqual(['7', undefined]);
    expect(LEADER_PAGES.test('Pages 7')).toBe(false);
  });
});

describe('a planning schedule of decisions laid out as a wide table: reference, site and proposal, labelled facts, decision (invented Marlcombe record)', () => {
  const widths = [8, 21, 40, 14, 22, 40];
  const row = (...cells: string[]): string => `  ${cells.map((c, k) => (k < cells.length - 1 ? c.padEnd(widths[k] as number) : c)).join('')}`.trimEnd();
  const header = [
    row('No.', 'Application number', 'Location and proposal', 'Parish', 'Recommendation', 'Decision', 'Voting'),
    row('', '', '', '', '', '', '(For/Against/'),
    row('', '', '', '', '', '', 'Abstain)'),
    '',
  ];
  const pages = [
    [
      ' MARLCOMBE BOROUGH COUNCIL',
      ' DEVELOPMENT MANAGEMENT COMMITTEE – RECORD OF DECISIONS',
      '',
      '    Date of meeting:     Tuesday 3 October 2028 at 7.00 pm',
      '    Venue:               Guildhall, Market Square, Marlcombe',
      '',
      ...header,
      row('14', 'MB/28/0411', 'Old Tannery, Weir Lane, Stowford', 'Stowford', 'Grant subject to', 'Refused. Reasons: (1) loss of the', '4/3/0'),
      row('', '', 'Demolition of the tannery sheds and', '', 'conditions', 'riverside footpath, contrary to'),
      row('', '', 'erection of nine townhouses', '', '', 'Policy ENV2; (2) flood risk not'),
      row('', '', '', '', '', 'addressed, contrary to Policy ENV5.'),
      '',
      row('15', 'MB/28/0523', 'Kiln Cottage, Pottery Row, Aldwick', 'Aldwick', 'Grant subject to', 'Granted subject to conditions and an', '7/0/0'),
      row('', '', 'Single-storey garden room to the', '', 'conditions', 'additional hours of working condition'),
      row('', '', 'rear'),
    ],
    [
      ...header,
      row('17', 'MB/28/0602', 'Land east of Mardle Road, Aldwick', 'Aldwick', 'Refuse', 'Deferred for a further report on the', '6 / 1 / 0'),
      row('', '', 'Outline application for up to sixty', '', '', 'school places contribution'),
      row('', '', 'homes with access from Mardle Road'),
    ],
  ];
  const text = `${pages.map((p) => p.join('\n')).join('\n\f')}\n`;

  it('reads one minute a row: the application number heading its title, the decision resolved, the facts in its text', () => {
    const m = extractPack(Buffer.from(text), 'marlcombe-dm-decisions.txt').minutes[0];
    const items = m?.items ?? [];
    expect(items.map((i) => i.minute)).toEqual(['14', '15', '17']);
    expect(items[0]?.title).toBe('MB/28/0411 Old Tannery, Weir Lane, Stowford Demolition of the tannery sheds and erection of nine townhouses');
    expect(items[0]?.resolutions).toEqual([
      'Refused. Reasons: (1) loss of the riverside footpath, contrary to Policy ENV2; (2) flood risk not addressed, contrary to Policy ENV5.',
    ]);
    expect(items[0]?.text).toContain('Recommendation: Grant subject to conditions');
    expect(items[1]?.resolutions).toEqual(['Granted subject to conditions and an additional hours of working condition']);
    expect(items[1]?.title).toContain('garden room to the rear');
    expect(items[2]?.resolutions).toEqual(['Deferred for a further report on the school places contribution']);
    expect(items[2]?.text).toContain('Voting (For/Against/ Abstain): 6 / 1 / 0');
    expect(items.flatMap((i) => i.resolutions).some((r) => /^grant subject|^refuse$|abstain/i.test(r))).toBe(false);
  });

  it('names each column of such a schedule by PLANNING_SCHEDULE_COLUMNS', async () => {
    const { PLANNING_SCHEDULE_COLUMNS } = await import('./layouts.ts');
    const role = (c: string): string | undefined => PLANNING_SCHEDULE_COLUMNS.find((x) => x.pattern.test(c))?.column;
    expect(['Application no.', 'Planning ref', 'Case number'].map(role)).toEqual(['reference', 'reference', 'reference']);
    expect(['Site address / Proposal', 'Location and proposal', 'Proposal'].map(role)).toEqual(['title', 'title', 'title']);
    expect(['Ward', 'Officer recommendation', 'Vote (For/Against/Abstain)', 'Parish'].map(role)).toEqual(['field', 'field', 'field', 'field']);
    expect(role('Committee decision')).toBe('text');
    expect(role('Minutes')).toBeUndefined();
  });
});

describe('a label table with a name cell wrapped after the forename and a first post cell set short (NAME_CELL_WRAPPED_AFTER_FORENAME, BESIDE_COLUMN_ROWS_AGREE)', () => {
  const pad = (label: string, name: string, post: string, at = 70): string => `${` ${label}`.padEnd(30)}${name.padEnd(at - 30)}${post}`.trimEnd();
  const text = [
    ' Thornmere District Council',
    '',
    '                              EXECUTIVE',
    '   Minutes of a meeting of the Executive held at the Civic Offices, Mill Street, Thornmere,',
    '                     on Wednesday, 6 March 2030 at 6.30 pm',
    '',
    pad('Present:', 'Cllr Petra Quenby', 'Leader of the Council (in the Chair)'),
    pad('', 'Cllr Morwenna', 'Portfolio Holder for Planning and'),
    pad('', 'FitzAlan-Pike', 'Economic Growth'),
    pad('', 'Cllr Tobias Wrenfield', 'Portfolio Holder for Waste &'),
    pad('', '', 'Recycling'),
    pad('', 'Cllr Imogen Sallis', 'Portfolio Holder for Leisure'),
    pad('In attendance:', 'Noor Haddley', 'Managing Director', 52),
    pad('', 'Ruben Castellane', 'Director of Corporate Services (Chief'),
    pad('', '', 'Finance Officer)'),
    pad('', 'Jessamy Crane', 'Committee Officer'),
    '',
    ' 101.     APOLOGIES',
    '',
    '          There were no apologies.',
    '',
    ' 102.     LEISURE CENTRE CONTRACT',
    '',
    '          RESOLVED that the contract be extended to March 2032.',
    '',
  ].join('\n');

  it('joins the wrapped name and keeps each officer with their post, the rows read in the column the rows below share', () => {
    const m = extractPack(Buffer.from(text), 'thornmere-executive.txt').minutes[0];
    expect(m?.present).toEqual(['Cllr Petra Quenby', 'Cllr Morwenna FitzAlan-Pike', 'Cllr Tobias Wrenfield', 'Cllr Imogen Sallis']);
    expect(m?.inAttendance).toEqual([
      'Noor Haddley, Managing Director',
      'Ruben Castellane, Director of Corporate Services (Chief Finance Officer)',
      'Jessamy Crane, Committee Officer',
    ]);
  });

  it('tells a forename-only name cell and a lone surname by NAME_CELL_WRAPPED_AFTER_FORENAME', async () => {
    const { NAME_CELL_WRAPPED_AFTER_FORENAME: w, BESIDE_COLUMN_ROWS_AGREE } = await import('./layouts.ts');
    expect(['Cllr Morwenna', 'Councillor Osric', 'Dr Ama'].every((t) => w.head.test(t))).toBe(true);
    expect(['Cllr M Pike', 'Cllr Morwenna Pike', 'Leisure'].some((t) => w.head.test(t))).toBe(false);
    expect(['FitzAlan-Pike', 'Quenby', "O'Rourke", 'McAllister'].every((t) => w.tail.test(t))).toBe(true);
    expect(['Cllr Quenby', 'Finance Officer)', 'de Vere'].some((t) => w.tail.test(t))).toBe(false);
    expect(BESIDE_COLUMN_ROWS_AGREE).toBeGreaterThanOrEqual(2);
  });
});

describe('a summons pointing back at "the Committee" its addressee names in full (invented Wexmoor agenda)', () => {
  const text = [
    '                                                              Wexmoor Parish Council – Agenda',
    '',
    '  WEXMOOR PARISH COUNCIL                                              The Parish Rooms, Church Lane',
    '',
    '  To: Members of the Finance and General Purposes Committee',
    '  (copies to all other Councillors for information)',
    '  You are summoned to attend a meeting of the Committee to be held at the Parish Rooms, Church Lane, Wexmoor on Thursday 14',
    '  October 2027 at 7.30 pm to transact the business below.',
    '',
    '  G. Ferrand',
    '  Gillian Ferrand',
    '  Parish Clerk',
    '  Dated: 7 October 2027',
    '',
    '  Membership of the Committee',
    '  Councillor Amos Treharne (Chair)                      Councillor Bethan Lusk',
    '  Councillor Crispin Odaro (Vice-Chair)                 Councillor Delia Swainson',
    '  Councillor Ewan Mallory                               Councillor Farah Quint',
    '',
    '                                            AGENDA',
    '  1.        APOLOGIES',
    '            To receive apologies for absence.',
    '',
    '  2.        DECLARATIONS OF INTEREST',
    '            To receive any declarations of interest.',
    '',
    '  3.        BUDGET MONITORING',
    '            To note the budget position at the end of September.',
    '',
  ].join('\n');

  it('names the body in full from the addressee, not the bare "Committee" of the sentence', () => {
    const m = extractPack(Buffer.from(text), 'wexmoor-fgp.txt').meeting;
    expect(m?.body).toBe('Finance and General Purposes Committee');
    expect(m?.date).toBe('2027-10-14');
    expect(m?.time).toBe('19:30');
  });

  it('reads BODY_BACK_REFERENCE and SUMMONED_BODY_NAME as data', async () => {
    const { BODY_BACK_REFERENCE, SUMMONED_BODY_NAME } = await import('./layouts.ts');
    expect(['Committee', 'Sub-Committee', 'Panel'].every((t) => BODY_BACK_REFERENCE.test(t))).toBe(true);
    expect(BODY_BACK_REFERENCE.test('Licensing Committee')).toBe(false);
    expect([...'To: the Members of the Audit and Standards Panel'.matchAll(SUMMONED_BODY_NAME)].map((x) => x[1])).toEqual(['Audit and Standards Panel']);
  });
});

describe('a note copying the summons to other members under its addressee is no member (invented Wexmoor agenda)', () => {
  const text = [
    '  WEXMOOR PARISH COUNCIL',
    '',
    '  To: Members of the Amenities Committee',
    '  (copies for information to all other Members of the Parish Council)',
    '  You are summoned to attend a meeting of the Amenities Committee to be held at the Parish Rooms, Wexmoor on',
    '  Monday 11 October 2027 at 7.00 pm.',
    '',
    '  Gillian Ferrand',
    '  Parish Clerk',
    '',
    '  Membership of the Committee',
    '  Councillor Amos Treharne (Chair)                      Councillor Bethan Lusk',
    '  Councillor Crispin Odaro                              Councillor Delia Swainson',
    '',
    '                                            AGENDA',
    '  1.        APOLOGIES',
    '            To receive apologies for absence.',
    '',
    '  2.        PLAY AREA INSPECTION',
    '            To receive the quarterly inspection report.',
    '',
  ].join('\n');

  it('reads the membership grid further on, one member a cell, and not the copy note', () => {
    const members = extractPack(Buffer.from(text), 'wexmoor-amenities.txt').meeting?.members ?? [];
    expect(members.map((x) => x.name).sort()).toEqual(['Councillor Amos Treharne', 'Councillor Bethan Lusk', 'Councillor Crispin Odaro', 'Councillor Delia Swainson']);
    expect(members.find((x) => x.name.includes('Treharne'))?.role).toBe('Chair');
    expect(members.some((x) => /copies|parish council/i.test(x.name))).toBe(false);
  });

  it('reads MEMBERS_COPY_NOTE as data', async () => {
    const { MEMBERS_COPY_NOTE } = await import('./layouts.ts');
    expect(['(copy for information to all other Members of the Council)', 'Copies to: substitute members', 'cc: all Councillors'].every((t) => MEMBERS_COPY_NOTE.test(t))).toBe(
      true,
    );
    expect(MEMBERS_COPY_NOTE.test('Councillor Copley (Chair)')).toBe(false);
  });
});

describe('COLON_LABEL_LEAD: a label with its colon after a bracketed post starts its group, never wraps the post above', () => {
  const pad = (label: string, value: string): string => `   ${label.padEnd(33)}${value}`.trimEnd();
  const text = [
    '                               HOLLOWMERE DISTRICT COUNCIL',
    '                                  STANDARDS PANEL',
    '  MINUTES of a meeting of the Standards Panel held in the Beech Room, Civic Offices, Hollowmere',
    '  on Thursday 4 July 2030 at 2.30 pm.',
    '',
    pad('Present:', 'Cllr Imogen Strand (Chair)'),
    pad('', 'Cllr Barnaby Quill'),
    pad('', 'Cllr Yusuf Orme'),
    pad('Co-opted Members:', 'Dr Celia Winthrop (Independent Person – Parish Liaison)'),
    pad('', 'Mr Rupert Hay (Independent Person – Audit)'),
    pad('Apologies for absence:', 'Cllr Tamsin Brack and Revd Colin Ede (Parent Governor Representative –'),
    pad('', 'diocesan schools)'),
    pad('Officers:', 'Ms Hattie Lund – Monitoring Officer'),
    '',
    '  7                  MINUTES',
    '                     RESOLVED – That the minutes of the last meeting be confirmed.',
    '',
    '  The meeting closed at 3.15 pm.',
    '',
  ].join('\n');

  it('reads the apologies beside their label, and leaves the bracketed post above as it is', () => {
    const m = extractPack(Buffer.from(text), 'hollowmere-standards.txt').minutes[0];
    expect(m?.present.some((p) => p.includes('Rupert Hay') && !/apolog|brack/i.test(p))).toBe(true);
    expect(m?.present.some((p) => /brack|\bede\b/i.test(p))).toBe(false);
    expect(m?.apologies.some((a) => a.includes('Tamsin Brack'))).toBe(true);
    expect(m?.apologies.some((a) => a.includes('Colin Ede') && !a.includes('Brack'))).toBe(true);
  });

  it('matches a label printed with its colon, not a wrapped post', async () => {
    const { COLON_LABEL_LEAD } = await import('./layouts.ts');
    expect(COLON_LABEL_LEAD.exec('Apologies: Cllr A Bell and Mr C Dunn (Lay Member)')?.[1]).toBe('Apologies');
    expect(COLON_LABEL_LEAD.exec('Officers in attendance:')?.[1]).toBe('Officers in attendance');
    expect(COLON_LABEL_LEAD.test('Officer')).toBe(false);
    expect(COLON_LABEL_LEAD.test('Democratic Services Officer')).toBe(false);
  });
});

describe('decision notices one after another, each titled over its "Decision taker:" label (DECISION_NOTICE_OPENING_LABEL, CALL_IN_DEADLINE_SENTENCE)', () => {
  const label = (l: string, v: string): string => `   ${l.padEnd(36)}${v}`;
  const cont = (v: string): string => `   ${''.padEnd(36)}${v}`;
  const pages = [
    [
      'Wendlebury District Council                                          Executive decision notices',
      '',
      ' Decision Notices',
      ' Executive – Wednesday, 4th September, 2030',
      '   These decisions were taken by the Executive. The call-in period ends at 12.00 noon on Friday 13 September',
      '   2030.',
      '',
      ' Fees and Charges Review 2031',
      label('Decision taker:', 'Executive'),
      label('Date of decision:', '04/09/2030'),
      label('Purpose:', 'To set fees and charges for garden waste and parking'),
      cont('for the coming year.'),
      label('Decision:', '1. That the garden waste charge be set at £58 per bin from'),
      cont('   1 April 2031.'),
      cont('2. That the parking tariffs at Appendix C be agreed.'),
      label('Reasons for the decision:', 'To recover the cost of the services.'),
      label('Interests declared:', 'None'),
      label('Publication date:', '06/09/2030'),
      '',
      'committee.team@wendlebury.example.gov.uk                                               Page 1 of 2',
    ],
    [
      'Wendlebury District Council                                          Executive decision notices',
      '',
      ' Community Grants Round Two',
      label('Decision taker:', 'Executive'),
      label('Date of decision:', '04/09/2030'),
      label('Decision:', '1. That grants totalling £41,500 be awarded as set out at Appendix A.'),
      cont('2. That the scheme be reviewed after its third round.'),
      label('Reasons for the decision:', 'To support local voluntary groups.'),
      label('Interests declared:', 'None'),
      '',
      'committee.team@wendlebury.example.gov.uk                                               Page 2 of 2',
    ],
  ];
  const text = `${pages.map((p) => p.join('\n')).join('\n\f')}\n`;

  it('reads one set of minutes, a minute a notice titled as printed, its numbered parts the resolutions, no time from the call-in deadline', () => {
    const all = extractPack(Buffer.from(text), 'wendlebury-executive-notices.txt').minutes;
    expect(all).toHaveLength(1);
    const m = all[0];
    expect(m?.date).toBe('2030-09-04');
    expect(m?.time ?? null).toBeNull();
    const items = m?.items ?? [];
    expect(items.map((i) => i.title)).toEqual(['Fees and Charges Review 2031', 'Community Grants Round Two']);
    expect(items.map((i) => i.minute ?? '')).toEqual(['', '']);
    expect(items[0]?.resolutions).toEqual(['That the garden waste charge be set at £58 per bin from 1 April 2031.', 'That the parking tariffs at Appendix C be agreed.']);
    expect(items[1]?.resolutions).toEqual(['That grants totalling £41,500 be awarded as set out at Appendix A.', 'That the scheme be reviewed after its third round.']);
  });

  it('tells the opening label and the call-in deadline sentence by pattern', async () => {
    const { DECISION_NOTICE_OPENING_LABEL, CALL_IN_DEADLINE_SENTENCE } = await import('./layouts.ts');
    expect(['Decision maker: Cabinet', 'Decision-taker: Leader', 'Decision made by: Executive'].every((t) => DECISION_NOTICE_OPENING_LABEL.test(t))).toBe(true);
    expect(DECISION_NOTICE_OPENING_LABEL.test('Decision: approved')).toBe(false);
    expect(CALL_IN_DEADLINE_SENTENCE.test('The deadline for call-in is 5.00 pm on Monday 2 June 2031.')).toBe(true);
    expect(CALL_IN_DEADLINE_SENTENCE.test('The meeting started at 5.00 pm.')).toBe(false);
  });
});

// An invented district's Executive agenda pack: an agenda table with a Key Decision column and a report cover whose
// Portfolio Holder cell repeats the post and whose Key decision answer names a reference with a space in it.
const TALLOWBRIDGE_PACK = `${[
  'Tallowbridge District Council',
  'Executive',
  ' Date:                            Thursday 9 March 2034',
  ' Time:                            6.30 pm',
  ' Venue:                           The Guildhall, Tallowbridge',
  '',
  'AGENDA',
  ' Item      Subject                                                         Key             Pages',
  '                                                                           Decision',
  ' 1.        Apologies for Absence',
  ' 2.        Update from the Community Safety Partnership',
  '           Paper to be tabled.',
  ' 3.        Allotment Rents Review 2034–2037                                  Yes             3-4',
  '                                                                           ED 2034/012',
  '',
  '\f                                                                                              Agenda Item 3',
  '',
  'Tallowbridge District Council',
  ' Report to:                             Executive',
  ' Date:                                  9 March 2034',
  ' Title:                                 Allotment Rents Review 2034–2037',
  ' Report of:                             Jonah Pellew, Director of Communities',
  ' Portfolio Holder:                      Cllr Morwenna Stace, Portfolio Holder for Parks, Open Spaces &',
  '                                        Allotments',
  ' Report author:                         Ruth Kemble, Allotments Officer',
  '                                        01632 970114 ruth.kemble@tallowbridge.example.gov.uk',
  ' Key decision:                          Yes – reference ED 2034/012',
  ' Wards affected:                        All',
  '',
  'Recommendation(s)',
  'The Executive is recommended to:',
  ' 1.       Approve the allotment rents set out in Table 1 from 1 October 2034.',
  '',
  'Reason(s) for recommendation(s)',
  'The current rents were set in 2029 and no longer cover the cost of water supply.',
].join('\n')}\n`;

describe('held out: "Paper to be tabled." on its own line under an agenda title is its note (Tallowbridge District Council)', () => {
  it('keeps the note out of the title', () => {
    const agenda = extractPack(Buffer.from(TALLOWBRIDGE_PACK), 'tallowbridge-executive-2034-03-09.txt').meeting?.agenda ?? [];
    expect(agenda.find((a) => a.number === '2')?.title).toBe('Update from the Community Safety Partnership');
  });

  it('tells a paper line by pattern', async () => {
    const { AGENDA_PAPER_LINE } = await import('./layouts.ts');
    expect(['Report to follow.', 'Papers to be tabled', '(Verbal update)'].every((t) => AGENDA_PAPER_LINE.test(t))).toBe(true);
    expect(AGENDA_PAPER_LINE.test('Report to follow on the Annual Accounts')).toBe(false);
  });
});

describe('held out: "Key decision: Yes – reference ED 2034/012" gives the forward plan reference, not a kind (Tallowbridge District Council)', () => {
  it('reads the spaced reference and invents no kind or forward plan row', () => {
    const d = extractPack(Buffer.from(TALLOWBRIDGE_PACK), 'tallowbridge-executive-2034-03-09.txt');
    const r = d.reports[0];
    expect(r?.forwardPlanRef).toBe('ED 2034/012');
    expect(r?.kind ?? null).toBeNull();
    expect(d.forwardPlan).toEqual([]);
  });
});

describe('held out: a Portfolio Holder cell repeating the post after the name gives the member alone (Tallowbridge District Council)', () => {
  it('keeps the member without "Portfolio Holder for …"', () => {
    const r = extractPack(Buffer.from(TALLOWBRIDGE_PACK), 'tallowbridge-executive-2034-03-09.txt').reports[0];
    expect(r?.cabinetMembers).toEqual(['Cllr Morwenna Stace']);
  });

  it('tells the post by pattern', async () => {
    const { PORTFOLIO_HOLDER_POST } = await import('./layouts.ts');
    expect('Councillor A Bell, Portfolio Holder for Housing'.replace(PORTFOLIO_HOLDER_POST, '$1')).toBe('Councillor A Bell');
    expect(PORTFOLIO_HOLDER_POST.test('Councillor A Bell, Cabinet Member for Housing')).toBe(false);
    expect(PORTFOLIO_HOLDER_POST.test('Cllr A Bell')).toBe(false);
  });
});

describe('a committee website minutes page: title, link list and help line over the record (MEETING_PAGE_LINK, MEETING_PAGE_SUBTITLE)', () => {
  const html = `<!DOCTYPE html><html><head><title>Minutes - Brackenmoor</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/bins">Waste collections</a></li></ul></nav>
<div id="content">
<h1>Minutes</h1>
<h2>Planning and Highways Committee – Thursday, 14th November, 2030, 6.30 pm</h2>
<ul>
<li><a href="docs">Agenda and reports</a></li>
<li><a href="dec">Decisions</a></li>
<li><a href="cast">View the webcast</a></li>
<li><a href="prev">Minutes of previous meeting: 10th October, 2030</a></li>
</ul>
<p>Please note: these minutes are draft until approved at the next meeting.</p>
<h2>Minutes of the meeting</h2>
<p>Date: Thursday, 14th November, 2030 at 6.30 pm</p>
<p>Venue: Committee Room 3, Brackenmoor Town Hall</p>
<h2>Attendance</h2>
<table>
<tr><td>Present:</td><td><p>Councillor Ottilie Varga (Chair); Councillors Rufus Penhallow, Greta Amundsen and Idris Mostyn</p></td></tr>
<tr><td>Apologies:</td><td><p>Councillor Selma Ortolan</p></td></tr>
</table>
<h2>Items</h2>
<table>
<tr><th>No.</th><th>Item</th></tr>
<tr><td>21.</td><td><p>Declarations of Interest</p><div>Minutes:</div><p>None were declared.</p></td></tr>
<tr><td>22.</td><td><p><a href="r1">Land off Quarry Lane, Brackenmoor</a> <span>PDF 420 KB</span></p><div>Minutes:</div>
<p>The planning officer presented the report.</p>
<p><b>RESOLVED:</b> That planning permission be granted subject to the conditions in the report.</p></td></tr>
</table>
<p>The meeting ended at 8.05 pm.</p>
</div>
<aside><p>Next meeting: <a href="n">Thursday, 12th December, 2030 6.30 pm</a></p></aside>
</body></html>
`;

  it('reads one set of minutes named by the subtitle, the links not its body, titles without the file size', () => {
    const all = extractPack(Buffer.from(html), 'brackenmoor-planning-minutes.html').minutes;
    expect(all).toHaveLength(1);
    const m = all[0];
    expect(m?.body).toBe('Planning and Highways Committee');
    expect(m?.date).toBe('2030-11-14');
    expect(m?.time).toBe('18:30');
    expect(m?.endedAt).toBe('20:05');
    expect(m?.apologies).toHaveLength(1);
    expect(m?.present).toHaveLength(4);
    expect(m?.items.map((i) => i.title)).toEqual(['Declarations of Interest', 'Land off Quarry Lane, Brackenmoor']);
    expect(m?.items[1]?.resolutions).toEqual(['That planning permission be granted subject to the conditions in the report.']);
  });

  it('tells the page links and the subtitle by pattern', async () => {
    const { MEETING_PAGE_LINK, MEETING_PAGE_SUBTITLE } = await import('./layouts.ts');
    expect(['- Agenda, reports and minutes', '- Webcast', '- Decisions', '- Minutes of previous meeting: 3rd April, 2031'].every((t) => MEETING_PAGE_LINK.test(t))).toBe(true);
    expect(['Minutes of the meeting', 'Minutes', 'Attendance'].some((t) => MEETING_PAGE_LINK.test(t))).toBe(false);
    expect(MEETING_PAGE_SUBTITLE.exec('Cabinet - Tuesday, 3rd June, 2031 10.00 am')?.[1]).toBe('Cabinet');
    expect(MEETING_PAGE_SUBTITLE.test('Cabinet - Tuesday, 3rd June, 2031')).toBe(false);
  });
});

describe('a count of the public wrapped onto the next line of an inline attendance list', () => {
  const text = [
    '                 WESTERLEA VILLAGE FORUM',
    '      Notes of the Forum Meeting held on Thursday 9 May 2030 at 7.30pm',
    '                in the Westerlea Scout Hut, Quarry Road',
    '',
    'Present:            Tamsin Orchard (Convener), Bryn Locke, Jude Farrant and Noel Prewett',
    'In attendance:      Ottilie Crane (Minutes Secretary); Cllr Rhys Wanstead (Ward councillor); PCSO',
    '                    Dana Hurst (Rural Policing Team), Ffion Gale (Highways Liaison); 11',
    '                    members of the public',
    'Apologies:          Hugo Tremlett',
    '',
    '1. Welcome',
    'The Convener welcomed those present.',
    '',
    '2. Notes of the Last Meeting',
    'The notes of the meeting held on 11 April 2030 were agreed.',
    '',
  ].join('\n');

  it('reads the count with what it counts, no "11" entry and no new group from "members of the public"', () => {
    const m = extractPack(Buffer.from(text), 'westerlea-forum-notes.txt').minutes[0];
    const i = (m?.inAttendance ?? []).filter((x) => !/members of the public/i.test(x));
    expect(i.map((x) => x.replace(/\s*\(.*$/, ''))).toEqual(['Ottilie Crane', 'Cllr Rhys Wanstead', 'PCSO Dana Hurst', 'Ffion Gale']);
    expect(m?.apologies).toEqual(['Hugo Tremlett']);
    expect(m?.otherAttendance ?? []).toEqual([]);
  });

  it('tells a count left at a line end by pattern', async () => {
    const { COUNT_WRAPPED_AT_END } = await import('./layouts.ts');
    expect(['A Bell (Clerk); 6', 'C Dunn, and about 14', 'E Fox and two'].every((t) => COUNT_WRAPPED_AT_END.test(t))).toBe(true);
    expect(['Cllr A Bell (Ward 7', 'Minute 7', 'E Fox (Clerk)'].some((t) => COUNT_WRAPPED_AT_END.test(t))).toBe(false);
  });
});

describe('a substitute named in the Present list and again on a "Substitutes:" line', () => {
  const text = [
    '                          MARSHWICK BOROUGH COUNCIL',
    '                          ENVIRONMENT SCRUTINY PANEL',
    '  Minutes of the meeting of the Environment Scrutiny Panel held in Committee Room 2,',
    '       Marshwick Civic Centre, on Wednesday 17 July 2030 at 7.00 pm',
    '',
    ' Present:                  Councillor Idris Vantongeren (Chair)',
    '                           Councillors Beatrix Holloway, Caspar Nwosu-',
    '                           Lamb, Dilys Okonedo and Ferdinand Quayle',
    ' Apologies:                Councillor Gethin Rastrick',
    ' Substitutes:              Councillor Ferdinand Quayle deputised for Councillor Gethin Rastrick',
    ' Officers present:         Rowena Sallis (Scrutiny Officer)',
    '',
    ' ES10            MINUTES',
    '',
    '                 RESOLVED that the minutes of the meeting held on 5 June 2030 be confirmed.',
    '',
    ' ES11            FLOOD RISK UPDATE',
    '',
    '                 The Panel noted the update.',
    '',
  ].join('\n');

  it('lists the substitute once among the members present, and not the member they stood in for', () => {
    const m = extractPack(Buffer.from(text), 'marshwick-scrutiny-minutes.txt').minutes[0];
    const p = m?.present ?? [];
    expect(p).toHaveLength(5);
    expect(p.filter((x) => /Quayle/.test(x))).toHaveLength(1);
    expect(p.some((x) => /Rastrick|deputised/.test(x))).toBe(false);
    expect(p.some((x) => /Nwosu-Lamb/.test(x))).toBe(true);
  });
});

describe('questions to members with "From:" / "To:" lines and their answers, inside minutes', () => {
  const text = [
    '                          QUILLSTEAD DISTRICT COUNCIL',
    '  Minutes of the meeting of the Council held at the Guildhall, Quillstead, on Thursday 6 March 2031 at 6.30 pm',
    '',
    '  Present: Councillors Orla Fenwick-Stroud (Chair), Piers Almondbury and Tamsin Ogunleye.',
    '',
    "  17.    CHAIR'S ANNOUNCEMENTS",
    '         The Chair thanked the volunteers at the spring litter pick.',
    '',
    "  18.    MEMBERS' QUESTIONS",
    '         Question A',
    '         From:            Councillor Piers Almondbury',
    '         To:              Councillor Tamsin Ogunleye, Portfolio Holder for Leisure',
    '         "When will the swimming pool at Rookmoor reopen, and what has the',
    '         repair of the roof cost so far?"',
    '         Reply: Councillor Ogunleye said the pool would reopen in May. The',
    '         roof repair had cost £212,000 against a budget of £250,000, and the',
    '         contractor had agreed to meet any further cost of the delay.',
    '         Supplementary: Councillor Almondbury asked whether season tickets',
    '         would be extended. Councillor Ogunleye confirmed that they would be.',
    '',
    '         Question B',
    '         From:            Councillor Tamsin Ogunleye',
    '         To:              Councillor Orla Fenwick-Stroud, Leader',
    '         "Will the Leader meet the bus operators?"',
    '         Oral response: The Leader agreed to do so before the summer.',
    '',
    '  19.    TREASURY MANAGEMENT STRATEGY',
    '         RESOLVED that the Treasury Management Strategy 2031/32 be approved.',
    '',
    '  The meeting closed at 8.05 pm.',
  ].join('\n');

  it('reads the questions as part of their minute, not as reports, and the numbering runs on', () => {
    const r = extractPack(Buffer.from(text), 'quillstead-council-minutes.txt');
    expect(r.reports).toEqual([]);
    expect(r.minutes).toHaveLength(1);
    expect((r.minutes[0]?.items ?? []).map((i) => i.minute)).toEqual(['17', '18', '19']);
    expect(r.minutes[0]?.items[2]?.resolutions).toEqual(['the Treasury Management Strategy 2031/32 be approved.']);
  });

  it("tells an answer's label by pattern", async () => {
    const { QUESTION_ANSWER_LABEL } = await import('./layouts.ts');
    expect(
      ['Written answer: None.', 'Supplementary question: Cllr A asked…', 'Reply: Yes.', 'Oral response: No.', 'Supplementary: none'].every((t) => QUESTION_ANSWER_LABEL.test(t)),
    ).toBe(true);
    expect(['Consultation response: 12 replies', 'Answers were circulated.', 'Report author: A Bell'].some((t) => QUESTION_ANSWER_LABEL.test(t))).toBe(false);
  });
});

describe('planning applications as decimal sub-items, reference, site and proposal parted by dashes and wrapped', () => {
  const text = [
    '                               FENWICK MARSH PARISH COUNCIL',
    '',
    ' You are summoned to a meeting of Fenwick Marsh Parish Council on Thursday 9th March 2028 at 7.15pm',
    ' in the Reading Room, Fenwick Marsh.',
    '',
    '                                          AGENDA',
    '  1.        Apologies',
    '            To receive apologies for absence.',
    '  2.        Planning matters',
    '            To comment on the following applications made to Sallowby District Council:',
    '                    2.1      28/00871/FUL – 3 Orchard Rise, Fenwick Marsh FM2 7XY – two storey side',
    '                             extension with new vehicular access to the lane',
    '                    2.2      DC/28/0093/HH – Hollins Barn, Sedge Drove, Fenwick Marsh –',
    '                             conversion of redundant barn to holiday let accommodation',
    '  3.        Accounts',
    '            To approve the schedule of accounts for payment.',
    '',
  ].join('\n');

  it('keeps the reference, the site and the wrapped proposal together as the title, no note', () => {
    const agenda = extractPack(Buffer.from(text), 'fenwick-marsh-agenda.txt').meeting?.agenda ?? [];
    const a = agenda.find((x) => x.number === '2.1');
    const b = agenda.find((x) => x.number === '2.2');
    expect(a?.title).toBe('28/00871/FUL – 3 Orchard Rise, Fenwick Marsh FM2 7XY – two storey side extension with new vehicular access to the lane');
    expect(a?.note ?? null).toBeNull();
    expect(b?.title).toBe('DC/28/0093/HH – Hollins Barn, Sedge Drove, Fenwick Marsh – conversion of redundant barn to holiday let accommodation');
    expect(b?.note ?? null).toBeNull();
  });

  it('tells an application reference by pattern', async () => {
    const { PLANNING_APPLICATION_REFERENCE } = await import('./layouts.ts');
    expect(['28/00871/FUL – 3 Orchard Rise', 'DC/28/0093/HH – Barn', 'P/27/0412/HH x'].every((t) => PLANNING_APPLICATION_REFERENCE.test(t))).toBe(true);
    expect(['Planning – applications', 'Minutes of 3/4/28', 'To note decisions', 'N/A – none'].some((t) => PLANNING_APPLICATION_REFERENCE.test(t))).toBe(false);
  });
});

describe('a web page\'s bulleted attendee with a post or a body holding "and" after a dash or a comma', () => {
  const html = `<!DOCTYPE html><html><head><title>Minutes – Wexbury Town Council</title></head><body><article>
<p><strong>Wexbury Town Council</strong></p>
<p>Minutes of the Meeting of Wexbury Town Council held on Tuesday 6 March 2029 at 7.30 pm in the Guildhall, Wexbury.</p>
<p><strong>Present:</strong></p>
<ul>
<li>Cllr Imogen Tarrant (Town Mayor)</li>
<li>Cllr Rufus Okafor</li>
<li>Cllr Selina Brightwell</li>
</ul>
<p><strong>In attendance:</strong></p>
<ul>
<li>Matthew Quiller &#8211; Town Clerk</li>
<li>Anya Holbrook &#8211; Assistant Clerk and Finance Officer</li>
<li>PC Gideon Marsh, Avon and Somerfield Police</li>
</ul>
<h3>WX/29/01 Apologies</h3>
<p>There were none.</p>
<h3>WX/29/02 Declarations of interest</h3>
<p>None were made.</p>
<p>The meeting closed at 8.40 pm.</p>
</article></body></html>
`;

  it('reads each bullet as one person, none split at its "and"', () => {
    const m = extractPack(Buffer.from(html), 'wexbury-town-minutes.html').minutes[0];
    const i = m?.inAttendance ?? [];
    expect(i).toHaveLength(3);
    expect(i.some((x) => /Holbrook/.test(x))).toBe(true);
    expect(i.some((x) => /^PC Gideon Marsh, Avon and Somerfield Police$/.test(x))).toBe(true);
    expect(i.some((x) => /^(?:Finance Officer|Somerfield Police|Avon)$/.test(x))).toBe(false);
  });
});

describe('a bilingual minutes heading printed in the other language over the English (SECOND_LANGUAGE_MINUTES_HEADING)', () => {
  const page = (n: number, body: string[]): string =>
    [
      'Cyngor Cymuned Pentrebach Community Council                                  Cofnodion / Minutes – 14 April 2031',
      '',
      ...body,
      '',
      `Llythrennau blaen y Cadeirydd / Chair's initials ........                          Tudalen / Page ${n} o / of 2`,
    ].join('\n');
  const text = [
    page(1, [
      '                           PENTREBACH COMMUNITY COUNCIL',
      '              Clerc / Clerk: Mr Bryn Hafod, 2 Lon Isaf, Pentrebach, SA99 1ZZ',
      '',
      '      Cofnodion cyfarfod y Cyngor a gynhaliwyd yn Festri Capel Seion, Pentrebach',
      '                       nos Lun 14 Ebrill 2031 am 7.30 yh',
      '      Minutes of the meeting of the Council held at Seion Chapel Vestry, Pentrebach',
      '                       on Monday 14 April 2031 at 7.30 pm',
      '',
      ' Presennol / Present:                        Cllr Ffion Aeron (Chair / Cadeirydd), Cllr Tomos',
      '                                             Gwynfor-Rees, Cllr Lowri Cadwgan',
      ' Ymddiheuriadau / Apologies:                 Cllr Rhodri Elfed',
      '',
      ' 12/31           DATGAN BUDDIANNAU / DECLARATIONS OF INTEREST',
      '                 None.',
      '',
      ' 13/31           COFNODION / MINUTES',
      '                 RESOLVED that the minutes of the meeting held on 10 March 2031 be approved.',
    ]),
    page(2, [
      ' 14/31           CYLLID / FINANCE',
      '                 RESOLVED that the payments listed be approved.',
      '',
      ' 15/31           DYDDIAD Y CYFARFOD NESAF / DATE OF NEXT MEETING',
      '                 Monday 12 May 2031 at 7.30 pm.',
    ]),
  ].join('\n\f');

  it('recognises the other language half by pattern', () => {
    expect(SECOND_LANGUAGE_MINUTES_HEADING.test('Cofnodion cyfarfod y Cyngor a gynhaliwyd yn Festri')).toBe(true);
    expect(SECOND_LANGUAGE_MINUTES_HEADING.test('Cofnodion o gyfarfod Pwyllgor Cynllunio')).toBe(true);
    expect(SECOND_LANGUAGE_MINUTES_HEADING.test('Cofnodion / Minutes – 14 April 2031')).toBe(false);
  });

  it('reads one set of minutes from both halves, not the running header nor the minute that approves the last minutes', () => {
    const r = extractPack(Buffer.from(text), 'pentrebach-minutes.txt');
    expect(r.minutes).toHaveLength(1);
    const m = r.minutes[0];
    expect(m?.date).toBe('2031-04-14');
    expect(m?.time).toBe('19:30');
    expect(m?.present).toHaveLength(3);
    expect(m?.apologies).toEqual(['Cllr Rhodri Elfed']);
    expect((m?.items ?? []).map((i) => i.minute)).toEqual(['12/31', '13/31', '14/31', '15/31']);
  });
});

describe('"Minutes of the meeting of the Council" under a local council\'s letterhead (BARE_COUNCIL_BODY)', () => {
  it('tells the bare word by pattern', () => {
    expect(['Council', 'the Council'].every((t) => BARE_COUNCIL_BODY.test(t))).toBe(true);
    expect(['Cabinet', 'Town Council', 'Council Tax'].some((t) => BARE_COUNCIL_BODY.test(t))).toBe(false);
  });

  it('names the council in full from its letterhead', () => {
    const text = [
      '                          HOLLINFORD PARISH COUNCIL',
      '          Clerk: Mrs Ada Pennock, 9 Weir Row, Hollinford, HF3 8QT',
      '                Tel: 01632 960555   Email: clerk@hollinford.example',
      '',
      '   Minutes of the meeting of the Council held at the Reading Room, Hollinford',
      '                     on Thursday 6 February 2031 at 7.00 pm',
      '',
      ' Present:      Cllr Jem Oakes (Chair), Cllr Nell Ruddock, Cllr Sid Prowse',
      ' Apologies:    Cllr Flo Gathercole',
      '',
      ' 101/31        MINUTES',
      '               RESOLVED that the minutes of 9 January 2031 be approved.',
      '',
      ' 102/31        FINANCE',
      '               RESOLVED that the payments be approved.',
    ].join('\n');
    const m = extractPack(Buffer.from(text), 'hollinford-minutes.txt').minutes[0];
    expect(m?.body).toBe('HOLLINFORD PARISH COUNCIL');
  });
});
