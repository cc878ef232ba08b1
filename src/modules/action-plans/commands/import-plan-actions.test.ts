import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, planActionUpdates, planActions } from '../../../db/schema.ts';
import { actionsToCsv } from '../actions-csv.ts';
import { importPlanActions } from './import-plan-actions.ts';
import { saveActionPlans } from './save-action-plans.ts';
import { savePlanActions } from './save-plan-actions.ts';

const actor = { userId: null, label: 'owner@test.example' };

describe('importPlanActions', () => {
  let database: Database;
  let planId: number;
  const actions = async () => database.db.select().from(planActions).where(eq(planActions.actionPlanId, planId)).orderBy(asc(planActions.position));
  const auditCount = async () => (await database.db.select({ n: count() }).from(auditEvents))[0]!.n;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { db } = database;
    const c = await makeCouncil(db);
    const plans = await saveActionPlans(db, actor, [{ values: { bodyId: c.body.id, title: 'Canals Action Plan', slug: 'canals', access: 'public' } }]);
    planId = plans.ok ? plans.value.ids[0]! : 0;
    const base = { actionPlanId: planId, access: 'public' as const };
    const written = await savePlanActions(db, actor, [
      {
        values: {
          ...base,
          position: 1,
          number: '1',
          action: 'Dredge the locks, "all 12", by boat',
          success: 'Boats pass, all year\nwithout grounding',
          owners: ['Canal Trust', 'Ríona Ó Súilleabháin'],
          rag: 'Amber',
          dueText: 'June 2018',
        },
      },
      {
        values: {
          ...base,
          position: 2,
          number: '6',
          action: 'Repaint bridges',
          owners: [],
          rag: 'Green',
          dueText: '17/11/17',
          dueDate: '2017-11-17',
          progress: '=SUM(A1) is not a formula; – en dash, café',
        },
      },
      {
        values: {
          ...base,
          position: 3,
          number: '6.1',
          action: '  Towpath signs  ',
          rag: null,
          dueText: 'Ongoing',
          direction: 'Improving',
          progress: '- first line\r\n- second line, with "quotes"',
        },
      },
    ]);
    expect(written.ok).toBe(true);
  });
  afterAll(() => database.close());

  it('imports its own export and changes nothing: changed 0, no audit rows', async () => {
    const before = await actions();
    const audits = await auditCount();
    const csv = actionsToCsv(before);
    expect(csv.startsWith('\uFEFFnumber,action,success,owners,rag,due,direction,progress\r\n')).toBe(true);
    expect(csv).toContain(`"Dredge the locks, ""all 12"", by boat"`);
    expect(csv).toContain(`"'=SUM(A1) is not a formula; – en dash, café"`);
    expect(await importPlanActions(database.db, actor, planId, csv)).toEqual({ ok: true, value: { changed: 0 } });
    expect(await actions()).toEqual(before);
    expect(await auditCount()).toBe(audits);
    expect(await database.db.select().from(planActionUpdates)).toEqual([]);
  });

  it('refuses a file with one bad row, naming its line (after a note over two lines), and changes nothing', async () => {
    const before = await actions();
    const audits = await auditCount();
    const lines = actionsToCsv(before).replace('Amber', 'Red').replace(',Green,', ',Purple,');
    const r = await importPlanActions(database.db, actor, planId, lines);
    // Line 1 is the header; action 1 takes lines 2 and 3 (its success measure has a line break), so action 6 is on line 4.
    expect(r).toEqual({ ok: false, errors: [{ line: 4, field: 'rag', message: 'Line 4: the RAG rating must be Red, Amber, Green, Blue or blank, not “Purple”' }] });
    expect(await actions()).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it('names unknown numbers, repeated numbers, unreadable due dates and a bad header', async () => {
    const header = 'number,action,success,owners,rag,due,direction,progress\n';
    const r = await importPlanActions(database.db, actor, planId, `${header}9,Unknown,,,,,,\n1,Dredge,,,,Next spring,,\n1,Again,,,,,,\n`);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'Line 2: there is no action 9 in this plan (an import changes existing actions only)',
      'Line 3: enter the due date as a date such as 2027-06-30, a month such as June 2027, or Ongoing, not “Next spring”',
      'Line 4: action 1 is already on line 3',
    ]);
    const h = await importPlanActions(database.db, actor, planId, 'number,title\n1,x\n');
    expect(h.ok ? '' : h.errors[0]!.message).toBe(
      'Line 1: the header row must name the columns number, action, success, owners, rag, due, direction, progress (missing: action, success, owners, rag, due, direction, progress)',
    );
    const q = await importPlanActions(database.db, actor, planId, `${header}1,"unclosed,,,,,,\n`);
    expect(q.ok ? '' : q.errors[0]!.message).toMatch(/^Line \d+: the file is not valid CSV/);
  });

  it('applies a changed row: the action, an audit row and a dated history entry', async () => {
    const before = await actions();
    const csv = actionsToCsv(before).replace('Amber,June 2018,,', 'Blue,30/06/2018,,"Locks dredged, Ebrill 2018 ✓"');
    expect(await importPlanActions(database.db, actor, planId, csv, new Date('2026-12-03T12:00:00Z'))).toEqual({ ok: true, value: { changed: 1 } });
    const [one] = await actions();
    expect(one).toMatchObject({ rag: 'Blue', dueDate: '2018-06-30', dueText: '30 June 2018', progress: 'Locks dredged, Ebrill 2018 ✓' });
    expect(await database.db.select().from(planActionUpdates)).toMatchObject([
      { planActionId: one!.id, updatedOn: '2026-12-03', rag: 'Blue', progress: 'Locks dredged, Ebrill 2018 ✓', updatedBy: actor.label },
    ]);
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, String(one!.id)));
    expect(audit.map((a) => a.action)).toContain('plan-action.update');
  });
});
