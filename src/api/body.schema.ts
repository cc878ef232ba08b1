import { z } from 'zod';
import { apiSchemas, instant, objectFields, oparlType } from './common.schema.ts';

/** The council (OParl Body), with links to its lists. */
export const bodySchema = z
  .object({
    ...objectFields(oparlType.body),
    web: z.url().describe('The public website of this Shirehall'),
    name: z.string(),
    shortName: z.string().nullable(),
    slug: z.string(),
    nation: z.enum(['england-and-wales', 'scotland', 'northern-ireland']),
    gssCode: z.string().nullable().describe('ONS/GSS code: UK extension in place of OParl `ags`'),
    website: z.string().nullable(),
    email: z.string().nullable(),
    organisations: z.url(),
    people: z.url(),
    meetings: z.url(),
    locations: z.url(),
    createdAt: instant,
    updatedAt: instant,
  })
  .register(apiSchemas, { id: 'Body' });

/** The API's view of the council. */
export type ApiBody = z.output<typeof bodySchema>;
