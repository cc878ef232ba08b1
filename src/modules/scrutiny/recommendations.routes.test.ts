import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { addMonths, toLondonDate } from '../../lib/dates.ts';
import { auditEvents, recommendations } from '../../db/schema.ts';

const today = toLondonDate(new Date());
const parts = (iso: string, name: string) => {
  const [y, m, d] = iso.split('-');
  return { [`${name}-day`]: d!, [`${name}-month`]: m!, [`${name}-year`]: y! };
};

describe('scrutiny recommendations to the executive', () => {
  let t: TestApp;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let clerk: string;
  beforeAll(async () => {
    t = await createTestApp();
    c = await makeCouncil(t.database.db);
    await makeUser(t.database.db, 'democratic-services', 'clerk@test.example');
    clerk = await signIn(t.app, 'clerk@test.example', 'correct horse battery');
  });
  afterAll(() => t.close());

  const base = () => `/officer/organisations/${c.org.id}/recommendations`;
  const post = async (url: string, fields: Record<string, string>, from: string) => {
    const { token } = formState(await t.app.inject({ url: from, headers: { cookie: clerk } }));
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: clerk, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
    });
  };

  it('refuses a recommendation with no text or date, with the GOV.UK error summary', async () => {
    const res = await post(base(), { recommendation: '', madeTo: 'Cabinet' }, `${base()}/new`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#recommendation">Enter the recommendation');
    expect(res.body).toContain('href="#madeOn-day">Enter the date the recommendation was made');
  });

  it('works out the response due 2 months on, keeps a draft from the public and shows an overdue response once published', async () => {
    const madeOn = addMonths(today, -3);
    const res = await post(base(), { recommendation: 'Publish the winter gritting routes online', madeTo: 'Cabinet', ...parts(madeOn, 'madeOn') }, `${base()}/new`);
    expect(res.statusCode).toBe(303);
    const [r] = await t.database.db.select().from(recommendations);
    expect(r).toMatchObject({ madeOn, responseDue: addMonths(madeOn, 2), publication: 'draft' });
    expect((await t.app.inject('/recommendations')).body).not.toContain('Publish the winter gritting routes online');
    expect((await post(`/officer/recommendations/${r!.id}/publish`, {}, base())).statusCode).toBe(303);
    const page = (await t.app.inject('/recommendations')).body;
    expect(page).toContain('Publish the winter gritting routes online');
    expect(page).toContain('1 response is overdue.');
    expect(page).toContain('govuk-tag--red">Overdue');
  });

  it('records the response and the actions that follow, refusing a response dated before the recommendation', async () => {
    const [r] = await t.database.db.select().from(recommendations);
    const url = `/officer/recommendations/${r!.id}/response`;
    const early = await post(url, { response: 'partly-accepted', responseText: 'Main routes only', ...parts(addMonths(r!.madeOn, -1), 'respondedOn') }, url);
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('The date of the response must be on or after the date the recommendation was made');
    const missing = await post(url, { responseText: '' }, url);
    expect(missing.body).toContain('Select the executive’s response');
    expect(
      (
        await post(
          url,
          {
            response: 'partly-accepted',
            responseText: 'Main routes will be published; minor roads later',
            followUp: 'Highways to publish a map by January',
            ...parts(today, 'respondedOn'),
          },
          url,
        )
      ).statusCode,
    ).toBe(303);
    const page = (await t.app.inject('/recommendations')).body;
    expect(page).toContain('Partly accepted');
    expect(page).toContain('Highways to publish a map by January');
    expect(page).not.toContain('govuk-tag--red">Overdue');
    const audit = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'recommendation'), eq(auditEvents.subjectId, String(r!.id))));
    expect(audit.map((a) => a.action)).toEqual(['recommendation.create', 'recommendation.publish', 'recommendation.respond']);
  });

  it('answers an unknown recommendation as missing', async () => {
    expect((await t.app.inject({ url: '/officer/recommendations/999999/response', headers: { cookie: clerk } })).statusCode).toBe(404);
  });
});
