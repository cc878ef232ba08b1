// The home page and the accessibility statement.
export { homeRoutes } from './home.routes.ts';
