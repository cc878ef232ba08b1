// Action plans and their actions.
export { actionPlansRoutes } from './action-plans.routes.ts';
export { saveActionPlans } from './commands/save-action-plans.ts';
export { savePlanActions } from './commands/save-plan-actions.ts';
export { importPlanActions } from './commands/import-plan-actions.ts';
export { actionPlanActions } from './action-plans.repo.ts';
export { actionsToCsv } from './actions-csv.ts';
export { planDashboardFigures } from './action-plans.presenter.ts';
export { presentAction, dueBy, type PresentedAction } from './action-plans.presenter.ts';
