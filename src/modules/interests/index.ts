// The register of members' interests: disclosable pecuniary interests, other registrable interests, gifts and hospitality.
export { interestsRoutes } from './interests.routes.ts';
export { registerInterest } from './commands/register-interest.ts';
