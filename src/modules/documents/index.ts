// Documents: stored files attached to meetings and agenda items; drafts until published, access inherited from their item.
export { documentsRoutes } from './documents.routes.ts';
export { officerDocumentsRoutes } from './officer-documents.routes.ts';
export { uploadDocument, type UploadedFile } from './commands/upload-document.ts';
export { publishDocument } from './commands/publish-document.ts';
export { saveDocuments, type DocumentValues, type DocumentWrite } from './commands/save-documents.ts';
export { documentInput, allowedTypes } from './documents.schema.ts';
export { findDocument } from './documents.repo.ts';
