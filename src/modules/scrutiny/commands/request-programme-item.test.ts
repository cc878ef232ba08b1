import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings, workProgrammeItems } from '../../../db/schema.ts';
import { requestProgrammeItem } from './request-programme-item.ts';

const clerk = { userId: null, label: 'clerk' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

describe('requestProgrammeItem', () => {
  it('keeps a councillor’s request as a request, with the reason and who asked, audited', async () => {
    const { db } = database;
    const r = await requestProgrammeItem(
      db,
      clerk,
      c.org.id,
      { item: 'Silting at Millford weir', kind: 'report', requestReason: 'Anglers report the channel is narrowing' },
      'Cllr Ada Brook',
      new Date('2030-01-10T09:00:00Z'),
    );
    expect(r).toEqual({ ok: true, value: { id: expect.any(Number) } });
    const [row] = await db
      .select()
      .from(workProgrammeItems)
      .where(eq(workProgrammeItems.id, r.ok ? r.value.id : 0));
    expect(row).toMatchObject({
      organisationId: c.org.id,
      item: 'Silting at Millford weir',
      requestState: 'requested',
      requestReason: 'Anglers report the channel is narrowing',
      requestedBy: 'Cllr Ada Brook',
      meetingId: null,
    });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'work-programme-item.request'))).toHaveLength(1);
  });

  it('asks why the committee should look at it and refuses a meeting already held', async () => {
    const { db } = database;
    expect(await requestProgrammeItem(db, clerk, c.org.id, { item: 'Silting at Millford weir', kind: 'report', requestReason: '' }, 'Cllr Ada Brook')).toEqual({
      ok: false,
      errors: [{ field: 'requestReason', message: 'Enter why the committee should look at it' }],
    });
    const [held] = await db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2029-11-01T10:00:00Z'), status: 'held' })
      .returning();
    expect(
      await requestProgrammeItem(
        db,
        clerk,
        c.org.id,
        { item: 'Silting at Millford weir', kind: 'report', requestReason: 'Anglers report it', meetingId: String(held!.id) },
        'Cllr Ada Brook',
        new Date('2030-01-10T09:00:00Z'),
      ),
    ).toEqual({ ok: false, errors: [{ field: 'meetingId', message: 'Select a meeting still to be held' }] });
  });
});
