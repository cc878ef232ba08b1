// Documents: stored files attached to meetings and agenda items; drafts until published, access inherited from their item.
export { documentsRoutes } from './documents.routes.ts';
export { officerDocumentsRoutes } from './officer-documents.routes.ts';
export { uploadDocument } from './commands/upload-document.ts';
export { publishDocument } from './commands/publish-document.ts';
export { saveDocuments } from './commands/save-documents.ts';
