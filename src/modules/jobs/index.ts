export { enqueueJob, runPendingJobs, startJobRunner, type JobHandlers, type JobProgress } from './jobs.ts';
