import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents } from '../../../db/schema.ts';
import { memberships } from '../people.table.ts';
import { updateMembership } from './update-membership.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('updateMembership', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('changes a membership (chair to vice-chair, with an end date), audited with before and after', async () => {
    const { db } = database;
    const [m] = await db.select().from(memberships).where(eq(memberships.personId, c.chair.id));
    const r = await updateMembership(db, clerk, m!.id, { organisationId: c.org.id, personId: c.chair.id, role: 'vice-chair', votingRight: true, endDate: '2031-05-01' });
    expect(r).toEqual({ ok: true, value: { id: m!.id } });
    expect((await db.select().from(memberships).where(eq(memberships.id, m!.id)))[0]).toMatchObject({ role: 'vice-chair', endDate: '2031-05-01' });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'membership.update'), eq(auditEvents.subjectId, String(m!.id))));
    expect(event).toMatchObject({ before: { role: 'chair', endDate: null }, after: { role: 'vice-chair', endDate: '2031-05-01' } });
    await expect(updateMembership(db, clerk, 999_999, { organisationId: c.org.id, personId: c.chair.id, role: 'member', votingRight: true })).rejects.toThrow(
      'Membership not found',
    );
  });
});
