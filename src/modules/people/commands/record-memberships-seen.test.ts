import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { memberships, people } from '../../../db/schema.ts';
import { recordMembershipsSeen } from './record-memberships-seen.ts';

const importer = { userId: null, label: 'import' };

describe('recordMembershipsSeen', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('dates what an old pack shows to its meeting and leaves the current members as they are', async () => {
    const { db } = database;
    const [newcomer] = await db.insert(people).values({ bodyId: c.body.id, slug: 'ed-marsh', kind: 'councillor', printedName: 'Cllr E Marsh', familyName: 'Marsh' }).returning();
    // The chair took the seat at the annual meeting of 2025, by an officer's act.
    await db.update(memberships).set({ startDate: '2025-05-13' }).where(eq(memberships.organisationId, c.org.id));
    const current = await db.select().from(memberships).where(eq(memberships.organisationId, c.org.id));
    // The current chair (an officer's act, open-ended) is shown as a member in a 2017 pack; a councillor is shown as chair.
    const r = await recordMembershipsSeen(db, importer, {
      organisationId: c.org.id,
      date: '2017-07-28',
      members: [
        { personId: c.chair.id, role: 'member', roleLabel: null },
        { personId: newcomer!.id, role: 'chair', roleLabel: 'Chairman' },
      ],
    });
    expect(r.ok).toBe(true);
    // Seen again at a later meeting: the same dated membership stretches to cover it.
    await recordMembershipsSeen(db, importer, { organisationId: c.org.id, date: '2019-05-13', members: [{ personId: newcomer!.id, role: 'chair', roleLabel: 'Chairman' }] });
    const rows = await db.select().from(memberships).where(eq(memberships.organisationId, c.org.id)).orderBy(asc(memberships.id));
    expect(rows.find((m) => m.id === current[0]!.id)).toMatchObject({ role: 'chair', startDate: '2025-05-13', endDate: null });
    const historical = rows.filter((m) => m.personId === newcomer!.id);
    expect(historical.map((m) => [m.role, m.startDate, m.endDate])).toEqual([['chair', '2017-07-28', '2019-05-13']]);
    const chairs = rows.filter((m) => m.personId === c.chair.id);
    expect(chairs.map((m) => [m.role, m.startDate, m.endDate])).toEqual([
      ['chair', '2025-05-13', null],
      ['member', '2017-07-28', '2017-07-28'],
    ]);
    // Nobody the pack named became a current member.
    expect(rows.filter((m) => m.endDate === null).map((m) => m.personId)).toEqual([c.chair.id]);
  });
});
