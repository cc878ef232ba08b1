import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil } from '../../../test/factories.ts';
import { documents, meetings } from '../../db/schema.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;

beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
});
afterAll(() => t.close());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a meeting page in words', () => {
  it('says one thing about the agenda: a published agenda is never "not published yet"', async () => {
    const [m] = await t.database.db
      .insert(meetings)
      .values({
        bodyId: c.body.id,
        organisationId: c.org.id,
        startAt: new Date('2030-04-01T09:00:00Z'),
        status: 'agenda-published',
        agendaPublishedAt: new Date('2030-03-20T09:00:00Z'),
      })
      .returning();
    const page = text((await t.app.inject(`/meetings/${m!.id}`)).body);
    expect(page).toContain('Status Agenda published');
    expect(page).toContain('The agenda has no items.');
    expect(page).not.toContain('not been published yet');
    const [s] = await t.database.db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2030-05-01T09:00:00Z'), status: 'scheduled' })
      .returning();
    const scheduled = text((await t.app.inject(`/meetings/${s!.id}`)).body);
    expect(scheduled).toContain('Status Scheduled');
    expect(scheduled).toContain('The agenda has not been published yet.');
  });

  it('names a paper’s kind of file in words', async () => {
    await t.database.db.update(documents).set({ mimeType: 'text/csv; charset=utf-8', fileName: 'bridges.csv' }).where(eq(documents.id, c.pubDoc.id));
    const page = (await t.app.inject(`/meetings/${c.meeting.id}`)).body;
    expect(page).toMatch(/\(CSV, \d+ bytes\)/);
    expect(text(page)).not.toMatch(/text\/csv|charset=/i);
  });
});
