import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems, auditEvents, minutes } from '../../../db/schema.ts';
import { deleteAgendaItem } from './delete-agenda-item.ts';

const actor = { userId: null, label: 'clerk' };

describe('deleteAgendaItem', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('soft-deletes an item created in error, audited as agenda-item.delete, and cannot delete it twice', async () => {
    const { db } = database;
    const r = await deleteAgendaItem(db, actor, c.pub.id);
    expect(r.id).toBe(c.pub.id);
    const [row] = await db.select().from(agendaItems).where(eq(agendaItems.id, c.pub.id));
    expect(row!.deletedAt?.toISOString()).toBe(r.deletedAt.toISOString());
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda-item.delete'));
    expect(events).toMatchObject([{ actorLabel: 'clerk', subjectType: 'agenda_item', subjectId: String(c.pub.id) }]);
    await expect(deleteAgendaItem(db, actor, c.pub.id)).rejects.toMatchObject({ code: 'not_found', message: 'Agenda item not found' });
  });

  it('refuses to change the agenda of a meeting whose minutes are approved', async () => {
    const { db } = database;
    await db
      .insert(minutes)
      .values({ meetingId: c.meeting.id, status: 'approved', approvedAt: new Date(), publication: 'published', publishedAt: new Date(), publishedBy: 'clerk' });
    await expect(deleteAgendaItem(db, actor, c.exempt.id)).rejects.toMatchObject({
      code: 'conflict',
      message: 'The minutes of this meeting are approved, a legal record: its agenda cannot change',
    });
    const [row] = await db.select().from(agendaItems).where(eq(agendaItems.id, c.exempt.id));
    expect(row!.deletedAt).toBeNull();
  });
});
