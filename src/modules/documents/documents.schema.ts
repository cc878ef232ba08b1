import { z } from 'zod';
import { documentKinds } from './documents.table.ts';

/** Types of file the council may publish, by extension. */
export const allowedTypes: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  txt: 'text/plain',
  csv: 'text/csv',
  html: 'text/html',
  png: 'image/png',
  jpg: 'image/jpeg',
};

/** The details of an uploaded document. */
export const documentInput = z
  .object({
    meetingId: z.coerce.number({ error: 'Select a meeting' }).int().positive({ error: 'Select a meeting' }),
    agendaItemId: z.coerce.number().int().positive().optional(),
    title: z.string({ error: 'Enter a title for the document' }).trim().min(1, { error: 'Enter a title for the document' }).max(300, { error: 'Title must be 300 characters or fewer' }),
    kind: z.enum(documentKinds, { error: 'Select the kind of document' }).default('report'),
    exempt: z.union([z.boolean(), z.enum(['yes', 'no']).transform((v) => v === 'yes')]).default(false),
    exemptParagraph: z.coerce.number().int().min(1, { error: 'Select the paragraph of Schedule 12A' }).max(7, { error: 'Select the paragraph of Schedule 12A' }).optional(),
  })
  .refine((v) => !v.exempt || v.exemptParagraph !== undefined, { error: 'Select the paragraph of Schedule 12A', path: ['exemptParagraph'] });
