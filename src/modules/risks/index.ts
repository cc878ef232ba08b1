// The risk register: risks with their likelihood, impact, score, owner, mitigations and score history.
export { risksRoutes } from './risks.routes.ts';
export { createRisk } from './commands/create-risk.ts';
export { updateRisk } from './commands/update-risk.ts';
export { importRisksCsv } from './commands/import-risks-csv.ts';
export { listRisks, findRisk, riskHistory } from './risks.repo.ts';
export { risksToCsv, RISK_COLUMNS } from './risks-csv.ts';
