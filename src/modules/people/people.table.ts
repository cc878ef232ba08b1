import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { id, searchVector, timestamps, tsvector } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { organisations } from '../organisations/organisations.table.ts';

/** Kinds of person. */
export const personKinds = ['councillor', 'officer', 'co-opted', 'partner'] as const;

/** A person as the council knows them; never merged on family name alone (OParl Person). */
export const people = pgTable(
  'people',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    slug: text('slug').notNull().unique(),
    kind: text('kind', { enum: personKinds }).notNull(),
    printedName: text('printed_name').notNull(),
    honorific: text('honorific'),
    givenName: text('given_name'),
    familyName: text('family_name'),
    jobTitle: text('job_title'),
    email: text('email'),
    phone: text('phone'),
    division: text('division'),
    party: text('party'),
    ...timestamps(),
    search: tsvector('search').generatedAlwaysAs(searchVector(sql`printed_name`, sql`job_title`, sql`division`)),
  },
  (t) => [index('people_search_idx').using('gin', t.search), index('people_name_trgm_idx').using('gin', t.printedName.op('gin_trgm_ops')), index('people_body_idx').on(t.bodyId)],
);

/** Roles a member can hold in an organisation. */
export const membershipRoles = ['chair', 'vice-chair', 'member', 'substitute', 'co-opted'] as const;

/** A person's seat on an organisation (OParl Membership). */
export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    role: text('role', { enum: membershipRoles }).notNull().default('member'),
    roleLabel: text('role_label'),
    votingRight: boolean('voting_right').notNull().default(true),
    startDate: date('start_date'),
    endDate: date('end_date'),
    onBehalfOf: text('on_behalf_of'),
    ...timestamps(),
  },
  (t) => [index('memberships_org_idx').on(t.organisationId), index('memberships_person_idx').on(t.personId)],
);

/** Kinds of post. */
export const postKinds = ['executive', 'officer', 'opposition', 'civic', 'other'] as const;

/** A named post such as a Cabinet portfolio or a statutory officer role. */
export const posts = pgTable('posts', {
  id: id(),
  bodyId: integer('body_id')
    .notNull()
    .references(() => bodies.id),
  title: text('title').notNull(),
  slug: text('slug').notNull().unique(),
  kind: text('kind', { enum: postKinds }).notNull().default('other'),
  ...timestamps(),
});

/** Who holds a post, and when. */
export const postHolders = pgTable(
  'post_holders',
  {
    id: id(),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    startDate: date('start_date'),
    endDate: date('end_date'),
    ...timestamps(),
  },
  (t) => [index('post_holders_person_idx').on(t.personId)],
);

/** The links a person merge moved, by table, so that undoing it moves exactly those back. */
export type MovedLinks = Record<
  'attendances' | 'declarations' | 'memberships' | 'postHolders' | 'decisions' | 'meetings' | 'users' | 'interests' | 'risks' | 'champions',
  number[]
>;

/**
 * An officer's merge of two records of one person (say "Cllr Coles" into "Cllr S Coles"): the links
 * it moved, who merged them and why; reversible until undone.
 */
export const personMerges = pgTable(
  'person_merges',
  {
    id: id(),
    fromPersonId: integer('from_person_id')
      .notNull()
      .references(() => people.id),
    intoPersonId: integer('into_person_id')
      .notNull()
      .references(() => people.id),
    moved: jsonb('moved').$type<MovedLinks>().notNull(),
    reason: text('reason'),
    mergedBy: text('merged_by').notNull(),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    undoneBy: text('undone_by'),
    ...timestamps(),
  },
  (t) => [index('person_merges_from_idx').on(t.fromPersonId), index('person_merges_into_idx').on(t.intoPersonId)],
);
