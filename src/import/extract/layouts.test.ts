import { describe, expect, it } from 'vitest';
import {
  ACTION_LINE,
  BARE_FORWARD_PLAN_REF,
  MEMBERSHIP_LABEL,
  PRIORITY_SECTION_HEADING,
  RESOLUTION_AFTER_WRAPPED_IT,
  FRONT_SHEET_SUFFIX,
  BODY_DATE_LINE,
  CONTACT_HEADING,
  CONTACT_LABEL,
  COVER_LABELS,
  DECISIONS_HEADING,
  AGENDA_INLINE_NOTE,
  FILE_SIZE,
  CELL_REF_BRACKETED,
  FORWARD_PLAN_REF,
  NAMED_FORWARD_PLAN_REF,
  FRONT_SHEET_HEADINGS,
  GENERIC_MEETING,
  ITEM_MARKER,
  ITEM_SUFFIX,
  LETTERED_PART,
  MEETING_END,
  MEMBER_ROLE_CELL,
  MEMBERSHIP_HEADING,
  MINUTE_ACTION_HEADER,
  MINUTE_NUMBER_TITLE_CELL,
  MINUTE_NUMBERS,
  MINUTES_HEADING,
  RECOMMENDATION_HEADING,
  REPORT_BY_LINE,
  PROPOSER_LINE,
  REPORT_KIND_LINE,
  RESOLUTION_LEADS,
  RESOLUTION_MID_LINE,
  RESOLUTION_NOISE,
  SECTION_HEADINGS,
  SUMMONS_SENTENCES,
  VALEDICTION,
  VENUE_WORDS,
  WRAPPED_LABEL_TAIL,
} from './layouts.ts';
import { cellsByPosition, columnLines, extendHeader, fitsColumns, headerColumns, rowCellsByPosition, rowColumns, sideBySide, startsInColumn } from './layout-columns.ts';
import { columnEntries, entriesWithPosts } from './attendance-table.ts';
import { extractPack } from './index.ts';
import { cleanMarkdownLine, joinWrappedBold } from './markdown.ts';
import { looksLikeMarkdown } from './detect-format.ts';
import { buildDoc, unboxLine } from './doc.ts';
import { attendanceLabelOf, isNobody, joinWrapped, splitPeople } from './names.ts';
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
  it("moves a column's start back for a row whose cells print left of the header, and splits cells jammed one space apart", () => {
    const at = (...cells: Array<[number, string]>): string => cells.reduce((out, [n, t]) => `${out.padEnd(n)}${t}`, '');
    const cols = headerColumns(at([1, 'No.'], [16, 'Topic'], [36, 'Who decides'], [56, 'When'], [70, 'Officer']));
    // The topic one space after the number, and its wrapped line under the number column.
    const first = [at([1, 'PX-31-07 Library Hours'], [36, 'Cabinet'], [56, '2 May'], [70, 'Ida Lark-']), at([10, 'Review'], [56, '2031'], [70, 'Marsh'])];
    expect(rowColumns(first, cols)[1]?.start).toBe(10);
    expect(rowCellsByPosition(first, cols)).toEqual(['PX-31-07', 'Library Hours Review', 'Cabinet', '2 May 2031', 'Ida Lark-Marsh']);
    // A date squeezed against the maker: the date column starts at "2031" here, and "Not" runs over that start.
    const second = [at([16, 'Bus Shelters'], [36, 'Cabinet Member Not before'], [70, 'Bo Tye']), at([36, 'for Transport'], [53, '4 June']), at([53, '2031'])];
    expect(rowCellsByPosition(second, cols)).toEqual(['', 'Bus Shelters', 'Cabinet Member for Transport', 'Not before 4 June 2031', 'Bo Tye']);
    // A yes/no column's letter one space after the aim to its left.
    const yn = headerColumns(at([1, 'Title'], [16, 'Aim'], [40, 'Key Y/N'], [50, 'When']));
    expect(rowCellsByPosition([at([1, 'Bus Shelters'], [16, 'To agree the new design N'], [50, 'TBC']), at([16, 'for all routes.'])], yn)).toEqual([
      'Bus Shelters',
      'To agree the new design for all routes.',
      'N',
      'TBC',
    ]);
    // Words well inside their own column stay there.
    expect(rowColumns([at([16, 'Parks'], [36, 'Council'], [70, 'Al Roe'])], cols).map((c) => c.start)).toEqual(cols.map((c) => c.start));
  });
  it('joins a word broken after a hyphen at a line end with no space', () => {
    expect(joinWrapped(['Nant-y-', 'Wennol'])).toBe('Nant-y-Wennol');
    expect(joinWrapped(['Award of Contract –', 'Framework'])).toBe('Award of Contract – Framework');
    expect(joinWrapped(['Budget', '2031/32'])).toBe('Budget 2031/32');
  });
  it('reads a Markdown pipe table as cells, its rule row blank', () => {
    expect(cleanMarkdownLine('| **Present** | **Apologies** |')).toBe('Present\tApologies');
    expect(cleanMarkdownLine('|---------|:-------:|')).toBe('');
    expect(cleanMarkdownLine('| Cllr A Bee |  |')).toBe('Cllr A Bee\t');
  });
});

describe('Markdown converted from Word by pandoc', () => {
  it('knows Markdown by bold text and a footnote definition, and drops footnote markers from the text', () => {
    expect(looksLikeMarkdown('**Parks Committee**\n\nThe budget was noted[^1].\n\n[^1]: At the end of June.\n')).toBe(true);
    expect(looksLikeMarkdown('**Parks Committee**\n\nThe budget was noted.\n')).toBe(false);
    expect(looksLikeMarkdown('Parks Committee\n\nSee note [^1] below.\n')).toBe(false);
    expect(cleanMarkdownLine('A deficit of £2 million was forecast[^3], mainly in transport.')).toBe('A deficit of £2 million was forecast, mainly in transport.');
  });
  it('joins a bold heading wrapped inside its bold onto its first line, and leaves bold words in prose alone', () => {
    const lines = ['**5. Harbour Walls -- Repair Options and', 'Costs**', '', 'The **main', 'point** was cost.', '**Decision**'];
    expect(joinWrappedBold(lines)).toEqual(new Map([[0, 1]]));
    expect(lines).toEqual(['**5. Harbour Walls -- Repair Options and Costs**', '', '', 'The **main', 'point** was cost.', '**Decision**']);
    const open = ['**6. Unclosed heading', 'and a sentence after it.', 'More prose.'];
    expect(joinWrappedBold(open).size).toBe(0);
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

describe('tables whose columns pdftotext prints side by side', () => {
  const attendance = [
    'Councillors present        Officers present           Apologies',
    'Cllr Ada Pennick (Vice-    Tom Hurrell, Head of       Cllr Lena Ostrova',
    'Chair)                     Planning',
    'Cllr Bryn Saltash           Una Morrow, Solicitor',
    '                           and Monitoring Officer',
    'Mrs Dilys Quarrie',
    '(Co-opted Member)          Vic Amberley, Committee',
    '                           Clerk',
  ];
  it('reads each column by position, a wrapped cell joined, a blank ending it', () => {
    const cols = headerColumns(attendance[0] as string);
    expect(fitsColumns(attendance[1] as string, cols)).toBe(true);
    expect(fitsColumns('The Chair welcomed everyone to the meeting and thanked the officers for the report.', cols)).toBe(false);
    const { lines, next } = columnLines(attendance, 1, attendance.length, cols);
    expect(next).toBe(attendance.length);
    expect(columnEntries(lines[0] ?? [])).toEqual(['Cllr Ada Pennick (Vice-Chair)', 'Cllr Bryn Saltash', 'Mrs Dilys Quarrie (Co-opted Member)']);
    const officers = columnEntries(lines[1] ?? []);
    expect(officers).toEqual(['Tom Hurrell, Head of Planning', 'Una Morrow, Solicitor and Monitoring Officer', 'Vic Amberley, Committee Clerk']);
    expect(entriesWithPosts(officers)).toBe(true);
    expect(entriesWithPosts(['Cllr Lena Ostrova'])).toBe(false);
    expect(columnEntries(['Rhian Toller', 'Gethin Parry', '', 'Owain Brace'])).toEqual(['Rhian Toller', 'Gethin Parry', 'Owain Brace']);
  });
  it('reads minutes whose attendance is such a table, under a running header the first page shares', () => {
    const page = (n: number, body: string[]): string =>
      ['                                        Scrutiny Panel – 4 March 2031', '', ...body, '', `                                        Page ${n} of 3`].join('\n');
    const text = [
      page(1, [
        '   WESTLEIGH AND ORMSBY COMBINED AUTHORITY',
        '                SCRUTINY PANEL',
        '   Minutes of the meeting held on Tuesday 4 March 2031 at 2.00 pm at Ormsby House',
        '',
        ...attendance,
        '',
        'SP/31/1         APOLOGIES FOR ABSENCE',
        '                Apologies were received from Councillor Ostrova.',
        'SP/31/2         BUDGET MONITORING – QUARTER 3 POSITION AND',
        '                FORECAST OUTTURN',
        '                The Head of Planning presented the report on the forecast outturn.',
        '                RESOLVED – that the report be noted.',
      ]),
      page(2, ['SP/31/3         WORK PROGRAMME', '                RESOLVED – that the work programme be agreed.']),
      page(3, ['SP/31/4         DATE OF NEXT MEETING', '                RESOLVED – that the panel meet on 1 April 2031.', '', 'The meeting closed at 3.10 pm']),
    ].join('\n\f');
    const doc = buildDoc(text, { paged: true, layout: true });
    expect(doc.lines[0]?.running).toBe(true);
    const r = extractPack(Buffer.from(text), 'panel.txt');
    expect(r.minutes).toHaveLength(1);
    const m = r.minutes[0];
    expect(m?.present).toEqual(['Cllr Ada Pennick', 'Cllr Bryn Saltash', 'Mrs Dilys Quarrie (Co-opted Member)']);
    expect(m?.inAttendance).toHaveLength(3);
    expect(m?.apologies).toEqual(['Cllr Lena Ostrova']);
    expect(m?.items.map((i) => i.minute)).toEqual(['SP/31/1', 'SP/31/2', 'SP/31/3', 'SP/31/4']);
    expect(m?.items[1]?.title).toBe('BUDGET MONITORING – QUARTER 3 POSITION AND FORECAST OUTTURN');
  });
  it('reads a membership table whose portfolio column wraps, the portfolio as the role', () => {
    const text = [
      '   Executive',
      '   Date:        Monday, 2 June 2031',
      '   Time:        6.30 pm',
      '   Venue:       Committee Room 1, Civic Centre',
      '',
      'Members:',
      '',
      ' Councillor Petra Vance                     Leader of the Council',
      ' Councillor Hal Brinkworth                  Cabinet Member for Highways, Parking &',
      '                                            Transport',
      ' Councillor Ines Mowbray                    Cabinet Member for Children and Young',
      '                                            People',
      '',
      '                                     AGENDA',
      '',
      ' Item                                                                        Pages',
      ' 1       Apologies for absence',
      ' 2       Declarations of interest',
      ' 3       Bus Service Improvement Plan                                     5 - 20',
      ' 4       Schools Capital Programme                                       21 - 30',
    ].join('\n');
    const r = extractPack(Buffer.from(text), 'executive.txt');
    expect(r.meeting?.members).toEqual([
      { name: 'Councillor Petra Vance', role: 'Leader of the Council' },
      { name: 'Councillor Hal Brinkworth', role: 'Cabinet Member for Highways, Parking & Transport' },
      { name: 'Councillor Ines Mowbray', role: 'Cabinet Member for Children and Young People' },
    ]);
    expect(MEMBER_ROLE_CELL.test('Deputy Leader and Cabinet Member for Finance')).toBe(true);
    expect(MEMBER_ROLE_CELL.test('Ormsby Borough Council')).toBe(false);
  });
  it("reads an agenda's notes indented past the title, and an item whose appendix alone is exempt as open", () => {
    const text = [
      '   Licensing Committee',
      '   Date:        Thursday, 5 June 2031',
      '   Time:        10.00 am',
      '   Venue:       Room 4, Civic Centre',
      '',
      'Contact officer: Nell Brackley, Committee Services',
      '',
      'Members:',
      '',
      ' Councillor Rhoda Feltham                   Chair',
      ' Councillor Osian Tapley                    Vice-Chair',
      ' Councillor Wen Garside',
      ' Councillor Aurelio Pask',
      '',
      '                                     AGENDA',
      '',
      ' Item                                                                        Pages',
      ' 1       Apologies for absence',
      ' 2       Declarations of interest',
      ' 3       Minutes of the previous meeting                                 1 - 2',
      ' 4       Public questions',
      ' 5       Fees and Charges 2031/32                                        3 - 9',
      '           Report of the Head of Regulatory Services',
      ' 6       Taxi Licensing Policy Review                                  10 - 30',
      '           Report of the Head of Regulatory Services',
      '           Appendix C is exempt under paragraph 3 of Part 1 of Schedule 12A to the',
      '           Local Government Act 1972. The report itself is open.',
      ' 7       Exclusion of the press and public',
      '',
      '                     PART B – ITEMS LIKELY TO BE CONSIDERED IN PRIVATE',
      '',
      ' 8       Taxi Licensing Policy Review – Exempt Appendix C: Operator           31 - 34',
      '         Consultation Responses',
      '           Exempt under paragraph 3 of Part 1 of Schedule 12A.',
    ].join('\n');
    const agenda = extractPack(Buffer.from(text), 'licensing.txt').meeting?.agenda ?? [];
    expect(agenda.map((a) => [a.number, a.title, a.exempt])).toEqual([
      ['1', 'Apologies for absence', false],
      ['2', 'Declarations of interest', false],
      ['3', 'Minutes of the previous meeting', false],
      ['4', 'Public questions', false],
      ['5', 'Fees and Charges 2031/32', false],
      ['6', 'Taxi Licensing Policy Review', false],
      ['7', 'Exclusion of the press and public', false],
      ['8', 'Taxi Licensing Policy Review – Exempt Appendix C: Operator Consultation Responses', true],
    ]);
    expect(agenda[4]?.note).toBe('Report of the Head of Regulatory Services');
    expect(agenda[5]?.note).toContain('Appendix C is exempt');
  });
  it('reads a forward plan reference in a key decision cell, and keeps an exempt appendix in an agenda title', () => {
    expect(NAMED_FORWARD_PLAN_REF.exec('Yes – Forward Plan reference KD/2031/007')?.[1]).toBe('KD/2031/007');
    expect(NAMED_FORWARD_PLAN_REF.test('Yes – see the Forward Plan')).toBe(false);
    expect(FORWARD_PLAN_REF.exec('Yes – Forward Plan reference KD/2031/007')?.[1]).toBe('KD/2031/007');
    expect(FORWARD_PLAN_REF.exec('Yes (FP2031/42)')?.[1]).toBe('FP2031/42');
    expect(FORWARD_PLAN_REF.test('Yes')).toBe(false);
    expect(AGENDA_INLINE_NOTE.test('Depot Sale – Exempt Appendix B: Valuation')).toBe(false);
    expect(AGENDA_INLINE_NOTE.exec('Depot Sale – Exempt under paragraph 3')?.[1]).toBe('Depot Sale');
  });
});

describe('a forward plan web page', () => {
  it('reads a bracketed reference in the title cell, a "First published" line under it and qualified or month-only dates', () => {
    expect(CELL_REF_BRACKETED.exec('Library review 2031/32 (Ref: 2031/044)')?.[1]).toBe('2031/044');
    expect(CELL_REF_BRACKETED.exec('Depot sale (Reference No. KD-31-7)')?.[1]).toBe('KD-31-7');
    expect(CELL_REF_BRACKETED.test('Library review 2031/32')).toBe(false);
    const cell = (title: string, ref: string, published: string): string =>
      `<td><a href="/issue?id=${ref}">${title} (Ref: ${ref})</a><br>\n<span>First published: ${published}</span></td>`;
    const html = `<html><body><h1>Forward Plan - key decisions</h1>
<table><thead><tr><th>Decision title</th><th>Decision maker</th><th>Date of decision</th><th>Lead officer</th><th>Exempt?</th></tr></thead>
<tbody>
<tr>
${cell('Library review 2031/32', '2031/044', '4 May 2031')}
<td>Executive, Council</td><td>Not before 9 Jun 2031</td><td>Ann Teller, Head of Libraries</td><td>No</td>
</tr>
<tr>
${cell('Sale of the old depot', '2031/047', '11 May 2031')}
<td>Executive Member for Roads &amp; Parks</td><td>Before 30 Jun 2031</td><td>Ben Dorr, Director of Place</td><td>Exempt: Yes - paragraph 3</td>
</tr>
<tr>
${cell('Parks strategy', '2031/051', '11 May 2031')}
<td>Executive</td><td>July 2031</td><td>Ben Dorr, Director of Place</td><td>No</td>
</tr>
</tbody></table></body></html>`;
    const plan = extractPack(Buffer.from(html), 'plan.html').forwardPlan;
    expect(plan.map((r) => [r.ref, r.issue, r.firstPublished, r.decisionDate.date, r.decisionDate.qualifier])).toEqual([
      ['2031/044', 'Library review 2031/32', '2031-05-04', '2031-06-09', 'not-before'],
      ['2031/047', 'Sale of the old depot', '2031-05-11', '2031-06-30', 'before'],
      ['2031/051', 'Parks strategy', '2031-05-11', null, null],
    ]);
    expect(plan[0]?.decisionMakers).toEqual(['Executive', 'Council']);
    expect(plan[1]?.decisionMakers).toEqual(['Executive Member for Roads & Parks']);
    expect(plan[1]?.exempt).toBe('Exempt: Yes - paragraph 3');
    expect(plan[2]?.decisionDate.text).toBe('July 2031');
    expect(plan[2]?.contacts).toEqual(['Ben Dorr, Director of Place']);
  });
});

describe('parish and community council minutes', () => {
  it('takes lettered parts under a heading, "a) Resolved:" and a "Resolved:" after a sentence', () => {
    expect(['a) 31/00412/FUL – New porch', '(b) to note the accounts'].every((t) => LETTERED_PART.test(t))).toBe(true);
    expect(['and the footpath', 'as above'].some((t) => LETTERED_PART.test(t))).toBe(false);
    expect(RESOLUTION_LEADS.some((re) => re.test('b) Resolved: to pay the grass cutting invoice.'))).toBe(true);
    expect('The bench is broken. Resolved: that the Clerk order a new one.'.split(RESOLUTION_MID_LINE)).toEqual([
      'The bench is broken.',
      'Resolved: that the Clerk order a new one.',
    ]);
    expect(RESOLUTION_MID_LINE.test('Members agreed. Agreed with the Chair, the item was deferred.')).toBe(false);
    expect(RESOLUTION_MID_LINE.test('It was noted. RESOLVED to accept the quote.')).toBe(true);
  });
  it('ends a resolution at "Proposed: Name" and "Action:", and finds a number starting a title cell', () => {
    expect(PROPOSER_LINE.test('Proposed: Ailsa Brodie; seconded: Kenny Muir.')).toBe(true);
    expect(PROPOSER_LINE.test('Proposed changes to the bus timetable were discussed.')).toBe(false);
    expect(['Action: Secretary to write to the council.', 'Actions: Treasurer to pay'].every((t) => ACTION_LINE.test(t))).toBe(true);
    expect(ACTION_LINE.test('Active travel plan – an update was given.')).toBe(false);
    expect(MINUTE_NUMBER_TITLE_CELL.exec('4. Matters arising')?.slice(1, 3)).toEqual(['4', 'Matters arising']);
    expect(MINUTE_NUMBER_TITLE_CELL.exec('12 Any other business')?.slice(1, 3)).toEqual(['12', 'Any other business']);
    expect(MINUTE_NUMBER_TITLE_CELL.test('£450 for the hall')).toBe(false);
  });
  it('names a venue line and a post held by a named person', () => {
    expect(['Kirkton Village Hall', 'Committee Room 1', 'Online'].every((t) => VENUE_WORDS.test(t))).toBe(true);
    expect(VENUE_WORDS.test('Glenbrae Community Council')).toBe(false);
    expect(isNobody('the Clerk (Mrs A Tolland)')).toBe(false);
    expect(isNobody('the Clerk')).toBe(true);
    expect(isNobody('Members of the public (4)')).toBe(true);
  });
  it('reads a heading printed as two columns side by side, one column at a time', () => {
    const laid = [
      '                                                       Minutes of Monthly Meeting',
      'Glenbrae &',
      '                                                    Wednesday 4th June 2031 at 7pm',
      'Kirkton Council                                  Kirkton Village Hall, Main Street',
    ];
    expect(sideBySide(laid)).toEqual({
      left: ['Glenbrae &', 'Kirkton Council'],
      right: ['Minutes of Monthly Meeting', 'Wednesday 4th June 2031 at 7pm', 'Kirkton Village Hall, Main Street'],
    });
    // A centred heading over a line at the margin that runs under it is one column.
    expect(sideBySide(['                 MINUTES OF THE COUNCIL', 'Held on Monday 2 June 2031 in the Council Chamber, Town Hall', '              Present'])).toBeNull();
  });
});

describe('a record of officer decision printed as a two-column form', () => {
  const row = (label: string, value: string): string => `  ${label.padEnd(30)}${value}`.trimEnd();
  const text = [
    'Record of Officer Decision',
    '',
    row('Decision title', 'Renewal of the lease of the'),
    row('', 'Brindle Lane allotment store'),
    row('Decision maker (name and', 'Odile Fenwick-Marr'),
    row('post)', 'Head of Property'),
    row('Date of decision', '3 February 2031'),
    row('Delegated authority', 'Scheme of delegation, paragraph 9.1'),
    row('(constitution reference)', 'disposals of land'),
    row('Decision', 'To renew the lease for five years at a'),
    row('', 'rent of £900 a year.'),
    '',
    row('Alternative options', '1. Sell the store – rejected, as it'),
    row('considered', '   serves two sites.'),
    '',
    row('Contact officer', 'Piet Varga, Estates Officer'),
    row('', 'Tel: 01999 000111'),
    '',
  ].join('\n');

  it('joins a label wrapped in its column, and leaves the line under it to the value', () => {
    const doc = buildDoc(text, { layout: true });
    const texts = doc.lines.map((l) => l.text);
    expect(texts).toContain('Decision maker (name and post) Odile Fenwick-Marr');
    expect(texts).toContain('Head of Property');
    expect(texts).toContain('Delegated authority (constitution reference) Scheme of delegation, paragraph 9.1');
    expect(texts).toContain('Alternative options considered 1. Sell the store – rejected, as it');
    expect(WRAPPED_LABEL_TAIL.test('post)')).toBe(true);
    expect(WRAPPED_LABEL_TAIL.test('Date of decision')).toBe(false);
  });

  it('reads the form: title, decision maker, date, decision and contact officer, each row ending the value above', () => {
    const report = extractPack(Buffer.from(text), 'record.txt').reports[0];
    expect(report?.title).toBe('Renewal of the lease of the Brindle Lane allotment store');
    expect(report?.leadOfficer).toContain('Odile Fenwick-Marr');
    expect(report?.date).toBe('2031-02-03');
    expect(report?.decision).toBe('To renew the lease for five years at a rent of £900 a year.');
    expect(report?.contact).toContain('01999 000111');
    expect(report?.recommendations ?? []).toEqual([]);
  });
});

describe('a notice under a running header, a bare forward plan reference, a priorities list and wrapped resolutions', () => {
  const notice = [
    'Westmere Borough – Appeals Panel, 4 March 2031',
    '',
    'WESTMERE BOROUGH',
    '',
    'NOTICE OF MEETING',
    'APPEALS PANEL',
    '',
    'Wednesday 4 March 2031, 2.30 pm',
    '',
    'Room 12, Westmere House, Long Street, Westmere WM1 9ZZ',
    '',
    'Members of the Sub-Panel:',
    '',
    'Councillor Ada Quill (Chair)',
    'Councillor Bram Tolley',
    '',
    'AGENDA',
    '',
    '1.      Apologies for Absence',
    '2.      Declarations of Interest',
    '',
  ].join('\n');

  it('takes the time and venue from the sheet’s own date line, not the running header above it', () => {
    const meeting = extractPack(Buffer.from(notice), 'notice.txt').meeting;
    expect(meeting?.date).toBe('2031-03-04');
    expect(meeting?.time).toBe('14:30');
    expect(meeting?.venue).toContain('Room 12, Westmere House');
  });

  it('reads a membership label naming a hyphenated body', () => {
    expect(MEMBERSHIP_LABEL.test('Members of the Sub-Panel:')).toBe(true);
    expect(MEMBERSHIP_LABEL.test('Members of the public:')).toBe(false);
    const members = extractPack(Buffer.from(notice), 'notice.txt').meeting?.members ?? [];
    expect(members).toEqual([
      { name: 'Councillor Ada Quill', role: 'Chair' },
      { name: 'Councillor Bram Tolley', role: null },
    ]);
  });

  it('takes a year and a number alone in its labelled cell as a forward plan reference, not a date', () => {
    expect(BARE_FORWARD_PLAN_REF.exec('2031/007')?.[1]).toBe('2031/007');
    expect(BARE_FORWARD_PLAN_REF.test('10/03/2031')).toBe(false);
    expect(BARE_FORWARD_PLAN_REF.test('Not applicable')).toBe(false);
  });

  it('knows a priorities section heading, numbered or not', () => {
    expect(PRIORITY_SECTION_HEADING.test('6. Corporate Plan Priorities')).toBe(true);
    expect(PRIORITY_SECTION_HEADING.test('Links to the Council Plan')).toBe(true);
    expect(PRIORITY_SECTION_HEADING.test('Council')).toBe(false);
    expect(PRIORITY_SECTION_HEADING.test('6. Financial Implications')).toBe(false);
  });

  it('splits "It was RESOLVED" off the sentence before it, and reads a resolution whose "it" ends the line above', () => {
    expect('Notes were taken. It was RESOLVED that the notes stand.'.split(RESOLUTION_MID_LINE)).toEqual(['Notes were taken.', 'It was RESOLVED that the notes stand.']);
    expect(RESOLUTION_AFTER_WRAPPED_IT.test('was RESOLVED that the fee be £40.')).toBe(true);
    expect(RESOLUTION_AFTER_WRAPPED_IT.test('was resolved by the committee')).toBe(false);
  });

  it('reads a bare reference in a cover cell and the priorities listed under a priorities section', () => {
    const text = [
      'Report to: Executive',
      'Date: 4 March 2031',
      'Title: Replacement of Street Benches',
      'Forward Plan Ref:    2031/007',
      '',
      '1. Recommendations',
      '1.1 That the Executive approve the replacement programme.',
      '',
      '2. Corporate Plan Priorities',
      '2.1 The programme supports these priorities:',
      '',
      '        Safer streets for everyone',
      '        A greener borough',
      '',
      '3. Background Papers',
      'None.',
    ].join('\n');
    const report = extractPack(Buffer.from(text), 'report.txt').reports[0];
    expect(report?.forwardPlanRef).toBe('2031/007');
    expect(report?.priorityLinks).toEqual(['Safer streets for everyone', 'A greener borough']);
  });

  it('reads "It was RESOLVED" inside a lettered part and "it" / "was RESOLVED" wrapped, in order', () => {
    const text = [
      'MINUTES OF THE MEETING OF WESTMERE PARISH COUNCIL HELD ON 4 MARCH 2031',
      '',
      'Present: Cllr A Quill (Chairman), Cllr B Tolley',
      '',
      '12/31    GRANTS',
      '         a) The grant requests were read. It was RESOLVED that £50 be given to the scouts.',
      '         b) Following a report from the Clerk on the hall roof, it',
      '         was RESOLVED that repairs be commissioned.',
      '',
      '13/31    CLOSE',
      '         The meeting closed at 8.00 pm.',
    ].join('\n');
    const minute = extractPack(Buffer.from(text), 'minutes.txt').minutes[0]?.items.find((m) => m.minute === '12/31');
    expect(minute?.resolutions).toEqual(['£50 be given to the scouts.', 'repairs be commissioned.']);
  });
});
