import { z } from 'zod';
import { addDays, fromLondonLocal } from '../../lib/dates.ts';

/** Page size when `limit` is not given. */
export const OPARL_DEFAULT_LIMIT = 50;

/** The largest page a client may ask for. */
export const OPARL_MAX_LIMIT = 500;

// A '+' in a query string that was not percent-encoded arrives as a space: take it back.
const instant = (bound: 'start' | 'end') =>
  z
    .string()
    .transform((s) => s.trim().replace(/ (\d\d:?\d\d)$/, '+$1'))
    .pipe(z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'Enter a date (2030-03-04) or a date and time with an offset (2030-03-04T10:00:00+00:00)' }))
    .transform((s) => (s.length === 10 ? fromLondonLocal(`${bound === 'end' ? addDays(s, 1) : s}T00:00`) : new Date(s)));

const whole = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int({ error: `${name} must be a whole number` })
    .min(min, { error: `${name} must be ${min} or more` })
    .max(max, { error: `${name} must be ${max} or fewer` });

/** The query of an OParl list (spec 2.5): paging, the four date filters and omit_internal. */
export const oparlListQuery = z.object({
  page: whole('page', 1, 1_000_000).default(1),
  limit: whole('limit', 1, OPARL_MAX_LIMIT).default(OPARL_DEFAULT_LIMIT),
  created_since: instant('start').optional(),
  created_until: instant('end').optional(),
  modified_since: instant('start').optional(),
  modified_until: instant('end').optional(),
  omit_internal: z.enum(['true', 'false', '1', '0']).optional(),
});

/** The parameters an OParl list keeps in its page links, as the client sent them. */
export const listParams = ['limit', 'created_since', 'created_until', 'modified_since', 'modified_until', 'omit_internal'] as const;

/** The query of one object: only omit_internal. */
export const oparlObjectQuery = oparlListQuery.pick({ omit_internal: true });

/** Whether omit_internal asks to leave internal lists out. */
export const omits = (v: string | undefined): boolean => v === 'true' || v === '1';
