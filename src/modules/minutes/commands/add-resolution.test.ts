import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { resolutions } from '../minutes.table.ts';
import { addMinute } from './add-minute.ts';
import { addResolution } from './add-resolution.ts';

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

describe('addResolution', () => {
  it('numbers the resolutions of a minute in turn, audited, and asks for the text', async () => {
    const { db } = database;
    const first = await addResolution(db, clerk, minuteId, { text: 'That the report be noted.' });
    const second = await addResolution(db, clerk, minuteId, { text: 'That the programme be approved.', delegation: 'Director of Highways' });
    expect(first.ok && second.ok).toBe(true);
    const rows = await db.select().from(resolutions).where(eq(resolutions.minuteItemId, minuteId));
    expect(rows.map((r) => [r.number, r.text]).sort()).toEqual([
      ['1', 'That the report be noted.'],
      ['2', 'That the programme be approved.'],
    ]);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'resolution.create'))).toHaveLength(2);
    expect(await addResolution(db, clerk, minuteId, { text: '' })).toMatchObject({ ok: false, errors: [{ field: 'text', message: 'Enter the resolution' }] });
  });
});
