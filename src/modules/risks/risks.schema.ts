import { z } from 'zod';
import { isoDate } from '../../lib/form-dates.ts';

/**
 * A 1–5 rating from a form, a CSV cell or JSON: blank asks for it, anything but a whole number from 1
 * to 5 is refused in GOV.UK words.
 * @example scale('Likelihood').parse('3') // 3
 */
export function scale(label: string) {
  return z
    .union([z.string(), z.number()], { error: `Enter the ${label.toLowerCase()}` })
    .transform((v) => String(v).trim())
    .refine((s) => /^[1-5]$/.test(s), { error: `${label} must be a whole number from 1 to 5` })
    .transform(Number);
}

/** A risk reference such as ORG0009: letters, digits and hyphens, starting with a letter. */
export const riskRef = z
  .string({ error: 'Enter the risk reference' })
  .trim()
  .min(1, { error: 'Enter the risk reference' })
  .max(20, { error: 'The risk reference must be 20 characters or fewer' })
  .regex(/^[A-Za-z][A-Za-z0-9-]*$/, { error: 'The risk reference must start with a letter and contain only letters, numbers and hyphens, like ORG0009' })
  .transform((s) => s.toUpperCase());

const text = (what: string, max: number) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .min(1, { error: `Enter the ${what}` })
    .max(max, { error: `The ${what} must be ${max} characters or fewer` });

const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `The ${what} must be ${max} characters or fewer` })
    .optional();

/** What an officer enters for a risk: the same fields on the form, in the API and in a CSV row. */
export const riskInput = z
  .object({
    ref: riskRef,
    title: text('risk title', 300),
    category: optionalText('category', 100),
    owner: text('risk owner', 200),
    ownerPersonId: z.coerce.number().int().positive().max(2147483647).optional(),
    likelihood: scale('Likelihood'),
    impact: scale('Impact'),
    mitigations: optionalText('mitigations', 4000),
    targetLikelihood: scale('Target likelihood').optional(),
    targetImpact: scale('Target impact').optional(),
    reviewDate: isoDate('review date').optional(),
    note: optionalText('note', 1000),
  })
  .superRefine((v, ctx) => {
    if (v.targetLikelihood !== undefined && v.targetImpact === undefined)
      ctx.addIssue({ code: 'custom', path: ['targetImpact'], message: 'Enter the target impact, or leave both target ratings blank' });
    if (v.targetImpact !== undefined && v.targetLikelihood === undefined)
      ctx.addIssue({ code: 'custom', path: ['targetLikelihood'], message: 'Enter the target likelihood, or leave both target ratings blank' });
  });

/** A valid risk as entered. */
export type RiskInput = z.infer<typeof riskInput>;

/** The fields of a risk, in form order: error messages are listed in this order. */
export const riskFields = ['ref', 'title', 'category', 'owner', 'ownerPersonId', 'likelihood', 'impact', 'mitigations', 'targetLikelihood', 'targetImpact', 'reviewDate', 'note'];

/**
 * The columns a risk input sets, with both scores computed (a score is never entered).
 * @example riskValues(input).score // input.likelihood * input.impact
 */
export function riskValues(v: RiskInput) {
  const target = v.targetLikelihood !== undefined && v.targetImpact !== undefined;
  return {
    ref: v.ref,
    title: v.title,
    category: v.category ?? null,
    owner: v.owner,
    ownerPersonId: v.ownerPersonId ?? null,
    likelihood: v.likelihood,
    impact: v.impact,
    score: v.likelihood * v.impact,
    mitigations: v.mitigations ?? null,
    targetLikelihood: target ? v.targetLikelihood! : null,
    targetImpact: target ? v.targetImpact! : null,
    targetScore: target ? v.targetLikelihood! * v.targetImpact! : null,
    reviewDate: v.reviewDate ?? null,
  };
}
