// Dashboards: a plan's and a committee's figures as charts, each with a table of the same numbers; a person's actions and measures.
export { dashboardsRoutes } from './dashboards.routes.ts';
export { personDashboardRoutes } from './person-dashboard.routes.ts';
export { ownedBy } from './person-dashboard.repo.ts';
