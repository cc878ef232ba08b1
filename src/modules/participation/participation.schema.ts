import { z } from 'zod';
import { submissionKinds, submissionStatuses } from './participation.table.ts';

const optionalText = (max: number, message: string) => z.string().trim().max(max, { error: message }).optional();

/** A question, statement or petition as the public submits it. Email or phone is needed so the clerk can reply. */
export const submissionInput = z
  .object({
    kind: z.enum(submissionKinds, { error: 'Select whether this is a question, statement or petition' }),
    name: z.string({ error: 'Enter your full name' }).trim().min(1, { error: 'Enter your full name' }).max(200, { error: 'Your name must be 200 characters or fewer' }),
    email: z
      .string()
      .trim()
      .max(254, { error: 'Email address must be 254 characters or fewer' })
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'Enter an email address in the correct format, like name@example.com' })
      .optional(),
    phone: z
      .string()
      .trim()
      .max(30, { error: 'Phone number must be 30 characters or fewer' })
      .regex(/^[+\d][\d\s()-]{6,}$/, { error: 'Enter a telephone number, like 01632 960 001 or 07700 900 982' })
      .optional(),
    text: z
      .string({ error: 'Enter your question, statement or petition' })
      .trim()
      .min(1, { error: 'Enter your question, statement or petition' })
      .max(5000, { error: 'Your question, statement or petition must be 5,000 characters or fewer' }),
    agendaItemId: z.coerce.number().int().positive().optional(),
  })
  .refine((v) => v.email || v.phone, { error: 'Enter an email address or a telephone number so we can contact you', path: ['email'] });

/** The clerk's handling of a submission: status, response and whether it is published. */
export const responseInput = z
  .object({
    status: z.enum(submissionStatuses, { error: 'Select a status' }),
    response: optionalText(10000, 'The response must be 10,000 characters or fewer'),
    isPublished: z.union([z.boolean(), z.enum(['yes', 'no']).transform((v) => v === 'yes')]).default(false),
  })
  .refine((v) => v.status !== 'answered' || !!v.response, { error: 'Enter the response before marking it as answered', path: ['response'] });
