// Decisions register: records of decisions, publication with call-in, corrections as versions.
export { decisionsRoutes } from './decisions.routes.ts';
export { recordDecision } from './commands/record-decision.ts';
export { publishDecision } from './commands/publish-decision.ts';
export { saveDecisions } from './commands/save-decisions.ts';
export { callInState } from './call-in.ts';
export { findDecision } from './decisions.repo.ts';
export { presentDecision } from './decisions.presenter.ts';
export { decisionInput } from './decisions.schema.ts';
