import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, forwardPlanEntries } from '../../../db/schema.ts';
import { saveForwardPlanEntries } from './save-forward-plan-entries.ts';

describe('saveForwardPlanEntries', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('records entries with their reference and decision date as printed, audited', async () => {
    const { db } = database;
    const actor = { userId: null, label: 'import' };
    const bad = await saveForwardPlanEntries(db, actor, [{ values: { bodyId: c.body.id, ref: 'FP/30/01/01', decisionDateText: ' ', access: 'public' } }]);
    expect(bad).toMatchObject({ ok: false, errors: [{ field: 'decisionDateText', message: 'Enter when the decision is due' }] });
    const r = await saveForwardPlanEntries(db, actor, [
      {
        values: {
          bodyId: c.body.id,
          ref: 'FP/30/01/01',
          decisionDateText: 'Not before 1st Mar 2030',
          decisionDate: '2030-03-01',
          decisionDateQualifier: 'not-before',
          access: 'public',
        },
      },
    ]);
    expect(r.ok).toBe(true);
    expect((await db.select().from(forwardPlanEntries)).map((e) => [e.ref, e.decisionDateText, e.publication])).toEqual([['FP/30/01/01', 'Not before 1st Mar 2030', 'draft']]);
    expect((await db.select().from(auditEvents)).map((a) => a.action)).toEqual(['forward-plan-entry.create']);
  });
});
