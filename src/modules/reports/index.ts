// Decision reports (OParl Paper).
export { reportsRoutes } from './reports.routes.ts';
