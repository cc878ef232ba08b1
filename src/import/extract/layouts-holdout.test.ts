import { describe, expect, it } from 'vitest';
import {
  AGENDA_CLOSING,
  AGENDA_INLINE_NOTE,
  DECISION_BLOCK,
  DECISION_SECTION_HEADINGS,
  DECISIONS_HEADING,
  ISSUED_LABEL,
  ITEM_HEADING,
  MEETING_DATE_LABEL,
  MEMBERSHIP_HEADING,
  OFFICER_LABEL,
  RECORD_DATE_LABELS,
  RESOLUTION_LEADS,
  SITTING_LABEL,
} from './layouts.ts';
import { extractPack } from './index.ts';
import { noticeLabelOf } from './notice-blocks.ts';
import { htmlToText } from './text-normalise.ts';
import { buildDoc } from './doc.ts';

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

describe('running headers of a paged document', () => {
  it('blanks a dated line that heads two or more pages after the first, and keeps other page tops', () => {
    const text = [
      'Harbour Board – 2 June 2031',
      'first page',
      '\fHarbour Board – 2 June 2031',
      'second page',
      '\fHarbour Board – 2 June 2031',
      'third page',
      '\fAppendix 2031',
      'fourth',
    ].join('\n');
    const doc = buildDoc(text, { paged: true });
    expect(doc.lines.map((l) => l.text)).toEqual(['Harbour Board – 2 June 2031', 'first page', '', 'second page', '', 'third page', 'Appendix 2031', 'fourth']);
  });
});
