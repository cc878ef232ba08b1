// The issue history: one thread per issue, from Forward Plan notice to report, consultation, decision, call-in, effect and actions.
export { issueHistoryRoutes } from './issue-history.routes.ts';
export { findIssue } from './issue-history.repo.ts';
export { issueStages, issueThread } from './issue-history.presenter.ts';
