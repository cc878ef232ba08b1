import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, personMerges } from '../../../db/schema.ts';
import { memberships, people } from '../people.table.ts';
import { mergePeople } from './merge-people.ts';
import { undoPersonMerge } from './undo-person-merge.ts';

const clerk = { userId: null, label: 'clerk@test.example' };
const now = new Date('2030-04-01T09:00:00Z');

describe('undoPersonMerge', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let vague: number;
  let full: number;
  let mergeId: number;
  let kept: number;
  let reassigned: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    const { db } = database;
    c = await makeCouncil(db);
    [vague, full] = (
      await db
        .insert(people)
        .values([
          { bodyId: c.body.id, slug: 'cllr-coles', kind: 'councillor', printedName: 'Cllr Coles', familyName: 'Coles' },
          { bodyId: c.body.id, slug: 's-coles', kind: 'councillor', printedName: 'Cllr S Coles', familyName: 'Coles' },
        ])
        .returning({ id: people.id })
    ).map((r) => r.id) as [number, number];
    [kept, reassigned] = (
      await db
        .insert(memberships)
        .values([
          { organisationId: c.org.id, personId: vague, role: 'member', startDate: '2019-05-01', endDate: '2021-05-01' },
          { organisationId: c.org.id, personId: vague, role: 'substitute', startDate: '2021-05-02' },
        ])
        .returning({ id: memberships.id })
    ).map((r) => r.id) as [number, number];
    const r = await mergePeople(db, clerk, { fromPersonId: vague, intoPersonId: full, reason: 'One councillor' });
    mergeId = r.ok ? r.value.id : 0;
  });
  afterAll(() => database.close());

  it('answers a merge that does not exist as not found', async () => {
    await expect(undoPersonMerge(database.db, clerk, 999_999, now)).rejects.toThrow('Merge not found');
  });

  it('brings the merged person back and moves back only the links the merge moved that still point at the other, audited', async () => {
    const { db } = database;
    // Since the merge a clerk found one membership was really the chair's.
    await db.update(memberships).set({ personId: c.chair.id }).where(eq(memberships.id, reassigned));
    expect(await undoPersonMerge(db, clerk, mergeId, now)).toEqual({ personId: vague });
    expect((await db.select().from(people).where(eq(people.id, vague)))[0]!.deletedAt).toBeNull();
    expect((await db.select().from(memberships).where(eq(memberships.id, kept)))[0]!.personId).toBe(vague);
    expect((await db.select().from(memberships).where(eq(memberships.id, reassigned)))[0]!.personId).toBe(c.chair.id);
    expect((await db.select().from(personMerges).where(eq(personMerges.id, mergeId)))[0]).toMatchObject({ undoneAt: now, undoneBy: 'clerk@test.example' });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'person.unmerge'));
    expect(event).toMatchObject({
      actorLabel: 'clerk@test.example',
      subjectId: String(vague),
      before: { into: full },
      after: { restored: vague, merge: mergeId, moved: { memberships: [kept] } },
    });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'person.restored'))).toHaveLength(1);
  });

  it('undoes a merge once only', async () => {
    await expect(undoPersonMerge(database.db, clerk, mergeId, now)).rejects.toThrow('This merge has already been undone');
    expect(await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'person.unmerge'))).toHaveLength(1);
  });
});
