import { z } from 'zod';
import { documentKinds } from '../modules/documents/documents.table.ts';
import { apiSchemas, instant, objectFields, oparlType } from './common.schema.ts';

/** A document's metadata (OParl File); the bytes are at `accessUrl`. */
export const documentSchema = z
  .object({
    ...objectFields(oparlType.file),
    accessUrl: z.url().describe('Where the bytes are served, inline'),
    name: z.string().describe('The document title'),
    fileName: z.string(),
    mimeType: z.string(),
    size: z.number().int().min(0),
    sha256: z.string(),
    kind: z.enum(documentKinds),
    meetingId: z.number().int().nullable(),
    agendaItemId: z.number().int().nullable(),
    public: z.boolean().describe('false for exempt documents, which only entitled users ever see'),
    exemptParagraph: z.number().int().nullable().describe('Schedule 12A paragraph when exempt'),
    publishedAt: instant.nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .register(apiSchemas, { id: 'Document' });

/** The API's view of a document. */
export type ApiDocument = z.output<typeof documentSchema>;

/** A document with its text rendition. */
export const documentDetailSchema = documentSchema
  .extend({ text: z.string().nullable().describe('Text rendition, when extracted') })
  .register(apiSchemas, { id: 'DocumentDetail' });
