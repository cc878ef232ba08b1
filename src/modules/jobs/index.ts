export { currentJobs, enqueueJob, findJob, runPendingJobs, startJobRunner, type Job, type JobHandlers, type JobProgress } from './jobs.ts';
