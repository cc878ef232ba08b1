export { enqueueJob, findJob, runPendingJobs, startJobRunner, unfinishedJobs, type Job, type JobHandlers, type JobProgress } from './jobs.ts';
