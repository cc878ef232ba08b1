// Minutes: attendance, declarations, exclusion of the public, numbered minutes and resolutions, approval, signature, corrections.
export { minutesWorkflowRoutes } from './minutes-workflow.routes.ts';
export { addMinute, addResolution } from './commands/save-minute.ts';
export { approveMinutes } from './commands/approve-minutes.ts';
export { publishDraftMinutes } from './commands/publish-draft-minutes.ts';
export { recordRollCall, addAttendee } from './commands/record-attendance.ts';
export { declareInterest } from './commands/declare-interest.ts';
export { excludePressAndPublic } from './commands/exclude-public.ts';
export { currentMembers, listMinuteItems } from './minutes-workflow.repo.ts';
export { presentMeetingRecord } from './minutes-workflow.presenter.ts';
export { saveMinutes, type MinutesValues } from './commands/save-minutes.ts';
export { saveMinuteItems, type MinuteItemValues, type MinuteItemWrite } from './commands/save-minute-items.ts';
export { saveResolutions, type ResolutionValues } from './commands/save-resolutions.ts';
export { saveAttendances, type AttendanceValues } from './commands/save-attendances.ts';
export { saveDeclarations, type DeclarationValues } from './commands/save-declarations.ts';
export { minutesChangeErrors, notStartedError, LOCKED_MESSAGE } from './minutes-workflow.guard.ts';
export { meetingsWithMinutes, printedMinutesView, renderPrintedMinutes } from './printed-minutes.ts';
