import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { attendances, meetings, minutes, people } from '../../db/schema.ts';
import { formatDate } from '../../web/format.ts';
import { defaultPeriod } from './attendance.schema.ts';

let t: TestApp;
let clerk: string;
const published = { publication: 'published' as const, publishedAt: new Date('2030-06-01T09:00:00Z'), publishedBy: 'clerk@test.example' };
const period = 'from=2030-01-01&to=2030-12-31';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const c = await makeCouncil(db);
  const [bob] = await db
    .insert(people)
    .values({ bodyId: c.body.id, slug: 'bob-weir', kind: 'councillor', printedName: 'Cllr Bob Weir', givenName: 'Bob', familyName: 'Weir' })
    .returning();
  const meeting = (startAt: string, status: 'held' | 'cancelled' = 'held') => ({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date(startAt), status });
  const [b, cancelled, unpublished, later] = await db
    .insert(meetings)
    .values([meeting('2030-04-01T09:00:00Z'), meeting('2030-05-01T09:00:00Z', 'cancelled'), meeting('2030-05-10T09:00:00Z'), meeting('2031-01-10T10:00:00Z')])
    .returning();
  const a = c.meeting;
  await db.insert(minutes).values([
    { meetingId: a.id, status: 'approved', ...published },
    { meetingId: b!.id, status: 'approved', ...published },
    { meetingId: cancelled!.id, status: 'approved', ...published },
    { meetingId: unpublished!.id, status: 'draft', publication: 'draft' },
    { meetingId: later!.id, status: 'approved', ...published },
  ]);
  const ada = { personId: c.chair.id, printedName: 'Cllr Ada Brook' };
  const weir = { personId: bob!.id, printedName: 'Cllr Bob Weir' };
  await db.insert(attendances).values([
    { meetingId: a.id, ...ada, kind: 'present' },
    { meetingId: a.id, ...weir, kind: 'apologies' },
    { meetingId: a.id, personId: null, printedName: '=SUM(1+1)', kind: 'substitute', substituteFor: 'Cllr Bob Weir' },
    { meetingId: a.id, personId: null, printedName: 'Tom Brook', kind: 'officer' },
    { meetingId: b!.id, ...ada, kind: 'apologies' },
    { meetingId: b!.id, ...weir, kind: 'present' },
    { meetingId: cancelled!.id, ...ada, kind: 'present' },
    { meetingId: unpublished!.id, ...ada, kind: 'absent' },
    { meetingId: later!.id, ...ada, kind: 'absent' },
  ]);
  await makeUser(db, 'democratic-services', 'clerk@test.example');
  clerk = await signIn(t.app, 'clerk@test.example', 'correct horse battery');
});
afterAll(() => t.close());

/** The cells of each body row of the page's table, as text. */
function table(html: string): string[][] {
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
      c[1]!
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

describe('committee attendance', () => {
  it('counts each member over the period, leaving out cancelled meetings and unpublished minutes', async () => {
    const res = await t.app.inject(`/committees/roads-and-rivers/attendance?${period}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('2 meetings with published minutes in this period');
    expect(table(res.body)).toEqual([
      ['=SUM(1+1)', '0', '0', '0', '0', '1'],
      ['Cllr Ada Brook', '2', '1 (50%)', '1 (50%)', '0', '0'],
      ['Cllr Bob Weir', '2', '1 (50%)', '1 (50%)', '0', '0'],
    ]);
    expect(res.body).toContain(`href="/committees/roads-and-rivers/attendance.csv?${period.replace('&', '&amp;')}"`);
  });

  it('downloads the same table as CSV, with formula cells defused', async () => {
    const res = await t.app.inject(`/committees/roads-and-rivers/attendance.csv?${period}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="attendance-roads-and-rivers-2030-01-01-to-2030-12-31.csv"');
    expect(res.body.split('\r\n')).toEqual([
      'Name,Meetings expected,Attended,Attended (%),Apologies,Apologies (%),Absent,Attended as substitute',
      "'=SUM(1+1),0,0,,0,,0,1",
      'Cllr Ada Brook,2,1,50,1,50,0,0',
      'Cllr Bob Weir,2,1,50,1,50,0,0',
      '',
    ]);
  });

  it('counts meetings whose minutes are not yet published for a clerk only', async () => {
    const res = await t.app.inject({ url: `/committees/roads-and-rivers/attendance?${period}`, headers: { cookie: clerk } });
    expect(table(res.body)[1]).toEqual(['Cllr Ada Brook', '3', '1 (33%)', '1 (33%)', '1', '0']);
  });

  it('reads GOV.UK date inputs, and says what is wrong with a date', async () => {
    const ok = await t.app.inject('/committees/roads-and-rivers/attendance?from-day=1&from-month=4&from-year=2030&to-day=30&to-month=4&to-year=2030');
    expect(table(ok.body).map((r) => r.slice(0, 3))).toEqual([
      ['Cllr Ada Brook', '1', '0 (0%)'],
      ['Cllr Bob Weir', '1', '1 (100%)'],
    ]);
    const bad = await t.app.inject('/committees/roads-and-rivers/attendance?from-day=31&from-month=2&from-year=2030');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('The start date must be a real date');
    expect(bad.body).toContain('href="#from-day"');
    const backwards = await t.app.inject('/committees/roads-and-rivers/attendance?from=2030-12-01&to=2030-01-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain('The end date must be the same as or after the start date');
  });

  it('shows the last 12 months by default, and 404 for an unknown committee', async () => {
    const res = await t.app.inject('/committees/roads-and-rivers/attendance');
    expect(res.statusCode).toBe(200);
    const p = defaultPeriod();
    expect(res.body).toContain(`${formatDate(p.from)} to ${formatDate(p.to)}`);
    expect(res.body).toContain('No attendance is recorded for this period.');
    expect((await t.app.inject('/committees/nope/attendance')).statusCode).toBe(404);
    expect((await t.app.inject('/committees/nope/attendance.csv')).statusCode).toBe(404);
  });
});

describe("a councillor's attendance", () => {
  it('counts their meetings by committee, as a table and CSV, linked from their page', async () => {
    const res = await t.app.inject(`/people/ada-brook/attendance?${period}`);
    expect(res.statusCode).toBe(200);
    expect(table(res.body)).toEqual([['Roads and Rivers Committee', '2', '1 (50%)', '1 (50%)', '0', '0']]);
    const csv = await t.app.inject(`/people/ada-brook/attendance.csv?${period}`);
    expect(csv.body).toBe(
      'Committee,Meetings expected,Attended,Attended (%),Apologies,Apologies (%),Absent,Attended as substitute\r\nRoads and Rivers Committee,2,1,50,1,50,0,0\r\n',
    );
    expect((await t.app.inject('/people/ada-brook')).body).toContain('href="/people/ada-brook/attendance"');
    expect((await t.app.inject('/people/nobody/attendance')).statusCode).toBe(404);
  });
});
