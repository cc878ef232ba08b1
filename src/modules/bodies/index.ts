// Bodies: the council and its terms between elections.
export { saveBodies } from './commands/save-bodies.ts';
export { saveLegislativeTerms } from './commands/save-legislative-terms.ts';
