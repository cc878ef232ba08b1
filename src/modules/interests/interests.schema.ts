import { z } from 'zod';
import { isoDate } from '../../lib/form-dates.ts';
import { interestCategories } from './interests.table.ts';

const pounds = z
  .string({ error: 'Enter the value in pounds' })
  .trim()
  .regex(/^£?\d{1,7}(\.\d{2})?$/, { error: 'Enter the value in pounds, like 75 or 75.50' })
  .transform((s) => Math.round(Number(s.replace('£', '')) * 100));

/** What a clerk enters for an interest: the same fields on the form and in the API. */
export const interestInput = z
  .object({
    category: z.enum(interestCategories, { error: 'Select the kind of interest' }),
    description: z
      .string({ error: 'Enter a description of the interest' })
      .trim()
      .min(1, { error: 'Enter a description of the interest' })
      .max(2000, { error: 'The description must be 2000 characters or fewer' }),
    // No default: a clerk who does not choose must not publish a sensitive interest by accident.
    sensitive: z.enum(['yes', 'no'], { error: 'Select whether the interest is sensitive' }),
    donor: z.string().trim().max(300, { error: 'Who gave it must be 300 characters or fewer' }).optional(),
    value: pounds.optional(),
    arose: isoDate('date the interest arose'),
    notified: isoDate('date the member notified the monitoring officer'),
    ended: isoDate('date the interest ended').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.category === 'gift-hospitality') {
      if (!v.donor) ctx.addIssue({ code: 'custom', path: ['donor'], message: 'Enter who gave the gift or hospitality' });
      if (v.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'Enter the value in pounds' });
    }
    if (v.notified < v.arose)
      ctx.addIssue({ code: 'custom', path: ['notified'], message: 'The date the member notified the monitoring officer must be on or after the date the interest arose' });
    if (v.ended && v.ended < v.arose) ctx.addIssue({ code: 'custom', path: ['ended'], message: 'The date the interest ended must be on or after the date it arose' });
  });

/** A valid interest, as the commands write it. */
export type InterestInput = z.infer<typeof interestInput>;

/** The columns an interest input sets. */
export function interestValues(v: InterestInput) {
  const gift = v.category === 'gift-hospitality';
  return {
    category: v.category,
    description: v.description,
    sensitive: v.sensitive === 'yes',
    donor: gift ? (v.donor ?? null) : null,
    valuePence: gift ? (v.value ?? null) : null,
    arose: v.arose,
    notified: v.notified,
    ended: v.ended ?? null,
  };
}
