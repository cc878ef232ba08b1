// Plans with a hierarchy the council configures (vision → priorities → programmes), the golden thread
// to action plans and measures, their roll-up RAG, dashboards and quarterly highlight reports.
export { plansRoutes } from './plans.routes.ts';
export { savePlan } from './commands/save-plan.ts';
export { savePlanPart } from './commands/save-plan-part.ts';
export { assignDeliveryGroup } from './commands/assign-delivery-group.ts';
export { assignChampion } from './commands/assign-champion.ts';
export { linkActionPlan } from './commands/link-action-plan.ts';
export { linkMeasure } from './commands/link-measure.ts';
export { saveHighlightReport } from './commands/save-highlight-report.ts';
export { findPlan, listPlans, planContents } from './plans.repo.ts';
export { presentPlan, presentTree, type PresentedPart } from './plans.presenter.ts';
export { rollUpExplained } from './plan-rollup.ts';
export { quarterOf } from './quarters.ts';
export { addHighlightReportsToAgenda } from './commands/add-highlight-reports-to-agenda.ts';
export { highlightReportsPaper } from './highlight-paper.ts';
