import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { entryFields } from '../../../../test/forward-plan.ts';
import { notices } from '../../../db/schema.ts';
import { createForwardPlanEntry } from './create-forward-plan-entry.ts';
import { createNotice } from './create-notice.ts';

const actor = { userId: null, label: 'clerk' };
const now = new Date('2030-02-10T12:00:00Z');

describe('createNotice', () => {
  let database: Database;
  let entryId = 0;
  beforeAll(async () => {
    database = await createTestDatabase();
    await makeCouncil(database.db);
    const r = await createForwardPlanEntry(database.db, actor, entryFields, now);
    entryId = r.ok ? r.value.id : 0;
  });
  afterAll(() => database.close());
  const base = () => ({
    forwardPlanEntryId: String(entryId),
    decisionMaker: 'Cabinet',
    'decisionDate-day': '1',
    'decisionDate-month': '3',
    'decisionDate-year': '2030',
    reasons: 'The contract ends sooner than expected',
  });

  it('asks for the scrutiny chair and the date they were informed or agreed, and refuses dates that have not happened yet', async () => {
    const ge = await createNotice(database.db, actor, { ...base(), kind: 'general-exception' }, now);
    expect(!ge.ok && ge.errors.map((e) => e.message)).toEqual(['Enter the name of the scrutiny chair', 'Enter the date the scrutiny chair was informed in writing']);
    const su = await createNotice(database.db, actor, { ...base(), kind: 'special-urgency', scrutinyChair: 'Cllr Ada Brook', chairAgreedOn: '2030-02-11' }, now);
    expect(!su.ok && su.errors).toEqual([{ field: 'chairAgreedOn', message: 'The date the scrutiny chair agreed must be today or in the past' }]);
    const pm = await createNotice(database.db, actor, { ...base(), kind: 'private-meeting' }, now);
    expect(!pm.ok && pm.errors).toEqual([{ field: 'privateStage', message: 'Select which private meeting notice this is' }]);
  });

  it('writes a draft general exception notice about the entry', async () => {
    const r = await createNotice(database.db, actor, { ...base(), kind: 'general-exception', scrutinyChair: 'Cllr Ada Brook', chairInformedOn: '2030-02-09' }, now);
    expect(r.ok).toBe(true);
    const [n] = await database.db.select().from(notices);
    expect(n).toMatchObject({ kind: 'general-exception', title: 'Riverside car park sale', decisionDate: '2030-03-01', chairInformedOn: '2030-02-09', publication: 'draft' });
  });
});
