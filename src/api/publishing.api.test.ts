import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/build-app.ts';
import { makeCouncil } from '../../test/factories.ts';
import { agendaItems, decisions, meetings, minuteItems, minutes, organisations } from '../db/schema.ts';
import { tokenUser } from './test-support.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let clerk: Awaited<ReturnType<typeof tokenUser>>;
let member: Awaited<ReturnType<typeof tokenUser>>;
let viewer: Awaited<ReturnType<typeof tokenUser>>;
let meetingId: number;
let itemId: number;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  c = await makeCouncil(db);
  clerk = await tokenUser(db, 'democratic-services');
  member = await tokenUser(db, 'councillor', 'member-api@test.example', c.chair.id);
  viewer = await tokenUser(db, 'viewer');
  // A meeting in a fortnight whose agenda is not yet published, with one exempt item.
  const [m] = await db
    .insert(meetings)
    .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date(Date.now() + 14 * 86_400_000) })
    .returning();
  meetingId = m!.id;
  const [item] = await db.insert(agendaItems).values({ meetingId, position: 1, number: '1', title: 'Sale of the old depot', access: 'exempt', exemptParagraph: 3 }).returning();
  itemId = item!.id;
});
afterAll(() => t.close());

const bearer = (u: { authorization: string }) => ({ authorization: u.authorization });

/** A multipart body with a file part and text fields. */
function multipart(fields: Record<string, string>, file: { name: string; content: string }) {
  const boundary = 'shirehall-test-boundary';
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/plain\r\n\r\n${file.content}\r\n`);
  return { payload: `${parts.join('')}--${boundary}--\r\n`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('publishing through the API', () => {
  let docId: number;

  it('uploads a paper to an exempt item with the defaults: it is exempt with the item’s paragraph, and a draft', async () => {
    const body = multipart({ title: 'Depot valuation' }, { name: 'valuation.txt', content: 'DEPOT-PRICE-MARKER 1.2 million' });
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/agenda-items/${itemId}/documents`, ...body, headers: { ...body.headers, ...bearer(clerk) } });
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({ name: 'Depot valuation', access: 'exempt', exemptParagraph: 3, publication: 'draft', agendaItemId: itemId });
    docId = doc.id;
    expect(res.headers.location).toBe(doc.url);
  });

  it('answers the public and a viewer exactly as for a missing id, in every form', async () => {
    for (const headers of [{}, bearer(viewer)]) {
      for (const [url, missing] of [
        [`/api/v1/documents/${docId}`, '/api/v1/documents/999999'],
        [`/documents/${docId}`, '/documents/999999'],
      ] as const) {
        const got = await t.app.inject({ url, headers });
        const none = await t.app.inject({ url: missing, headers });
        expect(got.statusCode, url).toBe(404);
        expect(got.body.replace(/nonce="[^"]+"/g, ''), url).toBe(none.body.replace(/nonce="[^"]+"/g, ''));
      }
      const meeting = await t.app.inject({ url: `/api/v1/meetings/${meetingId}`, headers });
      expect(meeting.json().agendaItems).toEqual([]);
      expect(meeting.body).not.toContain('Depot valuation');
    }
  });

  it('refuses to write without a role, and a viewer', async () => {
    const body = multipart({ title: 'x' }, { name: 'x.txt', content: 'x' });
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/agenda-items/${itemId}/documents`, ...body })).statusCode).toBe(401);
    for (const url of [
      `/api/v1/meetings/${meetingId}/publish-agenda`,
      `/api/v1/documents/${docId}/publish`,
      `/api/v1/meetings/${meetingId}/publish-draft-minutes`,
      '/api/v1/decisions/1/publish',
    ]) {
      expect((await t.app.inject({ method: 'POST', url, payload: {} })).statusCode, url).toBe(401);
      expect((await t.app.inject({ method: 'POST', url, payload: {}, headers: bearer(viewer) })).statusCode, url).toBe(403);
      expect((await t.app.inject({ method: 'POST', url, payload: {}, headers: bearer(member) })).statusCode, url).toBe(403);
    }
  });

  it('publishes the agenda: the item is public by title, the paper stays exempt, and the committee member reads it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/meetings/${meetingId}/publish-agenda`,
      payload: { lateReason: 'The valuation arrived late' },
      headers: bearer(clerk),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 1, label: 'Agenda pack' });
    const pub = (await t.app.inject(`/api/v1/meetings/${meetingId}`)).json();
    expect(pub.agendaItems).toEqual([expect.objectContaining({ title: 'Sale of the old depot', withheld: true, exemptParagraph: 3 })]);
    expect(JSON.stringify(pub)).not.toContain('Depot valuation');
    expect((await t.app.inject(`/documents/${docId}`)).statusCode).toBe(404);
    const mine = await t.app.inject({ url: `/api/v1/documents/${docId}`, headers: bearer(member) });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ access: 'exempt', publication: 'published' });
    // A councillor on no committee is not entitled.
    const other = await tokenUser(t.database.db, 'councillor', 'other-api@test.example');
    expect((await t.app.inject({ url: `/api/v1/documents/${docId}`, headers: bearer(other) })).statusCode).toBe(404);
  });

  it('publishes a late paper with its reason, and never twice', async () => {
    const body = multipart({ title: 'Site plan', access: 'public', accessReason: 'The plan is already public on the planning register' }, { name: 'plan.txt', content: 'PLAN' });
    const up = await t.app.inject({ method: 'POST', url: `/api/v1/agenda-items/${itemId}/documents`, ...body, headers: { ...body.headers, ...bearer(clerk) } });
    expect(up.json()).toMatchObject({ access: 'public', publication: 'draft' });
    const id = up.json().id;
    const noReason = await t.app.inject({ method: 'POST', url: `/api/v1/documents/${id}/publish`, payload: {}, headers: bearer(clerk) });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details).toEqual([expect.objectContaining({ field: 'reason' })]);
    const ok = await t.app.inject({ method: 'POST', url: `/api/v1/documents/${id}/publish`, payload: { reason: 'Received from the planners today' }, headers: bearer(clerk) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ publication: 'published', publicationNote: 'Received from the planners today' });
    expect((await t.app.inject(`/documents/${id}`)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/documents/${id}/publish`, payload: { reason: 'again' }, headers: bearer(clerk) })).statusCode).toBe(409);
  });

  it('cannot publish draft minutes before the meeting, and a meeting status is not writable', async () => {
    const early = await t.app.inject({ method: 'POST', url: `/api/v1/meetings/${meetingId}/publish-draft-minutes`, payload: {}, headers: bearer(clerk) });
    expect(early.statusCode).toBe(409);
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/v1/meetings/${meetingId}`, payload: { status: 'minutes-approved' }, headers: bearer(clerk) });
    expect(patch.statusCode).toBe(400);
  });

  it('publishes draft minutes of a meeting that has taken place', async () => {
    const db = t.database.db;
    const [held] = await db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2026-01-12T10:00:00Z'), status: 'held' })
      .returning();
    const [m] = await db.insert(minutes).values({ meetingId: held!.id }).returning();
    await db
      .insert(minuteItems)
      .values({ minutesId: m!.id, organisationId: c.org.id, position: 1, number: '12', title: 'Apologies', narrative: 'MINUTE-MARKER apologies were received', access: 'public' });
    expect((await t.app.inject(`/meetings/${held!.id}`)).body).not.toContain('MINUTE-MARKER');
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/meetings/${held!.id}/publish-draft-minutes`, payload: {}, headers: bearer(clerk) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'draft', publication: 'published' });
    expect((await t.app.inject(`/meetings/${held!.id}`)).body).toContain('MINUTE-MARKER');
  });

  it('publishes a decision with its call-in window, and refuses a decision dated in the future', async () => {
    const db = t.database.db;
    const [cabinet] = await db.insert(organisations).values({ bodyId: c.body.id, name: 'Cabinet', slug: 'cabinet-api', kind: 'cabinet' }).returning();
    const base = { bodyId: c.body.id, makerOrganisationId: cabinet!.id, makerText: 'Cabinet', decisionText: 'To agree', reasons: 'Because', access: 'public' as const };
    const [d] = await db
      .insert(decisions)
      .values({ ...base, title: 'Library hours', decidedOn: '2026-11-30' })
      .returning();
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/decisions/${d!.id}/publish`, payload: {}, headers: bearer(clerk) });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ publication: 'published', callInStatus: 'open' });
    expect(new Date(body.callInDeadline).getTime()).toBeGreaterThan(new Date(body.publishedAt).getTime());
    expect(new Date(body.effectiveFrom).getTime()).toBeGreaterThan(new Date(body.callInDeadline).getTime());
    const [future] = await db
      .insert(decisions)
      .values({ ...base, title: 'Next year', decidedOn: '2099-01-01' })
      .returning();
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/decisions/${future!.id}/publish`, payload: {}, headers: bearer(clerk) })).statusCode).toBe(409);
    const [still] = await db.select().from(decisions).where(eq(decisions.id, future!.id));
    expect(still!.publication).toBe('draft');
  });
});
