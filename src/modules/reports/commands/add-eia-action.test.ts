import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { eiaActions } from '../../../db/schema.ts';
import { createReport } from './create-report.ts';
import { saveEia } from './save-eia.ts';
import { addEiaAction } from './add-eia-action.ts';

const actor = { userId: null, label: 'clerk@test.example', role: 'democratic-services' };

describe('addEiaAction', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('numbers the action plan in order and asks for the action', async () => {
    const { db } = database;
    const rep = await createReport(db, actor, c.body.id, { title: 'Pool closure', kind: 'key-decision' });
    const e = await saveEia(db, actor, null, { reportId: String(rep.ok ? rep.value.id : 0), title: 'Pool closure EIA' });
    const eiaId = e.ok ? e.value.id : 0;
    expect((await addEiaAction(db, actor, eiaId, { action: 'Arrange transport to the next pool', dueOn: '2030-05-01', responsible: 'Leisure manager' })).ok).toBe(true);
    expect((await addEiaAction(db, actor, eiaId, { action: 'Review use by disabled swimmers', complete: 'yes' })).ok).toBe(true);
    expect((await db.select().from(eiaActions).orderBy(eiaActions.position)).map((a) => [a.position, a.dueOn, a.complete])).toEqual([
      [1, '2030-05-01', false],
      [2, null, true],
    ]);
    expect(await addEiaAction(db, actor, eiaId, { action: '' })).toMatchObject({ ok: false, errors: [{ field: 'action', message: 'Enter the action' }] });
  });
});
