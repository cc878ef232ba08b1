// Imports: uploads run as background jobs, review, corrections and the public "Show source" pages.
export { importsRoutes } from './imports.routes.ts';
export { sourceIds } from './imports.repo.ts';
export { correctField } from './commands/correct-field.ts';
export { importJobs } from './imports.jobs.ts';
export { queueImports } from './commands/queue-imports.ts';
