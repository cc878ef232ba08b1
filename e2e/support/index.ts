/** The browser-test toolkit: a server per file, the system Chromium, axe scans, screenshots and page helpers. */
export { checkPage, expectNoAxeViolations } from './accessibility.ts';
export { chromiumPath, launchBrowser, newPage, screenshot, screenshotDir } from './browser.ts';
export { signIn, submitAndWait, verifyOnPage } from './pages.ts';
export { startTestServer, type TestServer } from './test-server.ts';
// Re-exported after the server so src/app.ts loads before the accounts module (they import each other).
export { demoUsers } from '../../src/db/seed/demo.ts';
