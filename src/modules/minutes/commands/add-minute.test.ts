import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { minuteItems } from '../minutes.table.ts';
import { addMinute } from './add-minute.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
  // The meeting has taken place, so it can have minutes.
  await database.db
    .update(meetings)
    .set({ startAt: new Date('2020-03-04T10:00:00Z') })
    .where(eq(meetings.id, c.meeting.id));
});
afterAll(() => database.close());

describe('addMinute', () => {
  it('adds a numbered minute to draft minutes it starts, taking the title and exempt class of its agenda item, audited', async () => {
    const { db } = database;
    const r = await addMinute(db, clerk, c.meeting.id, { agendaItemId: String(c.exempt.id), narrative: 'The committee considered the valuation.' });
    expect(r).toEqual({ ok: true, value: { id: expect.any(Number), minutesId: expect.any(Number) } });
    const id = r.ok ? r.value.id : 0;
    const [item] = await db.select().from(minuteItems).where(eq(minuteItems.id, id));
    expect(item).toMatchObject({ title: c.exempt.title, agendaItemId: c.exempt.id, access: 'exempt', number: expect.any(String) });
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'minute.create'), eq(auditEvents.subjectId, String(id)))),
    ).toHaveLength(1);
  });

  it('asks for a title without an agenda item, and refuses an item of another meeting', async () => {
    const { db } = database;
    expect(await addMinute(db, clerk, c.meeting.id, { narrative: 'x' })).toMatchObject({ ok: false, errors: [{ field: 'title' }] });
    expect(await addMinute(db, clerk, c.meeting.id, { agendaItemId: '999999' })).toMatchObject({
      ok: false,
      errors: [{ field: 'agendaItemId', message: 'Select an agenda item of this meeting' }],
    });
  });
});
