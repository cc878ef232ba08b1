// The Forward Plan of key decisions: entries, numbered published versions, notices and the 28-day rule.
export { forwardPlanRoutes } from './forward-plan.routes.ts';
export { officerForwardPlanRoutes } from './officer-forward-plan.routes.ts';
export { saveForwardPlanEntries } from './commands/save-forward-plan-entries.ts';
export { keyDecisionNotices, keyDecisionRefusal, statusEnds } from './forward-plan.rules.ts';
export { createForwardPlanEntry } from './commands/create-forward-plan-entry.ts';
export { updateForwardPlanEntry } from './commands/update-forward-plan-entry.ts';
export { publishForwardPlanVersion } from './commands/publish-forward-plan-version.ts';
export { createNotice } from './commands/create-notice.ts';
export { publishNotice } from './commands/publish-notice.ts';
export { findEntry, forwardPlanVersion, forwardPlanVersionsFor, issueIdOf, listEntries, noticeFor, noticesFor, noticeKindLabels } from './forward-plan.repo.ts';
export { entryInput, noticeInput } from './forward-plan.schema.ts';
export { compareVersions } from './forward-plan.compare.ts';
