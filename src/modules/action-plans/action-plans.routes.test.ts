import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { seedDemoIfEmpty } from '../../db/seed/demo.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoIfEmpty(t.database.db);
}, 120_000);
afterAll(() => t?.close());

describe('action plans', () => {
  it('lists each plan with the number of its actions, as many as its page shows', async () => {
    const list = await t.app.inject('/action-plans');
    expect(list.statusCode).toBe(200);
    const plans = [...list.body.matchAll(/href="\/action-plans\/([^"]+)">[^<]*<\/a> <span class="govuk-body-s app-meta">\((\d+) actions?\)<\/span>/g)];
    expect(plans.length).toBeGreaterThan(0);
    for (const [, slug, count] of plans) {
      const page = await t.app.inject(`/action-plans/${slug}`);
      const rows = page.body.match(/<tr class="govuk-table__row" id="action-/g) ?? [];
      expect(rows.length, slug).toBe(Number(count));
      expect(page.body).toContain(`${count} action${count === '1' ? '' : 's'}`);
    }
    expect(list.body).not.toMatch(/\(1 actions\)/);
  });
});
