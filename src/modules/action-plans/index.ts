// Action plans and their actions.
export { actionPlansRoutes } from './action-plans.routes.ts';
export { presentAction, actionTree } from './action-plans.presenter.ts';
export { saveActionPlans, type ActionPlanValues } from './commands/save-action-plans.ts';
export { savePlanActions, type PlanActionValues } from './commands/save-plan-actions.ts';
