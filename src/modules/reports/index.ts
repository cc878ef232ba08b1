// Decision reports (OParl Paper).
export { reportsRoutes } from './reports.routes.ts';
export { saveReports } from './commands/save-reports.ts';
export { saveReportSignOffs } from './commands/save-report-sign-offs.ts';
