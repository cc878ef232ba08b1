import { z } from 'zod';

/** How a rule counts back (or on) from its anchor. */
export const countedKinds = ['clear-days', 'clear-working-days', 'days', 'working-days', 'hours'] as const;

/** The event a deadline is measured from. */
export const anchors = ['meeting', 'decision', 'publication', 'taking-office', 'receipt', 'event'] as const;

/** Weekday names a rule may use, Monday first. */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** A time of day on the 24-hour clock, 'HH:MM'. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time of day as HH:MM');

/** The event a deadline is measured from. */
export const anchorSchema = z.enum(anchors);

/** Whether the deadline falls before or after its anchor. */
export const directionSchema = z.enum(['before', 'after']);

const base = {
  /** Time of day on the deadline day; null means the end of the day (23:59). */
  time: timeOfDaySchema.nullable(),
  anchor: anchorSchema,
  direction: directionSchema,
};

/** A rule counted in days or hours: "5.00pm 3 clear working days before the meeting". */
export const countedRuleSchema = z
  .object({
    kind: z.enum(countedKinds),
    count: z.number().int().min(0).max(3660),
    ...base,
  })
  .refine((rule) => rule.kind !== 'hours' || rule.time === null, {
    message: 'A deadline in hours cannot also name a time of day',
    path: ['time'],
  })
  .refine((rule) => rule.count > 0 || rule.kind === 'days' || rule.kind === 'clear-days' || rule.kind === 'clear-working-days', {
    message: 'Enter a number of working days or hours of 1 or more',
    path: ['count'],
  });

/** A rule naming a weekday: "5pm on the Monday before the meeting". */
export const weekdayRuleSchema = z.object({
  kind: z.literal('weekday'),
  weekday: z.enum(weekdays),
  ...base,
});

/** A deadline rule as data, e.g. { kind: 'clear-working-days', count: 3, time: '17:00', anchor: 'meeting', direction: 'before' }. */
export const deadlineRuleSchema = z.union([weekdayRuleSchema, countedRuleSchema]);

/** A deadline rule. */
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

/** What a deadline is measured from. */
export type Anchor = z.infer<typeof anchorSchema>;

/** A weekday name used in rules. */
export type Weekday = (typeof weekdays)[number];

/** Whether a deadline's state is met (done in time), due (not yet done, still open) or missed. */
export type DeadlineState = 'met' | 'due' | 'missed';

/** A deadline resolved against its anchor and checked against what happened. */
export type DeadlineEvaluation = {
  /** The deadline as a London local date-time, 'YYYY-MM-DDTHH:MM'. */
  due: string;
  state: DeadlineState;
};
