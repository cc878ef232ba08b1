import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeSource } from './detect-format.ts';
import { extractPack } from './index.ts';
import { findPdfToText } from './pdf-text.ts';
import { asJson, contractValidator, fixturesDir, n, provenanceProblems } from './test-support.ts';

const read = (name: string): Buffer => readFileSync(resolve(fixturesDir, name));
const validate = contractValidator(resolve(fixturesDir, 'pack-extract.schema.json'));

describe('a borough executive pack (labelled header, dotted numbers, lettered resolutions)', () => {
  const r = extractPack(read('borough-executive.txt'), 'fixtures/borough-executive.txt');

  it('validates against the contract', () => {
    expect(validate?.(asJson(r))).toEqual([]);
    expect(r.source).toMatchObject({ name: 'borough-executive.txt', format: 'text' });
  });

  it('reads the labelled summons, membership and issue line', () => {
    expect(r.meeting).toMatchObject({ body: 'Executive', date: '2025-05-27', time: '18:30', venue: 'Committee Room 2, Town Hall, Fenmarsh', issuedOn: '2025-05-16' });
    expect(r.meeting?.issuedBy).toBe('Priya Natarajan, Head of Democratic Services');
    expect(r.meeting?.members).toHaveLength(5);
    expect(r.meeting?.members[0]).toEqual({ name: 'Cllr A Okafor', role: 'Chair' });
  });

  it('reads agenda numbers, single-page ranges and exempt items', () => {
    const agenda = r.meeting?.agenda ?? [];
    expect(agenda.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(agenda[5]?.pages).toEqual({ from: 13, to: 13 });
    expect(agenda[7]).toMatchObject({ title: 'Riverside Depot - Commercial Terms', pages: { from: 14, to: 16 }, exempt: true });
    expect(agenda[4]?.exempt).toBe(false);
  });

  it('resolves "12 noon two clear working days before" around a bank holiday', () => {
    // Tuesday 27 May 2025 follows the spring bank holiday: Thursday 22 and Friday 23 are the two clear working days.
    expect(r.meeting?.publicQuestionDeadline?.at).toBe('2025-05-21T12:00');
  });

  it('reads minutes with "(Agenda Item N)" suffixes, a number-only heading and lettered resolutions', () => {
    const m = r.minutes[0];
    expect(m).toMatchObject({ date: '2025-04-15', time: '18:30', venue: 'Town Hall, Fenmarsh', endedAt: '20:05' });
    expect(m?.present).toHaveLength(4);
    expect(m?.apologies).toEqual(['Cllr D Patel']);
    expect(m?.otherMembersPresent).toEqual(['Cllr F Reyes']);
    expect(m?.otherAttendance).toEqual([]);
    expect(m?.items.map((i) => [i.minute, i.agendaItem])).toEqual([
      ['41', '2'],
      ['42', '3'],
      ['43', '5'],
      ['44', null],
      ['45', '9'],
    ]);
    expect(m?.items[0]?.declarations).toEqual([{ member: 'Cllr C Marsh', interest: 'a non-registrable interest in item 5 as a trustee of the Riverside Trust.' }]);
    expect(m?.items[2]?.resolutions).toHaveLength(2);
    expect(m?.items[3]?.resolutions).toEqual(['approve the revised allocations policy;', 'review its effect on waiting times after twelve months.']);
  });

  it('reads the report and warns that its risk score is not likelihood × impact', () => {
    const rep = r.reports[0];
    expect(r.reports).toHaveLength(1);
    expect(rep).toMatchObject({ title: 'Riverside Depot Redevelopment', agendaItem: '5', forwardPlanRef: 'FP/25/04/07', date: '2025-05-27' });
    expect(rep?.cabinetMembers).toEqual(['Cllr B Lindqvist, Regeneration & Growth']);
    expect(rep?.signOffs.map((s) => s.date)).toEqual(['2025-05-02', '2025-05-06', null]);
    expect(rep?.recommendations).toHaveLength(3);
    expect(rep?.risk).toEqual({ likelihood: 2, impact: 4, score: 9 });
    expect(r.warnings.some((w) => w.code === 'risk-score-mismatch' && w.line !== null)).toBe(true);
    expect(r.forwardPlan).toEqual([]);
  });

  it('reads a work programme with one row per item', () => {
    expect(r.workProgramme.map((w) => [w.meetingDate, w.leads.length])).toEqual([
      ['2025-06-10', 1],
      ['2025-06-10', 2],
      ['2025-07-22', 1],
    ]);
  });
});

describe('an HTML licensing pack (tables for agenda, tracker and action plan)', () => {
  const r = extractPack(read('district-licensing.html'), 'district-licensing.html');

  it('detects HTML from content and validates', () => {
    expect(r.source.format).toBe('html');
    expect(validate?.(asJson(r))).toEqual([]);
  });

  it('reads the meeting from headings and a tabled agenda', () => {
    expect(r.meeting).toMatchObject({ body: 'Licensing Committee', date: '2025-10-09', time: '14:00', venue: 'Council Chamber, Civic Centre', issuedOn: '2025-10-01' });
    expect(r.meeting?.members[3]?.name).toBe('Cllr L O’Hara');
    expect(r.meeting?.agenda.map((a) => [a.number, a.pages?.from ?? null])).toEqual([
      ['1', null],
      ['2', null],
      ['3', 5],
      ['4', 19],
      ['5', 25],
    ]);
    expect(r.meeting?.agenda[2]?.note).toBe('To consider the report.');
    expect(r.meeting?.publicQuestionDeadline?.at).toBe('2025-10-06T17:00');
  });

  it('reads the outcome tracker and the action plan', () => {
    expect(r.outcomeTracker.map((t) => [t.meetingDate, t.status])).toEqual([
      ['2025-06-12', 'Completed'],
      ['2025-06-12', 'Pending'],
      ['2025-09-11', 'Incomplete'],
    ]);
    const plan = r.actionPlans[0];
    expect(plan?.title).toBe('Licensing Enforcement Action Plan');
    expect(plan?.actions.map((a) => [a.number, a.parent, a.rag])).toEqual([
      ['1', null, 'Green'],
      ['2', null, 'Amber'],
      ['2.1', '2', 'Red'],
    ]);
    expect(plan?.actions[1]?.due).toEqual({ text: '31/12/2025', date: '2025-12-31' });
    expect(plan?.actions[2]?.owners).toEqual([]);
    expect(plan?.actions[2]?.due).toEqual({ text: 'March 2026', date: null });
  });
});

/**
 * Blind packs (fixtures/blind): thirty fictional councils' packs and their facts, twenty-eight written by someone who had
 * not read the extractor, in layouts it was not written against (the scrutiny tracker and the parish minutes with
 * an action column were added later, with the extractor's fixes for them; the first twelve have since been fixed
 * while looking at them, and the four after them were fixed the same way). The eight added last were scored before
 * any fix, so their first scores are the fresh measure of generality: on 4 December 2026 a bilingual Welsh agenda,
 * a licensing hearing with its decision notice, a Word-exported board agenda with timings, national park minutes
 * with a table of applications (34 of 63 facts), a Council summons, two officer decision records, parish minutes as a
 * CMS table and fire audit minutes in Markdown (49 of 67): 83 of 130, 64 % (all since taught). The six after them
 * were written without running the extractor and scored later against the extractor with those lessons: Northern
 * Irish council minutes, a Scottish committee report, a ModernGov decision page, a landscape forward plan in
 * wrapped cells, a police and crime commissioner's decision record and joint committee minutes: 35 of 94 facts,
 * 37 %, first scored on 4 December 2026 at 23:50 and again with the other eight's lessons (the same 35); all since
 * taught too, so the next honest measure needs new packs. Round three (5 December 2026), written blind and scored
 * before any fix, most of them printed to PDF by a browser and kept with their `pdftotext -layout` text: a Cabinet
 * record of decisions (14 of 18), Scottish community council minutes in an Item/Discussion table (8 of 19), a CMIS
 * meeting web page (2 of 19), a county scrutiny letter-agenda with its report and work programme (10 of 19), a
 * Cabinet Member decision report (13 of 18), a parish summons with the previous minutes (11 of 18), a Planning Committee pack with the previous minutes and
 * an application report (11 of 19), full Council minutes with a run-on list of members and a recorded vote (3 of 17):
 * 72 of 147, 49 %. Round four, written blind the same morning and scored against the extractor as it was before
 * round three's lessons: Scottish committee minutes in pandoc Markdown (12 of 19), a Welsh county's forward work
 * programme in a landscape table (2 of 17), a London borough's Cabinet pack with a report headed "Agenda Item 7" on
 * every page (12 of 19) and fire authority minutes with attendance in three columns side by side (3 of 19): 29 of 74,
 * 39 %. All ten were then taught. Round five, written blind the same morning and scored against the extractor with
 * rounds three and four taught: district scrutiny minutes with run-on attendance paragraphs (9 of 19), two officer
 * decision records on one form each (13 of 18), a county's notice of key decisions as one boxed label table per
 * decision (1 of 18) and town council minutes saved from Word as a web page (7 of 19): 30 of 74, 41 %, so what one
 * round teaches does not yet carry to the next. All four were taught; round six, scored against that: a
 * ModernGov-style forward plan web page with references in its titles (3 of 17), a county Cabinet report with a
 * side-by-side cover table (15 of 17), a licensing sub-committee notice with the previous minutes (16 of 19) and
 * parish minutes in a hanging number column (16 of 18): 50 of 71, 70 % (47 of 54, 87 %, without the forward plan
 * page); all four since taught, so the next honest measure needs new packs again. Round seven (5 December 2026, evening),
 * written blind and scored before any fix against the extractor with round six taught: annual Council minutes with
 * committee appointments (11 of 22), a Cabinet pack with a four-column agenda and a record of decisions (16 of 22), a
 * Health and Wellbeing Board pack with a timed agenda and lettered papers (12 of 22), a parish summons and draft
 * minutes saved from Word as plain text (21 of 22), Schools Forum minutes with attendance grouped by sector (1 of 22)
 * and a Welsh community council's agenda and minutes with Welsh and English side by side (8 of 22): 69 of 132, 52 %.
 * Round eight, written blind the same evening and scored against the same extractor (round seven not yet taught):
 * joint health scrutiny minutes with attendance in one column per council (14 of 22), a county's web page of five
 * Cabinet Member decisions (5 of 22), a Scottish committee's agenda with the previous minutes' sederunt (12 of 22) and
 * a fire authority pack with a dot-leader contents agenda (10 of 22): 41 of 88, 47 %. All ten of rounds seven and
 * eight were then taught, so the next honest measure needs new packs again. Round nine (6 December 2026), written blind
 * and scored before any fix against the extractor with rounds seven and eight taught: an Audit and Governance agenda pack
 * with a strategic risk register (16 of 22), Cabinet minutes with run-on attendance prose and decision blocks (9 of 22),
 * an Executive report with a peer challenge action plan (6 of 21), town council minutes as a pandoc Markdown table
 * (8 of 22), an Integration Joint Board pack with a rolling action log and the previous minutes (16 of 22) and a notice
 * of key decisions saved from Word as plain text (13 of 22): 68 of 131, 52 %. All six were then taught (a risk
 * register reader, a laid-out action plan read by position, pandoc tables, spaced lettered minute numbers). Round ten
 * (6 December 2026), written blind and scored before any fix against the extractor with round nine taught: a HOSC pack
 * with the previous minutes and a work programme grouped by meeting (14 of 22), a scrutiny recommendations tracker saved
 * as a web page (1 of 22), a parish summons saved from Word as plain text (13 of 22), London borough Council minutes
 * with a three-column run-on attendance list and a motion with an amendment (16 of 22), combined authority Board minutes
 * with a recorded vote in three columns (18 of 22) and a Planning Committee pack with an index of applications and two
 * application reports (13 of 22): 75 of 132, 57 % (74 of 110, 67 %, without the tracker page). Round eleven, written
 * blind the same night and scored against the extractor with round ten taught (all but the tracker page): a Scottish
 * Policy and Resources minute with a Schedule 7A exclusion (16 of 21), a lone Cabinet report with numbered sections
 * (19 of 22), the minutes of an Annual Parish Meeting of electors (14 of 21), an agenda web page of collapsible items
 * with document links (10 of 22) and a town committee's agenda and minutes in Markdown with YAML front matter (9 of
 * 22): 68 of 108, 63 %. All of rounds ten and eleven were then taught, so the next honest measure needs new packs again.
 * Round twelve, written blind on 6 December and scored against the extractor with round eleven taught: Northern
 * Ireland committee minutes with "Proposed … Seconded … and AGREED" decisions and an In Committee item (18 of 21), a
 * Scottish Licensing Board minute saved from Word as plain text with a Sederunt (21 of 22), a county Cabinet agenda
 * with a ruled Item | Subject | Lead Member | Page table and one report (7 of 22), a bilingual Welsh Standards
 * Committee agenda (14 of 21), a town council committee's minutes converted to Markdown by pandoc (0 of 22: exit 2)
 * and an Executive decision notice of label tables (9 of 22): 69 of 130, 53 %. All six were then taught (125 of 130;
 * the Welsh agenda's bilingual members list and front-page venue are not read yet).
 * Round thirteen, written blind the same morning and scored against the extractor with round twelve taught: a
 * budget Council's minutes with a recorded vote in two side-by-side tables (19 of 22), an area committee's minutes
 * page from a CMS that is not ModernGov, with an Actions table (1 of 22), plain-text Corporate Parenting Panel
 * minutes wrapped at 72 characters with ACTION lines (16 of 22), a task and finish group's report with the
 * Executive's response table (8 of 22) and a Pensions Committee agenda in two columns with a risk register
 * appendix (2 of 22): 46 of 110, 42 %. All five were then taught (103 of 110; the Pensions Committee's front sheet,
 * membership beside the date and contact in two columns, is not read yet).
 * Round fourteen, written blind the same morning and scored against the extractor with rounds twelve and thirteen
 * taught, and not taught since: a scrutiny work programme as a landscape table with merged meeting-date cells (4 of
 * 22), a Cabinet Member's record of decision as a form of boxed sections (15 of 21), a Strategic Planning Committee
 * agenda with a schedule of applications (11 of 22), parish minutes saved from Word as plain text with "2026/114"
 * minute numbers (15 of 21) and a community council's hand-written Markdown minutes (15 of 21): 60 of 107, 56 %.
 * Three of them were then taught (the work programme to 16, the decision record to 21, the planning agenda to 20);
 * the two sets of minutes (15 of 21 each) are left for the next round to teach.
 * Round fifteen, written blind on 6 December and scored against the extractor as round fourteen left it: a Scottish
 * committee minute with a Sederunt and "The Committee agreed:-" decisions (19 of 22), a Cabinet meeting page saved from
 * a generic CMS with attendees in <details> and decisions in the agenda's list (5 of 22), a borough Planning
 * Committee's minutes with public speakers, refusal reasons and an appeals table (6 of 22), a London borough's Council
 * minutes with a three-column present list, questions, an amended motion and recorded votes (16 of 22) and a
 * district's Audit and Standards agenda with an action log and the previous minutes at the back (16 of 22): 62 of
 * 110, 56 %. All five were then taught the same morning (107 of 110; the Planning Committee's two-column present list,
 * an apology naming its substitute and officers printed title first are not read yet), and round fourteen's two sets
 * of minutes too (21 of 21 each).
 * Round sixteen, written blind the same morning and scored against the extractor with round fifteen taught: a
 * county SACRE's minutes with members grouped by statutory committee and "AGREED:" decisions (16 of 22), a district's
 * budget Council minutes with a recorded vote table and council tax figures inside the resolution (16 of 22), a town
 * council's minutes saved from Word as a filtered web page (17 of 22) and a call-in pack with the request form, the
 * Cabinet's decision record and the previous minutes (18 of 22): 67 of 88, 76 %. All four were then taught (88 of 88).
 * Round seventeen, written blind the same morning and scored against the extractor with round sixteen taught: a
 * county Cabinet's record of decisions e-mailed as plain text wrapped at 72 characters (9 of 22), an Area Board's
 * minutes with label-row banner, items in a "No | Item" table and a community grants table (6 of 22), a town
 * council's Planning and Environment Committee minutes with a comments table (20 of 21) and a scrutiny
 * recommendations tracker as one HTML table with rowspan review cells (2 of 21): 37 of 86, 43 %. All four were then
 * taught (86 of 86).
 * Round eighteen, written blind the same morning and scored against the extractor with round seventeen taught, and
 * not taught since: a parish council's annual meeting with elections, appointments to outside bodies and a schedule of
 * meetings (8 of 22), a Cabinet meeting page saved from Civica CMIS (17 of 22) and Licensing Committee minutes as
 * `pandoc -t plain` writes them, with setext headings and simple tables (12 of 21): 37 of 65, 57 %.
 * Round nineteen, written blind in the next session and scored against the extractor as round eighteen left it
 * (round eighteen untaught): a Fire and Rescue Authority's agenda pack with membership by constituent council, 5(a)/5(b)
 * sub-items, two report covers, a risk register and the previous minutes (11 of 22); a unitary council's web page of
 * officer delegated decisions (19 of 22); a Northern Ireland district council's committee minutes saved from Word as
 * plain text (13 of 22); a National Park Authority's Planning Committee minutes with member groups and applications
 * (19 of 22): 62 of 88, 70 %.
 * All four were then taught (round nineteen 83 of 88, round eighteen 65 of 65).
 * Round twenty, written blind the same session and scored against the extractor with rounds eighteen and nineteen
 * taught: a Mayoral Combined Authority's Forward Plan as a landscape table of eight wrapped columns over page breaks
 * (2 of 22), a district's Overview and Scrutiny agenda pack with summary-box report covers and a work programme
 * (16 of 22), a parish council's minutes exported from Google Docs as Markdown (17 of 21) and a Welsh county's
 * Governance and Audit Committee minutes under a bilingual heading (1 of 22): 36 of 87, 41 %. All four were then
 * taught (87 of 87).
 * Round twenty-one, written blind the same session and scored against the extractor with round twenty taught: a
 * borough's full Council summons with public and members' questions and boxed motions (22 of 22), a committee
 * system's "Decision details" page (20 of 21), a Licensing Sub-Committee's notice of determination sent to the
 * parties (6 of 22) and a Joint Waste Committee's minutes saved from LibreOffice Writer as HTML (15 of 22): 63 of
 * 87, 72 %. The last three were then taught (83 of 87: the determination's parties are read twice with its
 * "Copies to:" list, a hyphen at a line end gains a space, and one prose apologies sentence is split wrongly).
 * Round twenty-two, blind (five packs, against the extractor as round twenty-one left it): a Health and Care
 * Partnership Board's agenda pack with a timed agenda table, the previous minutes with an action log and a lettered
 * paper (12 of 22), a borough's Planning Committee agenda with applications as sub-items and one application's report
 * (15 of 22), a town council's Planning and Highways minutes saved from Word as a web page in windows-1252 (exit 2:
 * read as invalid UTF-8), a Northern Ireland district's Planning Committee minutes with recorded votes (15 of 22) and a
 * combined authority's Mayoral Decision record as pandoc plain text (12 of 22): 54 of 110, 49 %.
 * Round twenty-three, blind (three packs, against the extractor as round twenty-one left it): a parish agenda with the
 * previous minutes converted by pandoc to Markdown with grid tables (19 of 22), a parish's minutes published as a
 * WordPress page inside the theme's menus, sidebar and footer (2 of 22), and an Executive Member's decision session
 * minutes with "Reason:" after each resolution (1 of 22): 22 of 66, 33 %.
 * Rounds twenty-two and twenty-three were then taught: 110 of 110 and 66 of 66.
 * Round twenty-four, blind (four packs, against the extractor with rounds twenty-two and twenty-three taught): a web
 * page of one issue's history across four meetings (3 of 22), a Scottish committee minute with a Sederunt and a
 * division (17 of 22), a town council's summons with an "Item | Business" agenda table (20 of 21) and a district's
 * online forward plan with each item as a definition list (1 of 22): 41 of 87, 47 %. Taught: 87 of 87.
 * Round twenty-five, blind (four packs, against the extractor with rounds twenty-two to twenty-four taught), not yet
 * taught: a Scottish community council's minutes exported from Google Docs as Markdown (20 of 22), a Standards Hearing
 * Sub-Committee's decision notice as pandoc plain text (2 of 22), a Health Overview and Scrutiny Committee's minutes on a
 * CMIS-style web page (18 of 22) and a county Cabinet's landscape record of decisions in four columns (5 of 22): 45 of
 * 88, 51 %.
 * Round twenty-six, blind (four packs, against the same extractor as round twenty-five): a Welsh town council's minutes
 * printed bilingually, Welsh and English side by side (16 of 22), a safeguarding partnership board's minutes as a
 * three-column LibreOffice table with an action log (3 of 22), a borough's full Council minutes with public and
 * members' questions and recorded votes on amended motions (22 of 22), and a district Planning Committee's agenda
 * followed by the update sheet of late representations (14 of 22): 55 of 88, 62 %.
 * Rounds twenty-five and twenty-six were then taught: 87 of 88 (one Pemberton fact asks officers without their posts,
 * against the convention other packs' facts and the holdout tests keep) and 88 of 88.
 * Round twenty-seven, blind (four packs, against the extractor with rounds twenty-five and twenty-six taught): a town
 * council's Planning Committee minutes with its observations on applications as a table (19 of 21), one agenda item's
 * own web page with its decision (3 of 22), a parish clerk's e-mail saved as text with the draft minutes pasted in
 * (11 of 22) and an area forum's notes as Markdown with YAML front matter in a static site's repository (9 of 22): 42
 * of 87, 48 %. Taught: 87 of 87.
 * Round twenty-eight, blind (four packs, against the extractor with round twenty-seven taught): a district's meeting
 * page on a modern CMS with the agenda as an accordion of details elements (15 of 22), a parish's 2009 minutes book
 * as OCR'd typewritten text (18 of 22), a Cabinet report converted from Word by pandoc to Markdown with a grid-table
 * cover (17 of 22) and a fire authority's annual meeting minutes with appointments tables (18 of 22): 68 of 88, 77 %.
 * Taught: 87 of 88 (a CMS page's contact card inside an aside with a list is still dropped).
 * Round twenty-nine, blind (four packs, against the extractor with round twenty-eight taught), not yet taught: a parish
 * agenda as antiword prints an old .doc, pipe tables and all (17 of 21), a Welsh county's Cabinet notice of decisions
 * printed in Welsh and then in English (1 of 22), a Health and Wellbeing Board's minutes exported from Google Docs as
 * one line of HTML (17 of 22) and a Portfolio Holder's decision record printed from a boxed Word form with checkboxes
 * (1 of 22): 36 of 87, 41 %. Taught: 17, 22 and 21 of 22 for the three last (the sequential Welsh/English notice found
 * by its English pages; the one-line page's member tables; the boxed form's numbered label cells).
 * Round thirty, blind (four packs, against the extractor with three of round twenty-nine's taught), not yet taught: a
 * Cabinet's statutory notices of private business, general exception and special urgency (5 of 21), a town council's
 * minutes saved from LibreOffice as text, one line a paragraph with tabs and CRLF (18 of 22), an Integration Joint
 * Board committee's meeting page with a nested-list agenda and the previous minute (10 of 22), a Pension Fund
 * Committee's minutes with minute numbers in a margin column and Part II exempt minutes (13 of 22): 46 of 87, 53 %.
 * Taught: 21, 18, 22 and 22 (notices of private business and general exception as forward plan entries; a nested-list
 * agenda; run-in minute titles beside a margin column of numbers).
 * Round thirty-one, blind (three packs, against the extractor with rounds twenty-nine and thirty taught):
 * a parish council's minutes as a WordPress page with block tables (19 of 21), a district's record of Cabinet
 * decisions sent as a plain-text e-mail with ASCII-bordered tables (exits 2: 0 of 22), a Police and Crime Panel's
 * minutes with a precept review and a confirmation hearing (4 of 22): 23 of 65, 35 %. Taught: 21, 21 and 19 (a record
 * of decisions under "====" rules with ASCII-bordered tables, its summary table an index; roster statuses of part
 * attendance; letters-space-number minute numbers).
 * Round thirty-two, blind (four packs, against the extractor with round thirty-one taught): a district's
 * licensing minutes printed as one three-column table of minute number, subject and decision (13 of 22), a unitary's
 * Cabinet meeting page with a definition list of details and an accordion agenda (6 of 22), a Welsh community council's
 * agenda printed in Welsh and English side by side (11 of 21), a parish's plain-text minutes with clock times in the
 * margin and councillors by initials (8 of 22): 38 of 87, 44 %. Taught: 22, 22, 21 and 22.
 * Round thirty-three, blind (four packs, against the extractor with one of round thirty-two's taught): a borough's Full
 * Council minutes with members' questions and a recorded vote (20 of 22), a Health Overview and Scrutiny Committee
 * agenda written in Word and converted to Markdown by pandoc (7 of 20), a Scottish committee minute with a sederunt and
 * "The Committee agreed:-" decisions (17 of 22), an Area Board's minutes with a table of grant awards (11 of 22): 55 of
 * 86, 64 %. Taught: 22, 20, 22 and 22.
 * Round thirty-four, blind (four packs, against the extractor with rounds thirty-two and thirty-three taught): a town
 * council's minutes with running headers and "Chairman's initials" footers (18 of 22), a joint committee's public document
 * pack with the previous minutes and a report inside (16 of 22), a scrutiny agenda saved from Word as filtered HTML
 * (18 of 22), a county's record of Cabinet decisions converted from Word to plain text by pandoc (1 of 21): 53 of 87, 61 %.
 * Taught: the record of decisions 20 and the document pack 22.
 * Round thirty-five, blind (four packs, against the extractor with round thirty-four's record and pack taught): a Welsh
 * county's Planning Committee minutes with every heading and label printed in Welsh then English on the next line (10
 * of 22), a district Cabinet's agenda supplement with reasons for urgency, a general exception notice and a late report
 * (10 of 22), a combined authority's scrutiny minutes page with attendance in a table of name, council and mode (17 of
 * 21), an internal drainage board's minutes saved from Word as plain text with tabs and two member columns (17 of 22):
 * 54 of 87, 62 %. Taught: 22, 22, 21 and 22.
 * Round thirty-six, blind (four packs, against the extractor with round thirty-five taught): a county's Local Pension
 * Board minutes with members grouped by what they represent (15 of 22), an officer decision record as a form of
 * checkboxes (19 of 22), a shadow authority's Executive minutes written by hand in Markdown with decisions in
 * blockquotes (2 of 22), a town council's agenda saved from Word as a complete web page with a summons letter (5 of
 * 22): 41 of 88, 47 %.
 * Round thirty-seven, blind (four packs, against the extractor with round thirty-five and the Markdown minutes of round
 * thirty-six taught): a unitary's Cabinet minutes converted from Word to a web page by pandoc, declarations in its
 * footnotes (16 of 22), a parish council's minutes typed at 70 characters with Roman-numeral minute numbers (9 of 22), a
 * transport joint committee's agenda pack with membership and agenda tables across a page break (15 of 22), a London
 * borough's Planning Committee decisions list as a web page of definition lists (2 of 22): 42 of 88, 48 %.
 * Round thirty-eight, blind (four packs, against the extractor with round thirty-seven's pandoc minutes and joint
 * committee agenda taught): a Northern Ireland borough's Council minutes with prefixed running minute numbers, proposers
 * and seconders, a recorded vote and In Committee decisions (8 of 22), a combined fire authority's agenda pack with a
 * summons, Part 2 items and report covers (18 of 21), a Scottish committee minute with a two-column Present list and
 * co-opted church representatives (19 of 22), a Health Scrutiny Committee's work programme and action tracker page saved
 * as HTML (6 of 22): 51 of 87, 59 %. Taught: all four 22, 21, 22 and 22, and round thirty-seven's two left over
 * (the Roman-numeral parish minutes and the planning decisions list) 22 and 22.
 * Round thirty-nine, blind (two packs, against the extractor with round thirty-eight taught): a London borough's Council
 * order paper with members' questions, written answers and motions on notice (12 of 22), a town council's committee
 * minutes typed double-spaced at 64 columns with hyphenated line breaks and form feeds (7 of 22): 19 of 44, 43 %.
 * Round forty, blind (four packs, against the extractor with round thirty-nine taught): a town council's full council
 * minutes saved from Word as a web page in windows-1252 (18 of 22), a Welsh community council's bilingual summons printed
 * Welsh beside English (12 of 21), parish minutes with a schedule of payments and a planning applications table (21 of
 * 22), a district council's Cabinet minutes with key-decision sub-headings and call-in boxes (20 of 22): 71 of 87, 82 %.
 * Round forty-one, blind (four packs, against the extractor with round forty's parish minutes taught): a county's
 * Council minutes with petitions, public questions and an amendment lost on a recorded vote in three columns (21 of 21),
 * a unitary council's Forward Plan printed as one labelled block per decision (2 of 22), a borough's two records of
 * urgent decisions with call-in waived (18 of 22), a police and crime panel's precept agenda with its membership in two
 * columns (17 of 21): 58 of 86, 67 %.
 * Round forty-two, blind (four packs, against the extractor with rounds forty and forty-one taught): a parish agenda
 * printed as one three-column table with the clerk's notes and recommendations beside each item (10 of 21), a Health and
 * Wellbeing Board's minutes with an attendance table and an action log with RAG letters (1 of 22), a district council's
 * meeting page whose items are <details> accordions (0 of 22: exits 2), a Scottish Local Review Body minute (19 of 21):
 * 30 of 86, 35 %. Taught: 21, 22, 22 and 21 (the accordion page no longer exits 2).
 * Round forty-three, blind (four packs, against the extractor with round forty-two taught): a district council's Planning
 * Committee minutes saved from Word as plain text with tabs and CRLF (18 of 22), a town council's Full Council minutes
 * exported from Google Docs as one line of HTML with minute numbers only in <ol start> lists (1 of 22), a county's Cabinet
 * agenda printed landscape as one wide table with a three-column membership grid (18 of 21), a fire authority's Audit and
 * Scrutiny Committee minutes opening with a year-to-date attendance matrix and holding an audit tracker (8 of 22):
 * 45 of 87, 52 %. Taught: 22, 22, 21 and 22 (the Google Docs page is still not located, like ferrisham: one line).
 * Round forty-four, blind (four packs, against the extractor with round forty-three taught): a town council's committee
 * minutes typed as a two-column table, minute reference and heading left, text right, rows continued over page breaks
 * (9 of 21), a county's scrutiny minutes with decimal-numbered paragraphs and bordered DECISION / ACTION BY boxes (17 of
 * 21), a Scottish community council's minutes sent as a plain-text email with headers, underlined headings and a quoted
 * reply (12 of 21), a district's scrutiny work programme printed as a matrix of topics against meeting dates (5 of 22):
 * 43 of 85, 51 %. Taught: 21, 21, 21 and 22.
 * Round forty-five, blind (four packs, against the extractor with round forty-three and three of round forty-four's
 * packs taught): a Northern Ireland district's Planning Committee minutes with proposers, seconders, a vote and In
 * Committee items (16 of 22), a unitary council's Cabinet report whose cover is a form of ☒/☐ checkboxes (19 of 22), a
 * fire authority's Audit and Governance agenda written in Markdown with YAML front matter and a membership table (8 of
 * 21), a Welsh town council's minutes with each heading's Welsh beside it in brackets (19 of 21): 62 of 86, 72 %.
 * Taught: 22, 22, 21 and 21.
 * Round forty-six, blind (four packs, against the extractor with round forty-five taught): a town council's committee
 * minutes of 1994 scanned and read by OCR, with its noise (17 of 22), a parish agenda sent as a plain-text email with
 * the summons in a sentence (16 of 21), a district council's minutes of 1998 typed with the minute number in a
 * right-hand margin and a recorded vote (9 of 21), a county's Cabinet minutes saved from LibreOffice as HTML (21 of 22):
 * 63 of 86, 73 %. Taught: 22, 21, 21 and 22.
 * Round forty-seven, blind (four packs, against the extractor with round forty-six taught), written this time as the
 * commonplace documents most councils publish rather than a layout not seen before: a unitary council's Full Council
 * summons and agenda with the previous minutes and a recorded vote in the same pack (19 of 22), a metropolitan
 * borough's Cabinet minutes with Decision / Reasons / Alternatives sub-headings (21 of 21), a county's Planning and
 * Regulation agenda with a minerals application report (21 of 22), a National Park Authority's minutes with its
 * members listed by category (19 of 22): 80 of 87, 92 %. Taught: 22, 21, 22 and 21.
 * Round forty-eight, blind (four packs, commonplace documents again, against the extractor as round forty-seven found
 * it): a county's Forward Plan printed as blocks of labelled lines (13 of 21), a parish council's minutes printed from
 * Word whose heading's date wraps its year onto a line of its own (exit 2: nothing found, 0 of 21), a borough's Planning
 * Committee minutes with speakers and counted votes (22 of 22), a London borough's scrutiny agenda pack with a call-in
 * report and a work programme table (14 of 22): 49 of 86, 57 %. Taught: 21, 21, 22 and 22.
 * Round forty-nine, blind (four packs, commonplace documents, against the extractor with rounds forty-seven and
 * forty-eight taught): a district's Cabinet agenda pack with a key-decision report and its risk table (17 of 21), a
 * unitary's Health and Wellbeing Board agenda with members by organisation and the previous minutes with an actions
 * table (13 of 22), a county's Audit and Governance minutes with an action log (20 of 22), a Scottish council's
 * committee minute with a roll-call division (20 of 22): 70 of 87, 80 %. Taught: 21, 22, 21 and 21.
 * Round fifty, blind (four packs, commonplace documents, against the extractor with rounds forty-seven to forty-nine
 * taught): a district's Licensing Sub-Committee hearing minutes (20 of 22), a town council's Full Council summons
 * printed from Word with its planning list and payments schedule (18 of 22), a police and crime panel's minutes on the
 * precept (19 of 22), a county's scrutiny recommendations tracker printed landscape (6 of 21, its rows not located):
 * 63 of 87, 72 %. Taught: 22, 22, 21 and 21, the tracker's rows now located.
 * Round fifty-one, blind (four packs, commonplace documents, against the extractor with rounds forty-seven to fifty
 * taught): a district's Full Council minutes with a motion, an amendment lost and a long run-on attendance list (22 of
 * 22), a county's Record of Executive Decision form by a Cabinet Member (6 of 21), a borough's committee meeting page
 * saved from its website with an attendance panel (3 of 21: found, read as nothing), a parish's annual meeting notice
 * and agenda as hard-wrapped plain text (21 of 21): 52 of 85, 61 %. Taught: 22, 21, 21 and 21.
 * Round fifty-two, blind (five packs, commonplace documents, against the extractor with round fifty-one taught): a
 * county's Full Council summons with public questions and motions printed in full (17 of 21), a borough's Planning
 * Committee agenda with a schedule of applications and their reports (22 of 22), a district's Audit and Governance
 * agenda pack with the previous minutes and an internal audit report cover (22 of 22), a unitary's scrutiny minutes
 * with two call-ins and an actions table (17 of 22), a metropolitan borough's Cabinet report with an exempt appendix
 * named (12 of 22): 90 of 109, 83 %.
 * Round fifty-three, blind (three packs, commonplace documents, against the same extractor): a town council's annual
 * meeting minutes with appointments and an outside-bodies table (22 of 22), a county's Health Overview and Scrutiny
 * agenda pack with a covering report and the work programme table (17 of 22), a district's Cabinet agenda in the
 * modern.gov style with Part II and a Notice of Key Decisions table (16 of 22): 55 of 66, 83 %.
 * Round fifty-four, blind (five packs, commonplace documents, against the extractor with rounds fifty-two and
 * fifty-three taught): a metropolitan borough's Licensing Sub-Committee agenda with the officer's report (19 of 22), a
 * district's Full Council minutes with public questions and a recorded vote (22 of 22), a unitary's Area Committee
 * minutes with a ward grants table (21 of 21), a Scottish council's Planning Committee minute with roll-call votes
 * (13 of 21), a combined authority's scrutiny agenda with its forward plan (20 of 22): 95 of 108, 88 %.
 * Round fifty-five, blind (three packs, commonplace documents, against the same extractor): a parish council's minutes
 * set as a two-column table with planning and payments tables (21 of 21), a Northern Ireland council's committee
 * minutes with "Moved by … Seconded by … and RESOLVED" and an item in committee (20 of 22), a district's Planning
 * Committee schedule of decisions published the day after (12 of 21): 53 of 64, 83 %.
 * Round fifty-six, blind (five packs, commonplace documents, against the extractor with rounds fifty-two to fifty-five
 * taught): a county's Cabinet minutes with decision sub-headings and the call-in deadline (21 of 21), a county's
 * decision notices one per page as label | value forms (3 of 22), a county's Pension Fund Committee minutes with exempt
 * minutes by title (20 of 22), a Welsh county borough's Cabinet minutes with an attendance table (19 of 22), a town
 * council's Planning Committee agenda with application tables (16 of 21): 79 of 108, 73 %.
 * Round fifty-seven, blind (four packs, commonplace documents, against the extractor with round fifty-six taught): a
 * borough's Cabinet agenda pack with a key decision report (17 of 22), a district's Licensing and Regulatory Committee
 * minutes with a fees table (21 of 22), a London borough's Council minutes page saved from its website (2 of 21), a
 * Scottish community council's minutes with actions by initials (20 of 21): 60 of 86, 70 %.
 * Round fifty-eight, blind (four packs, commonplace documents, against the extractor with round fifty-seven taught): a
 * parish council's notice of meeting and agenda with decimal sub-items (20 of 22), a borough's Full Council minutes with
 * members' questions and answers (11 of 21), a Welsh community council's minutes with bilingual labels and a Welsh
 * heading first (3 of 20), a town council's minutes posted inline on its website (19 of 21): 53 of 84, 63 %.
 * Each is a council document, so
 * none may exit 2; each must validate and point every record at its source lines. Not every fact passes yet:
 * `PASSING` is how many of each pack's facts pass today, a floor that may only rise (raise it when the extractor
 * learns more). `EXITS_2_TODAY` lists packs the extractor still rejects as not a council document: a known failure,
 * recorded rather than hidden; the test fails once the pack is read, so move it out of the list then and raise its floor.
 */
describe('blind packs of councils the extractor was not written against', () => {
  const blindDir = resolve(fixturesDir, 'blind');
  const PASSING: Record<string, number> = {
    'aberfelin-town-council-minutes-2026-12-14': 22,
    'aldercombe-overview-scrutiny-2025-10-09': 19,
    'aldercombe-st-giles-parish-agenda-2027-05-11': 22,
    'anyshire-otherby-joint-waste-2025-09-18': 18,
    'ardley-wolds-key-decisions-2026-02-02': 22,
    'ashby-magna-parish-council-agenda-2027-01-12': 22,
    'ashcombe-marsh-fire-authority-2025-10-23': 22,
    'ashcombe-regis-town-council-annual-minutes-2024-05-14': 22,
    'ashcombe-vale-fire-authority-agenda-2027-02-11': 22,
    'ashenholt-cabinet-decisions-2025-10-15': 18,
    'ashgrove-budget-council-2026-02-26': 22,
    'ashwell-priors-parish-council-agenda-2027-02-08': 21,
    'auchenbrae-glenmuir-community-council-minutes-2027-02-22': 21,
    'auchterlee-education-childrens-services-committee-minute-2027-05-20': 22,
    'ballykeelan-strandmore-council-minutes-2027-03-25': 22,
    'balmerrick-drumlaw-community-council-2026-02-17': 19,
    'bannvale-district-planning-committee-minutes-2026-12-07': 22,
    'blackmere-fire-authority-2024-12-12': 15,
    'brackenbury-town-council-planning-committee-minutes-2027-01-25': 21,
    'brackenfold-council-summons-2026-11-18': 16,
    'brackenmoor-district-council-minutes-1998-09-17': 21,
    'brackenmoor-officer-delegated-decisions-2027-01': 22,
    'brackenshire-cabinet-decision-notices-2030-06-18': 22,
    'brackleigh-norbridge-area-committee-minutes-2030-03-12': 21,
    'brackley-heath-hosc-2026-03-05': 22,
    'brackwater-oldmere-fire-agc-2025-11-27': 19,
    'bramwell-health-wellbeing-board-2025-06-24': 16,
    'brantwick-local-pension-board-minutes-2031-07-09': 22,
    'brindlemoor-council-minutes-2025-11-26': 17,
    'broadholme-annual-council-2025-05-20': 22,
    'bryncelyddon-community-council-agenda-2027-03-17': 21,
    'caddingford-cabinet-agenda-2027-10-13': 22,
    'caddisford-licensing-regulatory-minutes-2029-02-06': 22,
    'caerwennol-cabinet-forward-work-programme-2025-09-01': 17,
    'cairnfell-npa-planning-2024-09-19': 16,
    'cairnmore-community-council-minutes-2026-11-10': 22,
    'caldermere-licensing-sub-committee-agenda-2030-06-18': 22,
    'caldermere-overview-scrutiny-minutes-2031-02-11': 21,
    'caldermoor-officer-decisions-2026-11-05': 17,
    'carnbeck-scrutiny-work-programme-2026-09-01': 22,
    'carrowdrum-lisnaveagh-environmental-services-minutes-2031-03-04': 22,
    'carrowmore-and-lisnagh-environment-committee-minutes-2026-11-03': 22,
    'carrowshire-pcc-decision-2025-10-14': 16,
    'castlebrook-council-cabinet-report-2027-03-16': 22,
    'castlewick-cabinet-2026-02-11': 22,
    'caversfield-housing-scrutiny-2026-02-24': 19,
    'cawstow-parva-parish-council-minutes-2027-03-09': 21,
    'copperdale-adults-health-scrutiny-recommendations-tracker-2028-03-07': 21,
    'copplestow-town-council-full-council-minutes-2027-04-13': 22,
    'corrieburn-ijb-2026-01-22': 22,
    'corringdale-issue-history-local-plan-2026': 22,
    'corrisdale-county-council-corporate-scrutiny-committee-minutes-2027-06-09': 21,
    'corvendale-cabinet-decisions-bulletin-2027-03-03': 22,
    'cotterford-brinsop-licensing-regulatory-committee-minutes-2027-04-14': 22,
    'cradlebridge-town-council-fgp-committee-minutes-2004-11-09': 22,
    'cresswold-community-environment-committee-meeting-page-2027-10-14': 22,
    'culverhythe-district-council-minutes-2028-02-23': 22,
    'cwm-aderyn-cabinet-2025-09-16': 15,
    'cwm-gwenallt-community-council-2026-01-19': 22,
    'cyngor-sir-penfro-deheuol-cabinet-decisions-2027-02-15': 21,
    'drumcarrow-environment-committee-2026-10-06': 21,
    'dunholt-caxbridge-fire-authority-agenda-2027-04-21': 21,
    'dunmarron-education-childrens-services-committee-minute-2029-03-08': 22,
    'dunmorrow-council-meeting-page-2027-02-16': 22,
    'dyffryn-tarian-communities-scrutiny-2026-03-12': 15,
    'eastmere-forward-plan-2025-12-01': 15,
    'ebbsworth-cabinet-minutes-2028-02-15': 21,
    'ellerdyke-town-council-full-council-agenda-2027-09-14': 22,
    'ellingshire-cyp-scrutiny-2025-11-20': 19,
    'elmsworth-safeguarding-partnership-board-minutes-2026-11-26': 22,
    'fallowmere-cabinet-agenda-supplement-2031-11-12': 22,
    'fellbridge-cabinet-agenda-item-page-2027-03-03': 22,
    'fenmarsh-combined-authority-forward-plan-2027-04': 22,
    'fennbridge-cabinet-2026-06-17': 19,
    'fenwold-planning-committee-2025-11-04': 15,
    'ferncaster-full-council-minutes-2029-03-21': 22,
    'ferncastle-scrutiny-tracker-2026-02-12': 22,
    'fernhollow-parish-council-minutes-2026-10-05': 22,
    'ferrisham-health-wellbeing-board-minutes-2026-10-29': 22,
    'glenarden-education-committee-2025-06-05': 16,
    'glenarrick-community-council-minutes-2029-03-12': 21,
    'glenavon-council-environment-infrastructure-committee-minute-2026-11-19': 22,
    'glenlarig-policy-resources-2026-02-19': 21,
    'glenmourne-rathkeel-district-council-planning-committee-minutes-2027-11-03': 22,
    'glenmuick-licensing-board-2026-08-20': 22,
    'glyn-cerydd-community-council-summons-2027-09-14': 21,
    'gorsedale-planning-regulation-committee-agenda-2028-03-09': 22,
    'greyfriars-borough-planning-committee-agenda-2027-01-27': 22,
    'greystoke-vale-town-council-2026-03-17': 22,
    'haddlestow-planning-committee-agenda-2027-06-08': 21,
    'hallowfield-cabinet-report-2030-02-12': 22,
    'hallowmere-health-care-partnership-board-2027-03-18': 22,
    'hallowmere-planning-committee-agenda-2030-06-18': 22,
    'harbledon-licensing-sub-committee-minutes-2028-05-17': 22,
    'harlowmere-officer-decisions-2025-11-12': 18,
    'harnbrook-county-council-audit-governance-committee-minutes-2028-07-20': 21,
    'harnmere-cabinet-member-decision-record-2028-06-19': 21,
    'harnwick-vale-area-board-minutes-2027-03-10': 22,
    'harrowbeck-council-minutes-2028-10-18': 21,
    'harrowby-cabinet-agenda-2026-10-14': 22,
    'harrowcombe-town-council-minutes-2029-05-14': 20,
    'harrowdale-national-park-planning-committee-minutes-2026-10-08': 22,
    'harrowdene-county-council-cabinet-minutes-2026-11-17': 22,
    'harrowdenshire-county-council-cabinet-agenda-2027-03-18': 21,
    'harrowfield-cabinet-decisions-2025-11-18': 16,
    'harrowmere-county-council-agenda-2030-02-20': 21,
    'harrowmere-forward-plan-2030-03-04': 21,
    'hartmoor-county-forward-plan-2026-02-02': 16,
    'hartsfield-borough-council-summons-2027-03-24': 22,
    'hartsmoor-decision-details-2025-11-13': 13,
    'hartswell-st-bride-parish-council-agenda-2027-06-14': 21,
    'hawksmere-council-forward-plan-2027-05-04': 22,
    'hedgecombe-regis-town-council-full-council-minutes-2027-04-19': 22,
    'hexley-cabinet-report-2026-04-22': 22,
    'hexworth-audit-governance-2026-01-28': 22,
    'hindlemere-cabinet-agenda-2030-03-13': 21,
    'hollinbrook-planning-decisions-2027-03-10': 21,
    'hollins-cross-parish-council-minutes-2027-01-18': 22,
    'hollinsfield-council-minutes-2030-02-26': 21,
    'hollinsmoor-sacre-minutes-2027-02-04': 22,
    'hollinsworth-parish-2026-10-13': 17,
    'hollowfold-licensing-regulatory-committee-meeting-page-2028-06-13': 21,
    'hollowmere-health-wellbeing-board-2026-03-18': 22,
    'hollybrook-parish-summons-2026-04-14': 22,
    'inverbrae-education-children-2026-02-26': 22,
    'inverstrae-communities-committee-minute-2027-01-14': 22,
    'kelderwick-police-crime-panel-minutes-2027-02-04': 19,
    'kellingmoor-cabinet-meeting-page-2027-02-09': 22,
    'kelmscombe-planning-committee-minutes-2027-02-22': 21,
    'kelsworth-st-mary-parish-council-minutes-2027-02-11': 21,
    'kelvershire-key-decisions-2025-11-14': 18,
    'kestermoor-dunsford-fire-audit-scrutiny-minutes-2027-07-15': 22,
    'kestonbury-north-area-committee-2026-07-15': 22,
    'kestrel-vale-scrutiny-tracker-2025-11-19': 13,
    'kestrelby-overview-scrutiny-agenda-2027-03-04': 22,
    'kilbrannock-council-local-review-body-minute-2027-11-17': 21,
    'kilnsey-borough-council-2026-02-25': 22,
    'kingsbridge-on-wey-town-council-2026-02-10': 16,
    'kingsholt-portfolio-holder-decision-record-2027-01-21': 21,
    'kirkholme-standards-hearing-decision-notice-2026-11-30': 22,
    'lanworth-county-council-minutes-2027-09-16': 21,
    'larkhythe-scrutiny-recommendations-tracker-2027-02-16': 21,
    'lindenshire-cabinet-member-decision-2026-03-16': 18,
    'little-haddow-parish-council-minutes-2026-09-14': 21,
    'little-wenham-annual-parish-meeting-2026-05-05': 21,
    'llanfedwy-cabinet-minutes-2028-10-17': 22,
    'llanfeirion-standards-committee-2026-11-12': 21,
    'llanferwig-community-council-minutes-2026-09-08': 20,
    'llanfeurig-town-council-full-council-minutes-2027-03-08': 21,
    'lough-carran-corporate-services-2024-10-08': 15,
    'lower-brantwick-parish-council-agenda-2027-04-13': 21,
    'ludworth-town-council-full-council-agenda-2027-02-03': 21,
    'lydbrook-magna-parish-council-minutes-2009-03-09': 22,
    'maenorydd-planning-committee-minutes-2029-03-14': 22,
    'malverley-full-council-agenda-2028-03-16': 22,
    'marchwood-health-overview-scrutiny-minutes-2026-12-03': 22,
    'mardale-ca-board-2026-03-20': 22,
    'mardenshire-health-scrutiny-agenda-2030-06-18': 22,
    'mardenshire-pension-fund-committee-minutes-2026-11-19': 22,
    'marlcombe-borough-urgent-decisions-2027-02-17': 22,
    'marlstone-budget-council-minutes-2027-02-24': 22,
    'marrick-fennock-joint-crematorium-committee-2027-06-17': 22,
    'marrowdale-sennick-fire-audit-2025-09-25': 17,
    'marrowford-health-wellbeing-board-agenda-2031-03-12': 22,
    'marrowvale-ca-overview-scrutiny-committee-minutes-2028-03-14': 21,
    'merrifield-corporate-parenting-2026-10-21': 22,
    'merrowshire-forward-plan-2026-02-16': 17,
    'mournehaven-glenbrack-council-2025-11-03': 17,
    'much-coldharbour-parish-council-minutes-2027-07-13': 22,
    'netherby-cross-parish-2026-04-07': 22,
    'northcombe-cabinet-report-library-service-2027-03-17': 22,
    'northmoor-police-crime-panel-2025-07-10': 15,
    'northwold-cabinet-member-decisions-2026-01-16': 22,
    'oakenshire-cabinet-report-2026-03-10': 17,
    'ormsby-vale-cabinet-decision-details-2027-02-17': 21,
    'orrinford-valley-ca-overview-scrutiny-agenda-2031-02-11': 22,
    'orrisdown-kettlebury-area-board-minutes-2027-06-16': 22,
    'ostwick-cabinet-member-decision-record-2026-10-02': 21,
    'ottermarsh-cabinet-minutes-2030-10-15': 22,
    'oxenhithe-planning-committee-minutes-2028-06-14': 22,
    'pelham-oakes-annual-parish-council-meeting-2026-05-18': 22,
    'pellbrook-vale-overview-scrutiny-work-programme-2027-05-24': 22,
    'pellingford-cabinet-minutes-2025-12-10': 22,
    'pellingham-audit-governance-agenda-2030-07-24': 22,
    'pemberton-county-cabinet-record-of-decisions-2027-02-09': 21,
    'penbury-licensing-sub-committee-determination-2026-11-12': 19,
    'pendlecote-town-council-full-council-agenda-2028-03-14': 22,
    'penhallow-planning-applications-committee-2026-11-25': 22,
    'pennathorpe-town-council-fgp-committee-minutes-1994-01-18': 22,
    'pennick-bridge-town-council-minutes-2027-01-11': 22,
    'pennwick-schools-forum-2025-12-04': 22,
    'quarrington-cabinet-agenda-page-2026-05-13': 22,
    'quenbury-cabinet-agenda-2028-10-17': 22,
    'quenbury-town-council-full-council-minutes-2027-02-09': 22,
    'quenby-saltings-parish-council-annual-meeting-agenda-2027-05-18': 21,
    'quenlow-vale-district-council-planning-committee-minutes-2027-03-17': 22,
    'quillerton-st-giles-parish-council-minutes-2029-06-12': 22,
    'quillhaven-cabinet-meeting-page-2027-03-17': 22,
    'ravenshire-health-scrutiny-2024-12-05': 14,
    'ravensholt-health-overview-scrutiny-committee-agenda-2027-04-14': 20,
    'ravensmoor-borough-council-minutes-2027-01-27': 22,
    'rendlesham-vale-joint-hosc-2025-11-06': 22,
    'rivington-fells-parish-minutes-2026-11-10': 21,
    'rowanford-planning-committee-2026-01-21': 22,
    'sallowgate-call-in-scrutiny-2027-01-28': 22,
    'saltbrook-town-council-planning-highways-minutes-2026-11-16': 22,
    'saltmarsh-fgp-committee-2026-11-03': 22,
    'sandlow-overview-scrutiny-agenda-2031-02-11': 22,
    'sellbury-cross-town-council-environment-amenities-leisure-committee-minutes-2027-09-20': 21,
    'severn-marches-fire-authority-annual-meeting-minutes-2026-06-22': 22,
    'severnvale-ca-decision-2025-10-07': 14,
    'sir-dyfnant-governance-audit-committee-minutes-2026-12-09': 22,
    'skelbrooke-cabinet-decisions-bulletin-2027-02-09': 21,
    'skelderwater-npa-authority-minutes-2027-09-24': 21,
    'stanbridge-wick-council-order-paper-2027-11-17': 22,
    'stannington-peer-challenge-2026-02-05': 21,
    'stavercombe-parish-council-minutes-2027-03-09': 22,
    'stenbury-market-town-council-full-council-minutes-2027-03-15': 22,
    'stourmoor-licensing-hearing-2025-08-20': 16,
    'stowmarden-district-officer-decision-record-2029-03-14': 22,
    'strathcairn-housing-communities-report-2026-01-27': 14,
    'strathkelvie-planning-committee-minutes-2026-09-09': 21,
    'strathlorne-housing-communities-committee-minute-2026-05-14': 21,
    'strathmorven-education-committee-2025-09-03': 19,
    'tamsford-cabinet-statutory-notices-2027-02-08': 21,
    'tannersley-planning-minutes-2027-02-03': 20,
    'tansworth-police-crime-panel-precept-agenda-2027-02-01': 21,
    'tarnbury-licensing-sub-committee-2026-02-02': 19,
    'tarnmoor-haswick-fire-rescue-authority-audit-governance-committee-agenda-2027-09-16': 21,
    'tarrowby-overview-scrutiny-committee-agenda-2027-06-22': 22,
    'tarrowshire-cabinet-record-of-decisions-2027-06-09': 20,
    'tenterbrook-district-cabinet-minutes-2027-04-14': 22,
    'thamesholme-council-minutes-2027-01-20': 22,
    'thistlecombe-parish-council-2026-03-09': 18,
    'thornaby-vale-task-finish-review-2026-09-30': 22,
    'thornbury-fells-forward-plan-2026-01-05': 15,
    'thornleighshire-cabinet-cmis-page-2027-03-16': 22,
    'thornmere-cabinet-minutes-2031-10-14': 21,
    'thornmere-health-scrutiny-work-programme-2029-09-11': 22,
    'thornwick-vale-audit-standards-agenda-2027-01-26': 22,
    'thrapston-vale-forward-plan-page-2027-02-01': 22,
    'thrushbury-parish-council-2026-01-13': 18,
    'tidewell-district-planning-committee-update-sheet-2027-02-10': 22,
    'tollbridge-finance-committee-2026-06-09': 22,
    'tregaron-vale-community-council-2026-10-08': 21,
    'tullochmuir-ijb-audit-risk-committee-meeting-page-2027-03-17': 22,
    'upper-wendle-parish-2025-09-08': 16,
    'wealdmarch-shadow-executive-minutes-2032-03-18': 22,
    'wealdmoor-pensions-committee-2026-12-09': 22,
    'wendlebury-downs-licensing-committee-minutes-2027-01-19': 21,
    'wendlesham-planning-committee-decisions-2029-10-16': 22,
    'wenmoor-transport-joint-committee-agenda-2029-11-22': 22,
    'wessex-vale-ca-mayoral-decision-md2026-31': 22,
    'westbury-vale-cabinet-2026-03-11': 15,
    'westmarch-area-forum-minutes-2026-11-30': 22,
    'wethercombe-town-council-minutes-2025-07-08': 19,
    'wexcombe-executive-decision-notice-2026-09-24': 22,
    'weyland-joint-waste-committee-minutes-2026-10-21': 21,
    'wharrendale-health-wellbeing-board-minutes-2027-09-14': 22,
    'wickham-lacey-town-council-2025-01-21': 14,
    'wrenfield-planning-committee-2026-01-14': 19,
    'wrentholme-level-idb-board-minutes-2030-02-12': 22,
    'wychbourne-parish-council-minutes-2028-10-09': 21,
    'wyndlesham-police-crime-panel-minutes-2028-02-03': 21,
    'wystanshire-pension-fund-committee-minutes-2030-03-12': 22,
    'wyvernley-borough-council-minutes-2027-04-20': 22,
    'yarrowby-executive-member-decision-session-2026-11-24': 22,
  };
  const EXITS_2_TODAY = new Set<string>([]);
  // Packs with a record that does not point at its source lines today (a known failure, recorded: the
  // test fails once the pack is located, so take it out of the list then).
  // ferrisham: a Google Docs web page is one line of HTML, so every record is at line 1 and the items of a list
  // "overlap"; whether a one-line source should be located by character offsets instead is for whoever teaches it.
  const UNLOCATED_TODAY = new Set<string>(['ferrisham-health-wellbeing-board-minutes-2026-10-29', 'hedgecombe-regis-town-council-full-council-minutes-2027-04-19']);
  const packs = readdirSync(blindDir)
    .filter((f) => f.endsWith('.facts.mjs'))
    .map((f) => {
      const base = f.replace(/\.facts\.mjs$/, '');
      const files = readdirSync(blindDir).filter((x) => x.startsWith(`${base}.`) && /\.(?:txt|md|html|pdf)$/.test(x));
      // A PDF pack keeps the `pdftotext -layout` text it gives beside it (as ../shared/packs does): the facts
      // name the text, and the PDF itself must give the same facts.
      return { base, facts: resolve(blindDir, f), source: files.find((x) => !x.endsWith('.pdf')), pdf: files.find((x) => x.endsWith('.pdf')) };
    });

  it('has every pack with its source and a floor', () => {
    expect(packs.map((p) => p.base).sort()).toEqual(Object.keys(PASSING).sort());
    expect(packs.filter((p) => p.source === undefined)).toEqual([]);
  });

  for (const p of packs.filter((x) => EXITS_2_TODAY.has(x.base))) {
    it(`${p.base}: KNOWN FAILURE, still exits 2 (not recognised as a council document, or not decoded)`, () => {
      const bytes = readFileSync(resolve(blindDir, p.source as string));
      expect(() => extractPack(bytes, p.source as string)).toThrow(/no agenda, minutes, report|not valid UTF-8/);
    });
  }

  for (const p of packs.filter((x) => !EXITS_2_TODAY.has(x.base))) {
    it(`${p.base}: read (exit 0), valid, located, and at least ${PASSING[p.base]} facts`, async () => {
      const bytes = readFileSync(resolve(blindDir, p.source as string));
      const result = extractPack(bytes, p.source as string);
      const doc = asJson(result);
      expect(validate?.(doc)).toEqual([]);
      expect(result.warnings.filter((w) => w.code === 'internal-error')).toEqual([]);
      if (UNLOCATED_TODAY.has(p.base)) expect(provenanceProblems(result, decodeSource(bytes).lineText), 'KNOWN FAILURE: a record not located').not.toEqual([]);
      else expect(provenanceProblems(result, decodeSource(bytes).lineText)).toEqual([]);
      const { facts } = (await import(pathToFileURL(p.facts).href)) as { facts: Array<[string, (d: unknown, norm: typeof n) => unknown]> };
      const passed = facts.filter(([, fn]) => {
        try {
          return fn(doc, n) === true;
        } catch {
          return false;
        }
      }).length;
      expect(passed).toBeGreaterThanOrEqual(PASSING[p.base] as number);
    });
  }

  for (const p of packs.filter((x) => x.pdf !== undefined && !EXITS_2_TODAY.has(x.base))) {
    it(`${p.base}: from its PDF, the same facts as from its text (bar the source's name and hash)`, async () => {
      if (!findPdfToText()) {
        expect(process.env.REQUIRE_SHARED, 'pdftotext must be installed when REQUIRE_SHARED=1').not.toBe('1');
        return;
      }
      const fromPdf = asJson(extractPack(readFileSync(resolve(blindDir, p.pdf as string)), p.pdf as string));
      const fromText = asJson(extractPack(readFileSync(resolve(blindDir, p.source as string)), p.source as string));
      expect(validate?.(fromPdf)).toEqual([]);
      const { facts } = (await import(pathToFileURL(p.facts).href)) as { facts: Array<[string, (d: unknown, norm: typeof n) => unknown]> };
      const outcome = (doc: unknown): string[] =>
        facts
          .filter(([name, fn]) => {
            if (name === 'source') return false;
            try {
              return fn(doc, n) === true;
            } catch {
              return false;
            }
          })
          .map(([name]) => name);
      expect(outcome(fromPdf)).toEqual(outcome(fromText));
    });
  }
});
