import { z } from 'zod';
import { isoDate } from '../../lib/form-dates.ts';

/** The kinds of report in the council's template, with the words printed on the report. */
export const reportKinds = { 'key-decision': 'Key decision', 'non-key-decision': 'Non-key decision', 'for-information': 'For information' } as const;

/** The other implications the template asks about, by key, with their headings. */
export const otherImplicationHeadings = {
  equalities: 'Equalities',
  communitySafety: 'Community safety',
  sustainability: 'Sustainability',
  healthAndSafety: 'Health and safety',
  privacy: 'Privacy',
  healthAndWellbeing: 'Health and wellbeing',
} as const;

const lines = (what: string, max = 50) =>
  z
    .string()
    .max(20_000, { error: `The ${what} must be 20,000 characters or fewer` })
    .optional()
    .transform((s) =>
      (s ?? '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .refine((a) => a.length <= max, { error: `Enter ${max} ${what} or fewer` });

const text = (what: string, max = 20_000) =>
  z
    .string()
    .trim()
    .max(max, { error: `The ${what} must be ${max.toLocaleString('en-GB')} characters or fewer` })
    .optional();

const scale = (what: string) =>
  z.coerce
    .number({ error: `Select the ${what} of the risk` })
    .int({ error: `Select the ${what} of the risk` })
    .min(1, { error: `Select the ${what} of the risk from 1 to 5` })
    .max(5, { error: `Select the ${what} of the risk from 1 to 5` })
    .optional();

const checked = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** A decision report as the author's form or the API sends it; the risk score is never an input. */
export const reportInput = z.object({
  title: z
    .string({ error: 'Enter the title of the report' })
    .trim()
    .min(1, { error: 'Enter the title of the report' })
    .max(300, { error: 'The title must be 300 characters or fewer' }),
  kind: z.enum(Object.keys(reportKinds) as [keyof typeof reportKinds], { error: 'Select the kind of report' }),
  decisionMaker: text('decision maker', 300),
  decisionDate: isoDate('decision date').optional(),
  cabinetMembers: lines('Cabinet Members'),
  divisions: lines('divisions', 100),
  localMembers: lines('local members', 100),
  leadOfficer: text('lead officer', 300),
  author: text('author', 300),
  contact: text('contact', 500),
  forwardPlanRef: text('Forward Plan reference', 50),
  summary: text('summary'),
  recommendations: lines('recommendations'),
  reasons: text('reasons for the recommendations'),
  priorityLinks: checked,
  consultations: text('consultations'),
  financialImplications: text('financial implications'),
  legalImplications: text('legal implications'),
  hrImplications: text('HR implications'),
  riskImplications: text('risk implications'),
  riskLikelihood: scale('likelihood'),
  riskImpact: scale('impact'),
  ...Object.fromEntries(Object.keys(otherImplicationHeadings).map((k) => [`other_${k}`, text('implications')])),
  scrutinyComments: text('scrutiny comments'),
  background: text('background'),
  optionsConsidered: text('options considered'),
  backgroundPapers: text('background papers'),
});

/** A sign-off row being recorded: signed (name and date), commented, or sent on a date. */
export const signOffInput = z.discriminatedUnion(
  'status',
  [
    z.object({
      status: z.literal('signed'),
      name: z
        .string({ error: 'Enter the name of the person who signed off the report' })
        .trim()
        .min(1, { error: 'Enter the name of the person who signed off the report' })
        .max(200),
      signedOn: isoDate('date it was signed off'),
      comment: text('comment', 4000),
    }),
    z.object({
      status: z.literal('commented'),
      name: z.string().trim().max(200).optional(),
      comment: z.string({ error: 'Enter the comment' }).trim().min(1, { error: 'Enter the comment' }).max(4000, { error: 'The comment must be 4,000 characters or fewer' }),
      signedOn: isoDate('date of the comment').optional(),
    }),
    z.object({ status: z.literal('sent'), sentOn: isoDate('date it was sent'), name: z.string().trim().max(200).optional() }),
  ],
  { error: 'Select whether the report was signed off, commented on or sent' },
);

/** An appendix: its title, its text, and whether it is public or exempt with its paragraph. */
export const appendixInput = z.object({
  title: z
    .string({ error: 'Enter the title of the appendix' })
    .trim()
    .min(1, { error: 'Enter the title of the appendix' })
    .max(300, { error: 'The title must be 300 characters or fewer' }),
  body: text('text of the appendix', 100_000),
  access: z.enum(['public', 'exempt'], { error: 'Select whether the appendix is public or exempt' }).default('exempt'),
  exemptParagraph: z.coerce
    .number({ error: 'Select the paragraph of Schedule 12A' })
    .int({ error: 'Select the paragraph of Schedule 12A' })
    .min(1, { error: 'Select the paragraph of Schedule 12A' })
    .max(7, { error: 'Select the paragraph of Schedule 12A' })
    .optional(),
});

/** The outcomes an EIA records for each characteristic. */
export const eiaOutcomes = ['negative', 'neutral', 'positive'] as const;

/** The protected characteristics (and others the council assesses) of an EIA, in the order printed. */
export const eiaCharacteristics = {
  age: 'Age',
  disability: 'Disability',
  genderReassignment: 'Gender reassignment',
  marriage: 'Marriage and civil partnership',
  pregnancy: 'Pregnancy and maternity',
  race: 'Race and ethnicity',
  religion: 'Religion or belief',
  sex: 'Sex',
  sexualOrientation: 'Sexual orientation',
  carers: 'Carers',
  rurality: 'Rurality',
} as const;

/** The columns of a report from its parsed input, with the risk score computed (never typed). */
export function reportColumns(d: z.infer<typeof reportInput>) {
  const other: Record<string, string> = {};
  for (const k of Object.keys(otherImplicationHeadings)) {
    const v = (d as Record<string, unknown>)[`other_${k}`];
    if (typeof v === 'string' && v) other[k] = v;
  }
  const likelihood = d.riskLikelihood ?? null;
  const impact = d.riskImpact ?? null;
  return {
    title: d.title,
    kind: d.kind,
    decisionMaker: d.decisionMaker ?? null,
    decisionDate: d.decisionDate ?? null,
    cabinetMembers: d.cabinetMembers,
    divisions: d.divisions,
    localMembers: d.localMembers,
    leadOfficer: d.leadOfficer ?? null,
    author: d.author ?? null,
    contact: d.contact ?? null,
    forwardPlanRef: d.forwardPlanRef ?? null,
    summary: d.summary ?? null,
    recommendations: d.recommendations,
    reasons: d.reasons ?? null,
    priorityLinks: d.priorityLinks,
    consultations: d.consultations ?? null,
    financialImplications: d.financialImplications ?? null,
    legalImplications: d.legalImplications ?? null,
    hrImplications: d.hrImplications ?? null,
    riskImplications: d.riskImplications ?? null,
    riskLikelihood: likelihood,
    riskImpact: impact,
    riskScore: likelihood && impact ? likelihood * impact : null,
    otherImplications: other,
    scrutinyComments: d.scrutinyComments ?? null,
    background: d.background ?? null,
    optionsConsidered: d.optionsConsidered ?? null,
    backgroundPapers: d.backgroundPapers ?? null,
  };
}

const optionalDate = (what: string) => isoDate(what).optional();

/** An equality impact assessment as the form or the API sends it: one summary and outcome per characteristic (`c_<key>_summary`, `c_<key>_outcome`). */
export const eiaInput = z.object({
  title: z
    .string({ error: 'Enter the title of the assessment' })
    .trim()
    .min(1, { error: 'Enter the title of the assessment' })
    .max(300, { error: 'The title must be 300 characters or fewer' }),
  reportId: z.coerce.number().int().positive().max(2147483647).optional(),
  decisionId: z.coerce.number().int().positive().max(2147483647).optional(),
  ...Object.fromEntries(
    Object.keys(eiaCharacteristics).flatMap((k) => [
      [`c_${k}_summary`, text('summary of impact', 4000)],
      [`c_${k}_outcome`, z.enum(eiaOutcomes, { error: 'Select negative, neutral or positive' }).optional()],
    ]),
  ),
  evidence: text('evidence'),
  consulted: text('who was consulted'),
  completedBy: text('name of who completed it', 200),
  completedOn: optionalDate('date it was completed'),
  signedOffBy: text('name of who signed it off', 200),
  signedOffOn: optionalDate('date it was signed off'),
  reviewOn: optionalDate('review date'),
});

/** A row of an EIA's action plan. */
export const eiaActionInput = z.object({
  action: z.string({ error: 'Enter the action' }).trim().min(1, { error: 'Enter the action' }).max(2000, { error: 'The action must be 2,000 characters or fewer' }),
  dueOn: optionalDate('date the action is due'),
  responsible: text('person responsible', 200),
  monitoring: text('monitoring', 2000),
  complete: z.enum(['yes', 'no']).default('no'),
});

/**
 * The template's sections a council may leave out of its reports (a district council has no
 * divisions, a parish no HR implications), by form field, with the heading the settings screen shows.
 * The title, kind, decision maker, summary, recommendations and reasons are always there.
 */
export const optionalReportSections: Record<string, string> = {
  cabinetMembers: 'Cabinet Members',
  divisions: 'Divisions affected',
  localMembers: 'Local members',
  leadOfficer: 'Lead officer',
  forwardPlanRef: 'Forward Plan reference',
  priorityLinks: 'Links to the council’s priorities',
  consultations: 'Consultations',
  financialImplications: 'Financial implications',
  legalImplications: 'Legal implications',
  hrImplications: 'Human resources implications',
  riskImplications: 'Risk implications and risk score',
  ...Object.fromEntries(Object.entries(otherImplicationHeadings).map(([k, h]) => [`other_${k}`, `${h} implications`])),
  scrutinyComments: 'Scrutiny comments',
  background: 'Background',
  optionsConsidered: 'Options considered',
  backgroundPapers: 'Background papers',
};
