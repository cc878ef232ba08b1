// Bodies: the council and its terms between elections.
export { saveBodies, type BodyValues } from './commands/save-bodies.ts';
export { saveLegislativeTerms, type LegislativeTermValues } from './commands/save-legislative-terms.ts';
