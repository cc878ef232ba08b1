import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { agendaItems, meetings } from '../../db/schema.ts';
import { auditEvents } from '../../db/schema.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let clerk: string;
let viewer: string;

beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
  const u = await makeUser(t.database.db, 'democratic-services');
  const v = await makeUser(t.database.db, 'viewer');
  clerk = await signIn(t.app, u.email, u.password);
  viewer = await signIn(t.app, v.email, v.password);
});
afterAll(() => t.close());

async function post(url: string, cookie: string, fields: Record<string, string>, pageUrl: string) {
  const page = await t.app.inject({ url: pageUrl, headers: { cookie } });
  const { token } = formState(page);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
  });
}

const agenda = async (meetingId: number) =>
  (await t.database.db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position))).map((i) => `${i.number} ${i.title}`);

describe('agenda building', () => {
  it('sends a signed-out visitor to sign in and forbids a viewer', async () => {
    const url = `/officer/meetings/${c.meeting.id}/agenda`;
    expect((await t.app.inject(url)).headers.location).toBe(`/sign-in?next=${encodeURIComponent(url)}`);
    expect((await t.app.inject({ url, headers: { cookie: viewer } })).statusCode).toBe(403);
    expect((await post(`/officer/meetings/${c.meeting.id}/agenda/standing-items`, viewer, {}, '/officer')).statusCode).toBe(403);
  });

  it('adds the standing items to a new agenda, then refuses to add them twice', async () => {
    const [m] = await t.database.db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2031-05-01T09:00:00Z') })
      .returning();
    const url = `/officer/meetings/${m!.id}/agenda`;
    const page = await t.app.inject({ url, headers: { cookie: clerk } });
    expect(page.body).toContain('Add standing items');
    const res = await post(`${url}/standing-items`, clerk, {}, url);
    expect(res.statusCode).toBe(303);
    expect(await agenda(m!.id)).toEqual([
      '1 Apologies for absence',
      '2 Declarations of interest',
      '3 Minutes of the previous meeting',
      '4 Public question time',
      '5 Urgent business',
    ]);
    const again = await post(`${url}/standing-items`, clerk, {}, url);
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('The standing items are already on this agenda');
  });

  it('puts standing items around existing business, with urgent business last', async () => {
    const url = `/officer/meetings/${c.meeting.id}/agenda`;
    await post(`${url}/standing-items`, clerk, {}, url);
    expect(await agenda(c.meeting.id)).toEqual([
      '1 Apologies for absence',
      '2 Declarations of interest',
      '3 Minutes of the previous meeting',
      '4 Public question time',
      '5 Bridge maintenance programme',
      '6 Purchase of riverside land',
      '7 Urgent business',
    ]);
  });

  it('moves items up and down, renumbers and audits', async () => {
    const url = `/officer/meetings/${c.meeting.id}/agenda`;
    const res = await post(`/officer/agenda-items/${c.exempt.id}/move`, clerk, { direction: 'up' }, url);
    expect(res.statusCode).toBe(303);
    expect((await agenda(c.meeting.id)).slice(4, 6)).toEqual(['5 Purchase of riverside land', '6 Bridge maintenance programme']);
    await post(`/officer/agenda-items/${c.exempt.id}/move`, clerk, { direction: 'down' }, url);
    expect((await agenda(c.meeting.id)).slice(4, 6)).toEqual(['5 Bridge maintenance programme', '6 Purchase of riverside land']);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda.move-item'));
    expect(events).toHaveLength(2);
  });

  it('keeps a sub-item under its parent when renumbering', async () => {
    await t.database.db.insert(agendaItems).values({ meetingId: c.meeting.id, position: 99, number: '5.1', title: 'Bridge appendix', parentId: c.pub.id, access: 'public' });
    const url = `/officer/meetings/${c.meeting.id}/agenda`;
    expect((await post(`${url}/renumber`, clerk, {}, url)).statusCode).toBe(303);
    expect((await agenda(c.meeting.id)).slice(4)).toEqual(['5 Bridge maintenance programme', '5.1 Bridge appendix', '6 Purchase of riverside land', '7 Urgent business']);
  });

  it('shows a GOV.UK error when an item cannot move further', async () => {
    const [first] = await t.database.db.select().from(agendaItems).where(eq(agendaItems.meetingId, c.meeting.id)).orderBy(asc(agendaItems.position)).limit(1);
    const url = `/officer/meetings/${c.meeting.id}/agenda`;
    const res = await post(`/officer/agenda-items/${first!.id}/move`, clerk, { direction: 'up' }, url);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('There is a problem');
    expect(res.body).toContain(`href="#move-${first!.id}"`);
  });
});

describe('adding business to a built agenda', () => {
  it('puts a new item before urgent business, numbered at once, and an exempt one at the end; then offers the exclusion of the public worded from the paragraphs', async () => {
    const [m] = await t.database.db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2031-06-01T09:00:00Z') })
      .returning();
    const url = `/officer/meetings/${m!.id}/agenda`;
    await post(`${url}/standing-items`, clerk, {}, url);
    const add = (fields: Record<string, string>) => post(`/officer/meetings/${m!.id}/items`, clerk, fields, `/officer/meetings/${m!.id}/items/new`);
    expect((await add({ title: 'Budget monitoring', instruction: 'To note the report' })).statusCode).toBe(303);
    expect((await add({ title: 'Disposal of the old depot', exempt: 'yes', exemptParagraph: '3' })).statusCode).toBe(303);
    expect((await add({ title: 'Staffing appeal', exempt: 'yes', exemptParagraph: '1' })).statusCode).toBe(303);
    expect((await add({ title: 'Library opening hours' })).statusCode).toBe(303);
    expect(await agenda(m!.id)).toEqual([
      '1 Apologies for absence',
      '2 Declarations of interest',
      '3 Minutes of the previous meeting',
      '4 Public question time',
      '5 Budget monitoring',
      '6 Library opening hours',
      '7 Urgent business',
      '8 Disposal of the old depot',
      '9 Staffing appeal',
    ]);

    // The item form no longer asks for page numbers: the pack works them out.
    const form = await t.app.inject({ url: `/officer/meetings/${m!.id}/items/new`, headers: { cookie: clerk } });
    expect(form.body).not.toContain('name="pageFrom"');

    const page = await t.app.inject({ url, headers: { cookie: clerk } });
    expect(page.body).toContain('Add the exclusion of the press and public');
    expect(page.body).toContain('Item 8 is exempt');
    expect(page.body).toContain('as defined in paragraphs 1 and 3 of Part 1 of Schedule 12A to the Act.');
    const res = await post(`${url}/exclusion`, clerk, {}, url);
    expect(res.statusCode).toBe(303);
    const rows = await t.database.db.select().from(agendaItems).where(eq(agendaItems.meetingId, m!.id)).orderBy(asc(agendaItems.position));
    expect(rows.map((i) => `${i.number} ${i.title}`).slice(6)).toEqual([
      '7 Urgent business',
      '8 Exclusion of the press and public',
      '9 Disposal of the old depot',
      '10 Staffing appeal',
    ]);
    expect(rows[7]!.access).toBe('public');
    expect(rows[7]!.instruction).toBe(
      'To consider passing the following resolution: That under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following items of business on the grounds that they involve the likely disclosure of exempt information as defined in paragraphs 1 and 3 of Part 1 of Schedule 12A to the Act.',
    );
    const after = await t.app.inject({ url, headers: { cookie: clerk } });
    expect(after.body).not.toContain('Add the exclusion of the press and public');
    const [audited] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda.add-exclusion'));
    expect(audited?.subjectId).toBe(String(m!.id));
    expect((await post(`${url}/exclusion`, clerk, {}, url)).statusCode).toBe(400);
  });
});
