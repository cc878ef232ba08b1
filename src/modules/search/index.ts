// Site search for residents over public meetings, papers, decisions, people and committees.
export { searchRoutes } from './search.routes.ts';
// The search statement itself, for bench:search (the same SQL the route runs, through the driver).
export { searchResults } from './search.repo.ts';
export { PAGE_SIZE } from './search.schema.ts';
