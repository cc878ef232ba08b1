import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents } from '../../../db/schema.ts';
import { postHolders, posts } from '../people.table.ts';
import { savePostHolders } from './save-post-holders.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('savePostHolders', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let postId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
    const [post] = await database.db
      .insert(posts)
      .values({ bodyId: c.body.id, title: 'Cabinet Member for Highways', slug: 'cabinet-member-for-highways', kind: 'executive' })
      .returning();
    postId = post!.id;
  });
  afterAll(() => database.close());

  it('records who holds a post from when, audited', async () => {
    const { db } = database;
    const r = await savePostHolders(db, actor, [{ values: { postId, personId: c.chair.id, startDate: '2029-05-14' } }]);
    expect(r).toMatchObject({ ok: true, value: { outcomes: ['created'] } });
    const id = r.ok ? r.value.ids[0]! : 0;
    expect((await db.select().from(postHolders).where(eq(postHolders.id, id)))[0]).toMatchObject({ postId, personId: c.chair.id, startDate: '2029-05-14', endDate: null });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'post-holder.create'), eq(auditEvents.subjectId, String(id))));
    expect(event).toMatchObject({ actorLabel: 'clerk@test.example', subjectType: 'post_holder', before: null, after: { personId: c.chair.id } });
  });

  it('refuses a holding that ends before it starts, new or changed', async () => {
    const { db } = database;
    expect(await savePostHolders(db, actor, [{ values: { postId, personId: c.officer.id, startDate: '2029-05-14', endDate: '2028-05-14' } }])).toEqual({
      ok: false,
      errors: [{ row: 0, field: 'endDate', message: 'The end date must be the same as or after the start date' }],
    });
    const [held] = await db.select().from(postHolders);
    expect(await savePostHolders(db, actor, [{ id: held!.id, values: { endDate: '2029-05-01' } }])).toMatchObject({ ok: false, errors: [{ field: 'endDate' }] });
    expect(await db.select().from(postHolders)).toHaveLength(1);
  });

  it('ends a holding, audited with before and after', async () => {
    const { db } = database;
    const [held] = await db.select().from(postHolders);
    expect(await savePostHolders(db, actor, [{ id: held!.id, values: { endDate: '2031-05-01' } }])).toMatchObject({ ok: true, value: { outcomes: ['updated'] } });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'post-holder.update'));
    expect(event).toMatchObject({ subjectId: String(held!.id), before: { endDate: null }, after: { endDate: '2031-05-01' } });
  });
});
