// Visibility: the one place that decides what a viewer may see, and the commands that publish,
// withdraw and grant. Every channel reads through `rule`/`visible`/`readable` and `redact`.
export { type Viewer, publicViewer, recordsViewer, viewerOf, seesEverything, cacheControlFor, viewerKey } from './viewer.ts';
export { rule, visible, readable, appendixVisible, type PublishableKind } from './visibility.rules.ts';
export { redact, exemptNotice, accessLabel, publicationLabel, schedule12a } from './visibility.presenter.ts';
export { resolveAccess, ownAccess, accessChoiceFields, ownAccessFields, type AccessChoice, type ResolvedAccess } from './access.ts';
export { publishRecords } from './commands/publish-records.ts';
export { withdrawRecord } from './commands/withdraw-record.ts';
export { cascadeItemAccess } from './commands/cascade-item-access.ts';
export { grantAccess } from './commands/grant-access.ts';
export { accessRoutes } from './access.routes.ts';
