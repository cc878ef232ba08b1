import { z } from 'zod';
import { workProgrammeKinds } from '../../db/schema.ts';

const text = (what: string, label: string, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}` })
    .max(max, { error: `${label} must be ${max} characters or fewer` });

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} must be ${max} characters or fewer` })
    .optional();

const kind = z.enum(workProgrammeKinds, { error: 'Select the kind of item' });

const meetingId = z.coerce.number().int().positive().max(2147483647).optional();

/** A work programme item the scrutiny manager adds. */
export const programmeItemInput = z.object({
  item: text('the title of the item', 'The title', 300),
  kind,
  meetingId,
  leadMember: optionalText('Lead member', 200),
  leadOfficer: optionalText('Lead officer', 200),
  planLink: optionalText('Link to plan', 300),
});

/** A request to add an item to a committee's work programme, with the reason. */
export const programmeRequestInput = z.object({
  item: text('the title of the item', 'The title', 300),
  kind,
  meetingId,
  requestReason: text('why the committee should look at it', 'The reason', 2000),
});

/** The scrutiny manager's decision on a request: accept (with the meeting and leads) or decline (with the reason). */
export const programmeDecisionInput = z.discriminatedUnion(
  'decision',
  [
    z.object({
      decision: z.literal('accept'),
      meetingId,
      leadMember: optionalText('Lead member', 200),
      leadOfficer: optionalText('Lead officer', 200),
      planLink: optionalText('Link to plan', 300),
    }),
    z.object({ decision: z.literal('decline'), decisionReason: text('the reason for declining the request', 'The reason', 2000) }),
  ],
  { error: 'Select whether to accept or decline the request' },
);
