// Site search for residents over public meetings, papers, decisions, people and committees.
export { searchRoutes } from './search.routes.ts';
