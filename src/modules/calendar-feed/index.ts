// iCalendar feeds of the public meetings calendar.
export { icalRoutes } from './ical.routes.ts';
