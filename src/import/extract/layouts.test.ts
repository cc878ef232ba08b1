import { describe, expect, it } from 'vitest';
import {
  FRONT_SHEET_SUFFIX,
  BODY_DATE_LINE,
  CONTACT_HEADING,
  CONTACT_LABEL,
  COVER_LABELS,
  DECISIONS_HEADING,
  FILE_SIZE,
  FRONT_SHEET_HEADINGS,
  GENERIC_MEETING,
  ITEM_MARKER,
  ITEM_SUFFIX,
  MEETING_END,
  MEMBERSHIP_HEADING,
  MINUTE_ACTION_HEADER,
  MINUTE_NUMBERS,
  MINUTES_HEADING,
  RECOMMENDATION_HEADING,
  REPORT_BY_LINE,
  PROPOSER_LINE,
  REPORT_KIND_LINE,
  RESOLUTION_LEADS,
  RESOLUTION_NOISE,
  SECTION_HEADINGS,
  SUMMONS_SENTENCES,
  VALEDICTION,
} from './layouts.ts';
import { cellsByPosition, extendHeader, headerColumns, startsInColumn } from './layout-columns.ts';
import { cleanMarkdownLine } from './markdown.ts';
import { unboxLine } from './doc.ts';
import { attendanceLabelOf, splitPeople } from './names.ts';
import { coverFieldOf } from './report-cover.ts';
import { PART_DETECTORS } from './segment.ts';

// Each entry of the layout registry with examples of what it must and must not take. A new council's
// layout is a new example here (and a fixture with facts), not a new branch in a reader.

describe('front sheets', () => {
  it.each(['AGENDA', 'Summons to and', 'Agenda for a', 'NOTICE OF MEETING', 'Public Document Pack', 'MEETING TO BE HELD ON TUESDAY,'])(
    '"%s" names the document, not the body',
    (t) => {
      expect(FRONT_SHEET_HEADINGS.some((re) => re.test(t))).toBe(true);
    },
  );
  it.each(['PLANNING COMMITTEE', 'Cabinet', 'Wendmoor Police and Crime Panel'])('"%s" is a body', (t) => {
    expect(FRONT_SHEET_HEADINGS.some((re) => re.test(t))).toBe(false);
  });
  it('reads a summons written as a sentence', () => {
    const m = SUMMONS_SENTENCES.map((re) => re.exec('A meeting of the County Council will be held in the Council Chamber on Thursday, 13th March, 2025 at 10.00 am')).find(Boolean);
    expect(m?.[1]).toBe('County Council');
    expect(
      SUMMONS_SENTENCES.some((re) => re.test('You are hereby summoned to attend a meeting of Ashcombe Parish Council to be held at the Village Hall on Monday 3 March 2025')),
    ).toBe(true);
  });
});

describe('agendas', () => {
  it.each([
    ['PART II - EXEMPT ITEMS', true],
    ['EXEMPT ITEMS', true],
    ['Part 2 – items taken in private', true],
    ['UNRESTRICTED ITEMS', false],
    ['PART I - ITEMS TO BE CONSIDERED IN PUBLIC', false],
  ])('"%s" heads a section (exempt: %s)', (t, exempt) => {
    expect(SECTION_HEADINGS.find((s) => s.pattern.test(t))?.exempt).toBe(exempt);
  });
  it('drops file sizes from web titles', () => {
    expect('Minutes  PDF 99 KB'.replace(FILE_SIZE, '').trim()).toBe('Minutes');
    expect('Annual report pdf icon PDF 1 MB'.replace(FILE_SIZE, '').trim()).toBe('Annual report');
  });
});

describe('minutes', () => {
  it.each([
    'MINUTES of a meeting of the Cabinet held in the Council Chamber',
    'Minutes of the meeting held in the Darent Room',
    'MINUTE OF MEETING of the EDUCATION COMMITTEE',
    'MINUTES OF',
    'Notes of the meeting of the Steering Group',
    'Draft Minutes – 12 February 2025',
  ])('"%s" heads minutes', (t) => {
    expect(MINUTES_HEADING.test(t)).toBe(true);
  });
  it.each(['Minutes:', 'Minutes for noting'])('"%s" does not', (t) => expect(MINUTES_HEADING.test(t)).toBe(false));
  it.each(['DECISION NOTICE', 'Record of Decisions', 'Notice of Key Decisions'])('"%s" heads a decision notice', (t) => expect(DECISIONS_HEADING.test(t)).toBe(true));
  it('finds a body and date line, but not a meeting kind', () => {
    expect(BODY_DATE_LINE.exec('Parish Council - 3rd September 2019')?.[1]).toBe('Parish Council');
    expect(GENERIC_MEETING.test('GENERAL MEETING MONDAY')).toBe(true);
  });
  it.each([
    ['dotted', '19.09.05 Eden Plan', '19.09.06'],
    ['slashed', '24/113 Apologies', '24/114'],
    ['slashed', '31/24 Apologies', '32/24'],
    ['lettered', 'FRA/24/37 Apologies for absence', 'FRA/24/38'],
    ['lettered', 'C123/24 Apologies', 'C124/24'],
    ['prefixed', 'PC.41 Apologies', 'PC.42'],
    ['prefixed', 'EX9 Budget Monitoring', 'EX10'],
    ['worded', 'Minute 45 Apologies', '46'],
    ['plain', '76. Apologies', '77'],
  ])('%s numbers: "%s" is followed by %s', (name, heading, next) => {
    const scheme = MINUTE_NUMBERS.find((s) => s.name === name);
    const m = scheme?.pattern.exec(heading);
    expect(m).not.toBeNull();
    expect(scheme?.follows(m?.[1] as string, next)).toBe(true);
  });
  it('reads pointers to agenda items', () => {
    expect(ITEM_MARKER.exec('(Item 4)')?.[1]).toBe('4');
    expect(ITEM_SUFFIX.exec('186 Award of Contract – agenda item 5')?.slice(1, 4)).toEqual(['186', 'Award of Contract', '5']);
  });
  it.each([
    ['PRESENT: Mr A (Chairman)', 'present'],
    ['Sederunt:', 'present'],
    ['ALSO PRESENT: Sue Chandler', 'other'],
    ['IN ATTENDANCE: Mr J Cook', 'attendance'],
    ['Officers Present:', 'attendance'],
    ['Minute taker: John Foster', 'attendance'],
    ['A**pologies**: Betty Ross'.replace(/\*\*/g, ''), 'apologies'],
  ])('"%s" is a %s label', (t, kind) => expect(attendanceLabelOf(t)?.kind).toBe(kind));
  it('splits attendance lists as printed', () => {
    expect(splitPeople('Councillors D Richardson (Chair) N Cresswell, M Armstrong and P Moran \t A Armstrong, EDC')).toEqual([
      'D Richardson (Chair)',
      'N Cresswell',
      'M Armstrong',
      'P Moran',
      'A Armstrong, EDC',
    ]);
    expect(splitPeople('Mr R C Love, OBE, Sue Chandler, Cabinet Member for Integrated Services and Fraser Grant-Rae (representing Dr Ahmed MP)')).toEqual([
      'Mr R C Love, OBE',
      'Sue Chandler, Cabinet Member for Integrated Services',
      'Fraser Grant-Rae (representing Dr Ahmed MP)',
    ]);
  });
  it.each(['RESOLVED that the minutes be approved.', '(4) RESOLVED that', 'It was AGREED that', 'Decision:', 'Resolved: that the report be noted', 'RESOLVED –'])(
    '"%s" opens a resolution',
    (t) => {
      expect(RESOLUTION_LEADS.some((re) => re.test(t))).toBe(true);
    },
  );
  it.each(['The Committee resolved to consider it later in the year', 'Reasons for decision: to set a budget'])('"%s" does not', (t) => {
    expect(RESOLUTION_LEADS.some((re) => re.test(t))).toBe(false);
  });
  it.each(['(The meeting ended at 12.52)', 'The Chairman brought the meeting to a close at 8.35pm', 'The meeting closed at 12.05 hours.'])('"%s" ends the meeting', (t) =>
    expect(MEETING_END.test(t)).toBe(true),
  );
});

describe('report covers', () => {
  it.each([
    ['Lead Officer', 'lead'],
    ['Report of', 'lead'],
    ['From', 'lead'],
    ['Decision taker', 'lead'],
    ['Relevant Portfolio Holder', 'cabinet'],
    ['Cabinet Member(s)', 'cabinet'],
    ['Report author', 'author'],
    ['Author of report', 'author'],
    ['Subject', 'title'],
    ['Title of decision', 'title'],
    ['Report to', 'to'],
    ['Date of meeting', 'date'],
    ['Decision no', 'decisionNo'],
    ['Forward Plan Reference', 'fpRef'],
    ['Wards affected', 'wards'],
    ['Key decision', 'other'],
  ])('"%s" is a %s label', (label, field) => expect(coverFieldOf(label)).toBe(field));
  it.each(['Safeguarding Children Annual Report', 'County Solicitor', 'Honor Clarke'])('"%s" is not a label', (label) => expect(coverFieldOf(label)).toBeNull());
  it('has every label a field in the registry', () => expect(COVER_LABELS.length).toBeGreaterThan(10));
  it('reads report lines without colons and kinds', () => {
    expect(REPORT_BY_LINE.exec('Report by Matthew Hill, Director')?.[1]).toBe('Matthew Hill, Director');
    expect(REPORT_KIND_LINE.test('RECORD OF DELEGATED DECISION TAKEN BY AN OFFICER')).toBe(true);
    expect(RECOMMENDATION_HEADING.test('2. RECOMMENDATIONS')).toBe(true);
    expect(RECOMMENDATION_HEADING.test('Recommendation(s)')).toBe(true);
  });
});

describe('part detectors', () => {
  it('are named, say what they look for, and are unique', () => {
    const names = PART_DETECTORS.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const d of PART_DETECTORS) expect(d.looksFor.length).toBeGreaterThan(5);
  });

  it('reads a table drawn in ASCII rules as labels and values, and a web page heading as its body', () => {
    expect(unboxLine('  +--------------------+')).toBe('');
    expect(unboxLine('  |--------------------|')).toBe('');
    expect(unboxLine('  | Date of decision:   7 October 2025   |')).toBe('    Date of decision:   7 October 2025');
    expect('Cabinet – agenda and minutes'.replace(FRONT_SHEET_SUFFIX, '')).toBe('Cabinet');
    expect(attendanceLabelOf('PRESENT / YN BRESENNOL:')?.kind).toBe('present');
    expect(attendanceLabelOf('ALSO PRESENT / HEFYD YN BRESENNOL:')?.kind).toBe('other');
  });
});

describe('two-column front sheets and letters', () => {
  it("reads a membership heading, contact labels alone or with a colon, and a letter's close", () => {
    expect(['MEMBERSHIP', 'Membership of the Committee', 'Committee Membership'].every((t) => MEMBERSHIP_HEADING.test(t))).toBe(true);
    expect(MEMBERSHIP_HEADING.test('Membership of the Committee is set out overleaf.')).toBe(false);
    expect(['Contact', 'Enquiries to', 'Ask for'].every((t) => CONTACT_HEADING.test(t))).toBe(true);
    expect(CONTACT_LABEL.exec('Enquiries to: Laura Marchetti, Panel Support Officer')?.[1]).toBe('Laura Marchetti, Panel Support Officer');
    expect(VALEDICTION.test('Yours faithfully,')).toBe(true);
    expect(VALEDICTION.test('Your council needs you')).toBe(false);
  });
  it('takes a lettered part that says what it holds as a group, not the private part', () => {
    const exempt = (t: string): boolean | undefined => SECTION_HEADINGS.find((x) => x.pattern.test(t))?.exempt;
    expect(exempt('PART B - APPLICATIONS FOR DETERMINATION')).toBe(false);
    expect(exempt('PART A - ROUTINE BUSINESS')).toBe(false);
    expect(exempt('Part B - items likely to be considered in private')).toBe(true);
    expect(exempt('PART 2')).toBe(true);
    expect(exempt('Part B')).toBe(true);
  });
});

describe('tables laid out as a page', () => {
  const header = '  Ref            Decision to be taken     Decision maker      Lead officer / contact        First';
  it("finds columns from the header row, a wrapped header line, and each word's column", () => {
    const cols = headerColumns(header);
    expect(cols.map((c) => c.header)).toEqual(['Ref', 'Decision to be taken', 'Decision maker', 'Lead officer / contact', 'First']);
    expect(extendHeader(cols, `${' '.repeat(header.indexOf('First'))}published`)).toBe(true);
    expect(cols[4]?.header).toBe('First published');
    expect(extendHeader(cols, '           stray words')).toBe(false);
    // A contact one space from the date in the next column.
    const row = '  LBE/2025/102   School place planning    Cabinet Member for  Dr Funmi Adeyemi, Director of 25/11/2025';
    expect(cellsByPosition(row, cols)).toEqual(['LBE/2025/102', 'School place planning', 'Cabinet Member for', 'Dr Funmi Adeyemi, Director of', '25/11/2025']);
  });
  it('tells a cell of its own from words run on from the column to its left', () => {
    const cols = headerColumns('   Meeting          Minute    Recommendation');
    expect(startsInColumn('   16 July 2025     OS/14     That the Cabinet', cols, 1)).toBe(true);
    expect(startsInColumn('   Kestrel Vale District Council - Overview', cols, 1)).toBe(false);
  });
  it('reads a Markdown pipe table as cells, its rule row blank', () => {
    expect(cleanMarkdownLine('| **Present** | **Apologies** |')).toBe('Present\tApologies');
    expect(cleanMarkdownLine('|---------|:-------:|')).toBe('');
    expect(cleanMarkdownLine('| Cllr A Bee |  |')).toBe('Cllr A Bee\t');
  });
});

describe('minutes laid out with margins', () => {
  it("reads an action column header, a proposer line, and a body line that is not a sentence's end", () => {
    expect(MINUTE_ACTION_HEADER.test('Min. No. Action')).toBe(true);
    expect(MINUTE_ACTION_HEADER.test('Minute Subject Action by')).toBe(true);
    expect(MINUTE_ACTION_HEADER.test('Minutes of the meeting; no further action')).toBe(false);
    expect(PROPOSER_LINE.test('Proposed Cllr Ellwood, seconded Cllr Adeyemi, all in favour.')).toBe(true);
    expect(PROPOSER_LINE.test('Proposed changes to the scheme were noted.')).toBe(false);
    expect(BODY_DATE_LINE.test('Village Hall, Church Lane, Upper Wendle on Monday 8 September 2025')).toBe(false);
    expect(BODY_DATE_LINE.exec('Parish Council - 3rd September 2019')?.[1]).toBe('Parish Council');
  });
  it('keeps a wrapped resolution that starts "for …" and drops a vote count', () => {
    expect(RESOLUTION_NOISE.test('for publication on 1 April 2025;')).toBe(false);
    expect(RESOLUTION_NOISE.test('For: 6')).toBe(true);
    expect(RESOLUTION_NOISE.test('Against 3')).toBe(true);
    expect(attendanceLabelOf('Members:')?.kind).toBe('present');
  });
});
