// A plan for tests: a council, a published three-level plan (vision 1, priority 1.1, programme 1.1.1),
// and a published action plan and measure not yet linked to it.
import type { Db } from '../src/db/connect.ts';
import { makeCouncil } from './factories.ts';
import { saveActionPlans, savePlanActions } from '../src/modules/action-plans/index.ts';
import { createMeasure, recordMeasureValue } from '../src/modules/measures/index.ts';
import { publishRecords } from '../src/modules/visibility/index.ts';
import { savePlan, savePlanPart } from '../src/modules/plans/index.ts';

const actor = { userId: null, label: 'clerk@test.example' };
const published = { publication: 'published' as const, publishedAt: new Date('2020-01-01T09:00:00Z'), publishedBy: 'clerk@test.example', access: 'public' as const };

const must = <T>(r: { ok: true; value: T } | { ok: false; errors: { message: string }[] }): T => {
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.value;
};

/** Writes the plan, its three parts, an action plan with a Green, an Amber overdue and a Blue action, and a measure at Red. */
export async function makePlan(db: Db) {
  const council = await makeCouncil(db);
  const planId = must(
    await savePlan(db, actor, null, {
      title: 'Testshire Plan',
      startDate: '2025-04-01',
      endDate: '2028-03-31',
      levels: 'Vision\nPriority\nProgramme',
      organisationId: String(council.org.id),
    }),
  ).id;
  await publishRecords(db, actor, 'plan', [planId]);
  const vision = must(await savePlanPart(db, actor, planId, null, { level: '0', number: '1', title: 'A thriving county' })).id;
  const priority = must(await savePlanPart(db, actor, planId, null, { parentId: String(vision), level: '1', number: '1.1', title: 'Safe roads' })).id;
  const programme = must(await savePlanPart(db, actor, planId, null, { parentId: String(priority), level: '2', number: '1.1.1', title: 'Bridge renewal' })).id;
  const ap = await saveActionPlans(db, actor, [{ values: { bodyId: council.body.id, title: 'Bridges Action Plan', slug: 'bridges', ...published } }]);
  const actionPlanId = ap.ok ? ap.value.ids[0]! : 0;
  const a = (n: number, values: Record<string, unknown>) => ({ values: { actionPlanId, position: n, number: String(n), action: `Bridge action ${n}`, ...published, ...values } });
  await savePlanActions(db, actor, [a(1, { rag: 'Green', dueText: 'Ongoing' }), a(2, { rag: 'Amber', dueDate: '2019-01-31', dueText: '31 January 2019' }), a(3, { rag: 'Blue' })]);
  const measureId = must(
    await createMeasure(db, actor, { name: 'Bridges inspected on time', unit: '%', polarity: 'higher', frequency: 'quarterly', target: '90', tolerance: '5' }),
  ).id;
  await recordMeasureValue(db, actor, measureId, { period: 'Q1 2025/26', value: '70' });
  await recordMeasureValue(db, actor, measureId, { period: 'Q2 2025/26', value: '80' });
  await publishRecords(db, actor, 'measure', [measureId]);
  return { council, planId, vision, priority, programme, actionPlanId, measureId };
}
