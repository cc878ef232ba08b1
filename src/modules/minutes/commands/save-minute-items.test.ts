import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { meetings, minuteItems, minutes } from '../../../db/schema.ts';
import { saveMinuteItems } from './save-minute-items.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('saveMinuteItems', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let draft: number;
  let approved: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
    // makeCouncil's meeting is in 2030; move it into the past so it can have minutes.
    await database.db
      .update(meetings)
      .set({ startAt: new Date('2024-03-04T10:00:00Z') })
      .where(eq(meetings.id, c.meeting.id));
    const sets = await database.db
      .insert(minutes)
      .values([
        { meetingId: c.meeting.id, version: 1, status: 'draft' },
        { meetingId: c.meeting.id, version: 2, status: 'approved', publication: 'published', publishedAt: new Date('2024-04-01T10:00:00Z'), approvalNote: 'Approved' },
      ])
      .returning({ id: minutes.id });
    [draft, approved] = sets.map((s) => s.id) as [number, number];
  });
  afterAll(() => database.close());

  it('gives a minute of an exempt item the item’s access class, and a public minute under a public item', async () => {
    const { db } = database;
    const r = await saveMinuteItems(db, actor, [
      { values: { minutesId: draft, organisationId: c.org.id, position: 1, number: '41', title: c.pub.title, agendaItemId: c.pub.id } },
      { values: { minutesId: draft, organisationId: c.org.id, position: 2, number: '42', title: c.exempt.title, agendaItemId: c.exempt.id } },
    ]);
    expect(r.ok).toBe(true);
    const rows = await db.select().from(minuteItems).orderBy(minuteItems.position);
    expect(rows.map((m) => [m.number, m.access, m.exemptParagraph, m.accessInherited])).toEqual([
      ['41', 'public', null, true],
      ['42', 'exempt', 3, true],
    ]);
    // Public under an exempt item needs a reason, whoever writes it.
    const open = await saveMinuteItems(db, actor, [
      { values: { minutesId: draft, organisationId: c.org.id, position: 3, number: '43', title: 'Summary', agendaItemId: c.exempt.id }, access: { access: 'public' } },
    ]);
    expect(open).toMatchObject({ ok: false, errors: [{ row: 0, field: 'accessReason' }] });
  });

  it('refuses new minutes in approved minutes: they are a legal record', async () => {
    const { db } = database;
    const item = await saveMinuteItems(db, actor, [{ values: { minutesId: approved, organisationId: c.org.id, position: 1, number: '41', title: 'Apologies' } }]);
    expect(item).toMatchObject({ ok: false, errors: [{ code: 'locked' }] });
  });
});
