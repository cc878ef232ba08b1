import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { entryFields } from '../../../../test/forward-plan.ts';
import { notices } from '../../../db/schema.ts';
import { createForwardPlanEntry } from './create-forward-plan-entry.ts';
import { createNotice } from './create-notice.ts';
import { publishNotice } from './publish-notice.ts';

const actor = { userId: null, label: 'clerk' };
const now = new Date('2030-02-10T12:00:00Z');

describe('publishNotice', () => {
  let database: Database;
  let entryId = 0;
  beforeAll(async () => {
    database = await createTestDatabase();
    await makeCouncil(database.db);
    const r = await createForwardPlanEntry(database.db, actor, entryFields, now);
    entryId = r.ok ? r.value.id : 0;
  });
  afterAll(() => database.close());
  const notice = async (fields: Record<string, string>) => {
    const r = await createNotice(database.db, actor, { forwardPlanEntryId: String(entryId), decisionMaker: 'Cabinet', reasons: 'Commercial terms', ...fields }, now);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.value.id;
  };

  it('refuses a 28-day private meeting notice fewer than 28 clear days before the meeting, and publishes a 5-day one', async () => {
    const late = await notice({ kind: 'private-meeting', privateStage: '28-day', decisionDate: '2030-03-01' });
    expect(await publishNotice(database.db, actor, late, now)).toEqual({
      ok: false,
      errors: [{ field: 'form', message: 'A 28-day private meeting notice must be published at least 28 clear days before the meeting' }],
    });
    const five = await notice({ kind: 'private-meeting', privateStage: '5-day', decisionDate: '2030-03-01', representations: 'None received' });
    expect(await publishNotice(database.db, actor, five, now)).toEqual({ ok: true, value: { id: five } });
    const [n] = await database.db.select().from(notices).where(eq(notices.id, five));
    expect(n).toMatchObject({ publication: 'published', publishedBy: 'clerk' });
  });

  it('refuses to publish a notice once its decision date has passed', async () => {
    const id = await notice({ kind: 'special-urgency', decisionDate: '2030-02-12', scrutinyChair: 'Cllr Ada Brook', chairAgreedOn: '2030-02-10' });
    expect(await publishNotice(database.db, actor, id, new Date('2030-02-13T09:00:00Z'))).toMatchObject({ ok: false });
    expect(await publishNotice(database.db, actor, id, now)).toMatchObject({ ok: true });
  });
});
