import type { FastifyInstance } from 'fastify';
import { accountsRoutes } from './accounts/index.ts';
import { homeRoutes } from './home/index.ts';
import { officerOrganisationsRoutes, organisationsRoutes } from './organisations/index.ts';
import { officerPeopleRoutes, peopleRoutes } from './people/index.ts';
import { meetingsRoutes, myMeetingsRoutes, officerMeetingsRoutes } from './meetings/index.ts';
import { documentsRoutes, officerDocumentsRoutes } from './documents/index.ts';
import { officerRoutes } from './officer/index.ts';
import { participationRoutes } from './participation/index.ts';
import { minutesWorkflowRoutes } from './minutes/index.ts';
import { decisionsRoutes } from './decisions/index.ts';
import { apiModule } from '../api/api.plugin.ts';
import { deadlinesModule } from './deadlines/index.ts';
import { agendaRoutes } from './agenda/index.ts';
import { packsModule } from './packs/index.ts';
import { icalRoutes } from './calendar-feed/index.ts';
import { importsRoutes } from './imports/index.ts';
import { reportsRoutes } from './reports/index.ts';
import { forwardPlanRoutes, officerForwardPlanRoutes } from './forward-plan/index.ts';
import { scrutinyRoutes } from './scrutiny/index.ts';
import { actionPlansRoutes } from './action-plans/index.ts';
import { measuresRoutes } from './measures/index.ts';
import { risksRoutes } from './risks/index.ts';
import { plansRoutes } from './plans/index.ts';
import { dashboardsRoutes, personDashboardRoutes } from './dashboards/index.ts';
import { searchRoutes } from './search/index.ts';
import { accessRoutes } from './visibility/index.ts';
import { oparlRoutes } from './oparl/index.ts';
import { interestsRoutes } from './interests/index.ts';
import { feedsRoutes } from './feeds/index.ts';
import { attendanceRoutes } from './attendance/index.ts';
import { issueHistoryRoutes } from './issue-history/index.ts';

/** Every module's route plugin, registered in order by the app. */
export const modules: ((app: FastifyInstance) => Promise<void>)[] = [
  accountsRoutes,
  homeRoutes,
  organisationsRoutes,
  peopleRoutes,
  meetingsRoutes,
  myMeetingsRoutes,
  documentsRoutes,
  officerRoutes,
  officerOrganisationsRoutes,
  officerPeopleRoutes,
  officerMeetingsRoutes,
  officerDocumentsRoutes,
  participationRoutes,
  minutesWorkflowRoutes,
  decisionsRoutes,
  apiModule,
  () => deadlinesModule(),
  agendaRoutes,
  packsModule,
  icalRoutes,
  importsRoutes,
  reportsRoutes,
  forwardPlanRoutes,
  officerForwardPlanRoutes,
  scrutinyRoutes,
  actionPlansRoutes,
  measuresRoutes,
  risksRoutes,
  plansRoutes,
  dashboardsRoutes,
  personDashboardRoutes,
  searchRoutes,
  accessRoutes,
  oparlRoutes,
  interestsRoutes,
  feedsRoutes,
  attendanceRoutes,
  issueHistoryRoutes,
];
