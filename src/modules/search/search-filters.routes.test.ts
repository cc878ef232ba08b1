import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil } from '../../../test/factories.ts';
import { decisions, meetings, organisations } from '../../db/schema.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const c = await makeCouncil(db);
  const [planning] = await db.insert(organisations).values({ bodyId: c.body.id, name: 'Planning Committee', slug: 'planning', kind: 'committee' }).returning();
  const [pm] = await db
    .insert(meetings)
    .values({ bodyId: c.body.id, organisationId: planning!.id, title: 'Culvert inquiry', startAt: new Date('2031-05-01T09:00:00Z') })
    .returning();
  const published = { publication: 'published' as const, publishedAt: new Date('2030-03-05T09:00:00Z'), publishedBy: 'clerk@test.example', access: 'public' as const };
  await db.insert(decisions).values([
    {
      bodyId: c.body.id,
      meetingId: c.meeting.id,
      makerOrganisationId: c.org.id,
      makerText: 'Roads and Rivers Committee',
      title: 'Culvert replacement at Mill Lane',
      decisionText: 'Agreed.',
      decidedOn: '2030-03-04',
      isKey: true,
      ...published,
    },
    {
      bodyId: c.body.id,
      meetingId: pm!.id,
      makerOrganisationId: planning!.id,
      makerText: 'Planning Committee',
      title: 'Culvert consent for Ford Farm',
      decisionText: 'Refused.',
      decidedOn: '2031-05-01',
      isKey: false,
      ...published,
    },
    {
      bodyId: c.body.id,
      makerPersonId: c.chair.id,
      makerText: 'Cabinet Member: Cllr Ada Brook',
      title: 'Culvert grant for Brook End',
      decisionText: 'Approved.',
      decidedOn: '2030-06-01',
      isKey: false,
      ...published,
    },
    {
      bodyId: c.body.id,
      makerPersonId: c.officer.id,
      makerText: 'Officer: Tom Brook, Head of Highways',
      title: 'Culvert clearance contract',
      decisionText: 'Awarded.',
      decidedOn: '2030-07-01',
      isKey: false,
      ...published,
    },
  ]);
});
afterAll(() => t.close());

const titles = (html: string) =>
  [...html.matchAll(/<ol class="govuk-list app-search-results"[\s\S]*?<\/ol>/g)].flatMap((m) =>
    [...m[0].matchAll(/<a class="govuk-link[^"]*" href="[^"]*">([^<]*)<\/a>/g)].map((x) => x[1]!.trim()),
  );

describe('search filters and sorting', () => {
  it('narrows by key decision, decision maker, committee and date range, with the whole query in the URL', async () => {
    expect(titles((await t.app.inject('/search?q=culvert')).body).sort()).toEqual([
      'Culvert clearance contract',
      'Culvert consent for Ford Farm',
      'Culvert grant for Brook End',
      'Culvert inquiry',
      'Culvert replacement at Mill Lane',
    ]);
    expect(titles((await t.app.inject('/search?q=culvert&key=yes')).body)).toEqual(['Culvert replacement at Mill Lane']);
    expect(titles((await t.app.inject('/search?q=culvert&maker=planning')).body)).toEqual(['Culvert consent for Ford Farm']);
    // Individual decisions: a Cabinet Member's, and an officer's under delegated powers.
    expect(titles((await t.app.inject('/search?q=culvert&maker=cabinet-member')).body)).toEqual(['Culvert grant for Brook End']);
    expect(titles((await t.app.inject('/search?q=culvert&maker=officer')).body)).toEqual(['Culvert clearance contract']);
    expect(titles((await t.app.inject('/search?q=culvert&committee=planning')).body).sort()).toEqual(['Culvert consent for Ford Farm', 'Culvert inquiry']);
    expect(titles((await t.app.inject('/search?q=culvert&from=2030-01-01&to=2030-03-31')).body)).toEqual(['Culvert replacement at Mill Lane']);
    const page = await t.app.inject('/search?q=culvert&committee=planning&sort=newest');
    expect(page.body).toMatch(/href="\/search\?q=culvert&amp;type=decision&amp;committee=planning&amp;sort=newest"/);
  });

  it('sorts newest first on request', async () => {
    const newest = titles((await t.app.inject('/search?q=culvert&type=decision&sort=newest')).body);
    expect(newest).toEqual(['Culvert consent for Ford Farm', 'Culvert clearance contract', 'Culvert grant for Brook End', 'Culvert replacement at Mill Lane']);
  });

  it('reports a date that is not real, and searches without it', async () => {
    const res = await t.app.inject('/search?q=culvert&from=2030-02-30');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter a real date, like 2026-01-31');
    expect(titles(res.body)).toHaveLength(5);
  });
});
