import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { agendaItems, auditEvents, meetings, workProgrammeItems } from '../../db/schema.ts';

describe('scrutiny work programmes', () => {
  let t: TestApp;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let clerk: string;
  let councillor: string;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    c = await makeCouncil(db);
    // The factory's meeting has a published agenda; a second meeting is still being prepared.
    await db.insert(meetings).values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2030-06-03T10:00:00Z') });
    await makeUser(db, 'democratic-services', 'clerk@test.example');
    await makeUser(db, 'councillor', 'cllr@test.example', c.chair.id);
    clerk = await signIn(t.app, 'clerk@test.example', 'correct horse battery');
    councillor = await signIn(t.app, 'cllr@test.example', 'correct horse battery');
  });
  afterAll(() => t.close());

  const base = () => `/officer/organisations/${c.org.id}/work-programme`;
  const post = async (cookie: string, url: string, fields: Record<string, string>, from: string) => {
    const page = await t.app.inject({ url: from, headers: { cookie } });
    const { token } = formState(page);
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
    });
  };
  const publicPage = async () => (await t.app.inject('/committees/roads-and-rivers/work-programme')).body;

  it('refuses an item with no title or kind, with the GOV.UK error summary', async () => {
    const res = await post(clerk, base(), { item: '', meetingId: '' }, `${base()}/new`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#item">Enter the title of the item');
    expect(res.body).toContain('Select the kind of item');
  });

  it('adds an item with its leads and plan link for a meeting; the public sees it only once published, and the page prints', async () => {
    const form = await t.app.inject({ url: `${base()}/new`, headers: { cookie: clerk } });
    expect(form.body).toContain('3 June 2030');
    const [june] = await t.database.db
      .select()
      .from(meetings)
      .where(eq(meetings.startAt, new Date('2030-06-03T10:00:00Z')));
    const res = await post(
      clerk,
      base(),
      {
        item: 'Pothole repair backlog',
        kind: 'report',
        meetingId: String(june!.id),
        leadMember: 'Cllr Ada Brook',
        leadOfficer: 'Tom Brook',
        planLink: 'Priority 1: roads fit for the future',
      },
      `${base()}/new`,
    );
    expect(res.statusCode).toBe(303);
    expect(await publicPage()).not.toContain('Pothole repair backlog');
    const [w] = await t.database.db.select().from(workProgrammeItems);
    expect((await post(clerk, `/officer/work-programme-items/${w!.id}/publish`, {}, base())).statusCode).toBe(303);
    const page = await publicPage();
    expect(page).toContain('3 June 2030');
    expect(page).toContain('Pothole repair backlog');
    expect(page).toContain('Cllr Ada Brook (member)');
    expect(page).toContain('Priority 1: roads fit for the future');
  });

  it('puts a planned item on its meeting’s draft agenda through the agenda commands, once', async () => {
    const [w] = await t.database.db.select().from(workProgrammeItems);
    expect((await post(clerk, `/officer/work-programme-items/${w!.id}/agenda`, {}, base())).statusCode).toBe(303);
    const [item] = await t.database.db.select().from(agendaItems).where(eq(agendaItems.title, 'Pothole repair backlog'));
    expect(item).toMatchObject({ meetingId: w!.meetingId, instruction: 'To consider the report', publication: 'draft' });
    const again = await post(clerk, `/officer/work-programme-items/${w!.id}/agenda`, {}, `${base()}/new`);
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('This item is already on its meeting’s agenda');
  });

  it('lets a councillor request an item, which nobody outside the officer area sees until accepted and published', async () => {
    const bad = await post(councillor, `${base()}/requests`, { item: 'Street lighting', kind: 'update', requestReason: '' }, `${base()}/requests/new`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter why the committee should look at it');
    const res = await post(councillor, `${base()}/requests`, { item: 'Street lighting', kind: 'update', requestReason: 'Dark streets near the station' }, `${base()}/requests/new`);
    expect(res.statusCode).toBe(303);
    expect(await publicPage()).not.toContain('Street lighting');
    expect((await t.app.inject({ url: base(), headers: { cookie: clerk } })).body).toContain('Dark streets near the station');
  });

  it('declines a request only with a reason, audited, and a declined request cannot be answered again', async () => {
    const [req] = await t.database.db.select().from(workProgrammeItems).where(eq(workProgrammeItems.item, 'Street lighting'));
    const url = `/officer/work-programme-items/${req!.id}/decision`;
    const noReason = await post(clerk, url, { decision: 'decline', decisionReason: '' }, url);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Enter the reason for declining the request');
    expect((await post(clerk, url, { decision: 'decline', decisionReason: 'The environment committee looked at this in May' }, url)).statusCode).toBe(303);
    const [after] = await t.database.db.select().from(workProgrammeItems).where(eq(workProgrammeItems.id, req!.id));
    expect(after).toMatchObject({
      requestState: 'declined',
      decisionReason: 'The environment committee looked at this in May',
      decidedBy: 'clerk@test.example',
      publication: 'draft',
    });
    expect((await t.app.inject({ url, headers: { cookie: clerk } })).statusCode).toBe(404);
    const audit = await t.database.db
      .select({ action: auditEvents.action, actor: auditEvents.actorLabel })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'work_programme_item'), eq(auditEvents.subjectId, String(req!.id))));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['work-programme-item.request', 'work-programme-item.decline']));
  });

  it('accepts a request onto a meeting', async () => {
    await post(councillor, `${base()}/requests`, { item: 'Cycle lanes', kind: 'development-session', requestReason: 'New funding' }, `${base()}/requests/new`);
    const [req] = await t.database.db.select().from(workProgrammeItems).where(eq(workProgrammeItems.item, 'Cycle lanes'));
    const url = `/officer/work-programme-items/${req!.id}/decision`;
    expect((await post(clerk, url, { decision: 'accept', meetingId: String(c.meeting.id), leadOfficer: 'Tom Brook' }, url)).statusCode).toBe(303);
    const [after] = await t.database.db.select().from(workProgrammeItems).where(eq(workProgrammeItems.id, req!.id));
    expect(after).toMatchObject({ requestState: 'accepted', meetingDate: '2030-03-04', leadOfficer: 'Tom Brook', requestedBy: 'councillor' });
  });
});
