// The Forward Plan of key decisions.
export { forwardPlanRoutes } from './forward-plan.routes.ts';
export { saveForwardPlanEntries, type ForwardPlanEntryValues } from './commands/save-forward-plan-entries.ts';
export { liveForwardPlan, undatedDays } from './forward-plan.rules.ts';
