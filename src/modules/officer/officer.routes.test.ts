import { publishRecords } from '../visibility/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { meetings, agendaItems } from '../../db/schema.ts';
import { auditEvents } from '../../db/schema.ts';
import { documents } from '../../db/schema.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let clerk: string;
let viewer: string;

beforeAll(async () => {
  t = await createTestApp({ MAX_UPLOAD_MB: '0.01' });
  c = await makeCouncil(t.database.db);
  const u = await makeUser(t.database.db, 'democratic-services');
  const v = await makeUser(t.database.db, 'viewer');
  clerk = await signIn(t.app, u.email, u.password);
  viewer = await signIn(t.app, v.email, v.password);
});
afterAll(() => t.close());

async function post(url: string, cookie: string, fields: Record<string, string>, pageUrl = url) {
  const page = await t.app.inject({ url: pageUrl, headers: { cookie } });
  const { token } = formState(page);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
  });
}

const protectedGets = [
  '/officer',
  '/officer/organisations',
  '/officer/organisations/new',
  '/officer/people',
  '/officer/people/new',
  '/officer/memberships/new',
  '/officer/meetings',
  '/officer/meetings/new',
];

describe('officer area access', () => {
  it.each(protectedGets)('%s sends a signed-out visitor to sign in', async (url) => {
    const res = await t.app.inject(url);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/sign-in?next=${encodeURIComponent(url)}`);
  });

  it.each(protectedGets.filter((u) => u.endsWith('/new')))('%s is forbidden to a viewer', async (url) => {
    const res = await t.app.inject({ url, headers: { cookie: viewer } });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('You do not have permission');
  });

  it('links the dashboard to every officer screen, the Forward Plan and EIAs among them', async () => {
    const res = await t.app.inject({ url: '/officer', headers: { cookie: clerk } });
    expect(res.statusCode).toBe(200);
    for (const href of ['/officer/reports', '/officer/eias', '/officer/forward-plan']) expect(res.body).toContain(`href="${href}"`);
  });

  it('links each role only to the screens it may open, and every link it is given opens', async () => {
    const roles = ['viewer', 'councillor', 'report-author', 'scrutiny-manager', 'democratic-services', 'admin'] as const;
    const seen: Record<string, string[]> = {};
    for (const role of roles) {
      const u = await makeUser(t.database.db, role, `dashboard-${role}@test.example`);
      const cookie = await signIn(t.app, u.email, u.password);
      const page = await t.app.inject({ url: '/officer', headers: { cookie } });
      const manage = page.body.slice(page.body.indexOf('>Manage</h2>'));
      seen[role] = [...manage.matchAll(/href="(\/officer\/[^"]+)"/g)].map((m) => m[1]!);
      for (const href of seen[role]) expect([role, href, (await t.app.inject({ url: href, headers: { cookie } })).statusCode]).toEqual([role, href, 200]);
    }
    expect(seen.viewer).not.toContain('/officer/meetings/new');
    expect(seen.viewer).not.toContain('/officer/risks');
    expect(seen['report-author']).toContain('/officer/risks');
    expect(seen['democratic-services']).toContain('/officer/imports');
  });

  it('refuses a form post without a CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/officer/organisations',
      headers: { cookie: clerk, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=Sneaky&kind=committee',
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a viewer posting a meeting', async () => {
    const res = await post('/officer/meetings', viewer, { organisationId: String(c.org.id) }, '/officer');
    expect(res.statusCode).toBe(403);
  });
});

describe('scheduling a meeting', () => {
  it('shows each problem and saves nothing when the form is invalid', async () => {
    const [before] = await t.database.db.select({ n: count() }).from(meetings);
    const res = await post(
      '/officer/meetings',
      clerk,
      { organisationId: '', 'date-day': '31', 'date-month': '2', 'date-year': '2031', startTime: '25:00' },
      '/officer/meetings/new',
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('There is a problem');
    expect(res.body).toContain('Select a committee');
    expect(res.body).toContain('The date of the meeting must be a real date');
    expect(res.body).toContain('Enter the start time in the 24-hour format');
    expect(res.body).toContain('href="#date-day"');
    const [after] = await t.database.db.select({ n: count() }).from(meetings);
    expect(after!.n).toBe(before!.n);
  });

  it('schedules a meeting, adds an exempt item, and the public sees only what it should', async () => {
    const res = await post(
      '/officer/meetings',
      clerk,
      {
        organisationId: String(c.org.id),
        'date-day': '29',
        'date-month': '10',
        'date-year': '2031',
        startTime: '14:30',
        locationId: String(c.location.id),
        status: 'scheduled',
      },
      '/officer/meetings/new',
    );
    expect(res.statusCode).toBe(303);
    const id = Number(res.headers.location!.split('/').pop());
    const [m] = await t.database.db.select().from(meetings).where(eq(meetings.id, id));
    expect(m!.startAt.toISOString()).toBe('2031-10-29T14:30:00.000Z');

    const bad = await post(`/officer/meetings/${id}/items`, clerk, { title: 'Land deal', exempt: 'yes' }, `/officer/meetings/${id}/items/new`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Select the paragraph of Schedule 12A');

    const item = await post(
      `/officer/meetings/${id}/items`,
      clerk,
      { number: '7', title: 'Land deal at the quay', exempt: 'yes', exemptParagraph: '3', instruction: 'Hidden detail' },
      `/officer/meetings/${id}/items/new`,
    );
    expect(item.statusCode).toBe(303);
    // Before the agenda is published the public sees the meeting but none of its items.
    const before = await t.app.inject(`/meetings/${id}`);
    expect(before.body).not.toContain('Land deal at the quay');
    expect(before.body).toContain('The agenda has not been published yet. It is due by');
    await publishRecords(t.database.db, { userId: null, label: 'test' }, 'agenda_item', [
      (await t.database.db.select().from(agendaItems).where(eq(agendaItems.meetingId, id)))[0]!.id,
    ]);
    const pub = await t.app.inject(`/meetings/${id}`);
    expect(pub.body).toContain('Land deal at the quay');
    expect(pub.body).toContain('paragraph 3 of Schedule 12A');
    expect(pub.body).not.toContain('Hidden detail');
    const [audited] = await t.database.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, 'agenda-item.create'));
    expect(audited!.n).toBe(1);
    const items = await t.database.db.select().from(agendaItems).where(eq(agendaItems.meetingId, id));
    expect(items).toHaveLength(1);
  });

  it('requires a notice to cancel a meeting', async () => {
    const res = await post(
      `/officer/meetings/${c.meeting.id}`,
      clerk,
      {
        organisationId: String(c.org.id),
        'date-day': '4',
        'date-month': '3',
        'date-year': '2030',
        startTime: '10:00',
        status: 'cancelled',
      },
      `/officer/meetings/${c.meeting.id}/edit`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter the public notice');
  });
});

describe('organisations, people and memberships', () => {
  it('adds a committee, a person and a membership', async () => {
    const org = await post('/officer/organisations', clerk, { name: 'Coastal Erosion Task Group', kind: 'task-and-finish-group' }, '/officer/organisations/new');
    expect(org.statusCode).toBe(303);
    expect(org.headers.location).toBe('/committees/coastal-erosion-task-group');
    const person = await post('/officer/people', clerk, { kind: 'councillor', honorific: 'Cllr', givenName: 'Rhys', familyName: 'Brook' }, '/officer/people/new');
    expect(person.statusCode).toBe(303);
    expect(person.headers.location).toBe('/people/rhys-brook');
    const bad = await post('/officer/people', clerk, { kind: 'officer', givenName: '', familyName: 'X', email: 'not-an-email' }, '/officer/people/new');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter the first name');
    expect(bad.body).toContain('Enter an email address in the correct format');
  });
});

describe('uploading documents', () => {
  async function upload(fields: Record<string, string>, file: { name: string; content: Buffer } | null) {
    const page = await t.app.inject({ url: `/officer/meetings/${c.meeting.id}/documents/new`, headers: { cookie: clerk } });
    const token = decodeURIComponent(/documents\?_csrf=([^"]+)"/.exec(page.body)?.[1] ?? '');
    const boundary = '----shirehalltest';
    const parts: Buffer[] = [];
    for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
    if (file)
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        file.content,
        Buffer.from('\r\n'),
      );
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    return t.app.inject({
      method: 'POST',
      url: `/officer/meetings/${c.meeting.id}/documents?_csrf=${encodeURIComponent(token)}`,
      headers: { cookie: clerk, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat(parts),
    });
  }

  it('stores an exempt appendix that the public cannot reach', async () => {
    const res = await upload(
      { title: 'Confidential tender scores', access: 'exempt', exemptParagraph: '3', kind: 'appendix', agendaItemId: String(c.pub.id) },
      { name: 'scores.txt', content: Buffer.from('TENDER SCORE SHEET') },
    );
    expect(res.statusCode).toBe(303);
    const [doc] = await t.database.db.select().from(documents).where(eq(documents.title, 'Confidential tender scores'));
    expect(doc!.access).toBe('exempt');
    const anon = await t.app.inject(`/documents/${doc!.id}`);
    expect(anon.statusCode).toBe(404);
    expect(anon.body).not.toContain('TENDER SCORE');
    expect(anon.body).not.toContain('Confidential tender');
  });

  it('makes a paper uploaded to an exempt item with the form’s defaults exempt, unpublished and out of every public channel', async () => {
    // What a browser sends when the clerk only types a title, picks the item and the file: the radios and selects keep their defaults.
    const form = await t.app.inject({ url: `/officer/meetings/${c.meeting.id}/documents/new?item=${c.exempt.id}`, headers: { cookie: clerk } });
    expect(form.body).toMatch(/name="access"[^>]*value="inherit"[^>]*checked|value="inherit"[^>]*checked/);
    expect(form.body).toContain('The same as its agenda item: exempt: paragraph 3');
    const res = await upload(
      { title: 'Bid figures for the quay', agendaItemId: String(c.exempt.id), kind: 'report', access: 'inherit', exemptParagraph: '', accessReason: '' },
      { name: 'bids.txt', content: Buffer.from('BID-FIGURES-MARKER 2.4m') },
    );
    expect(res.statusCode).toBe(303);
    const [doc] = await t.database.db.select().from(documents).where(eq(documents.title, 'Bid figures for the quay'));
    expect(doc).toMatchObject({ access: 'exempt', exemptParagraph: 3, accessInherited: true, publication: 'draft' });
    const missing = await t.app.inject('/documents/999999');
    const anon = await t.app.inject(`/documents/${doc!.id}`);
    expect(anon.statusCode).toBe(404);
    expect(anon.body.replace(/nonce="[^"]+"/g, '')).toBe(missing.body.replace(/nonce="[^"]+"/g, ''));
    for (const url of ['/', `/meetings/${c.meeting.id}`, `/api/v1/meetings/${c.meeting.id}`, `/api/v1/documents/${doc!.id}`, '/search?q=bid+figures+quay', '/meetings.ics']) {
      const page = await t.app.inject(url);
      expect(page.body, url).not.toContain('Bid figures');
      expect(page.body, url).not.toContain('BID-FIGURES-MARKER');
    }
    // Published with a supplement it is still exempt: the committee's chair may open it, the public may not.
    await publishRecords(t.database.db, { userId: null, label: 'test' }, 'document', [doc!.id]);
    expect((await t.app.inject(`/documents/${doc!.id}`)).statusCode).toBe(404);
    const chair = await makeUser(t.database.db, 'councillor', 'chair-upload@test.example', c.chair.id);
    const chairCookie = await signIn(t.app, chair.email, chair.password);
    const opened = await t.app.inject({ url: `/documents/${doc!.id}`, headers: { cookie: chairCookie } });
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain('BID-FIGURES-MARKER');
  });

  it('names each problem when the title and file are missing', async () => {
    const res = await upload({ title: '' }, null);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter a title for the document');
    expect(res.body).toContain('Select a file');
  });

  it('answers 413 with a message for a file over the limit', async () => {
    const res = await upload({ title: 'Huge' }, { name: 'huge.txt', content: Buffer.alloc(50_000, 65) });
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('too large');
  });
});
