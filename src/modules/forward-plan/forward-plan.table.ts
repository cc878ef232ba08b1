import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { accessClass, id, publication, publicationChecks, searchVector, timestamps, tsvector } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { reports } from '../reports/reports.table.ts';

/** How the decision date of a Forward Plan entry is qualified: on the date, not before it, or before it. */
export const decisionDateQualifiers = ['on', 'not-before', 'before'] as const;

/**
 * A Forward Plan entry: a key decision to be taken, with its reference FP/YY/MM/NN. Entries written in
 * Shirehall (`managed`) are numbered when first published and go into the numbered versions of the
 * plan; imported entries keep the reference and dates they were printed with and stay historical.
 */
export const forwardPlanEntries = pgTable(
  'forward_plan_entries',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    /** Null until a Shirehall entry is first published. */
    ref: text('ref'),
    managed: boolean('managed').notNull().default(false),
    firstPublished: date('first_published'),
    /** The date of the published Forward Plan the entry was read from (its pack's date) or last published in. */
    planDate: date('plan_date'),
    decisionDateText: text('decision_date_text').notNull(),
    decisionDate: date('decision_date'),
    decisionDateQualifier: text('decision_date_qualifier', { enum: decisionDateQualifiers }),
    decisionMakers: jsonb('decision_makers').$type<string[]>().notNull().default([]),
    issue: text('issue'),
    decision: text('decision'),
    documents: text('documents'),
    /** Whether the matter will be taken in private, as printed ("Part exempt", "Exempt"); null when it is open. */
    exempt: text('exempt'),
    /** The Schedule 12A paragraph under which the matter is exempt (the entry itself is always published). */
    exemptMatterParagraph: smallint('exempt_matter_paragraph'),
    /** What officers need to know about the exempt matter; never shown outside the officer area nor published in a version. */
    privateDetails: text('private_details'),
    contacts: jsonb('contacts').$type<string[]>().notNull().default([]),
    /** The key decision test: the spend or saving in pounds, when that is why it is key. */
    keySpend: integer('key_spend'),
    /** The key decision test: a significant effect on two or more electoral divisions. */
    keyDivisions: boolean('key_divisions').notNull().default(false),
    /** The divisions affected, when `keyDivisions`. */
    divisionsAffected: text('divisions_affected'),
    reportId: integer('report_id').references(() => reports.id),
    /** Where an imported entry stood, as its plan printed it ("Withdrawn", "Decision taken 3 March"); null when none was printed. */
    statusText: text('status_text'),
    /** The plan printed the matter as decided or withdrawn: not a decision still to come, whatever its date. */
    ended: boolean('ended').notNull().default(false),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
    search: tsvector('search').generatedAlwaysAs(searchVector(sql`ref`, sql`issue`, sql`decision`)),
  },
  (t) => [
    index('forward_plan_ref_idx').on(t.ref),
    index('forward_plan_search_idx').using('gin', t.search),
    uniqueIndex('forward_plan_managed_ref_unique')
      .on(t.bodyId, t.ref)
      .where(sql`${t.managed} and ${t.ref} is not null`),
    check('forward_plan_entries_matter_paragraph_range', sql`${t.exemptMatterParagraph} is null or ${t.exemptMatterParagraph} between 1 and 7`),
    check('forward_plan_entries_published_has_ref', sql`not ${t.managed} or ${t.publication} = 'draft' or (${t.ref} is not null and ${t.firstPublished} is not null)`),
    ...publicationChecks('forward_plan_entries', t),
  ],
);

/** One entry of a published Forward Plan version, exactly as the public saw it (never the private details). */
export type ForwardPlanSnapshotEntry = {
  entryId: number;
  ref: string;
  firstPublished: string;
  decisionDateText: string;
  decisionDate: string | null;
  decisionMakers: string[];
  issue: string | null;
  decision: string | null;
  documents: string | null;
  exempt: string | null;
  exemptMatterParagraph: number | null;
  contacts: string[];
  keySpend: number | null;
  keyDivisions: boolean;
  divisionsAffected: string | null;
  reportId: number | null;
};

/** A published version of the Forward Plan: a numbered, immutable snapshot of its entries (a database trigger refuses changes). */
export const forwardPlanVersions = pgTable(
  'forward_plan_versions',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    number: integer('number').notNull(),
    publishedOn: date('published_on').notNull(),
    note: text('note'),
    entries: jsonb('entries').$type<ForwardPlanSnapshotEntry[]>().notNull(),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('forward_plan_versions_number_unique').on(t.bodyId, t.number), ...publicationChecks('forward_plan_versions', t)],
);

/** Kinds of notice: general exception (reg 10), special urgency (reg 11), private meeting (reg 5). */
export const noticeKinds = ['general-exception', 'special-urgency', 'private-meeting'] as const;

/** The two private meeting notices: 28 clear days before, and 5 clear days before with reasons and representations. */
export const privateStages = ['28-day', '5-day'] as const;

/** A notice about a key decision or a private meeting, published on its own. */
export const notices = pgTable(
  'notices',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    kind: text('kind', { enum: noticeKinds }).notNull(),
    forwardPlanEntryId: integer('forward_plan_entry_id').references(() => forwardPlanEntries.id),
    title: text('title').notNull(),
    decisionMaker: text('decision_maker').notNull(),
    decisionDate: date('decision_date').notNull(),
    reasons: text('reasons').notNull(),
    scrutinyChair: text('scrutiny_chair'),
    /** General exception: the date the relevant scrutiny chair was informed in writing. */
    chairInformedOn: date('chair_informed_on'),
    /** Special urgency: the date the scrutiny chair agreed the decision cannot reasonably be deferred. */
    chairAgreedOn: date('chair_agreed_on'),
    privateStage: text('private_stage', { enum: privateStages }),
    representations: text('representations'),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [
    index('notices_entry_idx').on(t.forwardPlanEntryId),
    check('notices_general_exception_informed', sql`${t.kind} <> 'general-exception' or (${t.chairInformedOn} is not null and ${t.scrutinyChair} is not null)`),
    check('notices_special_urgency_agreed', sql`${t.kind} <> 'special-urgency' or (${t.chairAgreedOn} is not null and ${t.scrutinyChair} is not null)`),
    check('notices_private_stage', sql`(${t.kind} = 'private-meeting') = (${t.privateStage} is not null)`),
    ...publicationChecks('notices', t),
  ],
);
