// The Forward Plan of key decisions.
export { forwardPlanRoutes } from './forward-plan.routes.ts';
