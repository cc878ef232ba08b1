// Decision reports (OParl Paper): drafting in the council's template, sign-off, appendices, versions and EIAs.
import type { FastifyInstance } from 'fastify';
import { reportsRoutes as publicReportsRoutes } from './reports.routes.ts';
import { officerReportsRoutes } from './officer-reports.routes.ts';
import { eiasRoutes } from './eias.routes.ts';

/** The public report, appendix and EIA pages, the officer screens and the JSON API. */
export async function reportsRoutes(app: FastifyInstance): Promise<void> {
  await publicReportsRoutes(app);
  await officerReportsRoutes(app);
  await eiasRoutes(app);
}
export { saveReports } from './commands/save-reports.ts';
export { saveReportSignOffs } from './commands/save-report-sign-offs.ts';
export { reportPublicationGaps } from './reports.rules.ts';
export { saveReportSettings } from './commands/save-report-settings.ts';
export { saveReportAppendices } from './commands/save-report-appendices.ts';
export { saveEia } from './commands/save-eia.ts';
export { addEiaAction } from './commands/add-eia-action.ts';
export { createReport } from './commands/create-report.ts';
export { publishReport } from './commands/publish-report.ts';
export { recordSignOff } from './commands/record-sign-off.ts';
export { reportInput, signOffInput } from './reports.schema.ts';
export { apiReport, signOffReport, councilBody, listReports, reportsCitingRisk } from './reports.repo.ts';
export { listEias, findEia } from './eias.repo.ts';
