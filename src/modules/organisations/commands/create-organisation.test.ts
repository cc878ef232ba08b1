import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents } from '../../../db/schema.ts';
import { organisations } from '../organisations.table.ts';
import { createOrganisation } from './create-organisation.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('createOrganisation', () => {
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
});
