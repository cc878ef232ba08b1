import { and, eq } from 'drizzle-orm';
import { publishRecords } from '../modules/visibility/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../test/factories.ts';
import { auditEvents } from '../db/schema.ts';
import { tokenUser } from './test-support.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let clerk: Awaited<ReturnType<typeof tokenUser>>;
let viewer: Awaited<ReturnType<typeof tokenUser>>;

beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
  clerk = await tokenUser(t.database.db, 'democratic-services');
  viewer = await tokenUser(t.database.db, 'viewer');
});
afterAll(() => t.close());

type Method = 'POST' | 'PATCH';
const send = (method: Method, url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, payload: payload as object, headers: { 'content-type': 'application/json', ...headers } });
const asClerk = (method: Method, url: string, payload: unknown) => send(method, url, payload, { authorization: clerk.authorization });

const auditRows = (action: string, subjectId: number) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, String(subjectId))));

const newMeeting = () => ({ organisationId: c.org.id, date: '2030-06-10', startTime: '18:30', endTime: '20:00', locationId: c.location.id });

describe('who may write', () => {
  const writes: [Method, () => string][] = [
    ['POST', () => '/api/v1/organisations'],
    ['PATCH', () => `/api/v1/organisations/${c.org.id}`],
    ['POST', () => '/api/v1/people'],
    ['PATCH', () => `/api/v1/people/${c.chair.id}`],
    ['POST', () => '/api/v1/memberships'],
    ['PATCH', () => '/api/v1/memberships/1'],
    ['POST', () => '/api/v1/meetings'],
    ['PATCH', () => `/api/v1/meetings/${c.meeting.id}`],
    ['POST', () => `/api/v1/meetings/${c.meeting.id}/agenda-items`],
    ['PATCH', () => `/api/v1/agenda-items/${c.pub.id}`],
  ];

  it.each(writes)('%s %s requires sign-in (401)', async (method, url) => {
    const res = await send(method, url(), { title: 'x' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it.each(writes)('%s %s is forbidden to a viewer (403)', async (method, url) => {
    const res = await send(method, url(), { title: 'x' }, { authorization: viewer.authorization });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('is forbidden to a councillor, who may read exempt information but not edit', async () => {
    const councillor = await tokenUser(t.database.db, 'councillor');
    const res = await send('POST', '/api/v1/meetings', newMeeting(), { authorization: councillor.authorization });
    expect(res.statusCode).toBe(403);
  });

  it('rejects a revoked or unknown token as signed out', async () => {
    const res = await send('POST', '/api/v1/meetings', newMeeting(), { authorization: 'Bearer shk_nope' });
    expect(res.statusCode).toBe(401);
  });
});

describe('meetings and agenda items', () => {
  it('creates a meeting with a clerk’s bearer token: 201, Location, London time stored as UTC, audited', async () => {
    const res = await asClerk('POST', '/api/v1/meetings', newMeeting());
    expect(res.statusCode).toBe(201);
    const m = res.json();
    expect(m).toMatchObject({ startAt: '2030-06-10T17:30:00.000Z', endAt: '2030-06-10T19:00:00.000Z', status: 'scheduled', organisation: { id: c.org.id } });
    expect(res.headers.location).toBe(`http://localhost/api/v1/meetings/${m.id}`);
    const [row] = await auditRows('meeting.create', m.id);
    expect(row).toMatchObject({ actorUserId: clerk.id, subjectType: 'meeting' });
    expect(row!.actorLabel).toContain(clerk.email);
    expect((await t.app.inject(`/api/v1/meetings/${m.id}`)).statusCode).toBe(200);
  });

  it('returns validation_failed with field details for invalid input', async () => {
    const res = await asClerk('POST', '/api/v1/meetings', { organisationId: c.org.id, date: '2030-02-30', startTime: '25:00' });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual(
      expect.arrayContaining([{ field: 'date', message: 'The date of the meeting must be a real date' }, expect.objectContaining({ field: 'startTime' })]),
    );
  });

  it('reports fields the resource does not have instead of ignoring them', async () => {
    const res = await asClerk('POST', '/api/v1/meetings', { ...newMeeting(), bodyId: 99 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'bodyId', message: 'bodyId is not a field of this resource' }]);
  });

  it('answers malformed JSON with 400 bad_request in the error shape', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/meetings',
      payload: '{"organisationId": 1,',
      headers: { 'content-type': 'application/json', authorization: clerk.authorization },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'bad_request', message: 'The request body is not valid JSON' } });
    const array = await asClerk('POST', '/api/v1/meetings', [1, 2]);
    expect(array.statusCode).toBe(400);
    expect(array.json().error.code).toBe('bad_request');
  });

  it('patches only the fields sent, and cancelling needs a public notice', async () => {
    const created = (await asClerk('POST', '/api/v1/meetings', newMeeting())).json();
    const bad = await asClerk('PATCH', `/api/v1/meetings/${created.id}`, { status: 'cancelled' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ field: 'statusNote' })]);
    const res = await asClerk('PATCH', `/api/v1/meetings/${created.id}`, { status: 'cancelled', statusNote: 'Not quorate' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ cancelled: true, statusNote: 'Not quorate', startAt: '2030-06-10T17:30:00.000Z', location: { id: c.location.id } });
    expect(await auditRows('meeting.update', created.id)).toHaveLength(1);
    const missing = await asClerk('PATCH', '/api/v1/meetings/999999', { title: 'x' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });

  it('adds an exempt agenda item as a draft, which the public cannot see until it is published, and then sees redacted', async () => {
    const res = await asClerk('POST', `/api/v1/meetings/${c.meeting.id}/agenda-items`, {
      number: '3',
      title: 'Staffing restructure',
      instruction: 'Confidential staffing detail',
      exempt: true,
      exemptParagraph: 1,
    });
    expect(res.statusCode).toBe(201);
    const item = res.json();
    expect(item).toMatchObject({ access: 'exempt', exemptParagraph: 1, instruction: 'Confidential staffing detail', position: 3, publication: 'draft' });
    const draft = await t.app.inject(`/api/v1/agenda-items/${item.id}`);
    expect(draft.statusCode).toBe(404);
    expect(draft.json()).toEqual((await t.app.inject('/api/v1/agenda-items/999999')).json());
    await publishRecords(t.database.db, { userId: null, label: 'test' }, 'agenda_item', [item.id]);
    const pub = (await t.app.inject(`/api/v1/agenda-items/${item.id}`)).json();
    expect(pub).toMatchObject({ access: 'exempt', withheld: true, exemptParagraph: 1, title: 'Staffing restructure' });
    expect(JSON.stringify(pub)).not.toContain('Confidential staffing detail');
    const noParagraph = await asClerk('PATCH', `/api/v1/agenda-items/${c.pub.id}`, { exempt: true });
    expect(noParagraph.statusCode).toBe(400);
    expect(noParagraph.json().error.details).toEqual([expect.objectContaining({ field: 'exemptParagraph' })]);
    const renamed = await asClerk('PATCH', `/api/v1/agenda-items/${c.pub.id}`, { title: 'Bridge maintenance programme 2030' });
    expect(renamed.json()).toMatchObject({ title: 'Bridge maintenance programme 2030', access: 'public', pageFrom: 3, instruction: 'To consider the report' });
    expect((await asClerk('POST', '/api/v1/meetings/999999/agenda-items', { title: 'x' })).statusCode).toBe(404);
  });
});

describe('organisations, people and memberships', () => {
  it('creates and changes an organisation, audited', async () => {
    const res = await asClerk('POST', '/api/v1/organisations', { name: 'Licensing Committee', kind: 'committee', purpose: 'Taxis and premises' });
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({ name: 'Licensing Committee', slug: 'licensing-committee', kind: 'committee' });
    const patched = await asClerk('PATCH', `/api/v1/organisations/${org.id}`, { purpose: null, parentId: c.org.id });
    expect(patched.json()).toMatchObject({ name: 'Licensing Committee', purpose: null, parentId: c.org.id });
    expect(await auditRows('organisation.create', org.id)).toHaveLength(1);
    expect(await auditRows('organisation.update', org.id)).toHaveLength(1);
    const bad = await asClerk('POST', '/api/v1/organisations', { kind: 'club' });
    expect(
      bad
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['kind', 'name']);
  });

  it('adds a person and a membership, then ends the membership', async () => {
    const person = (await asClerk('POST', '/api/v1/people', { kind: 'councillor', honorific: 'Cllr', givenName: 'Rhiannon', familyName: 'Vale', party: 'Green' })).json();
    expect(person).toMatchObject({ name: 'Cllr Rhiannon Vale', party: 'Green' });
    const res = await asClerk('POST', '/api/v1/memberships', { organisationId: c.org.id, personId: person.id, role: 'member', votingRight: true });
    expect(res.statusCode).toBe(201);
    const membership = res.json();
    expect(membership).toMatchObject({ role: 'member', person: { id: person.id, name: 'Cllr Rhiannon Vale' } });
    const ended = await asClerk('PATCH', `/api/v1/memberships/${membership.id}`, { endDate: '2030-05-01' });
    expect(ended.json()).toMatchObject({ endDate: '2030-05-01', role: 'member', votingRight: true });
    const renamed = await asClerk('PATCH', `/api/v1/people/${person.id}`, { party: 'Independent' });
    expect(renamed.json()).toMatchObject({ party: 'Independent', name: 'Cllr Rhiannon Vale' });
    const list = (await t.app.inject(`/api/v1/memberships?person=${person.id}`)).json();
    expect(list.data).toHaveLength(1);
    const unknownOrg = await asClerk('POST', '/api/v1/memberships', { organisationId: 999999, personId: person.id, role: 'member', votingRight: true });
    expect(unknownOrg.json().error.details).toEqual([{ field: 'organisationId', message: 'Select a committee that exists' }]);
  });
});

describe('session-cookie writes', () => {
  it('need the CSRF token in x-csrf-token; bearer writes need none', async () => {
    const u = await makeUser(t.database.db, 'admin');
    const cookie = await signIn(t.app, u.email, u.password);
    const without = await send('POST', '/api/v1/meetings', newMeeting(), { cookie });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('forbidden');
    const wrong = await send('POST', '/api/v1/meetings', newMeeting(), { cookie, 'x-csrf-token': 'forged' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('forbidden');
    const tokenRes = await t.app.inject({ url: '/api/v1/csrf-token', headers: { cookie } });
    expect(tokenRes.statusCode).toBe(200);
    const jar = new Map(cookie.split('; ').map((p) => p.split('=', 2) as [string, string]));
    for (const c2 of tokenRes.cookies) jar.set(c2.name, c2.value);
    const cookieWithSecret = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const ok = await send('POST', '/api/v1/meetings', newMeeting(), { cookie: cookieWithSecret, 'x-csrf-token': tokenRes.json().token });
    expect(ok.statusCode).toBe(201);
    expect((await t.app.inject('/api/v1/csrf-token')).statusCode).toBe(401);
  });
});
