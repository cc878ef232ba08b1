import { describe, expect, it } from 'vitest';
import {
  AGENDA_CLOSING,
  AGENDA_INLINE_NOTE,
  DECISIONS_HEADING,
  DECISION_BLOCK,
  DECISION_SECTION_HEADINGS,
  ISSUED_LABEL,
  ITEM_HEADING,
  MEETING_DATE_LABEL,
  MEMBERSHIP_HEADING,
  MEMBERSHIP_LABEL,
  MINUTE_NUMBER_CELL,
  MINUTE_TABLE_COLUMNS,
  OFFICE_HOLDER,
  OFFICER_LABEL,
  RECORD_DATE_LABELS,
  RESOLUTION_LEADS,
  SENTENCE_BROKEN,
  SIGNATURE_DATE_LABEL,
  SIGNATURE_LABEL,
  SITTING_LABEL,
} from './layouts.ts';
import { extractPack } from './index.ts';
import { dropRoleNotes } from './names.ts';
import { noticeLabelOf } from './notice-blocks.ts';
import { decodeEntities, htmlToText } from './text-normalise.ts';

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
    const footer = (n: number): string[] => ['', `Cabinet agenda                                              Page ${n} of 3`];
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
    const footer = (n: number): string[] => ['', '', `                         Page ${n} of 3`];
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
