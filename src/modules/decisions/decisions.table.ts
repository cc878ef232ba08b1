import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { accessClass, accessInherited, id, publication, publicationChecks, searchVector, timestamps, tsvector } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { meetings } from '../meetings/meetings.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { people } from '../people/people.table.ts';
import { minuteItems, resolutions } from '../minutes/minutes.table.ts';
import { reports } from '../reports/reports.table.ts';

/** Call-in states of an executive decision. */
export const callInStatuses = ['not-applicable', 'open', 'called-in', 'no-further-action', 'referred-back'] as const;

/** A decision (by Cabinet, a committee, a Cabinet Member or an officer). Published decisions are legal records: corrections are new versions. */
export const decisions = pgTable(
  'decisions',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    version: integer('version').notNull().default(1),
    supersedesId: integer('supersedes_id').references((): AnyPgColumn => decisions.id),
    correctionReason: text('correction_reason'),
    meetingId: integer('meeting_id').references(() => meetings.id),
    minuteItemId: integer('minute_item_id').references(() => minuteItems.id),
    resolutionId: integer('resolution_id').references(() => resolutions.id),
    makerOrganisationId: integer('maker_organisation_id').references(() => organisations.id),
    makerPersonId: integer('maker_person_id').references(() => people.id),
    makerText: text('maker_text').notNull(),
    title: text('title').notNull(),
    decisionText: text('decision_text').notNull(),
    decidedOn: date('decided_on').notNull(),
    reasons: text('reasons'),
    alternativesRejected: text('alternatives_rejected'),
    conflicts: text('conflicts'),
    dispensations: text('dispensations'),
    isKey: boolean('is_key').notNull().default(false),
    forwardPlanRef: text('forward_plan_ref'),
    /** The report the decision was taken on (for an individual decision, the report published beforehand). */
    reportId: integer('report_id').references((): AnyPgColumn => reports.id),
    ...publication(),
    ...accessClass(),
    ...accessInherited(),
    callInDeadline: timestamp('call_in_deadline', { withTimezone: true }),
    callInStatus: text('call_in_status', { enum: callInStatuses }).notNull().default('not-applicable'),
    effectiveFrom: timestamp('effective_from', { withTimezone: true }),
    ...timestamps(),
    search: tsvector('search').generatedAlwaysAs(searchVector(sql`title`, sql`decision_text`, sql`reasons`)),
  },
  (t) => [
    index('decisions_decided_idx').on(t.decidedOn),
    index('decisions_fp_idx').on(t.forwardPlanRef),
    index('decisions_report_idx').on(t.reportId),
    index('decisions_search_idx').using('gin', t.search),
    ...publicationChecks('decisions', t),
    check('decisions_call_in_after_decision', sql`${t.callInDeadline} is null or ${t.callInDeadline} >= ${t.decidedOn}::timestamptz`),
    check(
      'decisions_effective_after_call_in',
      sql`${t.effectiveFrom} is null or ${t.callInDeadline} is null or ${t.effectiveFrom} >= ${t.callInDeadline} or ${t.callInStatus} = 'no-further-action'`,
    ),
  ],
);
