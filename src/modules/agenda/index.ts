// Agenda building: standing items, moving items up and down, renumbering.
export { agendaRoutes } from './agenda.routes.ts';
export { placeNewAgendaItem } from './commands/place-new-agenda-item.ts';
