import { z } from 'zod';
import { documentKinds } from '../db/schema.ts';
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
    access: z.enum(['public', 'exempt']).describe('Exempt documents are only ever shown to those entitled to them'),
    exemptParagraph: z.number().int().nullable().describe('Schedule 12A paragraph when exempt; null on an exempt document means not stated'),
    publication: z.enum(['draft', 'published', 'withdrawn']).describe('Only clerks and the document’s author see drafts'),
    publishedAt: instant.nullable(),
    publicationNote: z.string().nullable().describe('Such as why a paper was published late'),
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
