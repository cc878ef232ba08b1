import { z } from 'zod';
import { isoDate } from '../../lib/form-dates.ts';
import type { attendanceKinds } from './minutes.table.ts';
import { interestKinds } from './minutes.table.ts';

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
const optionalId = (message: string) => z.coerce.number({ error: message }).int({ error: message }).positive({ error: message }).optional();

/** The roll call: one of present, apologies or absent for each member, keyed "person-ID". */
export const rollCallKinds = ['present', 'apologies', 'absent'] as const;

/**
 * Someone at the meeting who is not on the roll call: a substitute (for whom), another member, an officer, or someone
 * else the minutes list as attending (an applicant, a witness, an observer).
 */
export const attendeeInput = z
  .object({
    personId: optionalId('Select a person'),
    printedName: text(200, 'Name').optional(),
    kind: z.enum(['substitute', 'other-member', 'officer', 'also-attending'] satisfies (typeof attendanceKinds)[number][], { error: 'Select how they attended' }),
    substituteFor: text(200, 'Substitute for').optional(),
    note: text(500, 'Note').optional(),
  })
  .refine((v) => v.personId || v.printedName, { error: 'Select a person or enter their name', path: ['personId'] })
  .refine((v) => v.kind !== 'substitute' || !!v.substituteFor, { error: 'Select the member they are substituting for', path: ['substituteFor'] });

/** A declaration of interest at the meeting. */
export const declarationInput = z.object({
  personId: z.coerce.number({ error: 'Select the member' }).int({ error: 'Select the member' }).positive({ error: 'Select the member' }),
  agendaItemId: optionalId('Select an agenda item'),
  kind: z.enum(interestKinds, { error: 'Select the kind of interest' }),
  interest: required(2000, 'Enter the nature of the interest', 'The interest'),
  action: text(2000, 'What they did').optional(),
  dispensation: text(2000, 'The dispensation').optional(),
});

/** The resolution excluding the press and public for exempt items. */
export const exclusionInput = z.object({
  agendaItemIds: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.coerce.number().int().positive()).min(1, { error: 'Select at least one exempt item' }),
  ),
  note: text(2000, 'The note').optional(),
});

/**
 * A minute: title, narrative, presenters, alternatives considered and reasons. Its number runs on across
 * the organisation's meetings. The title may be left blank for a minute of an agenda item: it is the item's.
 */
export const minuteItemInput = z
  .object({
    number: z.string().trim().max(20, { error: 'Minute number must be 20 characters or fewer' }).optional(),
    agendaItemId: optionalId('Select an agenda item'),
    title: text(500, 'The title').optional(),
    narrative: text(50000, 'The minute').optional(),
    presenters: text(1000, 'Presenters').optional(),
    alternativesConsidered: text(10000, 'Alternative options considered').optional(),
    reasons: text(10000, 'Reasons for the decision').optional(),
  })
  .refine((v) => !!v.title || v.agendaItemId !== undefined, { error: 'Enter the title of the minute, or select its agenda item', path: ['title'], when: () => true });

/** A numbered resolution of a minute, with any delegation. */
export const resolutionInput = z.object({
  text: required(10000, 'Enter the resolution', 'The resolution'),
  delegation: text(2000, 'The delegation').optional(),
});

/** A follow-up action from a minute. */
export const minuteActionInput = z.object({
  action: required(2000, 'Enter the action', 'The action'),
  owner: text(200, 'The owner').optional(),
  dueDate: isoDate('due date').optional(),
});

/** Approval of the minutes at a later meeting of the same organisation. */
export const approvalInput = z.object({
  approvedAtMeetingId: z.coerce.number({ error: 'Select the meeting that approved the minutes' }).int().positive({ error: 'Select the meeting that approved the minutes' }),
  approvalNote: required(2000, 'Enter how the meeting approved the minutes, for example the resolution and the vote', 'The note'),
});

/** The chair's signature. */
export const signingInput = z.object({
  signedBy: required(200, 'Enter the name of the chair who signed the minutes', 'The name'),
  signedOn: isoDate('date the minutes were signed'),
});

/** A correction of approved minutes: a new version with a reason. */
export const correctionInput = z.object({
  correctionReason: required(2000, 'Enter the reason for the correction', 'The reason'),
});
