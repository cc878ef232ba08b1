// Dashboards: a plan's and a committee's figures as charts, each with a table of the same numbers.
export { dashboardsRoutes } from './dashboards.routes.ts';
