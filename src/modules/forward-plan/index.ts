// The Forward Plan of key decisions.
export { forwardPlanRoutes } from './forward-plan.routes.ts';
export { saveForwardPlanEntries } from './commands/save-forward-plan-entries.ts';
