import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { addDays, toLondonDate } from '../../lib/dates.ts';
import { declarations, interestEntries, minutes } from '../../db/schema.ts';

const today = toLondonDate(new Date());
const parts = (iso: string, name: string) => {
  const [y, m, d] = iso.split('-');
  return { [`${name}-day`]: d!, [`${name}-month`]: m!, [`${name}-year`]: y! };
};

describe('the register of interests', () => {
  let t: TestApp;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let clerk: string;
  let viewer: string;
  beforeAll(async () => {
    t = await createTestApp();
    c = await makeCouncil(t.database.db);
    await makeUser(t.database.db, 'democratic-services', 'clerk@test.example');
    await makeUser(t.database.db, 'viewer', 'viewer@test.example');
    clerk = await signIn(t.app, 'clerk@test.example', 'correct horse battery');
    viewer = await signIn(t.app, 'viewer@test.example', 'correct horse battery');
  });
  afterAll(() => t.close());

  const base = () => `/officer/people/${c.chair.id}/interests`;
  const post = async (url: string, fields: Record<string, string>, from = `${base()}/new`) => {
    const { token } = formState(await t.app.inject({ url: from, headers: { cookie: clerk } }));
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: clerk, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
    });
  };
  const add = (fields: Record<string, string>, arose: string, notified: string) => post(base(), { ...fields, ...parts(arose, 'arose'), ...parts(notified, 'notified') });

  it('shows the GOV.UK error summary and keeps what was typed when the form is incomplete', async () => {
    const res = await post(base(), { category: 'land', description: 'Allotment plot 14' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#sensitive">Select whether the interest is sensitive');
    expect(res.body).toContain('href="#arose-day">Enter the date the interest arose');
    expect(res.body).toContain('Allotment plot 14');
  });

  it('keeps drafts off the public register, then publishes them with sensitive details withheld and late ones flagged', async () => {
    expect((await add({ category: 'land', description: 'Freehold of a cottage on Weir Street', sensitive: 'no' }, addDays(today, -40), addDays(today, -30))).statusCode).toBe(303);
    expect((await add({ category: 'employment', description: 'Counsellor at a refuge in Millford', sensitive: 'yes' }, addDays(today, -20), addDays(today, -18))).statusCode).toBe(
      303,
    );
    expect(
      (
        await add(
          { category: 'gift-hospitality', description: 'Two tickets to the regatta', sensitive: 'no', donor: 'Millford Rowing Club', value: '80' },
          addDays(today, -60),
          addDays(today, -10),
        )
      ).statusCode,
    ).toBe(303);
    const before = await t.app.inject(`/people/${c.chair.slug}/interests`);
    expect(before.statusCode).toBe(200);
    expect(before.body).not.toContain('Weir Street');
    expect(before.body).not.toContain('regatta');

    const officer = await t.app.inject({ url: base(), headers: { cookie: clerk } });
    expect(officer.body).toContain('Publish the register (3 drafts)');
    expect(officer.body).toContain('Counsellor at a refuge');
    expect((await post(`${base()}/publish`, {}, base())).statusCode).toBe(303);

    const page = (await t.app.inject(`/people/${c.chair.slug}/interests`)).body;
    expect(page).toContain('Freehold of a cottage on Weir Street');
    expect(page).toContain('The member has an interest the details of which are withheld under section 32(2) of the Localism Act 2011.');
    expect(page).not.toContain('refuge');
    expect(page).toContain('From Millford Rowing Club, worth £80.00');
    expect(page).toContain('Registered late');
    expect(page).toContain('22 days after the 28-day deadline');
    expect(page).toContain('1 interest was registered after the 28-day deadline.');
    expect(page).toContain('Added to the register: Land');

    // A signed-in viewer reads the officer page through the same checkpoint: the sensitive details stay withheld.
    const asViewer = await t.app.inject({ url: base(), headers: { cookie: viewer } });
    expect(asViewer.statusCode).toBe(200);
    expect(asViewer.body).not.toContain('refuge');
    expect(asViewer.body).not.toContain('Add an interest');
  });

  it('records an ended interest in the change history and moves it out of the current register', async () => {
    const [land] = (await t.database.db.select().from(interestEntries)).filter((e) => e.category === 'land');
    const res = await post(
      `/officer/interests/${land!.id}`,
      {
        category: 'land',
        description: land!.description,
        sensitive: 'no',
        ...parts(land!.arose, 'arose'),
        ...parts(land!.notified, 'notified'),
        ...parts(today, 'ended'),
      },
      `/officer/interests/${land!.id}/edit`,
    );
    expect(res.statusCode).toBe(303);
    const page = (await t.app.inject(`/people/${c.chair.slug}/interests`)).body;
    expect(page.indexOf('Weir Street')).toBeGreaterThan(page.indexOf('Interests that have ended'));
    expect(page).toContain('Ended: Land');
  });

  it('lists declarations made at meetings once their minutes are published, never before', async () => {
    const [m] = await t.database.db.insert(minutes).values({ meetingId: c.meeting.id, status: 'draft' }).returning();
    await t.database.db.insert(declarations).values({
      meetingId: c.meeting.id,
      agendaItemId: c.pub.id,
      personId: c.chair.id,
      printedName: c.chair.printedName,
      interest: 'Lives beside the bridge',
      kind: 'other-registrable',
    });
    expect((await t.app.inject(`/people/${c.chair.slug}/interests`)).body).not.toContain('Lives beside the bridge');
    await t.database.db.update(minutes).set({ publication: 'published', publishedAt: new Date() });
    const page = (await t.app.inject(`/people/${c.chair.slug}/interests`)).body;
    expect(page).toContain('Other registrable interest: Lives beside the bridge');
    expect(m).toBeDefined();
  });

  it('has no register for an officer, answering as missing', async () => {
    expect((await t.app.inject(`/people/${c.officer.slug}/interests`)).statusCode).toBe(404);
    expect((await t.app.inject('/people/nobody-here/interests')).statusCode).toBe(404);
  });
});
