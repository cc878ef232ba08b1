import { z } from 'zod';
import { documentKinds } from './documents.table.ts';
import { accessChoiceFields } from '../visibility/index.ts';

/** The details of an uploaded document. Who may see it follows its agenda item unless the form says otherwise. */
export const documentInput = z.object({
  meetingId: z.coerce.number({ error: 'Select a meeting' }).int().positive({ error: 'Select a meeting' }),
  agendaItemId: z.coerce.number().int().positive().optional(),
  title: z
    .string({ error: 'Enter a title for the document' })
    .trim()
    .min(1, { error: 'Enter a title for the document' })
    .max(300, { error: 'Title must be 300 characters or fewer' }),
  kind: z.enum(documentKinds, { error: 'Select the kind of document' }).default('report'),
  ...accessChoiceFields,
});
