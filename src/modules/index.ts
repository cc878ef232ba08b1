import type { FastifyInstance } from 'fastify';
import { accountsRoutes } from './accounts/index.ts';
import { homeRoutes } from './home/home.routes.ts';
import { organisationsRoutes } from './organisations/organisations.routes.ts';
import { peopleRoutes } from './people/people.routes.ts';
import { meetingsRoutes } from './meetings/meetings.routes.ts';
import { documentsRoutes } from './documents/documents.routes.ts';
import { officerRoutes } from './officer/officer.routes.ts';
import { participationRoutes } from './participation/index.ts';
import { minutesWorkflowRoutes } from './minutes/minutes-workflow.routes.ts';
import { decisionsRoutes } from './decisions/index.ts';

/** Every module's route plugin, registered in order by the app. */
export const modules: ((app: FastifyInstance) => Promise<void>)[] = [
  accountsRoutes,
  homeRoutes,
  organisationsRoutes,
  peopleRoutes,
  meetingsRoutes,
  documentsRoutes,
  officerRoutes,
  participationRoutes,
  minutesWorkflowRoutes,
  decisionsRoutes,
  (app) => import('../api/api.plugin.ts').then((api) => api.apiModule(app)),
  () => import('./deadlines/deadlines.panel.ts').then((m) => m.deadlinesModule()),
  (app) => import('./agenda/index.ts').then((m) => m.agendaRoutes(app)),
  (app) => import('./packs/index.ts').then((m) => m.packsModule(app)),
  (app) => import('./calendar-feed/index.ts').then((m) => m.icalRoutes(app)),
  (app) => import('./imports/index.ts').then((m) => m.importsRoutes(app)),
  (app) => import('./reports/index.ts').then((m) => m.reportsRoutes(app)),
  (app) => import('./forward-plan/index.ts').then((m) => m.forwardPlanRoutes(app)),
  (app) => import('./scrutiny/index.ts').then((m) => m.scrutinyRoutes(app)),
  (app) => import('./action-plans/index.ts').then((m) => m.actionPlansRoutes(app)),
  (app) => import('./search/index.ts').then((m) => m.searchRoutes(app)),
];
