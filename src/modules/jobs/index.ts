export { enqueueJob, latestJob, runPendingJobs, startJobRunner, type JobHandlers, type JobProgress } from './jobs.ts';
