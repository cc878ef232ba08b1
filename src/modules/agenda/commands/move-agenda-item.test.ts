import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems, auditEvents } from '../../../db/schema.ts';
import { moveAgendaItem } from './move-agenda-item.ts';

const actor = { userId: null, label: 'clerk' };

describe('moveAgendaItem', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  const agenda = async () =>
    (
      await database.db
        .select({ number: agendaItems.number, title: agendaItems.title })
        .from(agendaItems)
        .where(eq(agendaItems.meetingId, c.meeting.id))
        .orderBy(asc(agendaItems.position))
    ).map((i) => [i.number, i.title]);

  it('moves an item up one place, renumbers both and audits the move', async () => {
    expect(await moveAgendaItem(database.db, actor, c.exempt.id, 'up')).toEqual({ ok: true, value: { meetingId: c.meeting.id } });
    expect(await agenda()).toEqual([
      ['1', 'Purchase of riverside land'],
      ['2', 'Bridge maintenance programme'],
    ]);
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda.move-item'));
    expect(event).toMatchObject({ actorLabel: 'clerk', subjectType: 'meeting', subjectId: String(c.meeting.id) });
    expect(event!.after).toMatchObject({ moved: c.exempt.id, direction: 'up' });
  });

  it('refuses to move the first item further up, or a move with no direction', async () => {
    expect(await moveAgendaItem(database.db, actor, c.exempt.id, 'up')).toEqual({
      ok: false,
      errors: [{ field: `move-${c.exempt.id}`, message: 'Item 1 is already the first at its level' }],
    });
    expect(await moveAgendaItem(database.db, actor, c.exempt.id, 'sideways')).toEqual({
      ok: false,
      errors: [{ field: 'direction', message: 'Select whether to move the item up or down' }],
    });
    await expect(moveAgendaItem(database.db, actor, 999999, 'down')).rejects.toMatchObject({ code: 'not_found' });
  });
});
