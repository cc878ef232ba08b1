import { z } from 'zod';

/** What the clerk enters when publishing: who issues the agenda and, when late, the reason for urgency. */
export const publishInput = z.object({
  issuedBy: z.string().trim().max(200, { error: 'Issued by must be 200 characters or fewer' }).optional(),
  lateReason: z.string().trim().max(2000, { error: 'The reason for urgency must be 2,000 characters or fewer' }).optional(),
});
