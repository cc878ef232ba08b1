import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems, auditEvents, documents } from '../../../db/schema.ts';
import { updateAgendaItem } from './update-agenda-item.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('updateAgendaItem', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('marks a public item exempt: its inherited papers follow it, and the change is audited with before and after', async () => {
    const { db } = database;
    const r = await updateAgendaItem(db, clerk, c.pub.id, {
      number: '1',
      title: 'Bridge maintenance programme',
      exempt: 'yes',
      exemptParagraph: '3',
      publicInterestReason: 'Tender prices',
    });
    expect(r).toEqual({ ok: true, value: { id: c.pub.id, meetingId: c.meeting.id } });
    const [item] = await db.select().from(agendaItems).where(eq(agendaItems.id, c.pub.id));
    expect(item).toMatchObject({ access: 'exempt', exemptParagraph: 3, publicInterestReason: 'Tender prices', position: 1 });
    const [paper] = await db.select().from(documents).where(eq(documents.id, c.pubDoc.id));
    expect(paper).toMatchObject({ access: 'exempt', exemptParagraph: 3 });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'agenda-item.update'), eq(auditEvents.subjectId, String(c.pub.id))));
    expect(event).toMatchObject({ before: { access: 'public', exemptParagraph: null }, after: { access: 'exempt', exemptParagraph: 3 } });
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'document.access-inherited'), eq(auditEvents.subjectId, String(c.pubDoc.id)))),
    ).toHaveLength(1);
  });

  it('drops the public-interest reason of an item made public again, and answers a missing item as not found', async () => {
    const { db } = database;
    expect((await updateAgendaItem(db, clerk, c.pub.id, { title: 'Bridge maintenance programme', publicInterestReason: 'Tender prices' })).ok).toBe(true);
    const [item] = await db.select().from(agendaItems).where(eq(agendaItems.id, c.pub.id));
    expect(item).toMatchObject({ access: 'public', exemptParagraph: null, publicInterestReason: null });
    expect((await db.select().from(documents).where(eq(documents.id, c.pubDoc.id)))[0]).toMatchObject({ access: 'public', exemptParagraph: null });
    await expect(updateAgendaItem(db, clerk, 999_999, { title: 'Nothing' })).rejects.toThrow('Agenda item not found');
  });
});
