// Action plans and their actions.
export { actionPlansRoutes } from './action-plans.routes.ts';
export { actionPlansCsvRoutes } from './action-plans-csv.routes.ts';
export { saveActionPlans } from './commands/save-action-plans.ts';
export { savePlanActions } from './commands/save-plan-actions.ts';
