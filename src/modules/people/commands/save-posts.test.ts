import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { postHolders, posts } from '../../../db/schema.ts';
import { savePosts } from './save-posts.ts';
import { savePostHolders } from './save-post-holders.ts';

const actor = { userId: null, label: 'system' };

describe('savePosts and savePostHolders', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('records a post and its holder, and refuses a holding that ends before it starts', async () => {
    const { db } = database;
    const r = await savePosts(db, actor, [{ values: { bodyId: c.body.id, title: 'Cabinet Member for Highways', slug: 'cabinet-member-for-highways', kind: 'executive' } }]);
    const postId = r.ok ? r.value.ids[0]! : 0;
    expect((await db.select().from(posts)).map((p) => p.title)).toEqual(['Cabinet Member for Highways']);
    const bad = await savePostHolders(db, actor, [{ values: { postId, personId: c.chair.id, startDate: '2026-05-01', endDate: '2025-05-01' } }]);
    expect(bad).toMatchObject({ ok: false, errors: [{ row: 0, field: 'endDate' }] });
    expect((await savePostHolders(db, actor, [{ values: { postId, personId: c.chair.id, startDate: '2025-05-13' } }])).ok).toBe(true);
    expect((await db.select().from(postHolders)).map((h) => h.personId)).toEqual([c.chair.id]);
  });
});
