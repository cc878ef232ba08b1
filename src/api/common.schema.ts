import { z } from 'zod';

/** Schemas named in the OpenAPI document's components; register response shapes here. */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

/** OParl 1.1 type URLs, used in every object's `type`. */
export const oparlType = {
  body: 'https://schema.oparl.org/1.1/Body',
  organisation: 'https://schema.oparl.org/1.1/Organization',
  person: 'https://schema.oparl.org/1.1/Person',
  membership: 'https://schema.oparl.org/1.1/Membership',
  meeting: 'https://schema.oparl.org/1.1/Meeting',
  agendaItem: 'https://schema.oparl.org/1.1/AgendaItem',
  file: 'https://schema.oparl.org/1.1/File',
  location: 'https://schema.oparl.org/1.1/Location',
} as const;

/** An instant in UTC, ISO 8601 with `Z`. */
export const instant = z.iso.datetime().describe('ISO 8601 date-time in UTC');

/** A calendar date, YYYY-MM-DD. */
export const calendarDate = z.iso.date();

/** A database id in a path. Anything else is "not found", like the HTML pages. */
export const idParams = z.object({ id: z.coerce.number().int().positive().max(2147483647).describe('The record id') });

/** Fields every object carries. */
export const objectFields = (type: string) => ({
  id: z.number().int().positive(),
  type: z.literal(type),
  url: z.url().describe('This object in the API'),
});

/** A short reference to another object. */
export const refSchema = z
  .object({ id: z.number().int().positive(), name: z.string(), url: z.url() })
  .register(apiSchemas, { id: 'Reference', description: 'A link to another object, with its name' });

/**
 * The JSON error shape of every failure, registered for the OpenAPI document.
 * @public
 */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, such as not_found or validation_failed'),
      message: z.string(),
      details: z
        .array(z.object({ field: z.string(), message: z.string() }))
        .optional()
        .describe('Field errors, for validation_failed'),
    }),
  })
  .register(apiSchemas, { id: 'Error' });

/** Pagination block of a list response. */
export const paginationSchema = z
  .object({
    totalElements: z.number().int().min(0),
    elementsPerPage: z.number().int().min(1),
    currentPage: z.number().int().min(1),
    totalPages: z.number().int().min(0),
  })
  .register(apiSchemas, { id: 'Pagination' });

/** Links to the neighbouring pages of a list. */
export const pageLinksSchema = z.object({ first: z.url(), next: z.url().nullable(), prev: z.url().nullable() }).register(apiSchemas, { id: 'PageLinks' });

/**
 * A paginated list response of `item`, registered as `<id>List`.
 * @example const meetingList = listOf(meetingSchema, 'Meeting')
 */
export function listOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), pagination: paginationSchema, links: pageLinksSchema }).register(apiSchemas, { id: `${id}List` });
}
