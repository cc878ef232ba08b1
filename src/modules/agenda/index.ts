// Agenda building: standing items, moving items up and down, renumbering.
export { agendaRoutes } from './agenda.routes.ts';
export { addStandingItems } from './commands/add-standing-items.ts';
export { moveAgendaItem } from './commands/move-agenda-item.ts';
export { renumberAgenda } from './commands/renumber-agenda.ts';
export { agendaTree, closingBlockStart, exclusionOffer, exclusionResolution, isExclusionItem, moveItem, renumber, standingItems } from './agenda-order.ts';
export { addExclusionItem } from './commands/add-exclusion-item.ts';
export { placeNewAgendaItem } from './commands/place-new-item.ts';
