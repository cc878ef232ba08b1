// Minutes: attendance, declarations, exclusion of the public, numbered minutes and resolutions, approval, signature, corrections.
export { minutesWorkflowRoutes } from './minutes-workflow.routes.ts';
export { addMinute } from './commands/add-minute.ts';
export { addResolution } from './commands/add-resolution.ts';
export { approveMinutes } from './commands/approve-minutes.ts';
export { publishDraftMinutes } from './commands/publish-draft-minutes.ts';
export { currentMembers, listDeclarationsOfPerson } from './minutes-workflow.repo.ts';
export { saveMinutes } from './commands/save-minutes.ts';
export { saveMinuteItems } from './commands/save-minute-items.ts';
export { saveResolutions } from './commands/save-resolutions.ts';
export { saveAttendances } from './commands/save-attendances.ts';
export { saveDeclarations } from './commands/save-declarations.ts';
export { meetingsWithMinutes } from './printed-minutes.ts';
