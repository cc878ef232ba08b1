import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { accessClass, accessInherited, id, publication, publicationChecks, searchVector, timestamps, tsvector } from '../../db/columns.ts';
import { users } from '../accounts/accounts.table.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { agendaItems, meetings } from '../meetings/meetings.table.ts';
import { decisions } from '../decisions/decisions.table.ts';

/** A decision report or other paper (OParl Paper) in the council's template. */
export const reports = pgTable(
  'reports',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    meetingId: integer('meeting_id').references(() => meetings.id),
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id),
    title: text('title').notNull(),
    kind: text('kind'),
    reportDate: date('report_date'),
    forwardPlanRef: text('forward_plan_ref'),
    cabinetMembers: jsonb('cabinet_members').$type<string[]>().notNull().default([]),
    leadOfficer: text('lead_officer'),
    author: text('author'),
    contact: text('contact'),
    summary: text('summary'),
    recommendations: jsonb('recommendations').$type<string[]>().notNull().default([]),
    riskLikelihood: smallint('risk_likelihood'),
    riskImpact: smallint('risk_impact'),
    riskScore: smallint('risk_score'),
    priorityLinks: jsonb('priority_links').$type<string[]>().notNull().default([]),
    sections: jsonb('sections').$type<{ heading: string; text?: string }[]>().notNull().default([]),
    decisionMaker: text('decision_maker'),
    decisionDate: date('decision_date'),
    divisions: jsonb('divisions').$type<string[]>().notNull().default([]),
    localMembers: jsonb('local_members').$type<string[]>().notNull().default([]),
    reasons: text('reasons'),
    consultations: text('consultations'),
    financialImplications: text('financial_implications'),
    legalImplications: text('legal_implications'),
    hrImplications: text('hr_implications'),
    riskImplications: text('risk_implications'),
    /** Other implications by heading key (equalities, community safety, sustainability, health and safety, privacy, health and wellbeing). */
    otherImplications: jsonb('other_implications').$type<Record<string, string>>().notNull().default({}),
    scrutinyComments: text('scrutiny_comments'),
    background: text('background'),
    optionsConsidered: text('options_considered'),
    backgroundPapers: text('background_papers'),
    /** Version number within the report's line of versions; a published version is frozen and a change makes the next. */
    version: integer('version').notNull().default(1),
    previousVersionId: integer('previous_version_id').references((): AnyPgColumn => reports.id),
    signOffOverrideReason: text('sign_off_override_reason'),
    signOffOverriddenBy: integer('sign_off_overridden_by').references(() => users.id),
    signOffOverriddenAt: timestamp('sign_off_overridden_at', { withTimezone: true }),
    ...publication(),
    ...accessClass(),
    ...accessInherited(),
    authorUserId: integer('author_user_id').references(() => users.id),
    ...timestamps(),
    search: tsvector('search').generatedAlwaysAs(searchVector(sql`title`, sql`summary`)),
  },
  (t) => [
    index('reports_meeting_idx').on(t.meetingId),
    index('reports_search_idx').using('gin', t.search),
    index('reports_fp_idx').on(t.forwardPlanRef),
    index('reports_previous_idx').on(t.previousVersionId),
    check('reports_risk_range', sql`(${t.riskLikelihood} is null or ${t.riskLikelihood} between 1 and 5) and (${t.riskImpact} is null or ${t.riskImpact} between 1 and 5)`),
    check('reports_risk_score_computed', sql`${t.riskLikelihood} is null or ${t.riskImpact} is null or ${t.riskScore} = ${t.riskLikelihood} * ${t.riskImpact}`),
    check('reports_override_has_reason', sql`${t.signOffOverriddenAt} is null or ${t.signOffOverrideReason} is not null`),
    ...publicationChecks('reports', t),
  ],
);

/** One row of a report's sign-off table; a role may repeat. */
export const reportSignOffs = pgTable(
  'report_sign_offs',
  {
    id: id(),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    position: integer('position').notNull(),
    role: text('role').notNull(),
    name: text('name'),
    signedOn: date('signed_on'),
    dateText: text('date_text'),
    /** Where the row stands: signed (name and date), commented, or sent on a date and awaited; null for an imported row. */
    status: text('status', { enum: ['pending', 'signed', 'commented', 'sent'] }),
    comment: text('comment'),
    sentOn: date('sent_on'),
    ...timestamps(),
  },
  (t) => [index('report_sign_offs_report_idx').on(t.reportId)],
);

/** Sign-off states of a row of the table. */
export const signOffStates = ['pending', 'signed', 'commented', 'sent'] as const;

/**
 * An appendix of a report, public or exempt under Schedule 12A. A new appendix is exempt with no
 * paragraph ("not yet decided"): the clerk must choose, and a report with one cannot be published.
 */
export const reportAppendices = pgTable(
  'report_appendices',
  {
    id: id(),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [
    index('report_appendices_report_idx').on(t.reportId),
    check('report_appendices_exempt_paragraph_range', sql`${t.exemptParagraph} is null or ${t.exemptParagraph} between 1 and 7`),
    check('report_appendices_paragraph_only_when_exempt', sql`${t.access} = 'exempt' or ${t.exemptParagraph} is null`),
  ],
);

/** A body's report template settings: the sign-off roles its reports require, and its strategy priorities. */
export const reportSettings = pgTable(
  'report_settings',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    signOffRoles: jsonb('sign_off_roles').$type<string[]>().notNull().default([]),
    priorities: jsonb('priorities').$type<string[]>().notNull().default([]),
    /** The template's optional sections this body's reports leave out (keys of `optionalReportSections`). */
    omittedSections: jsonb('omitted_sections').$type<string[]>().notNull().default([]),
    ...timestamps(),
  },
  (t) => [uniqueIndex('report_settings_body_idx').on(t.bodyId)],
);

/** One protected characteristic's row of an equality impact assessment. */
export type EiaCharacteristic = { key: string; summary: string; outcome: 'negative' | 'neutral' | 'positive' | null };

/** An equality impact assessment of a report or decision. */
export const eias = pgTable(
  'eias',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    reportId: integer('report_id').references(() => reports.id),
    decisionId: integer('decision_id').references(() => decisions.id),
    title: text('title').notNull(),
    characteristics: jsonb('characteristics').$type<EiaCharacteristic[]>().notNull().default([]),
    evidence: text('evidence'),
    consulted: text('consulted'),
    completedBy: text('completed_by'),
    completedOn: date('completed_on'),
    signedOffBy: text('signed_off_by'),
    signedOffOn: date('signed_off_on'),
    reviewOn: date('review_on'),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [index('eias_report_idx').on(t.reportId), ...publicationChecks('eias', t)],
);

/** A row of an EIA's action plan for negative outcomes. */
export const eiaActions = pgTable(
  'eia_actions',
  {
    id: id(),
    eiaId: integer('eia_id')
      .notNull()
      .references(() => eias.id),
    position: integer('position').notNull(),
    action: text('action').notNull(),
    dueOn: date('due_on'),
    responsible: text('responsible'),
    monitoring: text('monitoring'),
    complete: boolean('complete').notNull().default(false),
    ...timestamps(),
  },
  (t) => [index('eia_actions_eia_idx').on(t.eiaId)],
);
