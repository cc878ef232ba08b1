import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil } from '../../../test/factories.ts';
import { meetings, organisations } from '../../db/schema.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const c = await makeCouncil(db);
  const [planning] = await db.insert(organisations).values({ bodyId: c.body.id, name: '+Planning Committee', slug: 'planning', kind: 'committee' }).returning();
  await db.insert(meetings).values([
    { bodyId: c.body.id, organisationId: planning!.id, startAt: new Date('2030-03-11T18:30:00Z'), endAt: new Date('2030-03-11T20:00:00Z') },
    { bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2030-03-31T09:00:00Z'), status: 'cancelled', statusNote: 'No business' },
    { bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2030-04-02T09:00:00Z') },
    { bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2030-03-20T09:00:00Z'), deletedAt: new Date() },
  ]);
});
afterAll(() => t.close());

/** The meeting ids the calendar's list view shows, in order. */
async function listed(query: string): Promise<string[]> {
  const res = await t.app.inject(`/meetings?view=list&${query}`);
  return [...res.body.matchAll(/<a class="govuk-link govuk-!-font-weight-bold" href="\/meetings\/(\d+)">/g)].map((m) => m[1]!);
}

async function csv(query: string) {
  const res = await t.app.inject(`/meetings.csv?${query}`);
  expect(res.statusCode).toBe(200);
  return { res, rows: parse(res.body, { columns: true }) as Record<string, string>[] };
}

describe('meetings as CSV', () => {
  it("has the same meetings as the calendar's month, and the committee filter", async () => {
    for (const query of ['month=2030-03', 'month=2030-03&committee=roads-and-rivers', 'month=2030-04', 'month=2030-03&committee=planning']) {
      const { rows } = await csv(query);
      expect(
        rows.map((r) => /\/meetings\/(\d+)$/.exec(r['Web page']!)![1]),
        query,
      ).toEqual(await listed(query));
    }
    expect((await csv('month=2030-03')).rows).toHaveLength(3);
  });

  it('gives London dates and times, status and location, a defused formula cell and a sensible file name', async () => {
    const { res, rows } = await csv('month=2030-03');
    expect(res.headers['content-disposition']).toBe('attachment; filename="meetings-2030-03.csv"');
    expect(rows[0]).toMatchObject({
      Date: '2030-03-04',
      'Start time': '10:00',
      Committee: 'Roads and Rivers Committee',
      Status: 'Agenda published',
      Location: 'Room 2, Guildhall',
    });
    expect(rows[1]).toMatchObject({ 'Start time': '18:30', 'End time': '20:00', Committee: "'+Planning Committee" });
    expect(rows[2]).toMatchObject({ Date: '2030-03-31', 'Start time': '10:00', Status: 'Cancelled', 'Status note': 'No business' });
    expect((await csv('month=2030-03&committee=planning')).res.headers['content-disposition']).toBe('attachment; filename="meetings-2030-03-planning.csv"');
  });

  it('is offered on the calendar with its filters', async () => {
    const page = await t.app.inject('/meetings?month=2030-03&committee=roads-and-rivers');
    expect(page.body).toContain('href="/meetings.csv?month=2030-03&amp;committee=roads-and-rivers"');
  });
});
