import { z } from 'zod';
import { agendaItemInput } from '../modules/meetings/index.ts';
import { apiSchemas, instant, objectFields, oparlType } from './common.schema.ts';
import { documentSchema } from './documents.schema.ts';

/** An agenda item in full: every public item, and exempt items for users entitled to read them (OParl AgendaItem). */
export const agendaItemSchema = z
  .object({
    ...objectFields(oparlType.agendaItem),
    meetingId: z.number().int(),
    meeting: z.url(),
    number: z.string().nullable().describe('The number as printed, such as "6.1"'),
    position: z.number().int().describe('Order on the agenda'),
    title: z.string(),
    access: z.enum(['public', 'exempt']).describe('Exempt items are under Schedule 12A (UK extension)'),
    exemptParagraph: z
      .number()
      .int()
      .min(1)
      .max(7)
      .nullable()
      .describe('Schedule 12A paragraph when exempt; null on an exempt item means the paragraph was not stated (UK extension)'),
    publication: z.enum(['draft', 'published', 'withdrawn']).describe('Only clerks see drafts'),
    publicInterestReason: z.string().nullable().describe('Why the public interest favours exemption (UK extension)'),
    instruction: z.string().nullable().describe('What the meeting is asked to do'),
    pageFrom: z.number().int().nullable(),
    pageTo: z.number().int().nullable(),
    documents: z.array(documentSchema),
    createdAt: instant,
    updatedAt: instant,
  })
  .register(apiSchemas, { id: 'AgendaItem' });

/** An exempt agenda item as those not entitled see it: number, title and paragraph only. */
export const exemptAgendaItemSchema = z
  .object({
    ...objectFields(oparlType.agendaItem),
    meetingId: z.number().int(),
    meeting: z.url(),
    number: z.string().nullable(),
    title: z.string(),
    access: z.literal('exempt'),
    exemptParagraph: z.number().int().min(1).max(7).nullable(),
    withheld: z.literal(true).describe('Its content is exempt information you are not entitled to'),
  })
  .register(apiSchemas, { id: 'ExemptAgendaItem', description: 'An exempt item as the public sees it' });

/** Either shape of agenda item. */
export const anyAgendaItemSchema = z.union([agendaItemSchema, exemptAgendaItemSchema]).register(apiSchemas, { id: 'AgendaItemOrExempt' });

/** The API's view of an agenda item. */
export type ApiAgendaItem = z.output<typeof anyAgendaItemSchema>;

/** Body of POST /meetings/:id/agenda-items; PATCH takes any of its fields. It is the domain's own input schema. */
export const agendaItemBody = agendaItemInput;

/** The answer to deleting an agenda item. */
export const deletedAgendaItemSchema = z
  .object({ id: z.number().int().positive(), url: z.url(), deleted: z.literal(true), deletedAt: instant })
  .register(apiSchemas, { id: 'DeletedAgendaItem' });
