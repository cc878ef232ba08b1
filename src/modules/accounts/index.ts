// Accounts: users, roles, sessions, API tokens and sign-in.
export { accountsRoutes } from './accounts.routes.ts';
export { can, roleMay, type Action, type CurrentUser } from './accounts.policy.ts';
export { addUser } from './commands/add-user.ts';
export { createApiToken, createSession, findUserByEmail, listUsersWithRoles } from './accounts.repo.ts';
export { roles, type Role } from './accounts.table.ts';
export { hitRateLimit, userForApiToken, userForSession } from './accounts.repo.ts';
export { SESSION_COOKIE } from './session-cookie.ts';
