// Scrutiny: work programmes and the outcome tracker.
export { scrutinyRoutes } from './scrutiny.routes.ts';
export { saveWorkProgrammeItems } from './commands/save-work-programme-items.ts';
export { saveTrackerOutcomes } from './commands/save-tracker-outcomes.ts';
