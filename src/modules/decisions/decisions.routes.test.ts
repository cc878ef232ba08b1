import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { organisations } from '../../db/schema.ts';
import { people } from '../../db/schema.ts';
import { auditEvents } from '../../db/schema.ts';
import { minuteItems, minutes, resolutions } from '../../db/schema.ts';
import { decisions, forwardPlanEntries } from '../../db/schema.ts';
import { publishDecision } from './commands/publish-decision.ts';
import { recordCallIn } from './commands/record-call-in.ts';
import { updateDecision } from './commands/update-decision.ts';
import { callInState, callInWindow } from './call-in.ts';
import { defaultRules } from '../deadlines/index.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let clerk: string;
let viewer: string;
let cabinetId: number;
let memberId: number;
const actor = { userId: null, label: 'test' };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  c = await makeCouncil(db);
  const [cab] = await db.insert(organisations).values({ bodyId: c.body.id, name: 'Cabinet', slug: 'cabinet', kind: 'cabinet' }).returning();
  cabinetId = cab!.id;
  const [cm] = await db.insert(people).values({ bodyId: c.body.id, slug: 'cara-moss', kind: 'councillor', printedName: 'Cllr Cara Moss' }).returning();
  await db.insert(forwardPlanEntries).values({
    bodyId: c.body.id,
    ref: 'FP/26/09/01',
    firstPublished: '2026-09-01',
    publication: 'published',
    publishedAt: new Date('2026-09-01T09:00:00Z'),
    decisionDateText: '28 Oct 2026',
    decisionMakers: ['Cabinet'],
    issue: 'Highways maintenance',
    access: 'public',
  });
  memberId = cm!.id;
  const u = await makeUser(db, 'democratic-services');
  const v = await makeUser(db, 'viewer');
  clerk = await signIn(t.app, u.email, u.password);
  viewer = await signIn(t.app, v.email, v.password);
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

const cabinetDecision = {
  makerKind: 'cabinet',
  makerOrganisationId: '',
  title: 'Highways maintenance capital programme',
  decisionText: 'To approve the highways maintenance capital programme.',
  'decidedOn-day': '28',
  'decidedOn-month': '10',
  'decidedOn-year': '2026',
  reasons: 'Roads need repair before winter.',
  alternativesRejected: 'Defer the programme.',
  conflicts: 'None',
  isKey: 'yes',
  forwardPlanRef: 'FP/26/09/01',
  access: 'public',
};

describe('the call-in window', () => {
  it('closes 5 working days after publication and the decision takes effect after it', () => {
    // Published Monday 2 November 2026: the window ends at the end of Monday 9 November.
    const w = callInWindow(new Date('2026-11-02T10:00:00Z'), defaultRules.callIn, 'england-and-wales');
    expect(w.deadline.toISOString()).toBe('2026-11-09T23:59:00.000Z');
    expect(w.effectiveFrom.toISOString()).toBe('2026-11-10T00:00:00.000Z');
    // Across the Christmas bank holidays.
    expect(callInWindow(new Date('2026-12-23T10:00:00Z'), defaultRules.callIn, 'england-and-wales').deadline.toISOString()).toBe('2027-01-04T23:59:00.000Z');
    const open = { callInStatus: 'open', callInDeadline: w.deadline, effectiveFrom: w.effectiveFrom };
    expect(callInState(open, new Date('2026-11-09T12:00:00Z'))).toMatchObject({ open: true, effective: false });
    expect(callInState(open, new Date('2026-11-10T00:00:00Z'))).toMatchObject({ open: false, effective: true, label: 'Call-in period ended: not called in' });
  });
});

describe('access', () => {
  it('sends signed-out visitors to sign in and forbids viewers', async () => {
    for (const url of [
      '/officer/decisions',
      '/officer/decisions/new',
      '/officer/decisions/1',
      '/officer/decisions/1/edit',
      '/officer/decisions/1/correct',
      '/officer/decisions/1/call-in',
    ]) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(303);
      expect(res.headers.location).toBe(`/sign-in?next=${encodeURIComponent(url)}`);
    }
    for (const url of ['/officer/decisions/new', '/officer/decisions/1/edit', '/officer/decisions/1/correct', '/officer/decisions/1/call-in']) {
      expect((await t.app.inject({ url, headers: { cookie: viewer } })).statusCode, url).toBe(403);
    }
    for (const url of ['/officer/decisions', '/officer/decisions/1', '/officer/decisions/1/publish', '/officer/decisions/1/correct', '/officer/decisions/1/call-in']) {
      expect((await post(url, {}, viewer)).statusCode, url).toBe(403);
    }
    expect((await t.app.inject({ url: '/officer/decisions', headers: { cookie: viewer } })).statusCode).toBe(200);
  });
});

describe('recording and publishing decisions', () => {
  let id: number;

  it('shows GOV.UK errors for an incomplete decision', async () => {
    const res = await post('/officer/decisions', { makerKind: 'cabinet', isKey: 'yes', access: 'exempt' });
    expect(res.statusCode).toBe(400);
    for (const m of [
      'Select the committee or Cabinet that made the decision',
      'Enter the title of the decision',
      'Enter the decision',
      'Enter the date of the decision',
      'Enter the reasons for the decision',
      'Enter the Forward Plan reference',
      'Select the paragraph of Schedule 12A',
    ])
      expect(res.body).toContain(m);
    expect(res.body).toContain('href="#decidedOn-day"');
    const wrongKind = await post('/officer/decisions', { ...cabinetDecision, makerOrganisationId: String(c.org.id) });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.body).toContain('Select the Cabinet');
  });

  it('records a draft that the public cannot see', async () => {
    const res = await post('/officer/decisions', { ...cabinetDecision, makerOrganisationId: String(cabinetId) });
    expect(res.statusCode).toBe(303);
    id = Number(/\/officer\/decisions\/(\d+)$/.exec(res.headers.location as string)![1]);
    expect((await t.app.inject(`/decisions/${id}`)).statusCode).toBe(404);
    expect((await t.app.inject('/decisions')).body).not.toContain('Highways maintenance capital programme');
    const edit = await post(`/officer/decisions/${id}`, { ...cabinetDecision, makerOrganisationId: String(cabinetId), title: 'Highways maintenance capital programme 2027' });
    expect(edit.statusCode).toBe(303);
  });

  it('publishes an executive decision with its call-in deadline and effective date (fixed dates)', async () => {
    await publishDecision(t.database.db, actor, id, new Date('2026-11-02T10:00:00Z'));
    const [d] = await t.database.db.select().from(decisions).where(eq(decisions.id, id));
    expect(d).toMatchObject({ callInStatus: 'open' });
    expect(d!.callInDeadline?.toISOString()).toBe('2026-11-09T23:59:00.000Z');
    expect(d!.effectiveFrom?.toISOString()).toBe('2026-11-10T00:00:00.000Z');
    const page = await t.app.inject(`/decisions/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('9 November 2026 at 11:59pm');
    expect(page.body).toMatch(/Effective from\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*10 November 2026\s*</);
    expect(page.body).toContain('FP/26/09/01');
    expect(page.body).toContain('Defer the programme.');
  });

  it('refuses to edit a published decision; a correction is a new version with a reason', async () => {
    expect((await t.app.inject({ url: `/officer/decisions/${id}/edit`, headers: { cookie: clerk } })).statusCode).toBe(409);
    expect((await post(`/officer/decisions/${id}`, { ...cabinetDecision, makerOrganisationId: String(cabinetId) })).statusCode).toBe(409);
    await expect(updateDecision(t.database.db, actor, id, { ...cabinetDecision })).rejects.toThrow(/cannot be changed/);
    const noReason = await post(`/officer/decisions/${id}/correct`, { ...cabinetDecision, makerOrganisationId: String(cabinetId) });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Enter the reason for the correction');
    const res = await post(`/officer/decisions/${id}/correct`, {
      ...cabinetDecision,
      makerOrganisationId: String(cabinetId),
      decisionText: 'To approve the programme of £4.2m.',
      correctionReason: 'The amount was missing',
    });
    expect(res.statusCode).toBe(303);
    const newId = Number(/\/officer\/decisions\/(\d+)$/.exec(res.headers.location as string)![1]);
    const [old] = await t.database.db.select().from(decisions).where(eq(decisions.id, id));
    const [fresh] = await t.database.db.select().from(decisions).where(eq(decisions.id, newId));
    expect(old!.decisionText).toBe('To approve the highways maintenance capital programme.');
    expect(fresh).toMatchObject({ version: 2, supersedesId: id, correctionReason: 'The amount was missing', callInStatus: 'open' });
    expect(fresh!.callInDeadline?.toISOString()).toBe(old!.callInDeadline?.toISOString());
    const current = await t.app.inject(`/decisions/${newId}`);
    expect(current.body).toContain('£4.2m');
    expect(current.body).toContain('Earlier versions');
    expect(current.body).toContain('Corrected because: The amount was missing');
    const earlier = await t.app.inject(`/decisions/${id}`);
    expect(earlier.statusCode).toBe(200);
    expect(earlier.body).toContain('This is an earlier version of this decision');
    const list = await t.app.inject('/decisions');
    expect(list.body).toContain(`/decisions/${newId}"`);
    expect(list.body).not.toContain(`/decisions/${id}"`);
    const acts = (await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectType, 'decision'))).map((e) => e.action);
    expect(acts).toEqual(expect.arrayContaining(['decision.create', 'decision.update', 'decision.publish', 'decision.correct']));
  });

  it('records a call-in inside the window, then no further action makes it effective', async () => {
    const [d] = await t.database.db.select().from(decisions).where(eq(decisions.version, 2));
    const late = await recordCallIn(t.database.db, actor, d!.id, { outcome: 'called-in', note: 'Too late' }, new Date('2026-11-10T09:00:00Z'));
    expect(late.ok).toBe(false);
    const early = await recordCallIn(t.database.db, actor, d!.id, { outcome: 'no-further-action', note: 'x' }, new Date('2026-11-05T09:00:00Z'));
    expect(early.ok).toBe(false);
    expect((await recordCallIn(t.database.db, actor, d!.id, { outcome: 'called-in', note: 'Five members called it in' }, new Date('2026-11-05T09:00:00Z'))).ok).toBe(true);
    const page = await t.app.inject(`/decisions/${d!.id}`);
    expect(page.body).toContain('Called in: waiting for scrutiny');
    expect(page.body).toContain('Suspended while called in');
    expect((await recordCallIn(t.database.db, actor, d!.id, { outcome: 'no-further-action', note: 'Scrutiny met on 20 November' }, new Date('2026-11-20T15:00:00Z'))).ok).toBe(
      true,
    );
    const [after] = await t.database.db.select().from(decisions).where(eq(decisions.id, d!.id));
    expect(after!.effectiveFrom?.toISOString()).toBe('2026-11-20T15:00:00.000Z');
    expect(after!.callInStatus).toBe('no-further-action');
  });
});

describe('the public register', () => {
  beforeAll(async () => {
    const db = t.database.db;
    const mk = async (fields: Record<string, string>, publishAt: string) => {
      const res = await post('/officer/decisions', { ...cabinetDecision, ...fields });
      const id = Number(/\/officer\/decisions\/(\d+)$/.exec(res.headers.location as string)![1]);
      await publishDecision(db, actor, id, new Date(publishAt));
      return id;
    };
    await mk(
      {
        makerKind: 'committee',
        makerOrganisationId: String(c.org.id),
        title: 'Flood defence grant bid',
        decisionText: 'To bid for flood defence grant for the riverside.',
        isKey: 'no',
        forwardPlanRef: '',
        'decidedOn-day': '4',
        'decidedOn-month': '3',
        'decidedOn-year': '2026',
      },
      '2026-03-05T10:00:00Z',
    );
    await mk(
      {
        makerKind: 'cabinet-member',
        makerPersonId: String(memberId),
        title: 'Bus shelter contract',
        decisionText: 'To award the bus shelter contract.',
        isKey: 'no',
        forwardPlanRef: '',
        'decidedOn-day': '1',
        'decidedOn-month': '6',
        'decidedOn-year': '2026',
      },
      '2026-06-02T10:00:00Z',
    );
    await mk(
      {
        makerKind: 'cabinet',
        makerOrganisationId: String(cabinetId),
        title: 'Sale of Plot Zeta',
        decisionText: 'SECRET sale price',
        access: 'exempt',
        exemptParagraph: '3',
        isKey: 'no',
        forwardPlanRef: '',
      },
      '2026-11-02T10:00:00Z',
    );
  });

  it('never shows exempt decisions to the public', async () => {
    const [secret] = await t.database.db.select().from(decisions).where(eq(decisions.title, 'Sale of Plot Zeta'));
    expect((await t.app.inject(`/decisions/${secret!.id}`)).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/decisions/${secret!.id}`, headers: { cookie: viewer } })).statusCode).toBe(404);
    // A clerk is entitled to it; the public and viewers get exactly what a missing id gets.
    expect((await t.app.inject({ url: `/decisions/${secret!.id}`, headers: { cookie: clerk } })).statusCode).toBe(200);
    const noNonce = (html: string) => html.replace(/nonce="[^"]+"/g, '');
    expect(noNonce((await t.app.inject(`/decisions/${secret!.id}`)).body)).toBe(noNonce((await t.app.inject('/decisions/999999')).body));
    const list = await t.app.inject('/decisions?q=zeta');
    expect(list.body).not.toContain('Plot Zeta');
    expect((await t.app.inject('/decisions')).body).not.toContain('SECRET');
  });

  it('filters by text, maker, dates and key decisions', async () => {
    const text = await t.app.inject('/decisions?q=flood');
    expect(text.statusCode).toBe(200);
    expect(text.body).toContain('Flood defence grant bid');
    expect(text.body).not.toContain('Bus shelter contract');
    const committee = await t.app.inject('/decisions?maker=roads-and-rivers');
    expect(committee.body).toContain('Flood defence grant bid');
    expect(committee.body).not.toContain('Highways maintenance');
    expect(committee.body).toContain('Not subject to call-in');
    const member = await t.app.inject('/decisions?maker=cabinet-member');
    expect(member.body).toContain('Bus shelter contract');
    expect(member.body).toContain('Cabinet Member: Cllr Cara Moss');
    const range = await t.app.inject('/decisions?from=2026-05-01&to=2026-07-01');
    expect(range.body).toContain('Bus shelter contract');
    expect(range.body).not.toContain('Flood defence grant bid');
    const key = await t.app.inject('/decisions?key=yes');
    expect(key.body).toContain('Highways maintenance');
    expect(key.body).not.toContain('Bus shelter contract');
    const bad = await t.app.inject('/decisions?from=2026-02-31');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter a real date');
  });

  it('prefills a decision from a minute resolution', async () => {
    const db = t.database.db;
    const [m] = await db.insert(minutes).values({ meetingId: c.meeting.id }).returning();
    const [item] = await db
      .insert(minuteItems)
      .values({
        minutesId: m!.id,
        organisationId: c.org.id,
        position: 1,
        number: '190',
        title: 'Bridge maintenance programme',
        reasons: 'Safety',
        alternativesConsidered: 'Close the bridge',
        access: 'public',
      })
      .returning();
    const [r] = await db
      .insert(resolutions)
      .values({ minuteItemId: item!.id, position: 1, number: '1', text: 'That the programme be approved.', delegation: 'to the Head of Highways' })
      .returning();
    const res = await t.app.inject({ url: `/officer/decisions/new?resolution=${r!.id}`, headers: { cookie: clerk } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('That the programme be approved. Delegated: to the Head of Highways');
    expect(res.body).toContain('Close the bridge');
    expect(res.body).toContain(`name="resolutionId" value="${r!.id}"`);
  });
});
