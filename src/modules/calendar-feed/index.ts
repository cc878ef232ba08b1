// iCalendar feeds of the public meetings calendar.
export { icalRoutes, meetingEvent } from './ical.routes.ts';
export { icalCalendar, escapeText, foldLine, icalUtc } from './ical.ts';
export type { IcalEvent } from './ical.ts';
