import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { minutes } from '../minutes.table.ts';
import { startMinutes } from './start-minutes.ts';

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

describe('startMinutes', () => {
  it('starts the draft minutes of a meeting that has taken place, and returns the same draft when asked again', async () => {
    const { db } = database;
    const first = await startMinutes(db, clerk, c.meeting.id);
    expect(await startMinutes(db, clerk, c.meeting.id)).toEqual(first);
    expect((await db.select().from(minutes).where(eq(minutes.id, first.id)))[0]).toMatchObject({ status: 'draft', version: 1 });
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'minutes.start'), eq(auditEvents.subjectId, String(first.id)))),
    ).toHaveLength(1);
  });
});
