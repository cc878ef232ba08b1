import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, workProgrammeItems } from '../../../db/schema.ts';
import { decideRequest } from './decide-request.ts';
import { requestProgrammeItem } from './request-programme-item.ts';

const clerk = { userId: null, label: 'clerk' };
const now = new Date('2030-01-10T09:00:00Z');

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

async function request(item: string) {
  const r = await requestProgrammeItem(database.db, clerk, c.org.id, { item, kind: 'report', requestReason: 'Residents have written in' }, 'Cllr Ada Brook', now);
  if (!r.ok) throw new Error('the request was not made');
  return r.value.id;
}

const rowOf = async (id: number) => (await database.db.select().from(workProgrammeItems).where(eq(workProgrammeItems.id, id)))[0];

describe('decideRequest', () => {
  it('accepts a request for a meeting with its leads, recording who decided and when, audited', async () => {
    const { db } = database;
    const id = await request('Pothole repair backlog');
    expect(await decideRequest(db, clerk, id, { decision: 'accept', meetingId: String(c.meeting.id), leadOfficer: 'Tom Brook' }, now)).toEqual({
      ok: true,
      value: { id, decision: 'accept' },
    });
    expect(await rowOf(id)).toMatchObject({
      requestState: 'accepted',
      meetingId: c.meeting.id,
      meetingDate: '2030-03-04',
      leadOfficer: 'Tom Brook',
      leads: ['Tom Brook'],
      decidedBy: 'clerk',
      decidedAt: now,
    });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'work-programme-item.accept'))).toHaveLength(1);
  });

  it('declines only with a reason, and will not answer a request twice', async () => {
    const { db } = database;
    const id = await request('Verge cutting schedule');
    expect(await decideRequest(db, clerk, id, { decision: '' }, now)).toMatchObject({
      ok: false,
      errors: [{ message: 'Select whether to accept or decline the request' }],
    });
    expect(await decideRequest(db, clerk, id, { decision: 'decline', decisionReason: ' ' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'decisionReason', message: 'Enter the reason for declining the request' }],
    });
    expect(await decideRequest(db, clerk, id, { decision: 'decline', decisionReason: 'Covered by the rural affairs panel in May' }, now)).toEqual({
      ok: true,
      value: { id, decision: 'decline' },
    });
    expect(await rowOf(id)).toMatchObject({ requestState: 'declined', decisionReason: 'Covered by the rural affairs panel in May', decidedBy: 'clerk' });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'work-programme-item.decline'))).toHaveLength(1);
    expect(await decideRequest(db, clerk, id, { decision: 'accept' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'decision', message: 'This request has already been answered' }],
    });
  });

  it('answers a missing item as not found', async () => {
    await expect(decideRequest(database.db, clerk, 999_999, { decision: 'accept' }, now)).rejects.toMatchObject({ code: 'not_found', message: 'Work programme item not found' });
  });
});
