// Organisations: Full Council, Cabinet, committees, boards, partnerships.
export { organisationsRoutes } from './organisations.routes.ts';
export { officerOrganisationsRoutes } from './officer-organisations.routes.ts';
export { createOrganisation } from './commands/create-organisation.ts';
export { updateOrganisation } from './commands/update-organisation.ts';
export { saveOrganisations } from './commands/save-organisations.ts';
export { organisationInput } from './organisations.schema.ts';
export { listOrganisations, findOrganisation, findOrganisationBySlug } from './organisations.repo.ts';
export { membershipRoleLabel } from './organisations.presenter.ts';
