// Scrutiny: work programmes and the outcome tracker.
export { scrutinyRoutes } from './scrutiny.routes.ts';
export { saveWorkProgrammeItems, type WorkProgrammeItemValues } from './commands/save-work-programme-items.ts';
export { saveTrackerOutcomes, type TrackerOutcomeValues } from './commands/save-tracker-outcomes.ts';
