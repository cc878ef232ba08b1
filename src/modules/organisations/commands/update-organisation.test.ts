import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents } from '../../../db/schema.ts';
import { organisations } from '../organisations.table.ts';
import { createOrganisation } from './create-organisation.ts';
import { updateOrganisation } from './update-organisation.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('updateOrganisation', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await makeCouncil(database.db);
    await createOrganisation(database.db, clerk, { name: 'Health and Wellbeing Board', kind: 'board', publicQuestionRule: '5pm on the Monday before' });
  });
  afterAll(() => database.close());

  it('updates the details keeping the web address and other rules, drops a cleared question rule, and audits before and after', async () => {
    const { db } = database;
    const [org] = await db.select().from(organisations).where(eq(organisations.slug, 'health-and-wellbeing-board'));
    await db
      .update(organisations)
      .set({ rules: { publicQuestions: '5pm on the Monday before', questionTimeMinutes: 30 } })
      .where(eq(organisations.id, org!.id));
    const r = await updateOrganisation(db, clerk, org!.id, { name: 'Health and Care Board', kind: 'board', publicQuestionRule: '' });
    expect(r).toEqual({ ok: true, value: { id: org!.id, slug: 'health-and-wellbeing-board' } });
    expect((await db.select().from(organisations).where(eq(organisations.id, org!.id)))[0]).toMatchObject({ name: 'Health and Care Board', rules: { questionTimeMinutes: 30 } });
    expect((await db.select().from(organisations).where(eq(organisations.id, org!.id)))[0]!.rules).not.toHaveProperty('publicQuestions');
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'organisation.update'), eq(auditEvents.subjectId, String(org!.id))));
    expect(event).toMatchObject({ before: { name: 'Health and Wellbeing Board' }, after: { name: 'Health and Care Board' } });
  });

  it('refuses an organisation as its own parent or a parent that does not exist, and answers a missing one as not found', async () => {
    const { db } = database;
    const [org] = await db.select().from(organisations).where(eq(organisations.slug, 'health-and-wellbeing-board'));
    expect(await updateOrganisation(db, clerk, org!.id, { name: 'Health and Care Board', kind: 'board', parentId: String(org!.id) })).toEqual({
      ok: false,
      errors: [{ field: 'parentId', message: 'An organisation cannot be its own parent' }],
    });
    expect(await updateOrganisation(db, clerk, org!.id, { name: 'Health and Care Board', kind: 'board', parentId: 999_999 })).toEqual({
      ok: false,
      errors: [{ field: 'parentId', message: 'Select a parent organisation that exists' }],
    });
    await expect(updateOrganisation(db, clerk, 999_999, { name: 'Nothing', kind: 'board' })).rejects.toThrow('Organisation not found');
  });
});
