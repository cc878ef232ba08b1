import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems, auditEvents } from '../../../db/schema.ts';
import { addStandingItems } from './add-standing-items.ts';

const actor = { userId: null, label: 'clerk' };

describe('addStandingItems', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  const agenda = () =>
    database.db
      .select({ number: agendaItems.number, title: agendaItems.title, isStanding: agendaItems.isStanding })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, c.meeting.id))
      .orderBy(asc(agendaItems.position));

  it('adds the opening standing items before the business and urgent business at the end, renumbered and audited', async () => {
    expect(await addStandingItems(database.db, actor, c.meeting.id)).toEqual({ ok: true, value: { meetingId: c.meeting.id, added: 5 } });
    expect((await agenda()).map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Declarations of interest'],
      ['3', 'Minutes of the previous meeting'],
      ['4', 'Public question time'],
      ['5', 'Bridge maintenance programme'],
      ['6', 'Purchase of riverside land'],
      ['7', 'Urgent business'],
    ]);
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda.add-standing-items'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorLabel: 'clerk', subjectType: 'meeting', subjectId: String(c.meeting.id) });
  });

  it('refuses to add them twice', async () => {
    expect(await addStandingItems(database.db, actor, c.meeting.id)).toEqual({
      ok: false,
      errors: [{ field: 'standing', message: 'The standing items are already on this agenda' }],
    });
    expect(await agenda()).toHaveLength(7);
  });
});
