import { z } from 'zod';
import { apiSchemas, instant, listOf, objectFields, oparlType } from './common.schema.ts';
import { pageQuery } from './pagination.ts';

/** A place where meetings are held (OParl Location). */
export const locationSchema = z
  .object({
    ...objectFields(oparlType.location),
    description: z.string(),
    room: z.string().nullable(),
    streetAddress: z.string().nullable(),
    postcode: z.string().nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .register(apiSchemas, { id: 'Location' });

/** The API's view of a location. */
export type ApiLocation = z.output<typeof locationSchema>;

/** A page of locations. */
export const locationListSchema = listOf(locationSchema, 'Location');

/** Filters for the location list. */
export const locationListQuery = pageQuery;
