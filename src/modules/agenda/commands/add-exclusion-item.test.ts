import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, isNull, and } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems, auditEvents } from '../../../db/schema.ts';
import { addExclusionItem } from './add-exclusion-item.ts';

const actor = { userId: null, label: 'clerk' };

describe('addExclusionItem', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  const agenda = () =>
    database.db
      .select({ number: agendaItems.number, title: agendaItems.title, instruction: agendaItems.instruction })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, c.meeting.id), isNull(agendaItems.deletedAt)))
      .orderBy(asc(agendaItems.position));

  it('puts the exclusion of the press and public just before the first exempt item, worded from its paragraph, and audits it', async () => {
    const r = await addExclusionItem(database.db, actor, c.meeting.id);
    expect(r.ok).toBe(true);
    const rows = await agenda();
    expect(rows.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Bridge maintenance programme'],
      ['2', 'Exclusion of the press and public'],
      ['3', 'Purchase of riverside land'],
    ]);
    expect(rows[1]!.instruction).toContain('paragraph 3 of Part 1 of Schedule 12A to the Act');
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda.add-exclusion'));
    expect(event).toMatchObject({ actorLabel: 'clerk', subjectType: 'meeting', subjectId: String(c.meeting.id) });
  });

  it('refuses a second exclusion with a message, and a meeting that does not exist with not_found', async () => {
    expect(await addExclusionItem(database.db, actor, c.meeting.id)).toEqual({
      ok: false,
      errors: [{ field: 'exclusion', message: 'The agenda has no exempt item that needs the exclusion of the press and public, or already has it' }],
    });
    expect(await agenda()).toHaveLength(3);
    await expect(addExclusionItem(database.db, actor, 999999)).rejects.toMatchObject({ code: 'not_found' });
  });
});
