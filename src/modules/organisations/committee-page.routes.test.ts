import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil } from '../../../test/factories.ts';
import { organisations } from '../../db/schema.ts';

describe('a committee’s page', () => {
  let t: TestApp;
  let orgId: number;
  beforeAll(async () => {
    t = await createTestApp();
    orgId = (await makeCouncil(t.database.db)).org.id;
  });
  afterAll(() => t.close());

  it('links a scrutiny committee’s work programme, outcome tracker and dashboard, and an ordinary committee’s not', async () => {
    expect((await t.app.inject('/committees/roads-and-rivers')).body).not.toContain('/dashboards/committees/roads-and-rivers');
    await t.database.db.update(organisations).set({ kind: 'scrutiny-committee' }).where(eq(organisations.id, orgId));
    const page = (await t.app.inject('/committees/roads-and-rivers')).body;
    expect(page).toContain('href="/committees/roads-and-rivers/work-programme">Work programme</a>');
    expect(page).toContain('href="/committees/roads-and-rivers/outcome-tracker">Outcome tracker</a>');
    expect(page).toContain('href="/dashboards/committees/roads-and-rivers">Dashboard: the tracker by status and the work programme</a>');
    const dashboard = await t.app.inject('/dashboards/committees/roads-and-rivers');
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.body).toContain('Outcomes on the tracker by status');
  });
});
