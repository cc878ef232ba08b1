import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems, auditEvents } from '../../../db/schema.ts';
import { renumberAgenda } from './renumber-agenda.ts';

const actor = { userId: null, label: 'clerk' };

describe('renumberAgenda', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('numbers the agenda 1, 2 with a sub-item under its parent, and audits the old and new order', async () => {
    const { db } = database;
    await db.update(agendaItems).set({ number: '7' }).where(eq(agendaItems.id, c.pub.id));
    await db.update(agendaItems).set({ number: '12' }).where(eq(agendaItems.id, c.exempt.id));
    await db
      .insert(agendaItems)
      .values({ meetingId: c.meeting.id, parentId: c.exempt.id, position: 3, title: 'Valuation of the towpath strip', access: 'exempt', exemptParagraph: 3 });
    expect(await renumberAgenda(db, actor, c.meeting.id)).toEqual({ ok: true, value: { meetingId: c.meeting.id } });
    const rows = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, c.meeting.id)).orderBy(asc(agendaItems.position));
    expect(rows.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Bridge maintenance programme'],
      ['2', 'Purchase of riverside land'],
      ['2.1', 'Valuation of the towpath strip'],
    ]);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda.renumber'));
    expect(event).toMatchObject({ actorLabel: 'clerk', subjectType: 'meeting', subjectId: String(c.meeting.id) });
    expect(event!.before).toEqual(expect.arrayContaining([expect.objectContaining({ id: c.pub.id, number: '7' })]));
    expect(event!.after).toEqual(expect.arrayContaining([expect.objectContaining({ id: c.pub.id, number: '1' })]));
  });

  it('throws not_found for a meeting that does not exist', async () => {
    await expect(renumberAgenda(database.db, actor, 999999)).rejects.toMatchObject({ code: 'not_found' });
  });
});
