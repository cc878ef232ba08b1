import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { addMonths, fromLondonLocal, toLondonDate } from '../../lib/dates.ts';
import { agendaItems, auditEvents, meetings, minuteItems, minutes, trackerOutcomes } from '../../db/schema.ts';

const today = toLondonDate(new Date());
const agreedOn = addMonths(today, -5);

describe('outcome trackers', () => {
  let t: TestApp;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let clerk: string;
  let minuteId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    c = await makeCouncil(db);
    await makeUser(db, 'democratic-services', 'clerk@test.example');
    const [held] = await db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: fromLondonLocal(`${agreedOn}T10:00`), status: 'held' })
      .returning();
    const [set] = await db.insert(minutes).values({ meetingId: held!.id, version: 1, status: 'draft' }).returning();
    const [m] = await db
      .insert(minuteItems)
      .values({ minutesId: set!.id, organisationId: c.org.id, position: 1, number: '41', agendaNumber: '5', title: 'Flood warning sirens', access: 'public' })
      .returning();
    minuteId = m!.id;
    clerk = await signIn(t.app, 'clerk@test.example', 'correct horse battery');
  });
  afterAll(() => t.close());

  const post = async (url: string, fields: Record<string, string>, from: string) => {
    const page = await t.app.inject({ url: from, headers: { cookie: clerk } });
    const { token } = formState(page);
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: clerk, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
    });
  };
  const trackerUrl = () => `/officer/organisations/${c.org.id}/outcome-tracker`;
  const publicTracker = async () => (await t.app.inject('/committees/roads-and-rivers/outcome-tracker')).body;
  const rowOf = (html: string, text: string) => html.split(text)[1]?.split('</tr>')[0] ?? '';

  it('refuses an outcome with no minute, text or owner, with the GOV.UK error summary', async () => {
    const res = await post(trackerUrl(), { minuteItemId: '', outcome: ' ', owner: '' }, `${trackerUrl()}/new`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#minuteItemId">Select the minute that agreed the outcome');
    expect(res.body).toContain('Enter the agreed outcome');
    expect(res.body).toContain('Enter who owns the action');
  });

  it('adds an outcome from a minute as a draft the public cannot see, and publishes it', async () => {
    const form = await t.app.inject({ url: `${trackerUrl()}/new`, headers: { cookie: clerk } });
    expect(form.body).toContain('minute 41: Flood warning sirens');
    const res = await post(
      trackerUrl(),
      { minuteItemId: String(minuteId), outcome: 'Test every siren before winter', owner: 'Emergency Planning Manager', link: 'Priority 3: safer communities' },
      `${trackerUrl()}/new`,
    );
    expect(res.statusCode).toBe(303);
    expect(await publicTracker()).not.toContain('Test every siren before winter');
    const [o] = await t.database.db.select().from(trackerOutcomes);
    expect(o).toMatchObject({ meetingDate: agreedOn, item: '5. Flood warning sirens', minuteItemId: minuteId, publication: 'draft' });
    expect((await post(`/officer/tracker-outcomes/${o!.id}/publish`, {}, trackerUrl())).statusCode).toBe(303);
    expect(await publicTracker()).toContain('Test every siren before winter');
  });

  it('shows an outcome agreed 5 months ago with no action as Incomplete without anyone setting it', async () => {
    expect(rowOf(await publicTracker(), 'Test every siren before winter')).toContain('govuk-tag--red">Incomplete');
  });

  it('records an action (not one in the future) and the outcome becomes Pending', async () => {
    const [o] = await t.database.db.select().from(trackerOutcomes);
    const url = `/officer/tracker-outcomes/${o!.id}/progress`;
    const future = addMonths(today, 1).split('-');
    const bad = await post(url, { progress: 'Sirens ordered', 'actionOn-day': future[2]!, 'actionOn-month': future[1]!, 'actionOn-year': future[0]!, completed: 'no' }, url);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#actionOn-day">The date of the action must be today or in the past');
    const [y, m, d] = today.split('-');
    expect((await post(url, { progress: 'Sirens ordered', 'actionOn-day': d!, 'actionOn-month': m!, 'actionOn-year': y!, completed: 'no' }, url)).statusCode).toBe(303);
    expect(rowOf(await publicTracker(), 'Test every siren before winter')).toContain('govuk-tag--blue">Pending');
  });

  it('reports a completed outcome at the next meeting and leaves it off the tracker of the meeting after', async () => {
    const [o] = await t.database.db.select().from(trackerOutcomes);
    const url = `/officer/tracker-outcomes/${o!.id}/progress`;
    const [y, m, d] = today.split('-');
    expect((await post(url, { progress: 'All sirens tested', 'actionOn-day': d!, 'actionOn-month': m!, 'actionOn-year': y!, completed: 'yes' }, url)).statusCode).toBe(303);
    const next = await t.app.inject(`/meetings/${c.meeting.id}/outcome-tracker`);
    expect(rowOf(next.body, 'Test every siren before winter')).toContain('govuk-tag--green">Completed');
    const [later] = await t.database.db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2030-06-03T10:00:00Z') })
      .returning();
    const after = await t.app.inject(`/meetings/${later!.id}/outcome-tracker`);
    expect(after.statusCode).toBe(200);
    expect(after.body).not.toContain('Test every siren before winter');
    const audit = await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectType, 'tracker_outcome'));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['tracker-outcome.create', 'tracker-outcome.publish', 'tracker-outcome.progress']));
  });

  it('adds the tracker to a future meeting’s draft agenda once', async () => {
    expect((await post(`/officer/meetings/${c.meeting.id}/outcome-tracker`, {}, trackerUrl())).statusCode).toBe(303);
    const items = await t.database.db
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, c.meeting.id), eq(agendaItems.title, 'Outcome tracker')));
    expect(items).toMatchObject([{ publication: 'draft' }]);
    const again = await post(`/officer/meetings/${c.meeting.id}/outcome-tracker`, {}, trackerUrl());
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('The outcome tracker is already on this meeting’s agenda');
  });

  it('answers a draft outcome’s officer page and an unknown meeting as missing', async () => {
    expect((await t.app.inject('/meetings/999999/outcome-tracker')).statusCode).toBe(404);
    expect((await t.app.inject('/committees/no-such-committee/outcome-tracker')).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/officer/tracker-outcomes/999999/progress', headers: { cookie: clerk } })).statusCode).toBe(404);
  });
});
