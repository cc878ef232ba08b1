import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { accessClass, id, publication, publicationChecks, timestamps } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { agendaItems, meetings } from '../meetings/meetings.table.ts';
import { minuteItems } from '../minutes/minutes.table.ts';
import { users } from '../accounts/accounts.table.ts';

/** Kinds of work programme item. */
export const workProgrammeKinds = ['report', 'update', 'development-session'] as const;

/** Where a councillor's request for a work programme item stands; items the scrutiny manager adds are accepted. */
export const requestStates = ['requested', 'accepted', 'declined'] as const;

/** An item on a scrutiny committee's work programme. */
export const workProgrammeItems = pgTable(
  'work_programme_items',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    organisationId: integer('organisation_id').references(() => organisations.id),
    bodyName: text('body_name'),
    meetingDate: date('meeting_date'),
    item: text('item').notNull(),
    leads: jsonb('leads').$type<string[]>().notNull().default([]),
    planLink: text('plan_link'),
    kind: text('kind', { enum: workProgrammeKinds }),
    leadMember: text('lead_member'),
    leadOfficer: text('lead_officer'),
    /** The committee meeting it is planned for, when that meeting is scheduled. */
    meetingId: integer('meeting_id').references(() => meetings.id),
    requestState: text('request_state', { enum: requestStates }).notNull().default('accepted'),
    requestedBy: text('requested_by'),
    requestedByUserId: integer('requested_by_user_id').references(() => users.id),
    requestReason: text('request_reason'),
    decisionReason: text('decision_reason'),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The agenda item it became on its meeting's agenda. */
    agendaItemId: integer('agenda_item_id').references(() => agendaItems.id),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [
    index('work_programme_org_idx').on(t.organisationId, t.meetingDate),
    index('work_programme_meeting_idx').on(t.meetingId),
    check('work_programme_items_kind_known', sql`${t.kind} is null or ${t.kind} in ('report', 'update', 'development-session')`),
    check('work_programme_items_request_state_known', sql`${t.requestState} in ('requested', 'accepted', 'declined')`),
    check('work_programme_items_declined_has_reason', sql`${t.requestState} <> 'declined' or ${t.decisionReason} is not null`),
    check('work_programme_items_request_not_published', sql`${t.requestState} = 'accepted' or ${t.publication} <> 'published'`),
    ...publicationChecks('work_programme_items', t),
  ],
);

/** A row of a scrutiny outcome tracker: an agreed outcome and its status. */
export const trackerOutcomes = pgTable(
  'tracker_outcomes',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    organisationId: integer('organisation_id').references(() => organisations.id),
    meetingDate: date('meeting_date'),
    item: text('item').notNull(),
    link: text('link'),
    owner: text('owner'),
    outcome: text('outcome'),
    /** As printed in an imported tracker; the status shown is computed (see `trackerStatus`). */
    statusText: text('status_text'),
    /** The minute that agreed it. */
    minuteItemId: integer('minute_item_id').references(() => minuteItems.id),
    /** The latest action recorded, and when it was taken. */
    progress: text('progress'),
    progressOn: date('progress_on'),
    completedOn: date('completed_on'),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [
    index('tracker_org_idx').on(t.organisationId, t.meetingDate),
    index('tracker_minute_item_idx').on(t.minuteItemId),
    check('tracker_outcomes_progress_after_agreed', sql`${t.progressOn} is null or ${t.meetingDate} is null or ${t.progressOn} >= ${t.meetingDate}`),
    check('tracker_outcomes_completed_after_agreed', sql`${t.completedOn} is null or ${t.meetingDate} is null or ${t.completedOn} >= ${t.meetingDate}`),
    ...publicationChecks('tracker_outcomes', t),
  ],
);

/** How the executive answered a recommendation. */
export const recommendationResponses = ['accepted', 'partly-accepted', 'rejected'] as const;

/**
 * A recommendation from a scrutiny committee to the executive: the response is due 2 months after it
 * was made (worked out by the command), and the executive's response and the actions that follow are
 * recorded against it.
 */
export const recommendations = pgTable(
  'recommendations',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    madeOn: date('made_on').notNull(),
    /** To whom: Cabinet, a Cabinet Member, the Leader. */
    madeTo: text('made_to').notNull(),
    recommendation: text('recommendation').notNull(),
    responseDue: date('response_due').notNull(),
    response: text('response', { enum: recommendationResponses }),
    responseText: text('response_text'),
    respondedOn: date('responded_on'),
    followUp: text('follow_up'),
    /** The Forward Plan entry the recommendation was made on, when scrutiny considered an issue before its decision. */
    forwardPlanRef: text('forward_plan_ref'),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [
    index('recommendations_org_idx').on(t.organisationId, t.madeOn),
    index('recommendations_fp_idx').on(t.forwardPlanRef),
    check('recommendations_response_known', sql`${t.response} is null or ${t.response} in ('accepted', 'partly-accepted', 'rejected')`),
    check('recommendations_response_complete', sql`(${t.response} is null) = (${t.respondedOn} is null) and (${t.response} is null or ${t.responseText} is not null)`),
    check('recommendations_due_after_made', sql`${t.responseDue} > ${t.madeOn}`),
    check('recommendations_response_after_made', sql`${t.respondedOn} is null or ${t.respondedOn} >= ${t.madeOn}`),
    ...publicationChecks('recommendations', t),
  ],
);
