import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems, auditEvents } from '../../../db/schema.ts';
import { placeNewAgendaItem } from './place-new-agenda-item.ts';

const actor = { userId: null, label: 'clerk' };

describe('placeNewAgendaItem', () => {
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

  const add = async (title: string, access: 'public' | 'exempt') => {
    const [row] = await database.db
      .insert(agendaItems)
      .values({ meetingId: c.meeting.id, position: 99, title, access, ...(access === 'exempt' ? { exemptParagraph: 1 } : {}) })
      .returning();
    await database.db.transaction((trx) => placeNewAgendaItem(trx, actor, c.meeting.id, row!.id));
    return row!.id;
  };

  it('places a new public item before the exempt business and numbers the agenda, audited', async () => {
    const id = await add('Towpath resurfacing', 'public');
    expect(await agenda()).toEqual([
      ['1', 'Bridge maintenance programme'],
      ['2', 'Towpath resurfacing'],
      ['3', 'Purchase of riverside land'],
    ]);
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda.place-item'));
    expect(event).toMatchObject({ actorLabel: 'clerk', subjectType: 'meeting', subjectId: String(c.meeting.id) });
    expect(event!.after).toMatchObject({ placed: id });
  });

  it('places a new exempt item at the end', async () => {
    await add('Staffing of the lock keepers', 'exempt');
    expect(await agenda()).toEqual([
      ['1', 'Bridge maintenance programme'],
      ['2', 'Towpath resurfacing'],
      ['3', 'Purchase of riverside land'],
      ['4', 'Staffing of the lock keepers'],
    ]);
  });
});
