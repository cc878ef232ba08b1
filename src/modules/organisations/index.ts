// Organisations: Full Council, Cabinet, committees, boards, partnerships.
export { organisationsRoutes } from './organisations.routes.ts';
export { officerOrganisationsRoutes } from './officer-organisations.routes.ts';
export { createOrganisation, updateOrganisation } from './commands/save-organisation.ts';
export { saveOrganisations, type OrganisationValues } from './commands/save-organisations.ts';
export { organisationErrors } from './organisations.rules.ts';
export { organisationInput } from './organisations.schema.ts';
export { listOrganisations, findOrganisation, findOrganisationBySlug, listMembers } from './organisations.repo.ts';
export { presentOrganisation } from './organisations.presenter.ts';
export { membershipRoleLabel } from './organisations.presenter.ts';
