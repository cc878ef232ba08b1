// The Drizzle schema: every table of every module, for drizzle-kit and the typed database handle.
export * from '../modules/bodies/bodies.table.ts';
export * from '../modules/organisations/organisations.table.ts';
export * from '../modules/people/people.table.ts';
export * from '../modules/meetings/meetings.table.ts';
export * from '../modules/documents/documents.table.ts';
export * from '../modules/accounts/accounts.table.ts';
export * from '../modules/audit/audit.table.ts';
export * from '../modules/imports/imports.table.ts';
export * from '../modules/minutes/minutes.table.ts';
export * from '../modules/reports/reports.table.ts';
export * from '../modules/forward-plan/forward-plan.table.ts';
export * from '../modules/scrutiny/scrutiny.table.ts';
export * from '../modules/action-plans/action-plans.table.ts';
export * from '../modules/decisions/decisions.table.ts';
export * from '../modules/participation/participation.table.ts';
export * from '../modules/packs/packs.table.ts';
export * from '../modules/visibility/visibility.table.ts';
