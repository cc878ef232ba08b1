// Action plans and their actions.
export { actionPlansRoutes } from './action-plans.routes.ts';
export { presentAction, actionTree } from './action-plans.presenter.ts';
