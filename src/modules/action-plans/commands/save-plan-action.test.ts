import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, planActions } from '../../../db/schema.ts';
import { saveActionPlans } from './save-action-plans.ts';
import { savePlanAction } from './save-plan-action.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('savePlanAction', () => {
  let database: Database;
  let planId: number;
  let otherPlanId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    const c = await makeCouncil(database.db);
    const plans = await saveActionPlans(database.db, actor, [
      { values: { bodyId: c.body.id, title: 'Parks Action Plan', slug: 'parks', access: 'public' } },
      { values: { bodyId: c.body.id, title: 'Libraries Action Plan', slug: 'libraries', access: 'public' } },
    ]);
    planId = plans.ok ? plans.value.ids[0]! : 0;
    otherPlanId = plans.ok ? plans.value.ids[1]! : 0;
  });
  afterAll(() => database.close());

  it('adds actions as drafts at the end of the plan, with owners one a line and a due day or Ongoing, audited', async () => {
    const six = await savePlanAction(
      database.db,
      actor,
      { actionPlanId: planId },
      { number: '6', action: 'Plant trees', owners: 'Parks manager\n\n  To identify \n', due: 'date', dueOn: '2027-06-30' },
    );
    expect(six).toEqual({ ok: true, value: { id: expect.any(Number), actionPlanId: planId } });
    const sixId = six.ok ? six.value.id : 0;
    const child = await savePlanAction(
      database.db,
      actor,
      { actionPlanId: planId },
      { number: '6.1', parentId: String(sixId), action: 'Survey the sites', success: 'Every site surveyed', due: 'ongoing' },
    );
    expect(child.ok).toBe(true);
    const rows = await database.db.select().from(planActions).where(eq(planActions.actionPlanId, planId)).orderBy(planActions.position);
    expect(rows.map((r) => [r.number, r.position, r.parentId, r.owners, r.dueText, r.dueDate, r.success, r.publication])).toEqual([
      ['6', 1, null, ['Parks manager', 'To identify'], '30 June 2027', '2027-06-30', null, 'draft'],
      ['6.1', 2, sixId, [], 'Ongoing', null, 'Every site surveyed', 'draft'],
    ]);
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'plan-action.create'), eq(auditEvents.subjectId, String(sixId))));
    expect(audits).toHaveLength(1);
  });

  it('changes an action, audited as an update', async () => {
    const [six] = await database.db
      .select()
      .from(planActions)
      .where(and(eq(planActions.actionPlanId, planId), eq(planActions.number, '6')));
    const r = await savePlanAction(database.db, actor, { id: six!.id }, { number: '6', action: 'Plant 500 trees', owners: 'Tree officer', due: 'ongoing' });
    expect(r.ok).toBe(true);
    const [after] = await database.db.select().from(planActions).where(eq(planActions.id, six!.id));
    expect([after!.action, after!.owners, after!.dueText, after!.dueDate]).toEqual(['Plant 500 trees', ['Tree officer'], 'Ongoing', null]);
    expect(
      await database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'plan-action.update'), eq(auditEvents.subjectId, String(six!.id)))),
    ).toHaveLength(1);
  });

  it('refuses a blank form in GOV.UK words, in the order of the form, and writes nothing', async () => {
    const before = await database.db.select().from(planActions);
    const r = await savePlanAction(database.db, actor, { actionPlanId: planId }, { number: ' ', action: '', due: '' });
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'number', message: 'Enter the number of the action' },
        { field: 'action', message: 'Enter the action' },
        { field: 'due', message: 'Select when the action is due' },
      ],
    });
    const bad = await savePlanAction(database.db, actor, { actionPlanId: planId }, { number: '7', action: 'x', due: 'date', dueOn: '2027-02-30' });
    expect(bad).toEqual({ ok: false, errors: [{ field: 'dueOn', message: 'The due date must be a real date' }] });
    expect(await database.db.select().from(planActions)).toEqual(before);
  });

  it('refuses a number already in the plan, a child whose number does not start with its parent’s, and a parent from another plan', async () => {
    const [six] = await database.db
      .select()
      .from(planActions)
      .where(and(eq(planActions.actionPlanId, planId), eq(planActions.number, '6')));
    expect(await savePlanAction(database.db, actor, { actionPlanId: planId }, { number: '6.1', action: 'Again', due: 'ongoing' })).toEqual({
      ok: false,
      errors: [{ field: 'number', message: 'Action 6.1 is already in this plan: enter another number' }],
    });
    expect(await savePlanAction(database.db, actor, { actionPlanId: planId }, { number: '7.1', parentId: String(six!.id), action: 'Misfiled', due: 'ongoing' })).toEqual({
      ok: false,
      errors: [{ field: 'number', message: 'The number of an action under action 6 must start with 6., like 6.1' }],
    });
    expect(await savePlanAction(database.db, actor, { actionPlanId: otherPlanId }, { number: '6.2', parentId: String(six!.id), action: 'Elsewhere', due: 'ongoing' })).toEqual({
      ok: false,
      errors: [{ field: 'parentId', message: 'Select a parent action in the same plan' }],
    });
    expect(await savePlanAction(database.db, actor, { id: six!.id }, { number: '6', parentId: String(six!.id), action: 'Itself', due: 'ongoing' })).toEqual({
      ok: false,
      errors: [{ field: 'parentId', message: 'An action cannot be under itself or under an action below it' }],
    });
    const [child] = await database.db
      .select()
      .from(planActions)
      .where(and(eq(planActions.actionPlanId, planId), eq(planActions.number, '6.1')));
    expect(await savePlanAction(database.db, actor, { id: six!.id }, { number: '6', parentId: String(child!.id), action: 'Under its own child', due: 'ongoing' })).toEqual({
      ok: false,
      errors: [{ field: 'parentId', message: 'An action cannot be under itself or under an action below it' }],
    });
    // The same number in another plan is fine, and an action keeps its own number when changed.
    expect((await savePlanAction(database.db, actor, { actionPlanId: otherPlanId }, { number: '6.1', action: 'Elsewhere', due: 'ongoing' })).ok).toBe(true);
  });
});
