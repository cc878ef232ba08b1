// Site search for residents over public meetings, papers, decisions, people and committees.
export { searchRoutes } from './search.routes.ts';
export { countSearchHits, searchPage, searchTypes } from './search.repo.ts';
export type { SearchHit, SearchType } from './search.repo.ts';
