import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { addMonths, fromLondonLocal, toLondonDate } from '../../lib/dates.ts';
import { meetings, minuteItems, minutes, recommendations, trackerOutcomes, workProgrammeItems } from '../../db/schema.ts';

const today = toLondonDate(new Date());
const agreedOn = addMonths(today, -4);

describe('the scrutiny manager', () => {
  let t: TestApp;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let manager: string;
  let author: string;
  let councillor: string;
  let minuteId: number;
  let requestId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    c = await makeCouncil(db);
    await makeUser(db, 'scrutiny-manager', 'scrutiny@test.example');
    await makeUser(db, 'report-author', 'author@test.example');
    await makeUser(db, 'councillor', 'cllr@test.example');
    const [held] = await db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: fromLondonLocal(`${agreedOn}T10:00`), status: 'held' })
      .returning();
    const [set] = await db.insert(minutes).values({ meetingId: held!.id, version: 1, status: 'draft' }).returning();
    const [m] = await db
      .insert(minuteItems)
      .values({ minutesId: set!.id, organisationId: c.org.id, position: 1, number: '12', agendaNumber: '4', title: 'Bus shelter repairs', access: 'public' })
      .returning();
    minuteId = m!.id;
    manager = await signIn(t.app, 'scrutiny@test.example', 'correct horse battery');
    author = await signIn(t.app, 'author@test.example', 'correct horse battery');
    councillor = await signIn(t.app, 'cllr@test.example', 'correct horse battery');
  });
  afterAll(() => t.close());

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
  const tracker = () => `/officer/organisations/${c.org.id}/outcome-tracker`;
  const programme = () => `/officer/organisations/${c.org.id}/work-programme`;
  const recs = () => `/officer/organisations/${c.org.id}/recommendations`;

  it('adds an outcome to the tracker, sees it as a draft and publishes it', async () => {
    const page = await t.app.inject({ url: tracker(), headers: { cookie: manager } });
    expect(page.body).toContain('Add an agreed outcome');
    const res = await post(manager, tracker(), { minuteItemId: String(minuteId), outcome: 'Repair every shelter by spring', owner: 'Transport Manager' }, `${tracker()}/new`);
    expect(res.statusCode).toBe(303);
    const [o] = await t.database.db.select().from(trackerOutcomes);
    expect((await t.app.inject({ url: tracker(), headers: { cookie: manager } })).body).toContain('Repair every shelter by spring');
    expect((await post(manager, `/officer/tracker-outcomes/${o!.id}/publish`, {}, tracker())).statusCode).toBe(303);
    expect((await t.app.inject('/committees/roads-and-rivers/outcome-tracker')).body).toContain('Repair every shelter by spring');
  });

  it('accepts a councillor’s request and adds items to the work programme', async () => {
    const asked = await post(
      councillor,
      `${programme()}/requests`,
      { item: 'Winter gritting routes', kind: 'report', requestReason: 'Residents ask' },
      `${programme()}/requests/new`,
    );
    expect(asked.statusCode).toBe(303);
    const [requested] = await t.database.db.select().from(workProgrammeItems);
    requestId = requested!.id;
    expect((await t.app.inject({ url: programme(), headers: { cookie: manager } })).body).toContain('Winter gritting routes');
    const decision = `/officer/work-programme-items/${requestId}/decision`;
    expect((await post(manager, decision, { decision: 'accept' }, decision)).statusCode).toBe(303);
    const [w] = await t.database.db.select().from(workProgrammeItems).where(eq(workProgrammeItems.id, requestId));
    expect(w!.requestState).toBe('accepted');
    expect((await post(manager, programme(), { item: 'Road safety near schools', kind: 'update' }, `${programme()}/new`)).statusCode).toBe(303);
    const page = await t.app.inject({ url: programme(), headers: { cookie: manager } });
    expect(page.body).toContain('Road safety near schools');
    expect(page.body).toContain('Add an item');
  });

  it('adds a recommendation', async () => {
    const [y, m, d] = today.split('-');
    const res = await post(
      manager,
      recs(),
      { recommendation: 'Publish shelter repair times', madeTo: 'Cabinet', 'madeOn-day': d!, 'madeOn-month': m!, 'madeOn-year': y! },
      `${recs()}/new`,
    );
    expect(res.statusCode).toBe(303);
    expect(await t.database.db.select().from(recommendations)).toHaveLength(1);
  });

  it('is the only officer (with the clerks) who may change them: report authors and councillors are refused, and see no edit buttons', async () => {
    const [o] = await t.database.db.select().from(trackerOutcomes);
    const [r] = await t.database.db.select().from(recommendations);
    const gets = [`${tracker()}/new`, `/officer/tracker-outcomes/${o!.id}/progress`, `${programme()}/new`, `${recs()}/new`, `/officer/recommendations/${r!.id}/response`];
    const posts = [
      tracker(),
      `/officer/tracker-outcomes/${o!.id}/progress`,
      `/officer/tracker-outcomes/${o!.id}/publish`,
      programme(),
      `/officer/work-programme-items/${requestId}/publish`,
      recs(),
    ];
    for (const url of gets) {
      const out = await t.app.inject(url);
      expect(out.statusCode, url).toBe(303);
      expect(out.headers.location, url).toContain('/sign-in');
      for (const cookie of [author, councillor]) expect((await t.app.inject({ url, headers: { cookie } })).statusCode, url).toBe(403);
      expect((await t.app.inject({ url, headers: { cookie: manager } })).statusCode, url).toBe(200);
    }
    for (const url of posts) {
      const out = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'x=1' });
      expect(out.statusCode, url).toBe(303);
      expect(out.headers.location, url).toContain('/sign-in');
      for (const cookie of [author, councillor])
        expect((await t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'x=1' })).statusCode, url).toBe(403);
    }
    for (const cookie of [author, councillor]) {
      expect((await t.app.inject({ url: tracker(), headers: { cookie } })).body).not.toContain('Add an agreed outcome');
      expect((await t.app.inject({ url: programme(), headers: { cookie } })).body).not.toContain('Add an item');
    }
  });
});
