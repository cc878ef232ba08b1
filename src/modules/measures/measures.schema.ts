// The form and API input of a measure and of one period's value, with GOV.UK-worded messages.
import { z } from 'zod';
import { frequencies, measureRags, polarities } from './measures.table.ts';

/** A number as a form sends it (text) or as JSON does; `what` names it in the messages. */
export const numberInput = (what: string) =>
  z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim().replace(/,/g, '') : v),
    z
      .string({ error: `Enter the ${what}` })
      .regex(/^-?\d+(\.\d+)?$/, { error: `The ${what} must be a number, like 72 or 3.5` })
      .refine((s) => Math.abs(Number(s)) < 1e12, { error: `The ${what} must be less than a million million` })
      .transform(Number),
  );

const text = (what: string, max: number, required = false) => {
  const s = z
    .string({ error: `Enter the ${what}` })
    .trim()
    .max(max, { error: `The ${what} must be ${max} characters or fewer` });
  return required ? s.min(1, { error: `Enter the ${what}` }) : s.optional();
};

/** A measure as the officer form and the commands take it. Tolerance is absolute, in the measure's unit. */
export const measureInput = z.object({
  name: text('name of the measure', 200, true),
  unit: text('unit', 40, true),
  polarity: z.enum(polarities, { error: 'Select whether a higher or a lower value is better' }),
  frequency: z.enum(frequencies, { error: 'Select how often the measure is reported' }),
  baseline: numberInput('baseline').optional(),
  target: numberInput('target'),
  tolerance: numberInput('tolerance')
    .refine((n) => n >= 0, { error: 'The tolerance must be 0 or more' })
    .optional(),
  actionPlanId: z.coerce.number({ error: 'Select an action plan' }).int().positive().optional(),
  source: text('source', 500),
  owner: text('owner', 200),
  officerRag: z.enum(measureRags, { error: 'Select the RAG rating' }).optional(),
  commentary: text('commentary', 4000),
});

/** The order of the measure form's fields, for the error summary. */
export const measureFields = ['name', 'unit', 'polarity', 'frequency', 'baseline', 'target', 'tolerance', 'actionPlanId', 'source', 'owner', 'officerRag', 'commentary'];

/** One period's value as the officer form and the commands take it. */
export const valueInput = z.object({
  period: text('period', 40, true),
  value: numberInput('value'),
  note: text('note', 4000),
});
