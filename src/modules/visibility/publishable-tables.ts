import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  actionPlans,
  agendaItems,
  decisions,
  documents,
  eias,
  forwardPlanEntries,
  interestEntries,
  forwardPlanVersions,
  highlightReports,
  measures,
  minuteItems,
  notices,
  minutes,
  planActions,
  plans,
  recommendations,
  reports,
  risks,
  trackerOutcomes,
  workProgrammeItems,
} from '../../db/schema.ts';
import type { PublishableKind } from './visibility.rules.ts';

/** A publishable table with the columns the publication commands write. */
export type PublishableTable = PgTable & {
  id: PgColumn;
  publication: PgColumn;
  publishedAt: PgColumn;
  publishedBy: PgColumn;
  withdrawnAt: PgColumn;
  withdrawnReason: PgColumn;
  publicationNote: PgColumn;
  updatedAt: PgColumn;
  deletedAt: PgColumn;
};

const t = (table: unknown) => table as PublishableTable;

/** The table of each publishable kind. */
export const publishableTables: Record<PublishableKind, PublishableTable> = {
  agenda_item: t(agendaItems),
  document: t(documents),
  report: t(reports),
  minutes: t(minutes),
  minute_item: t(minuteItems),
  decision: t(decisions),
  forward_plan_entry: t(forwardPlanEntries),
  forward_plan_version: t(forwardPlanVersions),
  notice: t(notices),
  work_programme_item: t(workProgrammeItems),
  tracker_outcome: t(trackerOutcomes),
  action_plan: t(actionPlans),
  plan_action: t(planActions),
  recommendation: t(recommendations),
  interest: t(interestEntries),
  eia: t(eias),
  measure: t(measures),
  risk: t(risks),
  plan: t(plans),
  highlight_report: t(highlightReports),
};
