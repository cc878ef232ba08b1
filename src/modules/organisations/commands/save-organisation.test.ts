import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents } from '../../../db/schema.ts';
import { organisations } from '../organisations.table.ts';
import { createOrganisation, updateOrganisation } from './save-organisation.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('createOrganisation and updateOrganisation', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('asks for the council to be set up first', async () => {
    await expect(createOrganisation(database.db, clerk, { name: 'Cabinet', kind: 'cabinet' })).rejects.toThrow('Set up the council before adding organisations');
    await makeCouncil(database.db);
  });

  it('creates an organisation with its own web address and public question rule, audited', async () => {
    const { db } = database;
    const r = await createOrganisation(db, clerk, { name: ' Health and Wellbeing Board ', kind: 'board', purpose: '', publicQuestionRule: '5pm on the Monday before' });
    expect(r).toEqual({ ok: true, value: { id: expect.any(Number), slug: 'health-and-wellbeing-board' } });
    const id = r.ok ? r.value.id : 0;
    const [org] = await db.select().from(organisations).where(eq(organisations.id, id));
    expect(org).toMatchObject({ name: 'Health and Wellbeing Board', kind: 'board', purpose: null, parentId: null, rules: { publicQuestions: '5pm on the Monday before' } });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'organisation.create'), eq(auditEvents.subjectId, String(id))));
    expect(event).toMatchObject({ actorLabel: 'clerk@test.example', before: null, after: { name: 'Health and Wellbeing Board' } });
    const again = await createOrganisation(db, clerk, { name: 'Health and Wellbeing Board', kind: 'board' });
    expect(again.ok && again.value.slug).not.toBe('health-and-wellbeing-board');
  });

  it('refuses a missing name, an unknown kind or a parent that does not exist with GOV.UK messages', async () => {
    const { db } = database;
    const before = (await db.select().from(organisations)).length;
    expect(await createOrganisation(db, clerk, { name: '', kind: 'club' })).toEqual({
      ok: false,
      errors: [
        { field: 'name', message: 'Enter a name' },
        { field: 'kind', message: 'Select the kind of organisation' },
      ],
    });
    expect(await createOrganisation(db, clerk, { name: 'Flood Task Group', kind: 'task-and-finish-group', parentId: 999_999 })).toEqual({
      ok: false,
      errors: [{ field: 'parentId', message: 'Select a parent organisation that exists' }],
    });
    expect((await db.select().from(organisations)).length).toBe(before);
  });

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
