import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems } from '../../../db/schema.ts';
import { applyOrder } from './apply-order.ts';

describe('applyOrder', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('writes the new position, number and parent of an item that moved, and leaves an unchanged item untouched', async () => {
    const { db } = database;
    const old = new Date('2020-01-01T00:00:00Z');
    await db.update(agendaItems).set({ updatedAt: old }).where(eq(agendaItems.meetingId, c.meeting.id));
    const before = [
      { id: c.pub.id, parentId: null, position: 1, number: '1' },
      { id: c.exempt.id, parentId: null, position: 2, number: '2' },
    ];
    await db.transaction((trx) =>
      applyOrder(trx, before, [
        { id: c.pub.id, parentId: null, position: 1, number: '1' },
        { id: c.exempt.id, parentId: c.pub.id, position: 2, number: '1.1' },
      ]),
    );
    const [pub] = await db.select().from(agendaItems).where(eq(agendaItems.id, c.pub.id));
    const [exempt] = await db.select().from(agendaItems).where(eq(agendaItems.id, c.exempt.id));
    expect(exempt).toMatchObject({ parentId: c.pub.id, position: 2, number: '1.1' });
    expect(exempt!.updatedAt.getTime()).toBeGreaterThan(old.getTime());
    expect(pub).toMatchObject({ parentId: null, position: 1, number: '1' });
    expect(pub!.updatedAt.toISOString()).toBe(old.toISOString());
  });
});
