// Atom feeds of meetings, agendas, decisions, Forward Plan versions and minutes, always read as the public, and the /feeds page.
export { feedsRoutes } from './feeds.routes.ts';
export { alternates, siteFeeds, minutesFeedSpec } from './feeds.presenter.ts';
