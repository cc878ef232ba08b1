import { z } from 'zod';
import { personKinds } from '../db/schema.ts';
import { personInput } from '../modules/people/index.ts';
import { apiSchemas, instant, listOf, objectFields, oparlType } from './common.schema.ts';
import { membershipSchema } from './memberships.schema.ts';
import { pageQuery } from './pagination.ts';

/** A councillor, officer, co-optee or partner as published (OParl Person). */
export const personSchema = z
  .object({
    ...objectFields(oparlType.person),
    web: z.url(),
    name: z.string().describe('The name as printed'),
    slug: z.string(),
    kind: z.enum(personKinds),
    honorific: z.string().nullable(),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    jobTitle: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    division: z.string().nullable().describe('Ward or division'),
    party: z.string().nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .register(apiSchemas, { id: 'Person' });

/** The API's view of a person. */
export type ApiPerson = z.output<typeof personSchema>;

/** A person with their memberships. */
export const personDetailSchema = personSchema.extend({ memberships: z.array(membershipSchema) }).register(apiSchemas, { id: 'PersonDetail' });

/** A page of people. */
export const personListSchema = listOf(personSchema, 'Person');

/** Filters for the people list. */
export const personListQuery = pageQuery.extend({ kind: z.enum(personKinds).optional() });

/** Body of POST /people; PATCH takes any of its fields. It is the domain's own input schema. */
export const personBody = personInput;
