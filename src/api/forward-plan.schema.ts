import { z } from 'zod';
import { entryInput, noticeInput } from '../modules/forward-plan/index.ts';
import { apiSchemas } from './common.schema.ts';

/** A Forward Plan entry as the API presents it: never its private details. */
export const forwardPlanEntrySchema = z
  .object({
    id: z.number().int(),
    ref: z.string().nullable(),
    publication: z.string(),
    firstPublished: z.string().nullable(),
    decisionDateText: z.string(),
    decisionDate: z.string().nullable(),
    decisionDateQualifier: z.string().nullable(),
    decisionMakers: z.array(z.string()),
    issue: z.string().nullable(),
    decision: z.string().nullable(),
    documents: z.string().nullable(),
    exempt: z.string().nullable(),
    exemptMatterParagraph: z.number().int().nullable(),
    contacts: z.array(z.string()),
    keySpend: z.number().int().nullable(),
    keyDivisions: z.boolean(),
    divisionsAffected: z.string().nullable(),
    reportId: z.number().int().nullable(),
    historical: z.boolean().describe('Imported from a published Forward Plan and kept as printed'),
    statusText: z.string().nullable().describe('Where an imported entry stood, as its plan printed it ("Withdrawn", "Decision taken"); null when none was printed'),
    ended: z.boolean().describe('Its plan printed the matter as decided or withdrawn, so it is not on the live Forward Plan'),
  })
  .register(apiSchemas, { id: 'ForwardPlanEntry' });

/** A published Forward Plan version: its number, date and entries as published. */
export const forwardPlanVersionSchema = z
  .object({
    number: z.number().int(),
    publishedOn: z.string(),
    note: z.string().nullable(),
    entries: z.array(z.record(z.string(), z.unknown())),
  })
  .register(apiSchemas, { id: 'ForwardPlanVersion' });

/** A notice: general exception, special urgency or private meeting. */
export const noticeSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    forwardPlanEntryId: z.number().int().nullable(),
    title: z.string(),
    decisionMaker: z.string(),
    decisionDate: z.string(),
    reasons: z.string(),
    scrutinyChair: z.string().nullable(),
    chairInformedOn: z.string().nullable(),
    chairAgreedOn: z.string().nullable(),
    privateStage: z.string().nullable(),
    representations: z.string().nullable(),
    publication: z.string(),
    publishedAt: z.string().nullable(),
  })
  .register(apiSchemas, { id: 'Notice' });

/** The bodies the write operations document (the commands validate them). */
export const entryBody = entryInput;
/** Publishing a version: an optional note. */
export const versionBody = z.object({ note: z.string().max(500).optional() });
/** A new notice. */
export const noticeBody = noticeInput;
/** Path parameter of a version. */
export const versionParams = z.object({ number: z.coerce.number().int().positive().max(2147483647).describe('The version number') });
