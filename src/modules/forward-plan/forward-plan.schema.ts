import { z } from 'zod';
import { isoDate } from '../../lib/form-dates.ts';
import { decisionDateQualifiers, noticeKinds, privateStages } from './forward-plan.table.ts';

const required = (max: number, message: string, what: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` });
const optional = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` })
    .optional();
/** One name a line (forms) or a list (API). */
const lines = (message: string) =>
  z
    .union([z.string(), z.array(z.string())], { error: message })
    .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)).map((s) => s.trim()).filter(Boolean))
    .refine((v) => v.length > 0, { error: message });
const yesNo = z.union([z.boolean(), z.enum(['yes', 'no']).transform((v) => v === 'yes')]);

/** A Forward Plan entry as an officer writes it. */
export const entryInput = z
  .object({
    bodyId: z.coerce.number().int().positive().max(2147483647).optional(),
    issue: required(500, 'Enter the issue', 'The issue'),
    decision: required(5000, 'Enter the decision to be taken', 'The decision'),
    decisionDateQualifier: z.enum(decisionDateQualifiers, { error: 'Select whether the decision is on, not before or before the date' }),
    decisionDate: isoDate('decision date'),
    decisionMakers: lines('Enter who will take the decision'),
    documents: optional(2000, 'The documents'),
    contacts: lines('Enter a contact officer'),
    exemptStatus: z.enum(['open', 'part', 'full'], { error: 'Select whether the matter will be considered in private' }).default('open'),
    exemptMatterParagraph: z.coerce
      .number({ error: 'Select the paragraph of Schedule 12A' })
      .int()
      .min(1, { error: 'Select the paragraph of Schedule 12A' })
      .max(7, { error: 'Select the paragraph of Schedule 12A' })
      .optional(),
    privateDetails: optional(5000, 'The private details'),
    keySpend: z.coerce
      .number({ error: 'Enter the spend or saving in pounds, like 750000' })
      .int({ error: 'Enter the spend or saving in whole pounds' })
      .min(0)
      .max(2147483647)
      .optional(),
    keyDivisions: yesNo.default(false),
    divisionsAffected: optional(1000, 'The divisions affected'),
    reportId: z.coerce.number().int().positive().max(2147483647).optional(),
  })
  .refine((v) => v.exemptStatus === 'open' || v.exemptMatterParagraph !== undefined, {
    error: 'Select the paragraph of Schedule 12A',
    path: ['exemptMatterParagraph'],
    when: () => true,
  })
  .refine((v) => !v.keyDivisions || !!v.divisionsAffected, { error: 'Enter the divisions affected', path: ['divisionsAffected'], when: () => true });

/** Parsed entry input. */
export type EntryInput = z.infer<typeof entryInput>;

/** A notice (general exception, special urgency or private meeting) as an officer writes it. */
export const noticeInput = z
  .object({
    kind: z.enum(noticeKinds, { error: 'Select the kind of notice' }),
    forwardPlanEntryId: z.coerce.number({ error: 'Select the Forward Plan entry' }).int().positive({ error: 'Select the Forward Plan entry' }).max(2147483647),
    decisionMaker: required(500, 'Enter who will take the decision', 'The decision maker'),
    decisionDate: isoDate('decision date'),
    reasons: required(5000, 'Enter the reasons', 'The reasons'),
    scrutinyChair: optional(200, 'The scrutiny chair'),
    chairInformedOn: isoDate('date the scrutiny chair was informed').optional(),
    chairAgreedOn: isoDate('date the scrutiny chair agreed').optional(),
    privateStage: z.enum(privateStages, { error: 'Select which private meeting notice this is' }).optional(),
    representations: optional(5000, 'The representations'),
  })
  .refine((v) => v.kind === 'private-meeting' || !!v.scrutinyChair, { error: 'Enter the name of the scrutiny chair', path: ['scrutinyChair'], when: () => true })
  .refine((v) => v.kind !== 'general-exception' || !!v.chairInformedOn, {
    error: 'Enter the date the scrutiny chair was informed in writing',
    path: ['chairInformedOn'],
    when: () => true,
  })
  .refine((v) => v.kind !== 'special-urgency' || !!v.chairAgreedOn, { error: 'Enter the date the scrutiny chair agreed', path: ['chairAgreedOn'], when: () => true })
  .refine((v) => v.kind !== 'private-meeting' || !!v.privateStage, { error: 'Select which private meeting notice this is', path: ['privateStage'], when: () => true });
