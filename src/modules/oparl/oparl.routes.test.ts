import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { agendaItems, auditEvents, declarations, decisions, legislativeTerms, meetings, minutes, reports } from '../../db/schema.ts';
import { createApiToken } from '../accounts/index.ts';
import { oparlValidator, walkList } from './test-support.ts';

type Obj = Record<string, unknown>;
const published = { publication: 'published' as const, publishedAt: new Date('2030-02-20T09:00:00Z'), publishedBy: 'clerk@test.example' };
const base = 'http://localhost/oparl/v1';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let clerk: string;
let decided: number;
const problemsOf = oparlValidator();

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url: url.replace(/^http:\/\/localhost/, ''), headers });
const json = async (url: string) => (await get(url)).json() as Obj;
const api = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { authorization: clerk, ...(payload ? { 'content-type': 'application/json' } : {}) },
    ...(payload ? { payload: JSON.stringify(payload) } : {}),
  });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  c = await makeCouncil(db);
  // Fixture rows for the kinds the factory council lacks: a council term, a report considered at the public item, a decision.
  await db.insert(legislativeTerms).values({ bodyId: c.body.id, name: '2029 to 2033', startDate: '2029-05-03' });
  await db.insert(reports).values({
    bodyId: c.body.id,
    meetingId: c.meeting.id,
    agendaItemId: c.pub.id,
    title: 'Bridge maintenance 2030 to 2035',
    kind: 'Decision Report - Key Decision',
    forwardPlanRef: 'FP/30/01/07',
    access: 'public',
    ...published,
  });
  await db.insert(reports).values({
    bodyId: c.body.id,
    meetingId: c.meeting.id,
    agendaItemId: c.exempt.id,
    title: 'Riverside land valuation',
    kind: 'Decision Report',
    access: 'exempt',
    exemptParagraph: 3,
    ...published,
  });
  await db.insert(agendaItems).values({ meetingId: c.meeting.id, position: 3, number: '3', title: 'Draft item nobody published', access: 'public' });
  // A held meeting with a published decision: a legal record, never deleted.
  const [held] = await db
    .insert(meetings)
    .values({ bodyId: c.body.id, organisationId: c.org.id, title: 'Roads and Rivers Committee (special)', startAt: new Date('2030-03-04T14:00:00Z'), status: 'held' })
    .returning();
  decided = held!.id;
  await db.insert(agendaItems).values({ meetingId: decided, position: 1, number: '1', title: 'Item added to the wrong meeting', access: 'public', ...published });
  // Declarations are part of the minutes: public with the held meeting's published minutes, not before the other's are.
  await db.insert(minutes).values({ meetingId: decided, ...published });
  await db.insert(minutes).values({ meetingId: c.meeting.id });
  await db.insert(declarations).values([
    {
      meetingId: decided,
      personId: c.chair.id,
      printedName: 'Cllr Ada Brook',
      interest: 'Owns land beside the Mill Bridge',
      kind: 'disclosable-pecuniary',
      action: 'Left the room',
    },
    { meetingId: c.meeting.id, personId: c.chair.id, printedName: 'Cllr Ada Brook', interest: 'Member of the canal trust' },
  ]);
  await db.insert(decisions).values({
    bodyId: c.body.id,
    meetingId: decided,
    makerText: 'Roads and Rivers Committee',
    title: 'Bridge programme approved',
    decisionText: 'The five-year programme is approved.',
    decidedOn: '2030-03-04',
    reasons: 'The bridges need work.',
    isKey: true,
    forwardPlanRef: 'FP/30/01/07',
    access: 'public',
    callInStatus: 'open',
    callInDeadline: new Date('2030-03-11T17:00:00Z'),
    effectiveFrom: new Date('2030-03-12T09:00:00Z'),
    ...published,
  });
  const user = await makeUser(db, 'democratic-services');
  clerk = `Bearer ${await createApiToken(db, user.id, 'test')}`;
});
afterAll(() => t.close());

/** The System, the body, and every list of the body walked to its end. */
async function fullSync() {
  const system = await json(base);
  const bodies = await walkList(t.app, system.body as string);
  const body = bodies.items[0]!;
  const lists: Record<string, Obj[]> = {};
  for (const prop of ['organization', 'person', 'meeting', 'paper', 'agendaItem', 'consultation', 'file', 'locationList', 'legislativeTermList', 'membership']) {
    lists[prop] = (await walkList(t.app, body[prop] as string)).items;
  }
  return { system, bodies, body, lists };
}

describe('the OParl 1.1 API, read by a client', () => {
  it('validates every object and list against the OParl 1.1 schemas, from the System down', async () => {
    const { system, body, lists, bodies } = await fullSync();
    expect(system).toMatchObject({ id: base, type: 'https://schema.oparl.org/1.1/System', oparlVersion: 'https://schema.oparl.org/1.1/' });
    const everything = [system, ...bodies.items, ...Object.values(lists).flat()];
    expect(everything.flatMap(problemsOf)).toEqual([]);
    const types = new Set(everything.map((o) => String(o.type).split('/').pop()));
    for (const t of ['System', 'Body', 'Organization', 'Person', 'Meeting', 'AgendaItem', 'Paper', 'Consultation', 'File', 'Location', 'LegislativeTerm', 'Membership'])
      expect(types).toContain(t);
    expect(body.legislativeTerm).toEqual([expect.objectContaining({ name: '2029 to 2033', startDate: '2029-05-03' })]);
    // Every object answers at its own URL, the same as in its list.
    for (const o of Object.values(lists).flat()) expect(await json(o.id as string)).toEqual(o);
  });

  it('shows the public what the law makes public and nothing else', async () => {
    const { lists } = await fullSync();
    const names = (k: string) => lists[k]!.map((o) => o.name);
    const exempt = lists.agendaItem!.find((i) => i.name === 'Purchase of riverside land')!;
    expect(exempt).toMatchObject({ public: false, 'shirehall:exemptParagraph': 3 });
    expect(exempt['shirehall:exemptNotice']).toContain('paragraph 3 of Schedule 12A');
    expect(JSON.stringify(lists)).not.toContain('Secret instruction text');
    expect(names('agendaItem')).not.toContain('Draft item nobody published');
    expect(names('file')).toEqual(['Bridge report']);
    expect(names('paper')).toEqual(['Bridge maintenance 2030 to 2035']);
    // The exempt paper and file answer exactly as a missing one.
    const missing = await get(`${base}/files/999999`);
    const exemptFile = await get(`${base}/files/${c.exemptDoc.id}`);
    expect([exemptFile.statusCode, exemptFile.body]).toEqual([missing.statusCode, missing.body]);
    expect((await get(`${base}/files/${c.exemptDoc.id}/access`)).statusCode).toBe(404);
  });

  it('carries the UK extensions: key decision, forward plan reference, decision record, call-in and declarations', async () => {
    const { lists } = await fullSync();
    expect(lists.paper![0]).toMatchObject({ 'shirehall:keyDecision': true, 'shirehall:forwardPlanReference': 'FP/30/01/07' });
    expect(lists.paper![0]!.consultation).toEqual([expect.objectContaining({ agendaItem: `${base}/agenda-items/${c.pub.id}`, meeting: `${base}/meetings/${c.meeting.id}` })]);
    const [decision] = lists.meeting!.find((m) => m.id === `${base}/meetings/${decided}`)!['shirehall:decisions'] as Obj[];
    const held = lists.meeting!.find((m) => m.id === `${base}/meetings/${decided}`)!;
    expect(held['shirehall:declarations']).toEqual([
      { person: `${base}/people/${c.chair.id}`, name: 'Cllr Ada Brook', interest: 'Owns land beside the Mill Bridge', kind: 'disclosable-pecuniary', action: 'Left the room' },
    ]);
    expect(JSON.stringify(lists)).not.toContain('Member of the canal trust');
    expect(decision).toMatchObject({
      keyDecision: true,
      forwardPlanReference: 'FP/30/01/07',
      callInStatus: 'open',
      callInDeadline: '2030-03-11T17:00:00+00:00',
      effectiveFrom: '2030-03-12T09:00:00+00:00',
      reasons: 'The bridges need work.',
    });
  });

  it('pages with first, prev, next, last and self links that keep the filters', async () => {
    const first = await json(`${base}/bodies/${c.body.id}/people?limit=1&created_since=2000-01-01T00:00:00%2B00:00`);
    expect(first.pagination).toEqual({ totalElements: 2, elementsPerPage: 1, currentPage: 1, totalPages: 2 });
    const links = first.links as Record<string, string>;
    expect(links.prev).toBeUndefined();
    for (const k of ['first', 'next', 'last', 'self']) expect(new URL(links[k]!).searchParams.get('created_since')).toBe('2000-01-01T00:00:00+00:00');
    const second = await json(links.next!);
    expect((second.links as Obj).next).toBeUndefined();
    expect((second.links as Obj).prev).toBe(links.first);
    expect([...(first.data as Obj[]), ...(second.data as Obj[])].map((p) => p.name).sort()).toEqual(['Cllr Ada Brook', 'Tom Brook']);
  });

  it('applies created_since, created_until, modified_since and modified_until', async () => {
    const url = `${base}/bodies/${c.body.id}/meetings`;
    const count = async (q: string) => ((await json(`${url}?${q}`)).data as Obj[]).length;
    expect(await count('created_since=2000-01-01')).toBe(2);
    expect(await count('created_until=2000-01-01')).toBe(0);
    expect(await count('modified_since=2999-01-01T00:00:00%2B00:00')).toBe(0);
    expect(await count('modified_until=2999-01-01T00:00:00%2B00:00')).toBe(2);
    const bad = await get(`${url}?modified_since=yesterday`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ type: 'https://schema.oparl.org/1.1/Error', error: { code: 'validation_failed' } });
  });

  it('leaves internal lists out with omit_internal', async () => {
    const meeting = await json(`${base}/meetings/${c.meeting.id}?omit_internal=true`);
    expect(meeting.agendaItem).toBeUndefined();
    expect(meeting.name).toBe('Roads and Rivers Committee');
  });

  it('answers CORS, ETag and conditional GET, and the OParl error object for a missing object', async () => {
    const first = await get(`${base}/meetings/${c.meeting.id}`);
    expect(first.headers['access-control-allow-origin']).toBe('*');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get(`${base}/meetings/${c.meeting.id}`, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: `/oparl/v1/meetings/${c.meeting.id}`,
      headers: { origin: 'https://example.org', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers).toMatchObject({ 'access-control-allow-origin': '*', 'access-control-allow-headers': expect.stringContaining('If-None-Match') });
    const missing = await get(`${base}/meetings/999999`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ type: 'https://schema.oparl.org/1.1/Error', message: 'No such object', error: { code: 'not_found', message: 'No such object' } });
  });
});

describe('an incremental sync with modified_since', () => {
  it('sees creations, changes and deletions, and ends where a fresh full sync does', async () => {
    // A client's store: every object of every body list, by id.
    const store = new Map<string, Obj>();
    const { body } = await fullSync();
    const props = ['organization', 'person', 'meeting', 'paper', 'agendaItem', 'consultation', 'file', 'locationList', 'legislativeTermList', 'membership'];
    for (const p of props) for (const o of (await walkList(t.app, body[p] as string)).items) store.set(o.id as string, o);
    // OParl times are whole seconds: sync from the second before the last full sync.
    const since = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000).toISOString().replace('.000Z', '+00:00');

    const created = await api('POST', '/api/v1/meetings', { organisationId: c.org.id, date: '2030-06-10', startTime: '18:00' });
    expect(created.statusCode).toBe(201);
    const newId = (created.json() as { id: number }).id;
    expect((await api('PATCH', `/api/v1/people/${c.officer.id}`, { jobTitle: 'Director of Highways' })).statusCode).toBe(200);
    const doomed = await api('POST', '/api/v1/meetings', { organisationId: c.org.id, date: '2030-07-01', startTime: '10:00' });
    const doomedId = (doomed.json() as { id: number }).id;
    const deleted = await api('DELETE', `/api/v1/meetings/${c.meeting.id}`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ id: c.meeting.id, deleted: true });
    expect((await api('DELETE', `/api/v1/meetings/${doomedId}`)).statusCode).toBe(200);

    const seen = { created: 0, changed: 0, deleted: [] as string[] };
    for (const p of props) {
      const { items } = await walkList(t.app, `${body[p] as string}?modified_since=${encodeURIComponent(since)}`);
      expect(items.flatMap(problemsOf)).toEqual([]);
      for (const o of items) {
        const id = o.id as string;
        if (o.deleted === true) {
          seen.deleted.push(id);
          store.delete(id);
        } else {
          if (store.has(id)) seen.changed++;
          else seen.created++;
          store.set(id, o);
        }
      }
    }
    // The deleted meeting, its agenda items and its paper are gone; the new meeting and the changed person came.
    expect(seen.deleted).toEqual(expect.arrayContaining([`${base}/meetings/${c.meeting.id}`, `${base}/agenda-items/${c.pub.id}`, `${base}/files/${c.pubDoc.id}`]));
    // A meeting created and deleted between two syncs was never seen by the client: it still answers as deleted.
    expect(store.has(`${base}/meetings/${newId}`)).toBe(true);
    expect((store.get(`${base}/people/${c.officer.id}`) as Obj)['shirehall:jobTitle']).toBe('Director of Highways');

    const fresh = new Map<string, Obj>();
    for (const p of props) for (const o of (await walkList(t.app, body[p] as string)).items) fresh.set(o.id as string, o);
    expect([...store.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [id, o] of fresh) expect(store.get(id)).toEqual(o);

    // At its own URL the deleted meeting says so; without modified_since it is absent from the list.
    expect(await json(`${base}/meetings/${c.meeting.id}`)).toMatchObject({ id: `${base}/meetings/${c.meeting.id}`, deleted: true });
    expect(((await json(`${base}/bodies/${c.body.id}/meetings`)).data as Obj[]).map((m) => m.id)).not.toContain(`${base}/meetings/${c.meeting.id}`);
  });

  it('drops the deleted meeting from pages and the JSON API, and audits the deletion', async () => {
    expect((await get(`/meetings/${c.meeting.id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/meetings/${c.meeting.id}`)).statusCode).toBe(404);
    expect((await get('/meetings?view=list')).body).not.toContain(`/meetings/${c.meeting.id}"`);
    expect((await get('/search?q=bridge')).body).not.toContain('Bridge maintenance programme');
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'meeting'), eq(auditEvents.subjectId, String(c.meeting.id))));
    expect(events.map((e) => e.action)).toContain('meeting.delete');
    // A meeting with a published decision is a legal record; a deleted one is not there to delete.
    const refused = await api('DELETE', `/api/v1/meetings/${decided}`);
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'conflict']);
    expect((await api('DELETE', `/api/v1/meetings/${c.meeting.id}`)).statusCode).toBe(404);
  });

  it('deletes an agenda item created in error: gone from the meeting page, deleted in OParl, audited', async () => {
    const url = `${base}/bodies/${c.body.id}/agenda-items`;
    const item = ((await json(url)).data as Obj[]).find((i) => i.name === 'Item added to the wrong meeting')!;
    const id = Number(String(item.id).split('/').pop());
    expect((await get(`/meetings/${decided}`)).body).toContain('Item added to the wrong meeting');
    const since = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000).toISOString().replace('.000Z', '+00:00');
    const res = await api('DELETE', `/api/v1/agenda-items/${id}`);
    expect(res.json()).toMatchObject({ id, deleted: true });
    expect((await get(`/meetings/${decided}`)).body).not.toContain('Item added to the wrong meeting');
    expect(((await json(url)).data as Obj[]).map((i) => i.id)).not.toContain(item.id);
    const changed = (await json(`${url}?modified_since=${encodeURIComponent(since)}`)).data as Obj[];
    expect(changed.find((i) => i.id === item.id)).toEqual({ id: item.id, type: item.type, created: item.created, modified: expect.any(String), deleted: true });
    expect(await json(item.id as string)).toMatchObject({ deleted: true });
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'agenda_item'), eq(auditEvents.subjectId, String(id))));
    expect(events.map((e) => e.action)).toContain('agenda-item.delete');
  });
});
