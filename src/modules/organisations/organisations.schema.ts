import { z } from 'zod';
import { organisationKinds } from './organisations.table.ts';

/** An organisation as a clerk enters it (form or API). */
export const organisationInput = z.object({
  name: z.string({ error: 'Enter a name' }).trim().min(1, { error: 'Enter a name' }).max(200, { error: 'Name must be 200 characters or fewer' }),
  kind: z.enum(organisationKinds, { error: 'Select the kind of organisation' }),
  purpose: z.string().trim().max(5000, { error: 'Purpose must be 5,000 characters or fewer' }).optional(),
  parentId: z.coerce.number({ error: 'Select a parent organisation' }).int().positive().optional(),
  publicQuestionRule: z.string().trim().max(200).optional(),
});
