import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { attendances, auditEvents, interestEntries, meetings, people, risks } from '../../../db/schema.ts';
import { mergePeople } from './merge-people.ts';
import { undoPersonMerge } from './undo-person-merge.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('mergePeople and undoPersonMerge', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let vague: number;
  let full: number;
  let officer: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    const { db } = database;
    c = await makeCouncil(db);
    const rows = await db
      .insert(people)
      .values([
        { bodyId: c.body.id, slug: 'cllr-coles', kind: 'councillor', printedName: 'Cllr Coles', familyName: 'Coles' },
        { bodyId: c.body.id, slug: 's-coles', kind: 'councillor', printedName: 'Cllr S Coles', familyName: 'Coles' },
        { bodyId: c.body.id, slug: 'mel-coles', kind: 'officer', printedName: 'Mel Coles', givenName: 'Mel', familyName: 'Coles' },
      ])
      .returning({ id: people.id });
    [vague, full, officer] = rows.map((r) => r.id) as [number, number, number];
    const [held] = await db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2019-03-11T10:00:00Z'), status: 'minutes-approved' })
      .returning();
    await db.insert(attendances).values([
      { meetingId: held!.id, personId: vague, printedName: 'Cllr Coles', kind: 'present' },
      { meetingId: held!.id, personId: full, printedName: 'Cllr S Coles', kind: 'other-member' },
    ]);
  });
  afterAll(() => database.close());

  it('never merges a councillor with an officer of the same family name', async () => {
    const r = await mergePeople(database.db, actor, { fromPersonId: String(vague), intoPersonId: String(officer) });
    expect(r).toEqual({ ok: false, errors: [{ field: 'intoPersonId', message: 'Cllr Coles and Mel Coles are different people: their names or kinds differ' }] });
  });

  it('moves the attendance of "Cllr Coles" to "Cllr S Coles", keeping the name as printed, and undoes it exactly', async () => {
    const { db } = database;
    const r = await mergePeople(db, actor, { fromPersonId: String(vague), intoPersonId: String(full), reason: 'One councillor' });
    expect(r.ok).toBe(true);
    const linked = await db.select().from(attendances).where(eq(attendances.personId, full));
    expect(linked.map((a) => a.printedName).sort()).toEqual(['Cllr Coles', 'Cllr S Coles']);
    expect((await db.select().from(people).where(eq(people.id, vague)))[0]!.deletedAt).not.toBeNull();
    expect((await db.select().from(auditEvents).where(eq(auditEvents.action, 'person.merge'))).length).toBe(1);
    await undoPersonMerge(db, actor, r.ok ? r.value.id : 0);
    expect((await db.select().from(attendances).where(eq(attendances.personId, vague))).map((a) => a.printedName)).toEqual(['Cllr Coles']);
    expect((await db.select().from(people).where(eq(people.id, vague)))[0]!.deletedAt).toBeNull();
    expect((await db.select().from(auditEvents).where(eq(auditEvents.action, 'person.unmerge'))).length).toBe(1);
    await expect(undoPersonMerge(db, actor, r.ok ? r.value.id : 0)).rejects.toThrow('already been undone');
  });

  it('moves the register of interests and the risks a person owns with them, and back on undo', async () => {
    const { db } = database;
    const [interest] = await db
      .insert(interestEntries)
      .values({ bodyId: c.body.id, personId: vague, category: 'land', description: 'A field by the river', arose: '2019-05-01', notified: '2019-05-20' })
      .returning();
    const [risk] = await db
      .insert(risks)
      .values({
        bodyId: c.body.id,
        ref: 'ORG0101',
        title: 'Flooding at the depot',
        owner: 'Cllr Coles',
        ownerPersonId: vague,
        likelihood: 3,
        impact: 4,
        score: 12,
        access: 'public',
      })
      .returning();
    const r = await mergePeople(db, actor, { fromPersonId: String(vague), intoPersonId: String(full) });
    expect(r.ok).toBe(true);
    expect((await db.select().from(interestEntries).where(eq(interestEntries.id, interest!.id)))[0]!.personId).toBe(full);
    expect((await db.select().from(risks).where(eq(risks.id, risk!.id)))[0]).toMatchObject({ ownerPersonId: full, owner: 'Cllr Coles' });
    await undoPersonMerge(db, actor, r.ok ? r.value.id : 0);
    expect((await db.select().from(interestEntries).where(eq(interestEntries.id, interest!.id)))[0]!.personId).toBe(vague);
    expect((await db.select().from(risks).where(eq(risks.id, risk!.id)))[0]!.ownerPersonId).toBe(vague);
    await db.delete(interestEntries).where(eq(interestEntries.id, interest!.id));
    await db.delete(risks).where(eq(risks.id, risk!.id));
  });
});
