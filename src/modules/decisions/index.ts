// Decisions register: records of decisions, publication with call-in, corrections as versions.
export { decisionsRoutes } from './decisions.routes.ts';
export { recordDecision, updateDecision, correctDecision, decisionOfResolution } from './commands/record-decision.ts';
export { publishDecision } from './commands/publish-decision.ts';
export { recordCallIn } from './commands/record-call-in.ts';
export { saveDecisions, DECISION_LOCKED_MESSAGE, type DecisionValues, type DecisionWrite } from './commands/save-decisions.ts';
export { decisionDateErrors, callInErrors } from './decisions.rules.ts';
export { callInRule, callInWindow, callInState, isSubjectToCallIn } from './call-in.ts';
export { searchDecisions, findDecision } from './decisions.repo.ts';
export { presentDecision } from './decisions.presenter.ts';
