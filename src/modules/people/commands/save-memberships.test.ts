import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents } from '../../../db/schema.ts';
import { memberships } from '../people.table.ts';
import { saveMemberships } from './save-memberships.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('saveMemberships', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('writes none of the rows when one ends before it starts, naming that row', async () => {
    const { db } = database;
    const before = (await db.select().from(memberships)).length;
    const r = await saveMemberships(db, actor, [
      { values: { organisationId: c.org.id, personId: c.officer.id, role: 'member', startDate: '2029-05-14' } },
      { values: { organisationId: c.org.id, personId: c.officer.id, role: 'substitute', startDate: '2029-05-14', endDate: '2029-01-01' } },
    ]);
    expect(r).toEqual({ ok: false, errors: [{ row: 1, field: 'endDate', message: 'The end date must be the same as or after the start date' }] });
    expect((await db.select().from(memberships)).length).toBe(before);
  });

  it('writes several memberships at once, one audit row each', async () => {
    const { db } = database;
    const r = await saveMemberships(db, actor, [
      { values: { organisationId: c.org.id, personId: c.officer.id, role: 'member', startDate: '2029-05-14' } },
      { values: { organisationId: c.org.id, personId: c.officer.id, role: 'substitute', startDate: '2029-05-14', endDate: '2029-05-14' } },
    ]);
    expect(r).toMatchObject({ ok: true, value: { outcomes: ['created', 'created'] } });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'membership.create'));
    expect(events.map((e) => e.subjectId).sort()).toEqual((r.ok ? r.value.ids : []).map(String).sort());
  });

  it('checks a change against the stored dates, and leaves an unchanged row unaudited', async () => {
    const { db } = database;
    const [m] = await db.select().from(memberships).where(eq(memberships.role, 'member'));
    expect(await saveMemberships(db, actor, [{ id: m!.id, values: { endDate: '2029-05-13' } }])).toEqual({
      ok: false,
      errors: [{ row: 0, field: 'endDate', message: 'The end date must be the same as or after the start date' }],
    });
    expect(await saveMemberships(db, actor, [{ id: m!.id, values: { role: 'member' } }])).toMatchObject({ ok: true, value: { outcomes: ['unchanged'] } });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'membership.update'))).toHaveLength(0);
    await expect(saveMemberships(db, actor, [{ id: 999_999, values: { role: 'member' } }])).rejects.toThrow('Record not found (membership 999999)');
  });
});
