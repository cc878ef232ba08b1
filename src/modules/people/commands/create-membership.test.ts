import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents } from '../../../db/schema.ts';
import { memberships } from '../people.table.ts';
import { createMembership } from './create-membership.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('createMembership', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const count = async () => (await database.db.select().from(memberships)).length;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('adds a co-opted member without a vote, on behalf of a partner, audited', async () => {
    const { db } = database;
    const r = await createMembership(db, clerk, {
      organisationId: String(c.org.id),
      personId: String(c.officer.id),
      role: 'co-opted',
      votingRight: 'no',
      startDate: '2029-05-14',
      onBehalfOf: 'Testshire Rivers Trust',
    });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    expect((await db.select().from(memberships).where(eq(memberships.id, id)))[0]).toMatchObject({
      role: 'co-opted',
      votingRight: false,
      startDate: '2029-05-14',
      endDate: null,
      onBehalfOf: 'Testshire Rivers Trust',
    });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'membership.create'), eq(auditEvents.subjectId, String(id))));
    expect(event).toMatchObject({ actorLabel: 'clerk@test.example', before: null, after: { role: 'co-opted', personId: c.officer.id } });
  });

  it('refuses impossible dates, an end before the start, a missing role and people or committees that do not exist', async () => {
    const { db } = database;
    const before = await count();
    const base = { organisationId: c.org.id, personId: c.chair.id, role: 'member', votingRight: 'yes' };
    expect(await createMembership(db, clerk, { ...base, startDate: '2029-02-30' })).toEqual({
      ok: false,
      errors: [{ field: 'startDate', message: 'The start date must be a real date' }],
    });
    expect(await createMembership(db, clerk, { ...base, startDate: '2029-05-14', endDate: '2029-05-13' })).toEqual({
      ok: false,
      errors: [{ field: 'endDate', message: 'The end date must be the same as or after the start date' }],
    });
    expect(await createMembership(db, clerk, { ...base, role: '', votingRight: undefined })).toEqual({
      ok: false,
      errors: [
        { field: 'role', message: 'Select a role' },
        { field: 'votingRight', message: 'Select whether the member can vote' },
      ],
    });
    expect(await createMembership(db, clerk, { ...base, organisationId: 999_999, personId: 999_998 })).toEqual({
      ok: false,
      errors: [
        { field: 'organisationId', message: 'Select a committee that exists' },
        { field: 'personId', message: 'Select a person who exists' },
      ],
    });
    expect(await count()).toBe(before);
  });
});
