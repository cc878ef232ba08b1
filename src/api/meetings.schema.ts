import { z } from 'zod';
import { meetingInput } from '../modules/meetings/index.ts';
import { meetingStatuses } from '../db/schema.ts';
import { anyAgendaItemSchema } from './agenda-items.schema.ts';
import { apiSchemas, calendarDate, instant, listOf, objectFields, oparlType, refSchema } from './common.schema.ts';
import { documentSchema } from './documents.schema.ts';
import { locationSchema } from './locations.schema.ts';
import { instantParam, pageQuery } from './pagination.ts';

/** A meeting of an organisation (OParl Meeting). */
export const meetingSchema = z
  .object({
    ...objectFields(oparlType.meeting),
    web: z.url(),
    name: z.string().describe('The title, or the organisation name'),
    organisation: refSchema,
    startAt: instant,
    endAt: instant.nullable(),
    status: z.enum(meetingStatuses),
    cancelled: z.boolean(),
    statusNote: z.string().nullable().describe('Public notice, such as why it was cancelled'),
    location: locationSchema.nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .register(apiSchemas, { id: 'Meeting' });

/** The API's view of a meeting. */
export type ApiMeeting = z.output<typeof meetingSchema>;

/** A meeting with its agenda and documents. */
export const meetingDetailSchema = meetingSchema
  .extend({
    issuedBy: z.string().nullable(),
    issuedOn: calendarDate.nullable(),
    contact: refSchema.nullable(),
    agendaItems: z.array(anyAgendaItemSchema),
    documents: z.array(documentSchema).describe('Documents of the whole meeting, such as the agenda pack'),
  })
  .register(apiSchemas, { id: 'MeetingDetail' });

/** A page of meetings. */
export const meetingListSchema = listOf(meetingSchema, 'Meeting');

/** Filters for the meeting list. */
export const meetingListQuery = pageQuery.extend({
  organisation: z.coerce.number({ error: 'Enter an organisation id' }).int().positive({ error: 'Enter an organisation id' }).max(2147483647).optional(),
  from: instantParam('start').optional().describe('Meetings starting at or after this date or time'),
  to: instantParam('end').optional().describe('Meetings starting before this time, or on or before this date'),
});

/** Body of POST /meetings (London local date and times); PATCH takes any of its fields. It is the domain's own input schema. */
export const meetingBody = meetingInput;

/** The answer to deleting a meeting. */
export const deletedMeetingSchema = z
  .object({ id: z.number().int().positive(), url: z.url(), deleted: z.literal(true), deletedAt: instant })
  .register(apiSchemas, { id: 'DeletedMeeting' });
