// The form and API input of plans, their parts and highlight reports, with GOV.UK-worded messages.
import { z } from 'zod';
import { isoDate } from '../../lib/form-dates.ts';
import { partDirections, partRags } from './plans.table.ts';

const required = (what: string, max: number) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .min(1, { error: `Enter the ${what}` })
    .max(max, { error: `The ${what} must be ${max} characters or fewer` });
const optional = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `The ${what} must be ${max} characters or fewer` })
    .optional();

const id = (what: string) =>
  z.coerce
    .number({ error: `Select ${what}` })
    .int({ error: `Select ${what}` })
    .positive({ error: `Select ${what}` });

/** A plan as the officer form and the commands take it; `levels` is one level name a line, top first. */
export const planInput = z.object({
  title: required('title of the plan', 200),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'The web address must be lower-case letters, numbers and hyphens, like council-plan-2025-2028' })
    .max(80, { error: 'The web address must be 80 characters or fewer' })
    .optional(),
  startDate: isoDate('start date of the plan'),
  endDate: isoDate('end date of the plan'),
  organisationId: id('the owning organisation').optional(),
  description: optional('description', 4000),
  levels: z
    .union([z.string(), z.array(z.string())], { error: 'Enter the names of the plan’s levels, one a line' })
    .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)).map((s) => s.trim()).filter(Boolean))
    .pipe(
      z
        .array(z.string().max(60, { error: 'Each level name must be 60 characters or fewer' }))
        .min(1, { error: 'Enter the names of the plan’s levels, one a line' })
        .max(6, { error: 'A plan can have up to 6 levels' }),
    ),
});

/** The order of the plan form's fields, for the error summary. */
export const planFields = ['title', 'slug', 'startDate', 'endDate', 'organisationId', 'description', 'levels'];

/** A part of a plan as the officer form and the commands take it. */
export const partInput = z.object({
  parentId: id('the part this one comes under').optional(),
  level: z.coerce.number({ error: 'Select the level of the part' }).int({ error: 'Select the level of the part' }).min(0, { error: 'Select the level of the part' }),
  number: z
    .string({ error: 'Enter the number of the part' })
    .trim()
    .regex(/^\d{1,3}(\.\d{1,3}){0,5}$/, { error: 'The number must be like 2 or 2.3' }),
  title: required('title of the part', 300),
  description: optional('description', 4000),
});

/** The order of the part form's fields, for the error summary. */
export const partFields = ['parentId', 'level', 'number', 'title', 'description'];

/** A quarter's highlight report as the officer form and the commands take it. */
export const highlightInput = z.object({
  quarter: required('quarter', 20),
  officerRag: z.enum(partRags, { error: 'Select your RAG rating' }).optional(),
  officerDirection: z.enum(partDirections, { error: 'Select your direction of travel' }).optional(),
  nilReturn: z.preprocess((v) => v === true || v === 'yes' || v === 'true', z.boolean()),
  achievements: optional('key achievements', 8000),
  risksAndIssues: optional('risks and issues', 8000),
  nextSteps: optional('next steps', 8000),
});

/** The order of the highlight report form's fields, for the error summary. */
export const highlightFields = ['quarter', 'officerRag', 'officerDirection', 'nilReturn', 'achievements', 'risksAndIssues', 'nextSteps'];
