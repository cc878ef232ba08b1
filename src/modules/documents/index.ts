// Documents: stored files attached to meetings and agenda items, public or exempt.
export { documentsRoutes } from './documents.routes.ts';
export { uploadDocument } from './commands/upload-document.ts';
export { documentInput, allowedTypes } from './documents.schema.ts';
export { findDocument } from './documents.repo.ts';
