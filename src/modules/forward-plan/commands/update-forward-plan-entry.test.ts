import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { forwardPlanEntries } from '../../../db/schema.ts';
import { createForwardPlanEntry } from './create-forward-plan-entry.ts';
import { entryFields } from '../../../../test/forward-plan.ts';
import { publishForwardPlanVersion } from './publish-forward-plan-version.ts';
import { saveForwardPlanEntries } from './save-forward-plan-entries.ts';
import { updateForwardPlanEntry } from './update-forward-plan-entry.ts';

const actor = { userId: null, label: 'clerk' };
const now = new Date('2030-01-10T12:00:00Z');

describe('updateForwardPlanEntry', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('changes a published entry but never its reference or first published date', async () => {
    const r = await createForwardPlanEntry(database.db, actor, entryFields, now);
    const id = r.ok ? r.value.id : 0;
    await publishForwardPlanVersion(database.db, actor, {}, now);
    const u = await updateForwardPlanEntry(database.db, actor, id, { ...entryFields, decisionDateQualifier: 'on', decisionDate: '2030-04-02' }, new Date('2030-02-10T12:00:00Z'));
    expect(u.ok).toBe(true);
    const [e] = await database.db.select().from(forwardPlanEntries).where(eq(forwardPlanEntries.id, id));
    expect(e).toMatchObject({ ref: 'FP/30/01/01', firstPublished: '2030-01-10', decisionDateText: '2 April 2030' });
  });

  it('refuses to change an imported entry, which stays as it was printed', async () => {
    const imported = await saveForwardPlanEntries(database.db, actor, [
      { values: { bodyId: c.body.id, ref: 'FP/29/11/04', decisionDateText: 'Before 1 Feb 2030', access: 'public' } },
    ]);
    const id = imported.ok ? imported.value.ids[0]! : 0;
    await expect(updateForwardPlanEntry(database.db, actor, id, entryFields, now)).rejects.toThrow(/imported/);
  });
});
