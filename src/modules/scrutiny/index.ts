// Scrutiny: work programmes and the outcome tracker.
export { scrutinyRoutes } from './scrutiny.routes.ts';
