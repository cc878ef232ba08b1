import { z } from 'zod';
import { isoDate } from '../../lib/form-dates.ts';
import { accessChoiceFields } from '../visibility/index.ts';

/** Who can make a decision. Cabinet and Cabinet Member decisions, and officers' key decisions, are executive decisions subject to call-in. */
export const makerKinds = ['cabinet', 'cabinet-member', 'committee', 'officer'] as const;

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` });
const required = (max: number, message: string, what: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` });
const optionalId = z.coerce.number().int().positive().optional();
const yesNo = z.union([z.boolean(), z.enum(['yes', 'no']).transform((v) => v === 'yes')]);

/** A decision record (SI 2012/2089 reg 12/13): the decision, date, maker, reasons, alternatives rejected, conflicts and dispensations. */
export const decisionInput = z
  .object({
    makerKind: z.enum(makerKinds, { error: 'Select who made the decision' }),
    makerOrganisationId: optionalId,
    makerPersonId: optionalId,
    title: required(500, 'Enter the title of the decision', 'The title'),
    decisionText: required(20000, 'Enter the decision', 'The decision'),
    decidedOn: isoDate('date of the decision'),
    reasons: required(20000, 'Enter the reasons for the decision', 'The reasons'),
    alternativesRejected: text(20000, 'Alternative options rejected').optional(),
    conflicts: text(5000, 'Conflicts of interest').optional(),
    dispensations: text(5000, 'Dispensations').optional(),
    isKey: yesNo.default(false),
    forwardPlanRef: z.string().trim().max(40, { error: 'The Forward Plan reference must be 40 characters or fewer' }).optional(),
    reportId: optionalId,
    ...accessChoiceFields,
    meetingId: optionalId,
    minuteItemId: optionalId,
    resolutionId: optionalId,
  })
  .refine((v) => !['cabinet', 'committee'].includes(v.makerKind) || v.makerOrganisationId, {
    error: 'Select the committee or Cabinet that made the decision',
    path: ['makerOrganisationId'],
    when: () => true,
  })
  .refine((v) => !['cabinet-member', 'officer'].includes(v.makerKind) || v.makerPersonId, {
    error: 'Select the person who made the decision',
    path: ['makerPersonId'],
    when: () => true,
  })
  .refine((v) => !v.isKey || !!v.forwardPlanRef, { error: 'Enter the Forward Plan reference of the key decision, like FP/26/11/03', path: ['forwardPlanRef'], when: () => true })
  .refine((v) => v.access !== 'exempt' || v.exemptParagraph !== undefined || v.minuteItemId !== undefined, {
    error: 'Select the paragraph of Schedule 12A',
    path: ['exemptParagraph'],
    when: () => true,
  });

/** Parsed decision input. */
export type DecisionInput = z.infer<typeof decisionInput>;

/** A correction of a published decision needs a reason. */
export const decisionCorrectionReason = required(2000, 'Enter the reason for the correction', 'The reason');

/** What happened in the call-in window, with a note for the audit trail. */
export const callInActionInput = z.object({
  outcome: z.enum(['called-in', 'no-further-action', 'referred-back'], { error: 'Select what happened' }),
  note: required(2000, 'Enter a note of who called it in or what scrutiny decided', 'The note'),
});
