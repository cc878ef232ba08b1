import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, smallint, text } from 'drizzle-orm/pg-core';
import { accessClass, accessInherited, id, publication, publicationChecks, searchVector, timestamps, tsvector } from '../../db/columns.ts';
import { users } from '../accounts/accounts.table.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { agendaItems, meetings } from '../meetings/meetings.table.ts';

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
    ...timestamps(),
  },
  (t) => [index('report_sign_offs_report_idx').on(t.reportId)],
);
