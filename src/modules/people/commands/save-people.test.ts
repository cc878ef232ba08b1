import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, memberships, people } from '../../../db/schema.ts';
import { savePeople } from './save-people.ts';
import { createPerson } from './create-person.ts';
import { saveMemberships } from './save-memberships.ts';
import { createMembership } from './create-membership.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('savePeople and saveMemberships', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('keeps two people who share a family name as two people', async () => {
    const { db } = database;
    const r = await savePeople(db, actor, [
      { values: { bodyId: c.body.id, slug: 'jo-heath', kind: 'councillor', printedName: 'Cllr Jo Heath', givenName: 'Jo', familyName: 'Heath' } },
      { values: { bodyId: c.body.id, slug: 'sam-heath', kind: 'officer', printedName: 'Sam Heath', givenName: 'Sam', familyName: 'Heath' } },
    ]);
    expect(r.ok && r.value.ids.length).toBe(2);
    expect((await db.select().from(people).where(eq(people.familyName, 'Heath'))).map((p) => p.printedName)).toEqual(['Cllr Jo Heath', 'Sam Heath']);
    const form = await createPerson(db, actor, { kind: 'officer', givenName: 'Ann', familyName: 'Heath' });
    expect(form).toMatchObject({ ok: true, value: { slug: 'ann-heath' } });
    expect((await db.select().from(auditEvents).where(eq(auditEvents.action, 'person.create'))).length).toBe(3);
  });

  it('refuses a membership that ends before it starts, from the form and from the many-rows command alike', async () => {
    const { db } = database;
    const values = { organisationId: c.org.id, personId: c.officer.id, role: 'member' as const, startDate: '2026-05-01', endDate: '2026-04-01' };
    expect(await saveMemberships(db, actor, [{ values }])).toMatchObject({
      ok: false,
      errors: [{ field: 'endDate', message: 'The end date must be the same as or after the start date' }],
    });
    expect(await createMembership(db, actor, { ...values, votingRight: 'yes' })).toEqual({
      ok: false,
      errors: [{ field: 'endDate', message: 'The end date must be the same as or after the start date' }],
    });
    expect((await db.select().from(memberships).where(eq(memberships.personId, c.officer.id))).length).toBe(0);
  });
});
