import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { minuteActions } from '../minutes.table.ts';
import { addMinute } from './add-minute.ts';
import { addMinuteAction } from './add-minute-action.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

let database: Database;
let minuteId: number;
beforeAll(async () => {
  database = await createTestDatabase();
  const c = await makeCouncil(database.db);
  // The meeting has taken place, so it can have minutes.
  await database.db
    .update(meetings)
    .set({ startAt: new Date('2020-03-04T10:00:00Z') })
    .where(eq(meetings.id, c.meeting.id));
  const r = await addMinute(database.db, clerk, c.meeting.id, { title: 'Bridge maintenance' });
  if (!r.ok) throw new Error('the minute was not added');
  minuteId = r.value.id;
});
afterAll(() => database.close());

describe('addMinuteAction', () => {
  it('records a follow-up action of a minute with its owner and due date, audited, and asks for the action', async () => {
    const { db } = database;
    const r = await addMinuteAction(db, clerk, minuteId, { action: 'Publish the gritting routes', owner: 'Head of Highways', dueDate: '2030-04-01' });
    expect(r.ok).toBe(true);
    const rows = await db.select().from(minuteActions).where(eq(minuteActions.minuteItemId, minuteId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'Publish the gritting routes', owner: 'Head of Highways' });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'minute-action.create'))).toHaveLength(1);
    expect(await addMinuteAction(db, clerk, minuteId, { action: '' })).toMatchObject({ ok: false, errors: [{ field: 'action', message: 'Enter the action' }] });
  });
});
