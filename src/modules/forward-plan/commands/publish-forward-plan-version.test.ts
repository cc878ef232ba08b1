import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { forwardPlanEntries, forwardPlanVersions } from '../../../db/schema.ts';
import { compareVersions } from '../forward-plan.compare.ts';
import { createForwardPlanEntry } from './create-forward-plan-entry.ts';
import { entryFields } from '../../../../test/forward-plan.ts';
import { publishForwardPlanVersion } from './publish-forward-plan-version.ts';
import { saveForwardPlanEntries } from './save-forward-plan-entries.ts';
import { updateForwardPlanEntry } from './update-forward-plan-entry.ts';

const actor = { userId: null, label: 'clerk' };
const jan = new Date('2030-01-10T12:00:00Z');
const janLater = new Date('2030-01-24T12:00:00Z');
const feb = new Date('2030-02-03T12:00:00Z');

describe('publishForwardPlanVersion', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const add = async (issue: string, when: Date, extra: Record<string, string> = {}) => {
    const r = await createForwardPlanEntry(database.db, actor, { ...entryFields, issue, ...extra }, when);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.value.id;
  };
  const refs = async () => (await database.db.select().from(forwardPlanEntries).orderBy(asc(forwardPlanEntries.id))).map((e) => [e.issue, e.ref, e.firstPublished]);
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('refuses to publish a plan with no entries', async () => {
    expect(await publishForwardPlanVersion(database.db, actor, {}, jan)).toMatchObject({ ok: false, errors: [{ field: 'form' }] });
  });

  it('numbers entries FP/YY/MM/NN when first published: the sequence runs on within a month and restarts at 01 in a new month', async () => {
    // An imported entry of the same month already holds FP/30/01/01.
    await saveForwardPlanEntries(database.db, actor, [{ values: { bodyId: c.body.id, ref: 'FP/30/01/01', decisionDateText: 'Not known', access: 'public' } }]);
    await add('Library review', jan);
    await add('Bus subsidy', jan);
    const v1 = await publishForwardPlanVersion(database.db, actor, { note: 'January plan' }, jan);
    expect(v1).toMatchObject({ ok: true, value: { number: 1 } });
    await add('Depot closure', janLater);
    expect(await publishForwardPlanVersion(database.db, actor, {}, janLater)).toMatchObject({ ok: true, value: { number: 2 } });
    await add('Care home fees', feb);
    expect(await publishForwardPlanVersion(database.db, actor, {}, feb)).toMatchObject({ ok: true, value: { number: 3 } });
    expect(await refs()).toEqual([
      [null, 'FP/30/01/01', null],
      ['Library review', 'FP/30/01/02', '2030-01-10'],
      ['Bus subsidy', 'FP/30/01/03', '2030-01-10'],
      ['Depot closure', 'FP/30/01/04', '2030-01-24'],
      ['Care home fees', 'FP/30/02/01', '2030-02-03'],
    ]);
    const versions = await database.db.select().from(forwardPlanVersions).orderBy(asc(forwardPlanVersions.number));
    expect(versions.map((v) => [v.number, v.publishedOn, v.entries.length, v.publication])).toEqual([
      [1, '2030-01-10', 2, 'published'],
      [2, '2030-01-24', 3, 'published'],
      [3, '2030-02-03', 4, 'published'],
    ]);
  });

  it('keeps the private details of an exempt matter out of the version', async () => {
    await add('Sale of the old depot', feb, { exemptStatus: 'part', exemptMatterParagraph: '3', privateDetails: 'The bidder offered a secret sum' });
    const v = await publishForwardPlanVersion(database.db, actor, {}, feb);
    const [row] = await database.db
      .select()
      .from(forwardPlanVersions)
      .where(eq(forwardPlanVersions.id, v.ok ? v.value.id : 0));
    expect(JSON.stringify(row!.entries)).not.toContain('secret sum');
    expect(row!.entries.find((e) => e.issue === 'Sale of the old depot')).toMatchObject({ exempt: 'Part exempt', exemptMatterParagraph: 3 });
  });

  it('never changes or deletes a published version', async () => {
    const [v] = await database.db.select().from(forwardPlanVersions).where(eq(forwardPlanVersions.number, 1));
    await expect(database.db.update(forwardPlanVersions).set({ note: 'Rewritten' }).where(eq(forwardPlanVersions.id, v!.id))).rejects.toSatisfy((e: Error) =>
      /cannot be changed/.test(String((e.cause as Error | undefined)?.message ?? e.message)),
    );
    await expect(database.db.delete(forwardPlanVersions).where(eq(forwardPlanVersions.id, v!.id))).rejects.toSatisfy((e: Error) =>
      /cannot be deleted/.test(String((e.cause as Error | undefined)?.message ?? e.message)),
    );
  });

  it('compares two versions: added, removed and changed entries with the old and new value of each changed field', async () => {
    const [bus] = await database.db.select().from(forwardPlanEntries).where(eq(forwardPlanEntries.issue, 'Bus subsidy'));
    await updateForwardPlanEntry(database.db, actor, bus!.id, { ...entryFields, issue: 'Bus subsidy', decisionDateQualifier: 'on', decisionDate: '2030-04-20' }, feb);
    const [library] = await database.db.select().from(forwardPlanEntries).where(eq(forwardPlanEntries.issue, 'Library review'));
    // Moved into the past: off the next version.
    await saveForwardPlanEntries(database.db, actor, [{ id: library!.id, values: { decisionDate: '2030-02-01' } }]);
    const v = await publishForwardPlanVersion(database.db, actor, {}, feb);
    const all = await database.db.select().from(forwardPlanVersions).orderBy(asc(forwardPlanVersions.number));
    const diff = compareVersions(all[0]!.entries, all.at(-1)!.entries);
    expect(v.ok).toBe(true);
    expect(diff.added.map((e) => e.issue)).toEqual(['Depot closure', 'Care home fees', 'Sale of the old depot']);
    expect(diff.removed.map((e) => e.issue)).toEqual(['Library review']);
    expect(diff.changed).toEqual([
      {
        entry: expect.objectContaining({ issue: 'Bus subsidy' }),
        changes: [{ field: 'decisionDateText', label: 'Decision date', from: 'Not before 1 March 2030', to: '20 April 2030' }],
      },
    ]);
  });
});
