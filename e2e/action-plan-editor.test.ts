import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { people, planActions } from '../src/db/schema.ts';
import { savePlanActions } from '../src/modules/action-plans/index.ts';
import { actorFor } from './support/arrange.ts';
import { checkPage, demoUsers, launchBrowser, newPage, signIn, startTestServer, submitAndWait, verifyOnPage, type TestServer } from './support/index.ts';

const clerk = demoUsers.find((u) => u.role === 'democratic-services')!;

/** The shared page check (axe and 390 px), screenshots named after this journey. */
const check = (page: Page, name: string) => checkPage(page, `action-plan-editor-${name}`);

const click = (page: Page, name: string | RegExp, role: 'link' | 'button' = 'link') => submitAndWait(page, page.locator('main').getByRole(role, { name }).first());

describe('action plans made on screen', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a clerk creates an action plan: a blank title is refused with the error summary, then the draft plan opens', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer/action-plans`);
    await click(page, 'Create an action plan');
    await verifyOnPage(page, 'Create an action plan');
    await check(page, 'create');
    await click(page, 'Create the plan', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter the title of the plan');
    await check(page, 'create-errors');
    await page.fill('#title', 'Library Services Action Plan');
    await click(page, 'Create the plan', 'button');
    await verifyOnPage(page, 'Library Services Action Plan');
    const resident = await newPage(browser);
    expect((await resident.goto(`${server.url}/action-plans/library-services-action-plan`))?.status(), 'a draft is not public').toBe(404);
  });

  it('a clerk adds an action and a child, changes one and publishes the plan; the owner sees it on their dashboard', async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, clerk.email, clerk.password);
    await page.goto(`${server.url}/officer/action-plans`);
    await click(page, 'Library Services Action Plan');
    await click(page, 'Add an action');
    await verifyOnPage(page, 'Add an action');
    await check(page, 'add-action');
    await click(page, 'Add the action', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter the number of the action');
    await check(page, 'add-action-errors');
    await page.fill('#number', '1');
    await page.fill('#action', 'Open the library on Sundays');
    await page.fill('#owners', 'Tom Reader\nto identify');
    await page.check('input[name="due"][value="date"]');
    await page.fill('#dueOn-day', '30');
    await page.fill('#dueOn-month', '6');
    await page.fill('#dueOn-year', '2020');
    await click(page, 'Add the action', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The action has been added');
    await click(page, 'Add an action');
    await page.fill('#number', '2.1');
    await page.selectOption('#parentId', { label: '1: Open the library on Sundays' });
    await page.fill('#action', 'Recruit Sunday volunteers');
    await page.check('input[name="due"][value="ongoing"]');
    await click(page, 'Add the action', 'button');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('must start with 1.');
    expect(await page.inputValue('#action'), 'what was typed is kept').toBe('Recruit Sunday volunteers');
    await page.fill('#number', '1.1');
    await click(page, 'Add the action', 'button');
    await click(page, /^Change action 1$/);
    await verifyOnPage(page, 'Change action 1');
    await check(page, 'change-action');
    await page.fill('#action', 'Open every library on Sundays');
    await click(page, 'Save the action', 'button');
    expect(await page.locator('main').textContent()).toContain('Open every library on Sundays');
    await check(page, 'plan-with-actions');
    await click(page, 'Publish the plan', 'button');
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('have been published');
    const resident = await newPage(browser);
    await resident.goto(`${server.url}/action-plans/library-services-action-plan`);
    expect(await resident.locator('main').textContent()).toContain('Recruit Sunday volunteers');
  });

  it('a person’s dashboard and My actions list what they own, overdue first', async () => {
    const resident = await newPage(browser);
    const [person] = await server.db.select().from(people).where(eq(people.kind, 'officer')).limit(1);
    const plan = await server.db.select().from(planActions).where(eq(planActions.action, 'Open every library on Sundays'));
    await savePlanActions(server.db, await actorFor(server.db, clerk.email), [{ id: plan[0]!.id, values: { owners: [person!.printedName] } }]);
    await resident.goto(`${server.url}/people/${person!.slug}`);
    await click(resident, 'Actions and measures they own');
    await verifyOnPage(resident, person!.printedName);
    expect(await resident.locator('#overdue').textContent()).toContain('Open every library on Sundays');
    await check(resident, 'person-dashboard');
    const officer = await newPage(browser);
    await signIn(officer, server.url, clerk.email, clerk.password);
    await officer.goto(`${server.url}/officer`);
    await click(officer, 'My actions');
    await verifyOnPage(officer, 'My actions');
    await check(officer, 'my-actions');
  });
});
