// Meetings, agenda items and locations: the public calendar and meeting pages, and the officer screens.
export { meetingsRoutes } from './meetings.routes.ts';
export { myMeetingsRoutes } from './my-meetings.routes.ts';
export { officerMeetingsRoutes, paragraphItems } from './officer-meetings.routes.ts';
export { createMeeting, updateMeeting } from './commands/save-meeting.ts';
export { deleteMeeting } from './commands/delete-meeting.ts';
export { deleteAgendaItem } from './commands/delete-agenda-item.ts';
export { createAgendaItem, updateAgendaItem } from './commands/save-agenda-item.ts';
export { saveMeetings, type MeetingValues } from './commands/save-meetings.ts';
export { saveAgendaItems, type AgendaItemValues } from './commands/save-agenda-items.ts';
export { saveLocations, type LocationValues } from './commands/save-locations.ts';
export { meetingErrors, agendaItemErrors, advanceStatus } from './meetings.rules.ts';
export { meetingInput, agendaItemInput, noticeStatuses } from './meetings.schema.ts';
export {
  listMeetings,
  findMeeting,
  listAgendaItems,
  findAgendaItem,
  listMeetingDocuments,
  listRecentDocuments,
  listMeetingsForOrganisations,
  listMeetingsOfMember,
  listedMeetingRows,
  listLocations,
  type AgendaItemRow,
  type DocumentSummary,
  type MeetingRow,
} from './meetings.repo.ts';
export { presentMeeting, presentListedMeeting, presentAgendaItem, meetingStatus, locationLine, fileSize } from './meetings.presenter.ts';
export { registerPublicMeetingSection, publicMeetingSections, type PublicMeetingSection } from './meeting-sections.ts';
export { registerMeetingPanel, meetingPanels, type MeetingPanel } from './meeting-panels.ts';
