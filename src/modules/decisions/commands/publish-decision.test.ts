import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, decisions } from '../../../db/schema.ts';
import { recordDecision } from './record-decision.ts';
import { publishDecision } from './publish-decision.ts';

const actor = { userId: null, label: 'clerk' };

describe('publishDecision', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  const record = async (makerKind: 'officer' | 'cabinet-member', title: string) => {
    const r = await recordDecision(database.db, actor, {
      makerKind,
      makerPersonId: String(makerKind === 'officer' ? c.officer.id : c.chair.id),
      title,
      decisionText: 'To carry out the works described',
      decidedOn: '2026-11-02',
      reasons: 'The works are overdue',
      isKey: 'no',
      access: 'public',
    });
    if (!r.ok) throw new Error(r.errors[0]!.message);
    return r.value.id;
  };
  const row = async (id: number) => (await database.db.select().from(decisions).where(eq(decisions.id, id)))[0]!;

  it('publishes a Cabinet Member decision with a call-in deadline five working days on, audited', async () => {
    const id = await record('cabinet-member', 'Weed clearance on the canal');
    await publishDecision(database.db, actor, id, new Date('2026-11-02T10:00:00Z'));
    const d = await row(id);
    expect(d).toMatchObject({ publication: 'published', publishedBy: 'clerk', callInStatus: 'open' });
    expect(d.callInDeadline?.toISOString()).toBe('2026-11-09T23:59:00.000Z');
    expect(d.effectiveFrom?.toISOString()).toBe('2026-11-10T00:00:00.000Z');
    expect(await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'decision.publish'))).toMatchObject([
      { actorLabel: 'clerk', subjectType: 'decision', subjectId: String(id) },
    ]);
    await expect(publishDecision(database.db, actor, id, new Date('2026-11-03T10:00:00Z'))).rejects.toMatchObject({
      code: 'conflict',
      message: 'This decision has already been published.',
    });
  });

  it('publishes an officer non-key decision with no call-in, effective from the day it was made', async () => {
    const id = await record('officer', 'Repainting of the lock gates');
    await publishDecision(database.db, actor, id, new Date('2026-11-04T10:00:00Z'));
    const d = await row(id);
    expect(d).toMatchObject({ publication: 'published', callInStatus: 'not-applicable', callInDeadline: null });
    expect(d.effectiveFrom?.toISOString()).toBe('2026-11-02T00:00:00.000Z');
  });

  it('refuses to publish before the day the decision is made', async () => {
    const id = await record('officer', 'Replacement of the mooring rings');
    await expect(publishDecision(database.db, actor, id, new Date('2026-11-01T10:00:00Z'))).rejects.toMatchObject({
      code: 'conflict',
      message: 'A decision cannot be published before the day it is made.',
    });
    expect((await row(id)).publication).toBe('draft');
  });
});
