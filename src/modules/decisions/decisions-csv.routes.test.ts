import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { decisions } from '../../db/schema.ts';

let t: TestApp;
let member: string;
const MARKER = 'KESTREL-EXEMPT-5120';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const c = await makeCouncil(db);
  const published = { publication: 'published' as const, publishedAt: new Date('2030-03-05T09:00:00Z'), publishedBy: 'clerk@test.example' };
  const base = { bodyId: c.body.id, meetingId: c.meeting.id, makerOrganisationId: c.org.id, makerText: 'Roads and Rivers Committee', access: 'public' as const, ...published };
  await db.insert(decisions).values(
    Array.from({ length: 26 }, (_, i) => ({
      ...base,
      title: i === 0 ? '=HYPERLINK("http://evil.example")' : `Culvert repair number ${i + 1}`,
      decisionText: `Approved repair ${i + 1}.`,
      decidedOn: `2030-03-${String((i % 28) + 1).padStart(2, '0')}`,
      isKey: i % 2 === 0,
    })),
  );
  await db.insert(decisions).values({
    ...base,
    title: `Sale of the depot ${MARKER}`,
    decisionText: `Accepted the offer of ${MARKER}`,
    reasons: `Best price ${MARKER}`,
    decidedOn: '2030-03-04',
    isKey: true,
    access: 'exempt',
    exemptParagraph: 3,
  });
  const u = await makeUser(db, 'councillor', 'ada@test.example', c.chair.id);
  member = await signIn(t.app, u.email, u.password);
});
afterAll(() => t.close());

/** The titles of every page of the register for a query string, following the pagination. */
async function listedTitles(query: string, cookie?: string): Promise<string[]> {
  const titles: string[] = [];
  for (let page = 1; page < 20; page++) {
    const res = await t.app.inject({ url: `/decisions?${query}&page=${page}`, headers: cookie ? { cookie } : {} });
    const found = [...res.body.matchAll(/<h2 class="govuk-heading-s[^"]*"><a class="govuk-link" href="\/decisions\/\d+">([^<]*)<\/a>/g)].map((m) =>
      m[1]!
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    );
    if (found.length === 0) break;
    titles.push(...found);
  }
  return titles;
}

async function csv(query: string, cookie?: string) {
  const res = await t.app.inject({ url: `/decisions.csv?${query}`, headers: cookie ? { cookie } : {} });
  expect(res.statusCode).toBe(200);
  return { res, rows: parse(res.body, { columns: true }) as Record<string, string>[] };
}

describe('decisions as CSV', () => {
  it('has the same rows as the filtered register, every page of it', async () => {
    const query = 'maker=roads-and-rivers&key=yes&from=2030-03-01&to=2030-03-31';
    const listed = await listedTitles(query);
    expect(listed.length).toBe(13);
    const { res, rows } = await csv(query);
    expect(rows.map((r) => r.Title!.replace(/^'/, ''))).toEqual(listed);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="decisions-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const all = await csv('');
    expect(all.rows).toHaveLength(26);
    expect(all.rows.map((r) => r.Title)).toEqual((await listedTitles('')).map((x) => (x.startsWith('=') ? `'${x}` : x)));
  });

  it('defuses a title a spreadsheet would run as a formula', async () => {
    const { rows } = await csv('key=yes');
    expect(rows.map((r) => r.Title)).toContain('\'=HYPERLINK("http://evil.example")');
    expect(rows[0]).toMatchObject({ 'Decision maker': 'Roads and Rivers Committee', Access: 'Public' });
    expect(rows[0]!['Web page']).toMatch(/^http:\/\/localhost(:\d+)?\/decisions\/\d+$/);
  });

  it('leaves an exempt decision out for the public, and gives it to a member of the committee', async () => {
    const pub = await csv('');
    expect(pub.res.body).not.toContain(MARKER);
    const mine = await csv('', member);
    expect(mine.res.headers['cache-control']).toBe('private, no-store');
    const exempt = mine.rows.find((r) => r.Title!.includes(MARKER));
    expect(exempt).toMatchObject({ Access: 'Exempt: paragraph 3', Reasons: `Best price ${MARKER}` });
  });

  it('is offered on the register with its current filters', async () => {
    const page = await t.app.inject('/decisions?maker=roads-and-rivers&key=yes');
    expect(page.body).toContain('href="/decisions.csv?maker=roads-and-rivers&amp;key=yes"');
  });
});
