// Meetings, agenda items and locations: the public calendar and meeting pages, and the officer screens.
export { meetingsRoutes } from './meetings.routes.ts';
export { myMeetingsRoutes } from './my-meetings.routes.ts';
export { officerMeetingsRoutes } from './officer-meetings.routes.ts';
export { createMeeting } from './commands/create-meeting.ts';
export { updateMeeting } from './commands/update-meeting.ts';
export { deleteMeeting } from './commands/delete-meeting.ts';
export { deleteAgendaItem } from './commands/delete-agenda-item.ts';
export { createAgendaItem } from './commands/create-agenda-item.ts';
export { updateAgendaItem } from './commands/update-agenda-item.ts';
export { saveMeetings } from './commands/save-meetings.ts';
export { saveAgendaItems } from './commands/save-agenda-items.ts';
export { saveLocations } from './commands/save-locations.ts';
export { advanceStatus } from './meetings.rules.ts';
export { meetingInput, agendaItemInput } from './meetings.schema.ts';
export { listMeetings, findMeeting, listAgendaItems, findAgendaItem, listRecentDocuments, listMeetingsForOrganisations, listedMeetingRows } from './meetings.repo.ts';
export { presentMeeting, presentListedMeeting, locationLine, fileSize } from './meetings.presenter.ts';
export { registerPublicMeetingSection } from './meeting-sections.ts';
export { registerMeetingPanel, type MeetingPanel } from './meeting-panels.ts';
