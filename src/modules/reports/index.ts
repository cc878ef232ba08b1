// Decision reports (OParl Paper).
export { reportsRoutes } from './reports.routes.ts';
export { saveReports, type ReportValues, type ReportWrite } from './commands/save-reports.ts';
export { saveReportSignOffs, type ReportSignOffValues } from './commands/save-report-sign-offs.ts';
