import { z } from 'zod';
import { isoDate, timeOfDay } from '../../lib/form-dates.ts';
import { fromLondonLocal } from '../../lib/dates.ts';
import { ownAccess, ownAccessFields } from '../visibility/index.ts';
import { agendaItemErrors, meetingErrors } from './meetings.rules.ts';

/** The statuses a clerk sets by hand: going ahead ("scheduled"), cancelled or postponed. */
export const noticeStatuses = ['scheduled', 'cancelled', 'postponed'] as const;

const id = (what: string) =>
  z.coerce
    .number({ error: `Select ${what}` })
    .int({ error: `Select ${what}` })
    .positive({ error: `Select ${what}` });

/** A meeting as a clerk schedules it: London local date and times. */
export const meetingInput = z
  .object({
    organisationId: id('a committee'),
    date: isoDate('date of the meeting'),
    startTime: timeOfDay('start time'),
    endTime: timeOfDay('end time').optional(),
    locationId: id('a venue').optional(),
    title: z.string().trim().max(200, { error: 'Title must be 200 characters or fewer' }).optional(),
    /** Going ahead, cancelled or postponed: the rest of a meeting's status follows from what is done (publishing, minutes), never typed. */
    status: z.enum(noticeStatuses, { error: 'Select whether the meeting is going ahead' }).default('scheduled'),
    statusNote: z.string().trim().max(2000, { error: 'Notice must be 2,000 characters or fewer' }).optional(),
    issuedBy: z.string().trim().max(200).optional(),
    contactPersonId: id('a contact').optional(),
  })
  .superRefine((v, ctx) => {
    const at = (time: string) => fromLondonLocal(`${v.date}T${time}`);
    const fields: Record<string, string> = { startAt: 'startTime', endAt: 'endTime' };
    let startAt: Date;
    let endAt: Date | null;
    try {
      startAt = at(v.startTime);
      endAt = v.endTime ? at(v.endTime) : null;
    } catch {
      // Not a real date (30 February): say so on the field rather than fail.
      ctx.addIssue({ code: 'custom', message: 'The date of the meeting must be a real date', path: ['date'] });
      return;
    }
    for (const e of meetingErrors({ startAt, endAt, status: v.status, statusNote: v.statusNote })) {
      ctx.addIssue({ code: 'custom', message: e.message, path: [fields[e.field] ?? e.field] });
    }
  });

/** Parsed meeting input. */
export type MeetingInput = z.infer<typeof meetingInput>;

const page = (what: string) =>
  z.coerce
    .number({ error: `${what} must be a whole number` })
    .int({ error: `${what} must be a whole number` })
    .min(1, { error: `${what} must be 1 or more` })
    .max(100000);

/** An agenda item. Exempt items need their Schedule 12A paragraph (1 to 7). */
export const agendaItemInput = z
  .object({
    number: z.string().trim().max(20, { error: 'Item number must be 20 characters or fewer' }).optional(),
    title: z.string({ error: 'Enter the title of the item' }).trim().min(1, { error: 'Enter the title of the item' }).max(500, { error: 'Title must be 500 characters or fewer' }),
    instruction: z.string().trim().max(2000).optional(),
    pageFrom: page('First page').optional(),
    pageTo: page('Last page').optional(),
    ...ownAccessFields,
    publicInterestReason: z.string().trim().max(2000).optional(),
    position: z.coerce.number().int().min(1).max(10000).optional(),
  })
  .superRefine((v, ctx) => {
    for (const e of agendaItemErrors({ title: v.title, ...ownAccess(v), pageFrom: v.pageFrom, pageTo: v.pageTo }))
      ctx.addIssue({ code: 'custom', message: e.message, path: [e.field] });
  });

/** Parsed agenda item input. */
export type AgendaItemInput = z.infer<typeof agendaItemInput>;
