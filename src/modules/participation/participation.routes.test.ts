import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { meetings } from '../../db/schema.ts';
import { auditEvents } from '../../db/schema.ts';
import { publicSubmissions } from './participation.table.ts';
import { HONEYPOT_FIELD, SUBMISSIONS_PER_HOUR } from './participation.routes.ts';
import { submissionDeadline } from './participation.deadline.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let soonId: number;
let clerk: string;
let viewer: string;
let ipCounter = 0;

beforeAll(async () => {
  // The requests come through a trusted proxy on this machine, which names each client's address.
  t = await createTestApp({ TRUST_PROXY: '127.0.0.1' });
  c = await makeCouncil(t.database.db);
  // A meeting tomorrow: the default rule (5pm 3 clear working days before) has already passed.
  const [soon] = await t.database.db
    .insert(meetings)
    .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date(Date.now() + 26 * 3600_000), status: 'agenda-published' })
    .returning();
  soonId = soon!.id;
  const u = await makeUser(t.database.db, 'democratic-services');
  const v = await makeUser(t.database.db, 'viewer');
  clerk = await signIn(t.app, u.email, u.password);
  viewer = await signIn(t.app, v.email, v.password);
});
afterAll(() => t.close());

/** Fetches the form, then posts it from a fresh address (so the rate limit is per test), following to the confirmation. */
async function submit(meetingId: number, fields: Record<string, string>, ip = `10.0.0.${++ipCounter}`) {
  const page = await t.app.inject({ url: `/meetings/${meetingId}/questions/new`, headers: { 'x-forwarded-for': ip } });
  const { token, cookie, jar } = formState(page);
  const res = await t.app.inject({
    method: 'POST',
    url: `/meetings/${meetingId}/questions`,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
  });
  for (const k of res.cookies) jar[k.name] = k.value;
  const after = Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  return { res, cookie: after };
}

const question = { kind: 'question', name: 'Rita Resident', email: 'rita@example.com', text: 'When will the Mill Lane bridge reopen?' };

describe('the public submission form', () => {
  it('shows the deadline from the deadline engine and a honeypot hidden from people and screen readers', async () => {
    const res = await t.app.inject(`/meetings/${c.meeting.id}/questions/new`);
    expect(res.statusCode).toBe(200);
    const due = submissionDeadline({}, c.meeting.startAt, 'england-and-wales');
    expect(due.due).toBe('2030-02-26T17:00');
    expect(res.body).toContain('26 February 2030 at 5pm');
    expect(res.body).toMatch(new RegExp(`<div class="govuk-visually-hidden" aria-hidden="true">\\s*<label for="${HONEYPOT_FIELD}">`));
    expect(res.body).toContain('tabindex="-1"');
    expect(res.body).toContain('name="_csrf"');
  });

  it('accepts a question before the deadline and gives a unique reference', async () => {
    const { res, cookie } = await submit(c.meeting.id, { ...question, agendaItemId: String(c.pub.id) });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/meetings/${c.meeting.id}/questions/confirmation`);
    const page = await t.app.inject({ url: res.headers.location as string, headers: { cookie } });
    expect(page.statusCode).toBe(200);
    const year = new Date().getUTCFullYear();
    expect(page.body).toContain(`Q-${year}-0001`);
    expect(page.body).toContain('Submission received');
    expect(page.body).not.toContain('after the deadline');
    const [row] = await t.database.db
      .select()
      .from(publicSubmissions)
      .where(eq(publicSubmissions.reference, `Q-${year}-0001`));
    expect(row).toMatchObject({ isLate: false, status: 'received', name: 'Rita Resident', agendaItemId: c.pub.id, isPublished: false });
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, String(row!.id)));
    expect(events.map((e) => e.action)).toContain('submission.receive');

    const second = await submit(c.meeting.id, { ...question, kind: 'question', text: 'Another one' });
    const page2 = await t.app.inject({ url: `/meetings/${c.meeting.id}/questions/confirmation`, headers: { cookie: second.cookie } });
    expect(page2.body).toContain(`Q-${year}-0002`);
  });

  it('keeps a submission after the deadline, marks it late and tells the submitter, with the deadline', async () => {
    const form = await t.app.inject(`/meetings/${soonId}/questions/new`);
    expect(form.body).toContain('The deadline was');
    const { res, cookie } = await submit(soonId, { kind: 'statement', name: 'Larry Late', phone: '01632 960 001', text: 'A late statement.' });
    expect(res.statusCode).toBe(303);
    const page = await t.app.inject({ url: res.headers.location as string, headers: { cookie } });
    expect(page.body).toContain('Your submission arrived after the deadline');
    expect(page.body).toMatch(/after the deadline of \d+ \w+ \d{4} at 5pm/);
    expect(page.body).toContain('marked as late');
    const [row] = await t.database.db.select().from(publicSubmissions).where(eq(publicSubmissions.name, 'Larry Late'));
    expect(row?.isLate).toBe(true);
    expect(row?.reference).toMatch(/^S-\d{4}-0001$/);
    expect(row?.deadlineAt).toBeInstanceOf(Date);
  });

  it('shows GOV.UK errors and saves nothing when the form is incomplete', async () => {
    const before = (await t.database.db.select().from(publicSubmissions)).length;
    const { res } = await submit(c.meeting.id, { kind: 'question', name: '', text: '', email: 'not-an-email' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('There is a problem');
    expect(res.body).toContain('href="#name"');
    expect(res.body).toContain('Enter your full name');
    expect(res.body).toContain('Enter an email address in the correct format');
    expect(res.body).toContain('Enter your question, statement or petition');
    expect((await t.database.db.select().from(publicSubmissions)).length).toBe(before);
  });

  it('needs an email address or telephone number', async () => {
    const { res } = await submit(c.meeting.id, { kind: 'question', name: 'No Contact', text: 'Hello' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter an email address or a telephone number');
  });

  it('refuses a bot that fills the honeypot, and saves nothing', async () => {
    const { res } = await submit(c.meeting.id, { ...question, name: 'Bot', [HONEYPOT_FIELD]: 'http://spam.example' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Your submission could not be accepted');
    expect(await t.database.db.select().from(publicSubmissions).where(eq(publicSubmissions.name, 'Bot'))).toHaveLength(0);
    const refused = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'submission.refuse-honeypot'));
    expect(refused.length).toBeGreaterThan(0);
  });

  it('refuses a post without a CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/meetings/${c.meeting.id}/questions`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(question).toString(),
    });
    expect(res.statusCode).toBe(403);
  });

  it('rate-limits one address', async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < SUBMISSIONS_PER_HOUR; i++) expect((await submit(c.meeting.id, { ...question, text: `Question ${i}` }, ip)).res.statusCode).toBe(303);
    const { res } = await submit(c.meeting.id, { ...question, text: 'One too many' }, ip);
    expect(res.statusCode).toBe(429);
  });

  it('does not take submissions for a meeting that has happened', async () => {
    const [past] = await t.database.db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2020-01-01T10:00:00Z'), status: 'held' })
      .returning();
    const res = await t.app.inject(`/meetings/${past!.id}/questions/new`);
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('This meeting is not taking submissions');
  });

  it('does not show a confirmation without the signed receipt cookie', async () => {
    const res = await t.app.inject(`/meetings/${c.meeting.id}/questions/confirmation`);
    expect(res.statusCode).toBe(303);
  });
});

describe("the clerk's list and response", () => {
  it.each(['/officer/meetings/MID/questions', '/officer/questions/1'])('%s sends a signed-out visitor to sign in', async (path) => {
    const url = path.replace('MID', String(c.meeting.id));
    const res = await t.app.inject(url);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/sign-in?next=${encodeURIComponent(url)}`);
  });

  it('forbids a viewer the response form and its post', async () => {
    const [s] = await t.database.db.select().from(publicSubmissions).limit(1);
    expect((await t.app.inject({ url: `/officer/questions/${s!.id}`, headers: { cookie: viewer } })).statusCode).toBe(403);
    const page = await t.app.inject({ url: '/officer', headers: { cookie: viewer } });
    const { token } = formState(page);
    const res = await t.app.inject({
      method: 'POST',
      url: `/officer/questions/${s!.id}`,
      headers: { cookie: viewer, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, status: 'accepted' }).toString(),
    });
    expect(res.statusCode).toBe(403);
  });

  it('lists submissions with late flags and status, answers one and publishes it on the meeting page', async () => {
    const list = await t.app.inject({ url: `/officer/meetings/${soonId}/questions`, headers: { cookie: clerk } });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Larry Late');
    expect(list.body).toContain('>Late<');
    const officerMeeting = await t.app.inject({ url: `/officer/meetings/${soonId}`, headers: { cookie: clerk } });
    expect(officerMeeting.body).toContain('1 received, 1 late, 1 waiting for a decision');

    const [s] = await t.database.db.select().from(publicSubmissions).where(eq(publicSubmissions.name, 'Larry Late'));
    const form = await t.app.inject({ url: `/officer/questions/${s!.id}`, headers: { cookie: clerk } });
    expect(form.statusCode).toBe(200);
    const { token } = formState(form);
    const post = (fields: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: `/officer/questions/${s!.id}`,
        headers: { cookie: clerk, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
      });
    const bad = await post({ status: 'answered', response: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter the response before marking it as answered');

    const before = await t.app.inject(`/meetings/${soonId}`);
    expect(before.body).not.toContain('A late statement.');

    const good = await post({ status: 'answered', response: 'The chair agreed to take it.', isPublished: 'yes' });
    expect(good.statusCode).toBe(303);
    const page = await t.app.inject(`/meetings/${soonId}`);
    expect(page.body).toContain('A late statement.');
    expect(page.body).toContain('The chair agreed to take it.');
    expect(page.body).not.toContain('01632 960 001');
    expect(page.body).toContain(`/meetings/${soonId}/questions/new`);
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'submission.respond'));
    expect(audit).toHaveLength(1);
  });
});
