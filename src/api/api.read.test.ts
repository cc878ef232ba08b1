import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/build-app.ts';
import { makeCouncil } from '../../test/factories.ts';
import { apiRoutes } from './api.plugin.ts';
import { crawlApi, tokenUser } from './test-support.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let councillor: Awaited<ReturnType<typeof tokenUser>>;

beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
  // The committee's chair: entitled to its exempt papers.
  councillor = await tokenUser(t.database.db, 'councillor', undefined, c.chair.id);
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

describe('public reads', () => {
  it('describes the council with links to its lists', async () => {
    const res = await get('/api/v1/body');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const body = res.json();
    expect(body).toMatchObject({ id: c.body.id, type: 'https://schema.oparl.org/1.1/Body', name: 'Testshire District Council' });
    expect(body.meetings).toBe('http://localhost/api/v1/meetings');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
  });

  it('lists organisations with OParl pagination and fetches one', async () => {
    const list = (await get('/api/v1/organisations')).json();
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).toMatchObject({ id: c.org.id, name: 'Roads and Rivers Committee', kind: 'committee', type: 'https://schema.oparl.org/1.1/Organization' });
    expect(list.pagination).toEqual({ totalElements: 1, elementsPerPage: 20, currentPage: 1, totalPages: 1 });
    expect(list.links).toMatchObject({ next: null, prev: null });
    const one = await get(`/api/v1/organisations/${c.org.id}`);
    expect(one.json()).toMatchObject({ id: c.org.id, url: `http://localhost/api/v1/organisations/${c.org.id}`, web: 'http://localhost/committees/roads-and-rivers' });
  });

  it('pages through people with next and prev links', async () => {
    const first = (await get('/api/v1/people?limit=1')).json();
    expect(first.pagination).toEqual({ totalElements: 2, elementsPerPage: 1, currentPage: 1, totalPages: 2 });
    expect(first.links.prev).toBeNull();
    expect(first.links.next).toBe('http://localhost/api/v1/people?limit=1&page=2');
    const second = (await get('/api/v1/people?limit=1&page=2')).json();
    expect(second.links).toMatchObject({ next: null, prev: 'http://localhost/api/v1/people?limit=1&page=1' });
    expect([first.data[0].name, second.data[0].name].sort()).toEqual(['Cllr Ada Brook', 'Tom Brook']);
    expect((await get('/api/v1/people?kind=officer')).json().data.map((p: { name: string }) => p.name)).toEqual(['Tom Brook']);
  });

  it('shows a person with their memberships, and memberships by organisation', async () => {
    const person = (await get(`/api/v1/people/${c.chair.id}`)).json();
    expect(person).toMatchObject({ name: 'Cllr Ada Brook', party: 'Independent', division: 'Millford' });
    expect(person.memberships).toEqual([expect.objectContaining({ role: 'chair', organisation: expect.objectContaining({ id: c.org.id }) })]);
    const list = (await get(`/api/v1/memberships?organisation=${c.org.id}`)).json();
    expect(list.data).toEqual([expect.objectContaining({ role: 'chair', person: expect.objectContaining({ id: c.chair.id, name: 'Cllr Ada Brook' }) })]);
    expect((await get('/api/v1/memberships?organisation=999999')).json().data).toEqual([]);
  });

  it('filters meetings by organisation, date window and modification time', async () => {
    const ids = async (q: string) => (await get(`/api/v1/meetings${q}`)).json().data.map((m: { id: number }) => m.id);
    expect(await ids('')).toEqual([c.meeting.id]);
    expect(await ids(`?organisation=${c.org.id}`)).toEqual([c.meeting.id]);
    expect(await ids('?organisation=999999')).toEqual([]);
    expect(await ids('?from=2030-03-04&to=2030-03-04')).toEqual([c.meeting.id]);
    expect(await ids('?from=2030-03-05')).toEqual([]);
    expect(await ids('?to=2030-03-03')).toEqual([]);
    expect(await ids('?from=2030-03-04T10:00:00Z&to=2030-03-04T10:00:01Z')).toEqual([c.meeting.id]);
    expect(await ids('?modified_since=2000-01-01T00:00:00Z')).toEqual([c.meeting.id]);
    expect(await ids('?modified_since=2999-01-01T00:00:00Z')).toEqual([]);
  });

  it('rejects a bad filter with validation_failed and field details', async () => {
    const res = await get('/api/v1/meetings?from=next-tuesday&limit=1000');
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details.map((d: { field: string }) => d.field).sort()).toEqual(['from', 'limit']);
  });

  it('shows a meeting with its agenda, times in UTC, and the public document', async () => {
    const m = (await get(`/api/v1/meetings/${c.meeting.id}`)).json();
    expect(m).toMatchObject({ type: 'https://schema.oparl.org/1.1/Meeting', startAt: '2030-03-04T10:00:00.000Z', status: 'agenda-published', name: 'Roads and Rivers Committee' });
    expect(m.location).toMatchObject({ description: 'Guildhall', room: 'Room 2' });
    expect(m.contact).toMatchObject({ id: c.officer.id, name: 'Tom Brook' });
    const [pub] = m.agendaItems;
    expect(pub).toMatchObject({
      number: '1',
      title: 'Bridge maintenance programme',
      access: 'public',
      publication: 'published',
      instruction: 'To consider the report',
      pageFrom: 3,
      pageTo: 12,
    });
    expect(pub.documents).toEqual([
      expect.objectContaining({
        id: c.pubDoc.id,
        name: 'Bridge report',
        accessUrl: `http://localhost/documents/${c.pubDoc.id}`,
        access: 'public',
        type: 'https://schema.oparl.org/1.1/File',
      }),
    ]);
  });

  it('lists locations and shows document metadata with its access URL', async () => {
    expect((await get('/api/v1/locations')).json().data).toEqual([expect.objectContaining({ id: c.location.id, description: 'Guildhall' })]);
    expect((await get(`/api/v1/locations/${c.location.id}`)).statusCode).toBe(200);
    const doc = (await get(`/api/v1/documents/${c.pubDoc.id}`)).json();
    expect(doc).toMatchObject({ id: c.pubDoc.id, name: 'Bridge report', mimeType: 'text/plain', size: c.pubDoc.byteSize, publishedAt: '2030-02-20T09:00:00.000Z' });
    expect(doc.accessUrl).toMatch(new RegExp(`/documents/${c.pubDoc.id}$`));
  });

  it('gives a JSON 404 for unknown and malformed ids and unknown paths', async () => {
    const urls = [
      '/api/v1/meetings/999999',
      '/api/v1/meetings/abc',
      '/api/v1/meetings/99999999999999',
      '/api/v1/people/0',
      '/api/v1/agenda-items/999999',
      '/api/v1/documents/999999',
      '/api/v1/no-such-thing',
    ];
    for (const url of urls) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe('not_found');
    }
    expect((await get('/api/v1/meetings/999999')).json().error.message).toBe('Meeting not found');
  });
});

describe('exempt information', () => {
  it('shows an exempt agenda item to the public by number, title and paragraph only', async () => {
    const m = (await get(`/api/v1/meetings/${c.meeting.id}`)).json();
    const item = m.agendaItems.find((i: { id: number }) => i.id === c.exempt.id);
    expect(item).toEqual({
      id: c.exempt.id,
      type: 'https://schema.oparl.org/1.1/AgendaItem',
      url: `http://localhost/api/v1/agenda-items/${c.exempt.id}`,
      meetingId: c.meeting.id,
      meeting: `http://localhost/api/v1/meetings/${c.meeting.id}`,
      number: '2',
      title: 'Purchase of riverside land',
      access: 'exempt',
      exemptParagraph: 3,
      withheld: true,
    });
    expect((await get(`/api/v1/agenda-items/${c.exempt.id}`)).json()).toEqual(item);
  });

  it('answers 404 for an exempt document with the same message as a missing one', async () => {
    const exempt = await get(`/api/v1/documents/${c.exemptDoc.id}`);
    const missing = await get('/api/v1/documents/999999');
    expect(exempt.statusCode).toBe(404);
    expect(exempt.json()).toEqual(missing.json());
    expect(exempt.body).not.toContain('Plot Zeta');
  });

  it('shows exempt items and documents in full to a councillor with a bearer token, never cached', async () => {
    const headers = { authorization: councillor.authorization };
    const doc = await get(`/api/v1/documents/${c.exemptDoc.id}`, headers);
    expect(doc.statusCode).toBe(200);
    expect(doc.json()).toMatchObject({ name: 'Valuation of Plot Zeta', access: 'exempt', exemptParagraph: 3 });
    expect(doc.headers['cache-control']).toBe('private, no-store');
    const item = (await get(`/api/v1/agenda-items/${c.exempt.id}`, headers)).json();
    expect(item).toMatchObject({ access: 'exempt', exemptParagraph: 3, instruction: 'Secret instruction text', publicInterestReason: 'Commercial negotiations are ongoing' });
    expect(item.documents.map((d: { name: string }) => d.name)).toEqual(['Valuation of Plot Zeta']);
    const meeting = (await get(`/api/v1/meetings/${c.meeting.id}`, headers)).json();
    expect(JSON.stringify(meeting)).toContain('Valuation of Plot Zeta');
  });

  it('treats an unknown bearer token as signed out', async () => {
    const res = await get(`/api/v1/documents/${c.exemptDoc.id}`, { authorization: 'Bearer shk_not-a-real-token' });
    expect(res.statusCode).toBe(404);
  });

  it('never lets an anonymous response carry exempt titles, text or bytes, on any list or linked object', async () => {
    const secrets = ['Valuation of Plot Zeta', 'Plot Zeta', 'plot-zeta', 'EXEMPT APPENDIX', 'land price', 'Secret instruction text', 'Commercial negotiations', c.exemptDoc.sha256];
    const lists = apiRoutes()
      .filter((r) => r.method === 'GET' && !r.path.includes(':') && r.path !== '/openapi.json')
      .map((r) => `/api/v1${r.path}`);
    const filtered = [`/api/v1/meetings?organisation=${c.org.id}`, `/api/v1/memberships?organisation=${c.org.id}`, '/api/v1/meetings?from=2030-01-01&to=2030-12-31'];
    const byId = apiRoutes()
      .filter((r) => r.method === 'GET' && r.path.includes(':id'))
      .flatMap((r) => [1, 2, 3, c.exemptDoc.id, c.exempt.id].map((id) => `/api/v1${r.path.replace(':id', String(id))}`));
    const pages = await crawlApi(t.app, [...lists, ...filtered, ...byId]);
    expect(pages.size).toBeGreaterThan(20);
    expect(pages.get(`/api/v1/meetings/${c.meeting.id}`)?.status).toBe(200);
    for (const [url, { body }] of pages) {
      for (const secret of secrets) expect(body, `${url} leaks "${secret}"`).not.toContain(secret);
    }
    const bytes = await get(`/documents/${c.exemptDoc.id}`);
    expect(bytes.statusCode).toBe(404);
    // The same crawl as an entitled user does reach the exempt material, so the scan above is not vacuous.
    const entitled = await crawlApi(t.app, lists, { authorization: councillor.authorization });
    expect([...entitled.values()].some((p) => p.body.includes('Valuation of Plot Zeta'))).toBe(true);
  });
});
