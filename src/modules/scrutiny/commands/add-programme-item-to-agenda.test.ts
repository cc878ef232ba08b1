import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems, auditEvents, workProgrammeItems } from '../../../db/schema.ts';
import { addProgrammeItem } from './add-programme-item.ts';
import { addProgrammeItemToAgenda } from './add-programme-item-to-agenda.ts';
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

async function added(raw: Record<string, unknown>) {
  const r = await addProgrammeItem(database.db, clerk, c.org.id, raw, now);
  if (!r.ok) throw new Error('the item was not added');
  return r.value.id;
}

describe('addProgrammeItemToAgenda', () => {
  it('puts an accepted item on its meeting’s agenda with the instruction of its kind, remembers it, and refuses it a second time', async () => {
    const { db } = database;
    const id = await added({ item: 'Gully emptying contract', kind: 'report', meetingId: String(c.meeting.id) });
    const r = await addProgrammeItemToAgenda(db, clerk, id);
    expect(r).toEqual({ ok: true, value: { agendaItemId: expect.any(Number), meetingId: c.meeting.id } });
    const agendaItemId = r.ok ? r.value.agendaItemId : 0;
    const [item] = await db.select().from(agendaItems).where(eq(agendaItems.id, agendaItemId));
    expect(item).toMatchObject({ meetingId: c.meeting.id, title: 'Gully emptying contract', instruction: 'To consider the report' });
    const [w] = await db.select().from(workProgrammeItems).where(eq(workProgrammeItems.id, id));
    expect(w?.agendaItemId).toBe(agendaItemId);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'work-programme-item.add-to-agenda'))).toHaveLength(1);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda-item.create'))).toHaveLength(1);
    expect(await addProgrammeItemToAgenda(db, clerk, id)).toEqual({ ok: false, errors: [{ field: 'agenda', message: 'This item is already on its meeting’s agenda' }] });
  });

  it('refuses a request not yet accepted and an item with no meeting, and answers a missing item as not found', async () => {
    const { db } = database;
    const requested = await requestProgrammeItem(db, clerk, c.org.id, { item: 'Bus stop flooding', kind: 'update', requestReason: 'Puddles at every stop' }, 'Cllr Ada Brook', now);
    expect(await addProgrammeItemToAgenda(db, clerk, requested.ok ? requested.value.id : 0)).toEqual({
      ok: false,
      errors: [{ field: 'agenda', message: 'Only an accepted item can go on an agenda' }],
    });
    const unplanned = await added({ item: 'Cycle lane audit', kind: 'update' });
    expect(await addProgrammeItemToAgenda(db, clerk, unplanned)).toEqual({
      ok: false,
      errors: [{ field: 'agenda', message: 'Plan the item for a meeting before adding it to an agenda' }],
    });
    await expect(addProgrammeItemToAgenda(db, clerk, 999_999)).rejects.toMatchObject({ code: 'not_found' });
  });
});
