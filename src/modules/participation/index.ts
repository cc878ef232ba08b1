// Public participation: questions, statements and petitions for meetings.
export { participationRoutes } from './participation.routes.ts';
export { submitQuestion, submissionContext } from './commands/submit-question.ts';
export { respondToSubmission } from './commands/respond-to-submission.ts';
export { submissionDeadline, DEFAULT_PUBLIC_QUESTION_RULE } from './participation.deadline.ts';
export { listSubmissions } from './participation.repo.ts';
