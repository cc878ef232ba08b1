import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;

beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
});
afterAll(() => t.close());

describe('public meeting pages', () => {
  it('shows the agenda with item numbers, page ranges and public documents', async () => {
    const res = await t.app.inject(`/meetings/${c.meeting.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Bridge maintenance programme');
    expect(res.body).toContain('Pages 3 - 12');
    expect(res.body).toContain('Bridge report');
    expect(res.body).toContain('Guildhall');
  });

  it('describes the meeting as a schema.org Event for search engines and calendars', async () => {
    const res = await t.app.inject(`/meetings/${c.meeting.id}`);
    const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(res.body)?.[1];
    expect(json).toBeDefined();
    const event = JSON.parse(json!) as Record<string, unknown>;
    expect(event).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', name: 'Roads and Rivers Committee', eventStatus: 'https://schema.org/EventScheduled' });
    expect(new Date(event.startDate as string).getTime()).toBe(c.meeting.startAt.getTime());
    expect(JSON.stringify(event.location)).toContain('Guildhall');
  });

  it('shows an exempt item by title and paragraph only', async () => {
    const res = await t.app.inject(`/meetings/${c.meeting.id}`);
    expect(res.body).toContain('Purchase of riverside land');
    expect(res.body).toContain('Not for publication: paragraph 3 of Schedule 12A');
    expect(res.body).not.toContain('Valuation of Plot Zeta');
    expect(res.body).not.toContain('Secret instruction text');
    expect(res.body).not.toContain('Commercial negotiations');
  });

  it('never serves an exempt document to the public, not even its title', async () => {
    const res = await t.app.inject(`/documents/${c.exemptDoc.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Plot Zeta');
    expect(res.body).not.toContain('EXEMPT APPENDIX');
    const pub = await t.app.inject(`/documents/${c.pubDoc.id}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.body).toContain('PUBLIC REPORT BYTES');
    expect(pub.headers['content-disposition']).toMatch(/^inline/);
  });

  it('lets a member of the committee read the exempt document', async () => {
    const u = await makeUser(t.database.db, 'councillor', 'chair@test.example', c.chair.id);
    const cookie = await signIn(t.app, u.email, u.password);
    const page = await t.app.inject({ url: `/meetings/${c.meeting.id}`, headers: { cookie } });
    expect(page.body).toContain('Valuation of Plot Zeta');
    const doc = await t.app.inject({ url: `/documents/${c.exemptDoc.id}`, headers: { cookie } });
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['cache-control']).toContain('no-store');
  });

  it('answers a councillor on no committee, a viewer and a report author as the public for the exempt document', async () => {
    const missing = await t.app.inject('/documents/999999');
    for (const [role, email] of [
      ['councillor', 'other-cllr@test.example'],
      ['viewer', 'viewer-m@test.example'],
      ['report-author', 'author-m@test.example'],
    ] as const) {
      const u = await makeUser(t.database.db, role, email);
      const cookie = await signIn(t.app, u.email, u.password);
      const doc = await t.app.inject({ url: `/documents/${c.exemptDoc.id}`, headers: { cookie } });
      expect(doc.statusCode, role).toBe(404);
      expect(doc.body.replace(/nonce="[^"]+"/g, ''), role).toBe((await t.app.inject({ url: '/documents/999999', headers: { cookie } })).body.replace(/nonce="[^"]+"/g, ''));
      const page = await t.app.inject({ url: `/meetings/${c.meeting.id}`, headers: { cookie } });
      expect(page.body, role).not.toContain('Valuation of Plot Zeta');
      expect(page.body, role).not.toContain('Secret instruction text');
    }
    expect(missing.statusCode).toBe(404);
  });

  it('gives the 404 page for an unknown or malformed meeting id', async () => {
    for (const url of ['/meetings/999999', '/meetings/abc', '/meetings/99999999999999']) {
      const res = await t.app.inject(url);
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('Page not found');
    }
  });

  it('shows the calendar month and list views filtered by committee', async () => {
    const month = await t.app.inject('/meetings?month=2030-03');
    expect(month.statusCode).toBe(200);
    expect(month.body).toContain('March 2030');
    expect(month.body).toContain(`/meetings/${c.meeting.id}`);
    const list = await t.app.inject('/meetings?month=2030-03&view=list&committee=roads-and-rivers');
    expect(list.body).toContain('Roads and Rivers Committee');
    expect(list.body).toContain('Monday 4 March 2030');
    const other = await t.app.inject('/meetings?month=2030-04&view=list');
    expect(other.body).toContain('There are no meetings in April 2030');
  });
});

describe('committee and person pages', () => {
  it('lists committees and shows members with roles', async () => {
    const list = await t.app.inject('/committees');
    expect(list.body).toContain('Roads and Rivers Committee');
    const page = await t.app.inject('/committees/roads-and-rivers');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Cllr Ada Brook');
    expect(page.body).toContain('(Chair)');
    expect(page.body).toContain('Looks after bridges');
  });

  it('keeps two people who share a family name apart', async () => {
    const a = await t.app.inject('/people/ada-brook');
    const b = await t.app.inject('/people/tom-brook');
    expect(a.body).toContain('Roads and Rivers Committee');
    expect(b.body).toContain('Head of Highways');
    expect(b.body).not.toContain('Millford');
  });

  it('serves the home page and the accessibility statement', async () => {
    const home = await t.app.inject('/');
    expect(home.body).toContain('Testshire District Council');
    expect(home.body).toContain('Roads and Rivers Committee');
    expect(home.body).not.toContain('Plot Zeta');
    const a11y = await t.app.inject('/accessibility');
    expect(a11y.body).toContain('Accessibility statement');
    expect(a11y.body).toContain('How we tested this website');
    expect(a11y.body).toContain('not yet been audited by people using screen readers');
  });
});
