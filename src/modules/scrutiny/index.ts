// Scrutiny: work programmes, outcome trackers and recommendations to the executive.
export { scrutinyRoutes } from './scrutiny.routes.ts';
export { saveWorkProgrammeItems, type WorkProgrammeItemValues } from './commands/save-work-programme-items.ts';
export { saveTrackerOutcomes, type TrackerOutcomeValues } from './commands/save-tracker-outcomes.ts';
export { saveRecommendations, makeRecommendation, respondToRecommendation, type RecommendationValues } from './commands/recommendations.ts';
export { addTrackerOutcome, recordTrackerProgress } from './commands/record-tracker-outcome.ts';
export { addProgrammeItem, requestProgrammeItem, decideRequest, addProgrammeItemToAgenda } from './commands/work-programme.ts';
export { addTrackerToAgenda } from './commands/add-to-agenda.ts';
export { trackerStatus, onTrackerFor, type TrackerStatus } from './tracker-status.ts';
