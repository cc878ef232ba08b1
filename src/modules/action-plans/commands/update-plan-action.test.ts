import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, planActionUpdates, planActions } from '../../../db/schema.ts';
import { saveActionPlans } from './save-action-plans.ts';
import { savePlanActions } from './save-plan-actions.ts';
import { updatePlanAction } from './update-plan-action.ts';

const actor = { userId: null, label: 'owner@test.example' };

describe('updatePlanAction', () => {
  let database: Database;
  let id: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    const c = await makeCouncil(database.db);
    const plans = await saveActionPlans(database.db, actor, [{ values: { bodyId: c.body.id, title: 'Parks Action Plan', slug: 'parks', access: 'public' } }]);
    const a = await savePlanActions(database.db, actor, [
      { values: { actionPlanId: plans.ok ? plans.value.ids[0]! : 0, position: 1, number: '1', action: 'Plant trees', rag: 'Red', dueText: 'June 2018', access: 'public' } },
    ]);
    id = a.ok ? a.value.ids[0]! : 0;
  });
  afterAll(() => database.close());

  it('refuses an update without a RAG, a due date or a note, in GOV.UK words, and changes nothing', async () => {
    const r = await updatePlanAction(database.db, actor, id, { rag: '', due: '', progress: ' ' });
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'rag', message: 'Select the RAG rating' },
        { field: 'due', message: 'Select when the action is due' },
        { field: 'progress', message: 'Enter a progress note' },
      ],
    });
    const bad = await updatePlanAction(database.db, actor, id, { rag: 'Amber', due: 'date', dueOn: '2027-02-30', progress: 'x' });
    expect(bad).toEqual({ ok: false, errors: [{ field: 'dueOn', message: 'The due date must be a real date' }] });
    expect(await database.db.select().from(planActionUpdates)).toEqual([]);
  });

  it('sets the RAG, the due day and the note, adds a dated history entry, and audits both', async () => {
    const now = new Date('2026-12-03T10:00:00Z');
    expect(await updatePlanAction(database.db, actor, id, { rag: 'Amber', due: 'date', dueOn: '2027-03-31', progress: 'Half the trees planted' }, now)).toEqual({
      ok: true,
      value: { id },
    });
    expect(await updatePlanAction(database.db, actor, id, { rag: 'Green', due: 'ongoing', progress: 'Watering through summer' }, now)).toMatchObject({ ok: true });
    const [a] = await database.db.select().from(planActions).where(eq(planActions.id, id));
    expect(a).toMatchObject({ rag: 'Green', dueText: 'Ongoing', dueDate: null, progress: 'Watering through summer' });
    const history = await database.db.select().from(planActionUpdates).orderBy(planActionUpdates.id);
    expect(history).toMatchObject([
      { updatedOn: '2026-12-03', rag: 'Amber', dueText: '31 March 2027', dueDate: '2027-03-31', progress: 'Half the trees planted', updatedBy: 'owner@test.example' },
      { updatedOn: '2026-12-03', rag: 'Green', dueText: 'Ongoing', dueDate: null, progress: 'Watering through summer' },
    ]);
    const audit = await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectType, 'plan_action'));
    expect(audit.filter((x) => x.action === 'plan-action.progress')).toHaveLength(2);
    const entries = await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectType, 'plan_action_update'));
    expect(entries.map((e) => e.action)).toEqual(['plan-action-update.create', 'plan-action-update.create']);
  });
});
