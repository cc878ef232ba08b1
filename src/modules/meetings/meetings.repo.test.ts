import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { makeCouncil } from '../../../test/factories.ts';
import { reports } from '../../db/schema.ts';
import { publicViewer, recordsViewer } from '../visibility/index.ts';
import { listItemReports } from './meetings.repo.ts';

describe('listItemReports', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('lists the version of a report in force on its agenda item: a published newer version replaces the earlier one, a draft does not', async () => {
    const { db } = database;
    const on = { bodyId: c.body.id, meetingId: c.meeting.id, agendaItemId: c.pub.id, access: 'public' as const };
    const published = { publication: 'published' as const, publishedAt: new Date('2030-01-02T09:00:00Z') };
    const [v1] = await db
      .insert(reports)
      .values({ ...on, ...published, title: 'Footbridge options', version: 1 })
      .returning();
    const [v2] = await db
      .insert(reports)
      .values({ ...on, title: 'Footbridge options (revised)', version: 2, previousVersionId: v1!.id })
      .returning();
    const titles = async (v: typeof publicViewer) => (await listItemReports(db, v, c.meeting.id)).map((r) => r.title);
    expect(await titles(publicViewer)).toEqual(['Footbridge options']);
    expect(await titles(recordsViewer)).toEqual(['Footbridge options', 'Footbridge options (revised)']);
    await db.update(reports).set(published).where(eq(reports.id, v2!.id));
    expect(await titles(publicViewer)).toEqual(['Footbridge options (revised)']);
  });
});
