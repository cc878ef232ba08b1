import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { minuteItems, minutes, resolutions } from '../minutes.table.ts';
import { excludePressAndPublic } from './exclude-press-and-public.ts';

const clerk = { userId: null, label: 'clerk' };

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

describe('excludePressAndPublic', () => {
  it('asks for at least one item, and only exempt items of this meeting, writing no minutes', async () => {
    const { db } = database;
    expect(await excludePressAndPublic(db, clerk, c.meeting.id, {})).toEqual({
      ok: false,
      errors: [{ field: 'agendaItemIds', message: 'Select at least one exempt item' }],
    });
    expect(await excludePressAndPublic(db, clerk, c.meeting.id, { agendaItemIds: [String(c.pub.id)] })).toEqual({
      ok: false,
      errors: [{ field: 'agendaItemIds', message: 'Select exempt items of this meeting' }],
    });
    expect(await db.select().from(minutes)).toHaveLength(0);
  });

  it('adds a public minute to draft minutes it starts, with a resolution naming each item’s Schedule 12A paragraph, audited', async () => {
    const { db } = database;
    const r = await excludePressAndPublic(db, clerk, c.meeting.id, { agendaItemIds: String(c.exempt.id), note: 'The officer left before the item.' });
    expect(r).toEqual({ ok: true, value: { minuteItemId: expect.any(Number) } });
    const id = r.ok ? r.value.minuteItemId : 0;
    const [draft] = await db.select().from(minutes).where(eq(minutes.meetingId, c.meeting.id));
    expect(draft).toMatchObject({ status: 'draft', version: 1 });
    const [item] = await db.select().from(minuteItems).where(eq(minuteItems.id, id));
    expect(item).toMatchObject({
      minutesId: draft!.id,
      title: 'Exclusion of the press and public',
      narrative: 'The officer left before the item.',
      access: 'public',
      number: expect.any(String),
    });
    const [res] = await db.select().from(resolutions).where(eq(resolutions.minuteItemId, id));
    expect(res?.number).toBe('1');
    expect(res?.text).toMatch(/^That under section 100A\(4\) of the Local Government Act 1972 the press and public be excluded/);
    expect(res?.text).toContain('item 2, Purchase of riverside land (paragraph 3)');
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'minute.exclude-public'), eq(auditEvents.subjectId, String(id)))),
    ).toHaveLength(1);
  });
});
