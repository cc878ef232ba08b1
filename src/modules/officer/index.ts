// The officer area's dashboard; each domain's officer screens live in its own module.
export { officerRoutes } from './officer.routes.ts';
