// Scrutiny: work programmes, outcome trackers and recommendations to the executive.
export { scrutinyRoutes } from './scrutiny.routes.ts';
export { saveWorkProgrammeItems } from './commands/save-work-programme-items.ts';
export { saveTrackerOutcomes } from './commands/save-tracker-outcomes.ts';
export { saveRecommendations } from './commands/save-recommendations.ts';
export { committeeDashboard, allCommitteeOutcomes as committeeOutcomes } from './tracker.repo.ts';
export { trackerToCsv } from './tracker-csv.ts';
export { importTrackerOutcomes } from './commands/import-tracker-outcomes.ts';
export { makeRecommendation } from './commands/make-recommendation.ts';
export { addTrackerToAgenda } from './commands/add-tracker-to-agenda.ts';
export { trackerPaper } from './tracker-paper.ts';
