import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { auditEvents, bodies, organisations } from '../../../db/schema.ts';
import { saveOrganisations } from './save-organisations.ts';
import { updateOrganisation } from './update-organisation.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('saveOrganisations', () => {
  let database: Database;
  let bodyId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    [{ id: bodyId }] = (await database.db.insert(bodies).values({ name: 'Testshire', slug: 'testshire' }).returning({ id: bodies.id })) as [{ id: number }];
  });
  afterAll(() => database.close());

  it('creates committees in one go and the form refuses a committee as its own parent, with the same rule', async () => {
    const { db } = database;
    const r = await saveOrganisations(db, actor, [
      { values: { bodyId, name: 'Planning Committee', slug: 'planning', kind: 'committee' } },
      { values: { bodyId, name: 'Cabinet', slug: 'cabinet', kind: 'cabinet' } },
    ]);
    expect(r.ok && r.value.outcomes).toEqual(['created', 'created']);
    const [planning] = await db.select().from(organisations).where(eq(organisations.slug, 'planning'));
    const own = await updateOrganisation(db, actor, planning!.id, { name: 'Planning Committee', kind: 'committee', parentId: String(planning!.id) });
    expect(own).toEqual({ ok: false, errors: [{ field: 'parentId', message: 'An organisation cannot be its own parent' }] });
    const renamed = await updateOrganisation(db, actor, planning!.id, { name: 'Planning and Licensing Committee', kind: 'committee' });
    expect(renamed).toEqual({ ok: true, value: { id: planning!.id, slug: 'planning' } });
    const updates = await db.select().from(auditEvents).where(eq(auditEvents.action, 'organisation.update'));
    expect(updates.map((u) => u.after)).toEqual([{ name: 'Planning and Licensing Committee' }]);
  });
});
