import { z } from 'zod';
import { organisationInput } from '../modules/organisations/index.ts';
import { organisationKinds } from '../db/schema.ts';
import { apiSchemas, calendarDate, instant, listOf, objectFields, oparlType } from './common.schema.ts';
import { pageQuery } from './pagination.ts';

/** A committee, board, cabinet or other organisation (OParl Organization). */
export const organisationSchema = z
  .object({
    ...objectFields(oparlType.organisation),
    web: z.url(),
    name: z.string(),
    slug: z.string(),
    kind: z.enum(organisationKinds),
    purpose: z.string().nullable(),
    parentId: z.number().int().nullable(),
    parent: z.url().nullable(),
    startDate: calendarDate.nullable(),
    endDate: calendarDate.nullable(),
    memberships: z.url().describe('Its memberships'),
    meetings: z.url().describe('Its meetings'),
    createdAt: instant,
    updatedAt: instant,
  })
  .register(apiSchemas, { id: 'Organisation' });

/** The API's view of an organisation. */
export type ApiOrganisation = z.output<typeof organisationSchema>;

/** A page of organisations. */
export const organisationListSchema = listOf(organisationSchema, 'Organisation');

/** Filters for the organisation list. */
export const organisationListQuery = pageQuery.extend({ kind: z.enum(organisationKinds).optional() });

/** Body of POST /organisations; PATCH takes any of its fields. It is the domain's own input schema. */
export const organisationBody = organisationInput;
