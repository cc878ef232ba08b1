// Public participation: questions, statements and petitions for meetings.
export { participationRoutes } from './participation.routes.ts';
