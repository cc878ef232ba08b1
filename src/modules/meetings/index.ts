// Meetings, agenda items and locations.
export { meetingsRoutes } from './meetings.routes.ts';
export { createMeeting, updateMeeting } from './commands/save-meeting.ts';
export { createAgendaItem, updateAgendaItem } from './commands/save-agenda-item.ts';
export { meetingInput, agendaItemInput } from './meetings.schema.ts';
export { listMeetings, findMeeting, listAgendaItems, findAgendaItem, listMeetingDocuments, listLocations } from './meetings.repo.ts';
export { presentMeeting, presentAgendaItem } from './meetings.presenter.ts';
