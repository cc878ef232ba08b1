import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { decisions, meetings } from '../../db/schema.ts';
import { minuteItems, minutes, resolutions } from './minutes.table.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let clerk: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  c = await makeCouncil(db);
  // The meeting has taken place, so it can be minuted.
  await db
    .update(meetings)
    .set({ startAt: new Date('2026-01-05T10:00:00Z') })
    .where(eq(meetings.id, c.meeting.id));
  const u = await makeUser(db, 'democratic-services');
  clerk = await signIn(t.app, u.email, u.password);
});
afterAll(() => t.close());

async function post(url: string, fields: Record<string, string>, cookie = clerk) {
  const page = await t.app.inject({ url: '/sign-out', headers: { cookie } });
  const { token } = formState(page);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
  });
}
const get = (url: string, cookie: string | null = clerk) => t.app.inject({ url, headers: cookie ? { cookie } : {} });
const M = () => c.meeting.id;

describe('minutes and decisions joined up', () => {
  let minuteId: number;
  let resolutionId: number;
  let decisionId: number;

  it('fills a minute’s title from its agenda item', async () => {
    await post(`/officer/meetings/${M()}/minutes`, {});
    const overview = await get(`/officer/meetings/${M()}/minutes`);
    // Each agenda item not yet minuted offers a minute of its own, with its title filled in.
    expect(overview.body).toContain(`href="/officer/meetings/${M()}/minutes/items/new?agendaItem=${c.pub.id}"`);
    expect(overview.body).toContain('Minute item 1: Bridge maintenance programme');
    const form = await get(`/officer/meetings/${M()}/minutes/items/new?agendaItem=${c.pub.id}`);
    expect(form.body).toMatch(/name="title" type="text" value="Bridge maintenance programme"/);
    expect(form.body).toMatch(new RegExp(`<option value="${c.pub.id}" selected>`));

    // Left blank, the title is the agenda item's.
    expect(
      (await post(`/officer/meetings/${M()}/minutes/items`, { agendaItemId: String(c.pub.id), title: '', narrative: 'The committee considered the report.' })).statusCode,
    ).toBe(303);
    const [minute] = await t.database.db.select().from(minuteItems).where(eq(minuteItems.agendaItemId, c.pub.id));
    expect(minute?.title).toBe('Bridge maintenance programme');
    minuteId = minute!.id;
    const after = await get(`/officer/meetings/${M()}/minutes`);
    expect(after.body).not.toContain('Minute item 1: Bridge maintenance programme');
    expect(after.body).toContain('Minute item 2: Purchase of riverside land');

    // Without an agenda item a title is needed.
    const bad = await post(`/officer/meetings/${M()}/minutes/items`, { title: '', narrative: 'Something else.' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('govuk-error-summary');
    expect(bad.body).toContain('Enter the title of the minute, or select its agenda item');
  });

  it('records a resolution as a decision once, and links the two both ways', async () => {
    expect((await post(`/officer/minute-items/${minuteId}/resolutions`, { text: 'That the programme be approved.' })).statusCode).toBe(303);
    const [r] = await t.database.db.select().from(resolutions).where(eq(resolutions.minuteItemId, minuteId));
    resolutionId = r!.id;
    expect((await get(`/officer/meetings/${M()}/minutes`)).body).toContain(`href="/officer/decisions/new?resolution=${resolutionId}"`);

    const decision = {
      makerKind: 'committee',
      makerOrganisationId: String(c.org.id),
      title: 'Bridge maintenance programme',
      decisionText: 'That the programme be approved.',
      'decidedOn-day': '5',
      'decidedOn-month': '1',
      'decidedOn-year': '2026',
      reasons: 'Bridges need repair.',
      access: 'inherit',
      meetingId: String(M()),
      minuteItemId: String(minuteId),
      resolutionId: String(resolutionId),
    };
    const saved = await post('/officer/decisions', decision);
    expect(saved.statusCode).toBe(303);
    decisionId = Number(saved.headers.location!.split('/').pop());

    // The minutes link the decision instead of offering to record it again.
    const overview = await get(`/officer/meetings/${M()}/minutes`);
    expect(overview.body).not.toContain(`/officer/decisions/new?resolution=${resolutionId}`);
    expect(overview.body).toContain(`href="/officer/decisions/${decisionId}"`);
    expect(overview.body).toContain('Decision: Bridge maintenance programme');
    // Coming back to the old link leads to the decision; a second record is refused.
    const again = await get(`/officer/decisions/new?resolution=${resolutionId}`);
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe(`/officer/decisions/${decisionId}`);
    const twice = await post('/officer/decisions', decision);
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain('This resolution is already recorded as a decision');
    expect(await t.database.db.select().from(decisions).where(eq(decisions.resolutionId, resolutionId))).toHaveLength(1);

    // The decision links the minute it was recorded from.
    const page = await get(`/officer/decisions/${decisionId}`);
    expect(page.body).toContain(`href="/officer/meetings/${M()}/minutes#minute-${minuteId}"`);
    expect(page.body).toMatch(/minute 1, Bridge maintenance programme/);
  });

  it('links them on the public pages once both are published, and not before', async () => {
    const before = await get(`/decisions/${decisionId}`, null);
    expect(before.statusCode).toBe(404);
    expect((await post(`/officer/decisions/${decisionId}/publish`, {})).statusCode).toBe(303);
    // Published decision, draft minutes not public: the decision page does not point at minutes nobody may read.
    const unpublishedMinutes = await get(`/decisions/${decisionId}`, null);
    expect(unpublishedMinutes.statusCode).toBe(200);
    expect(unpublishedMinutes.body).not.toContain('#minute-');
    const [m] = await t.database.db.select().from(minutes).where(eq(minutes.meetingId, M()));
    expect((await post(`/officer/minutes/${m!.id}/publish-draft`, {})).statusCode).toBe(303);
    const decisionPage = await get(`/decisions/${decisionId}`, null);
    expect(decisionPage.body).toContain(`href="/meetings/${M()}#minute-${minuteId}"`);
    const meetingPage = await get(`/meetings/${M()}`, null);
    expect(meetingPage.body).toContain(`id="minute-${minuteId}"`);
    expect(meetingPage.body).toContain(`href="/decisions/${decisionId}"`);
    expect(meetingPage.body).not.toContain('Record as a decision');
  });
});
