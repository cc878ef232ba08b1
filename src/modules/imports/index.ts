// Imports: review, corrections and the public "Show source" pages.
export { importsRoutes } from './imports.routes.ts';
export { sourceIds } from './imports.repo.ts';
export { correctField } from './commands/correct-field.ts';
