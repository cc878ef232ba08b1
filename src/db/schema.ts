// The Drizzle schema: every table of every module, for drizzle-kit and the typed database handle.
export * from '../modules/bodies/bodies.table.ts';
export * from '../modules/organisations/organisations.table.ts';
export * from '../modules/people/people.table.ts';
export * from '../modules/meetings/meetings.table.ts';
export * from '../modules/documents/documents.table.ts';
export * from '../modules/accounts/accounts.table.ts';
export * from '../modules/audit/audit.table.ts';
