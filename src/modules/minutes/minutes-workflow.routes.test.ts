import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, formState, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { meetings } from '../../db/schema.ts';
import { memberships, people } from '../../db/schema.ts';
import { auditEvents } from '../../db/schema.ts';
import { attendances, declarations, minuteItems, minutes, resolutions } from './minutes.table.ts';
import { updateMinute } from './commands/update-minute.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let clerk: string;
let viewer: string;
let nextMeetingId: number;
let memberId: number;
const actor = { userId: null, label: 'test' };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  c = await makeCouncil(db);
  const [m] = await db.insert(people).values({ bodyId: c.body.id, slug: 'ben-hale', kind: 'councillor', printedName: 'Cllr Ben Hale' }).returning();
  memberId = m!.id;
  await db.insert(memberships).values({ organisationId: c.org.id, personId: memberId, role: 'member' });
  // The meeting has taken place: attendance, declarations and minutes exist only from its start.
  await db
    .update(meetings)
    .set({ startAt: new Date('2026-01-05T10:00:00Z') })
    .where(eq(meetings.id, c.meeting.id));
  const [next] = await db
    .insert(meetings)
    .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2026-02-09T10:00:00Z') })
    .returning();
  nextMeetingId = next!.id;
  const u = await makeUser(db, 'democratic-services');
  const v = await makeUser(db, 'viewer');
  clerk = await signIn(t.app, u.email, u.password);
  viewer = await signIn(t.app, v.email, v.password);
});
afterAll(() => t.close());

async function post(url: string, fields: Record<string, string | string[]>, cookie = clerk) {
  const page = await t.app.inject({ url: '/sign-out', headers: { cookie } });
  const { token } = formState(page);
  const params = new URLSearchParams({ _csrf: token });
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) params.append(k, x);
  return t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: params.toString() });
}

const M = () => c.meeting.id;

describe('access', () => {
  const gets = () => [
    `/officer/meetings/${M()}/minutes`,
    `/officer/meetings/${M()}/attendance`,
    `/officer/meetings/${M()}/attendance/others/new`,
    `/officer/meetings/${M()}/declarations/new`,
    `/officer/meetings/${M()}/exclusion/new`,
    `/officer/meetings/${M()}/minutes/items/new`,
    `/officer/minute-items/1/edit`,
    `/officer/minute-items/1/resolutions/new`,
    `/officer/minute-items/1/actions/new`,
    `/officer/minutes/1/approve`,
    `/officer/minutes/1/sign`,
    `/officer/minutes/1/correct`,
  ];
  it('sends signed-out visitors to sign in from every page', async () => {
    for (const url of gets()) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(303);
      expect(res.headers.location).toBe(`/sign-in?next=${encodeURIComponent(url)}`);
    }
  });
  it('forbids a viewer every form and post', async () => {
    for (const url of gets().slice(1)) expect((await t.app.inject({ url, headers: { cookie: viewer } })).statusCode, url).toBe(403);
    for (const url of [
      `/officer/meetings/${M()}/minutes`,
      `/officer/meetings/${M()}/attendance`,
      `/officer/meetings/${M()}/declarations`,
      `/officer/meetings/${M()}/exclusion`,
      `/officer/meetings/${M()}/minutes/items`,
      '/officer/minutes/1/approve',
      '/officer/minutes/1/sign',
      '/officer/minutes/1/correct',
    ]) {
      expect((await post(url, {}, viewer)).statusCode, url).toBe(403);
    }
  });
  it('lets a viewer read the overview', async () => {
    expect((await t.app.inject({ url: `/officer/meetings/${M()}/minutes`, headers: { cookie: viewer } })).statusCode).toBe(200);
  });
});

describe('at the meeting', () => {
  it('seeds the roll call from current members and needs an answer for each', async () => {
    const page = await t.app.inject({ url: `/officer/meetings/${M()}/attendance`, headers: { cookie: clerk } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Cllr Ada Brook (Chair)');
    expect(page.body).toContain('Cllr Ben Hale');
    const bad = await post(`/officer/meetings/${M()}/attendance`, { [`person-${c.chair.id}`]: 'present' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Select whether Cllr Ben Hale was present, sent apologies or was absent');
    const good = await post(`/officer/meetings/${M()}/attendance`, { [`person-${c.chair.id}`]: 'present', [`person-${memberId}`]: 'apologies' });
    expect(good.statusCode).toBe(303);
    const again = await post(`/officer/meetings/${M()}/attendance`, { [`person-${c.chair.id}`]: 'present', [`person-${memberId}`]: 'apologies' });
    expect(again.statusCode).toBe(303);
    const rows = await t.database.db.select().from(attendances).where(eq(attendances.meetingId, M()));
    expect(
      rows
        .filter((r) => !r.deletedAt)
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['apologies', 'present']);
  });

  it('records a substitute for a member', async () => {
    const bad = await post(`/officer/meetings/${M()}/attendance/others`, { printedName: 'Cllr Sam Sub', kind: 'substitute' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Select the member they are substituting for');
    const res = await post(`/officer/meetings/${M()}/attendance/others`, { printedName: 'Cllr Sam Sub', kind: 'substitute', substituteFor: 'Cllr Ben Hale' });
    expect(res.statusCode).toBe(303);
    const overview = await t.app.inject({ url: `/officer/meetings/${M()}/minutes`, headers: { cookie: clerk } });
    expect(overview.body).toContain('Cllr Sam Sub (for Cllr Ben Hale)');
  });

  it('records someone else in attendance, such as an applicant, apart from the members', async () => {
    const form = await t.app.inject({ url: `/officer/meetings/${M()}/attendance/others/new`, headers: { cookie: clerk } });
    expect(form.body).toContain('Someone else in attendance');
    const res = await post(`/officer/meetings/${M()}/attendance/others`, { printedName: 'Ms Tamsin Vell', kind: 'also-attending', note: 'the applicant' });
    expect(res.statusCode).toBe(303);
    const overview = await t.app.inject({ url: `/officer/meetings/${M()}/attendance`, headers: { cookie: clerk } });
    expect(overview.body).toContain('Ms Tamsin Vell: Also in attendance (the applicant)');
    const [row] = await t.database.db
      .select()
      .from(attendances)
      .where(and(eq(attendances.meetingId, M()), eq(attendances.printedName, 'Ms Tamsin Vell')));
    expect(row).toMatchObject({ kind: 'also-attending', personId: null, note: 'the applicant' });
  });

  it('records a declaration of interest', async () => {
    const bad = await post(`/officer/meetings/${M()}/declarations`, { personId: String(c.chair.id) });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Select the kind of interest');
    expect(bad.body).toContain('Enter the nature of the interest');
    const res = await post(`/officer/meetings/${M()}/declarations`, {
      personId: String(c.chair.id),
      agendaItemId: String(c.pub.id),
      kind: 'disclosable-pecuniary',
      interest: 'Owns a field next to the bridge',
      action: 'Left the room and took no part',
      dispensation: '',
    });
    expect(res.statusCode).toBe(303);
    const [d] = await t.database.db.select().from(declarations).where(eq(declarations.meetingId, M()));
    expect(d).toMatchObject({ printedName: 'Cllr Ada Brook', kind: 'disclosable-pecuniary', agendaItemId: c.pub.id });
  });

  it('records the exclusion of the press and public as a resolution naming the paragraph', async () => {
    const res = await post(`/officer/meetings/${M()}/exclusion`, { agendaItemIds: [String(c.exempt.id)] });
    expect(res.statusCode).toBe(303);
    const [item] = await t.database.db.select().from(minuteItems).where(eq(minuteItems.title, 'Exclusion of the press and public'));
    expect(item?.number).toBe('1');
    const [r] = await t.database.db.select().from(resolutions).where(eq(resolutions.minuteItemId, item!.id));
    expect(r?.text).toContain('paragraph 3');
    expect(r?.text).toContain('Purchase of riverside land');
  });
});

describe('minutes', () => {
  it('numbers minutes on from the last number the committee used, apart from agenda numbers', async () => {
    const res = await post(`/officer/meetings/${M()}/minutes/items`, {
      agendaItemId: String(c.pub.id),
      title: 'Bridge maintenance programme',
      narrative: 'The committee considered the report.',
      presenters: 'Tom Brook',
      alternativesConsidered: 'Do nothing',
      reasons: 'Bridges need repair',
    });
    expect(res.statusCode).toBe(303);
    const rows = await t.database.db.select().from(minuteItems).orderBy(minuteItems.id);
    expect(rows.map((r) => r.number)).toEqual(['1', '2']);
    expect(rows[1]).toMatchObject({ agendaNumber: '1', organisationId: c.org.id });
    const taken = await post(`/officer/meetings/${M()}/minutes/items`, { number: '2', title: 'Duplicate' });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('Minute 2 is already used by this committee');
    const exempt = await post(`/officer/meetings/${M()}/minutes/items`, {
      number: '185',
      agendaItemId: String(c.exempt.id),
      title: 'Purchase of riverside land',
      narrative: 'SECRET PRICE 4.2M',
    });
    expect(exempt.statusCode).toBe(303);
    // The next meeting's first minute follows on from 185.
    const next = await post(`/officer/meetings/${nextMeetingId}/minutes/items`, { title: 'Minutes of the last meeting' });
    expect(next.statusCode).toBe(303);
    const [n] = await t.database.db.select().from(minuteItems).where(eq(minuteItems.title, 'Minutes of the last meeting'));
    expect(n?.number).toBe('186');
  });

  it('adds numbered resolutions with delegations and follow-up actions', async () => {
    const [item] = await t.database.db.select().from(minuteItems).where(eq(minuteItems.title, 'Bridge maintenance programme'));
    expect((await post(`/officer/minute-items/${item!.id}/resolutions`, { text: 'That the programme be approved.' })).statusCode).toBe(303);
    expect(
      (await post(`/officer/minute-items/${item!.id}/resolutions`, { text: 'That the contract be let.', delegation: 'to the Head of Highways, in consultation with the Chair' }))
        .statusCode,
    ).toBe(303);
    const bad = await post(`/officer/minute-items/${item!.id}/actions`, { action: 'Report back', 'dueDate-day': '31', 'dueDate-month': '2', 'dueDate-year': '2031' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#dueDate-day"');
    expect(
      (
        await post(`/officer/minute-items/${item!.id}/actions`, {
          action: 'Report back on progress',
          owner: 'Tom Brook',
          'dueDate-day': '1',
          'dueDate-month': '9',
          'dueDate-year': '2030',
        })
      ).statusCode,
    ).toBe(303);
    const res = await t.database.db.select().from(resolutions).where(eq(resolutions.minuteItemId, item!.id));
    expect(res.map((r) => r.number)).toEqual(['1', '2']);
    // Nothing of the draft minutes, attendance or declarations is public until the clerk publishes them.
    const before = await t.app.inject(`/meetings/${M()}`);
    for (const text of ['Draft minutes', 'That the contract be let.', 'Report back on progress', 'Cllr Sam Sub', 'Owns a field next to the bridge'])
      expect(before.body).not.toContain(text);
    const [m] = await t.database.db.select().from(minutes).where(eq(minutes.meetingId, M()));
    expect((await post(`/officer/minutes/${m!.id}/publish-draft`, {}, viewer)).statusCode).toBe(403);
    expect((await post(`/officer/minutes/${m!.id}/publish-draft`, {})).statusCode).toBe(303);
    const page = await t.app.inject(`/meetings/${M()}`);
    expect(page.body).toContain('Draft minutes');
    expect(page.body).toContain('That the contract be let.');
    expect(page.body).toContain('Report back on progress');
    expect(page.body).toContain('Cllr Sam Sub (for Cllr Ben Hale)');
    expect(page.body).toContain('Owns a field next to the bridge');
    expect(page.body).not.toContain('SECRET PRICE');
    expect(page.body).toContain('Not for publication: paragraph 3 of Schedule 12A');
    // The committee's chair is entitled to the exempt minute.
    const chair = await makeUser(t.database.db, 'councillor', 'chair-minutes@test.example', c.chair.id);
    const chairPage = await t.app.inject({ url: `/meetings/${M()}`, headers: { cookie: await signIn(t.app, chair.email, chair.password) } });
    expect(chairPage.body).toContain('SECRET PRICE');
  });

  it('refuses attendance, declarations, minutes and decisions for a meeting that has not started', async () => {
    const [future] = await t.database.db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date(Date.now() + 30 * 86_400_000) })
      .returning();
    const minute = await post(`/officer/meetings/${future!.id}/minutes/items`, { title: 'Written too early', narrative: 'x' });
    expect(minute.statusCode).toBe(400);
    expect(minute.body).toContain('govuk-error-summary');
    expect(minute.body).toContain('This meeting has not started yet');
    expect((await t.database.db.select().from(minutes).where(eq(minutes.meetingId, future!.id))).length).toBe(0);
    expect((await post(`/officer/meetings/${future!.id}/declarations`, { personId: String(c.chair.id), kind: 'non-registrable', interest: 'x' })).statusCode).toBe(400);
    expect((await post(`/officer/meetings/${future!.id}/attendance/others`, { printedName: 'Cllr Early', kind: 'other-member' })).statusCode).toBe(400);
    for (const url of [`/officer/meetings/${future!.id}/attendance`, `/officer/meetings/${future!.id}/minutes/items/new`, `/officer/meetings/${future!.id}/declarations/new`]) {
      const res = await t.app.inject({ url, headers: { cookie: clerk } });
      expect(res.statusCode, url).toBe(409);
      expect(res.body).toContain('has not started yet');
    }
    expect((await post(`/officer/meetings/${future!.id}/minutes`, {})).statusCode).toBe(409);
  });

  it('approves at a later meeting, then refuses every edit and signs', async () => {
    const [m] = await t.database.db.select().from(minutes).where(eq(minutes.meetingId, M()));
    const wrong = await post(`/officer/minutes/${m!.id}/approve`, { approvedAtMeetingId: String(M()), approvalNote: 'x' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Select a later meeting of the same committee');
    const ok = await post(`/officer/minutes/${m!.id}/approve`, { approvedAtMeetingId: String(nextMeetingId), approvalNote: 'Approved as a correct record, unanimously' });
    expect(ok.statusCode).toBe(303);
    const [approved] = await t.database.db.select().from(minutes).where(eq(minutes.id, m!.id));
    expect(approved).toMatchObject({ status: 'approved', approvedAtMeetingId: nextMeetingId, approvalNote: 'Approved as a correct record, unanimously' });
    const [meeting] = await t.database.db.select().from(meetings).where(eq(meetings.id, M()));
    expect(meeting?.status).toBe('minutes-approved');

    const [item] = await t.database.db
      .select()
      .from(minuteItems)
      .where(and(eq(minuteItems.minutesId, m!.id), eq(minuteItems.title, 'Bridge maintenance programme')));
    for (const url of [
      `/officer/minute-items/${item!.id}/edit`,
      `/officer/minute-items/${item!.id}/resolutions/new`,
      `/officer/minute-items/${item!.id}/actions/new`,
      `/officer/meetings/${M()}/minutes/items/new`,
      `/officer/meetings/${M()}/attendance`,
      `/officer/meetings/${M()}/declarations/new`,
    ]) {
      const res = await t.app.inject({ url, headers: { cookie: clerk } });
      expect(res.statusCode, url).toBe(409);
    }
    const edit = await post(`/officer/minute-items/${item!.id}`, { title: 'Changed' });
    expect(edit.statusCode).toBe(409);
    expect(edit.body).toContain('cannot be changed');
    expect((await post(`/officer/minute-items/${item!.id}/resolutions`, { text: 'Sneaky' })).statusCode).toBe(409);
    expect((await post(`/officer/meetings/${M()}/attendance`, { [`person-${c.chair.id}`]: 'absent', [`person-${memberId}`]: 'absent' })).statusCode).toBe(409);
    await expect(updateMinute(t.database.db, actor, item!.id, { title: 'Changed by the command' })).rejects.toThrow(/cannot be changed/);
    const [unchanged] = await t.database.db.select().from(minuteItems).where(eq(minuteItems.id, item!.id));
    expect(unchanged?.title).toBe('Bridge maintenance programme');

    const early = await post(`/officer/minutes/${m!.id}/sign`, { signedBy: 'Cllr Ada Brook', 'signedOn-day': '1', 'signedOn-month': '1', 'signedOn-year': '2020' });
    expect(early.statusCode).toBe(400);
    const today = new Date();
    const signed = await post(`/officer/minutes/${m!.id}/sign`, {
      signedBy: 'Cllr Ada Brook',
      'signedOn-day': String(today.getUTCDate()),
      'signedOn-month': String(today.getUTCMonth() + 1),
      'signedOn-year': String(today.getUTCFullYear()),
    });
    expect(signed.statusCode).toBe(303);
    const [s] = await t.database.db.select().from(minutes).where(eq(minutes.id, m!.id));
    expect(s).toMatchObject({ status: 'signed', signedBy: 'Cllr Ada Brook' });
  });

  it('corrects approved minutes only by a new version with a reason; both versions stay public', async () => {
    const [m] = await t.database.db.select().from(minutes).where(eq(minutes.meetingId, M()));
    const noReason = await post(`/officer/minutes/${m!.id}/correct`, { correctionReason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Enter the reason for the correction');
    const res = await post(`/officer/minutes/${m!.id}/correct`, { correctionReason: 'The second resolution misstated the delegation' });
    expect(res.statusCode).toBe(303);
    const versions = await t.database.db.select().from(minutes).where(eq(minutes.meetingId, M())).orderBy(minutes.version);
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'signed'],
      [2, 'draft'],
    ]);
    expect(versions[1]).toMatchObject({ supersedesId: m!.id, correctionReason: 'The second resolution misstated the delegation' });
    const copied = await t.database.db.select().from(minuteItems).where(eq(minuteItems.minutesId, versions[1]!.id));
    expect(copied.map((i) => i.number)).toEqual(['1', '2', '185']);
    const bridge = copied.find((i) => i.title === 'Bridge maintenance programme')!;
    expect((await post(`/officer/minute-items/${bridge.id}`, { number: '2', title: 'Bridge maintenance programme (corrected)' })).statusCode).toBe(303);
    expect((await post(`/officer/minutes/${m!.id}/correct`, { correctionReason: 'Again' })).statusCode).toBe(409);

    // The corrected draft is not public until the clerk publishes it; version 1 stays the public record.
    const meanwhile = await t.app.inject(`/meetings/${M()}`);
    expect(meanwhile.body).not.toContain('(corrected)');
    expect(meanwhile.body).toContain('Signed by Cllr Ada Brook');
    expect((await post(`/officer/minutes/${versions[1]!.id}/publish-draft`, {})).statusCode).toBe(303);
    const page = await t.app.inject(`/meetings/${M()}`);
    const current = page.body.indexOf('Bridge maintenance programme (corrected)');
    const earlier = page.body.indexOf('Earlier versions');
    expect(current).toBeGreaterThan(0);
    expect(earlier).toBeGreaterThan(current);
    expect(page.body).toContain('corrected: The second resolution misstated the delegation');
    expect(page.body).toContain('Signed by Cllr Ada Brook');

    const actions = (await t.database.db.select().from(auditEvents)).map((e) => e.action);
    for (const a of [
      'minutes.start',
      'minute.create',
      'resolution.create',
      'minute-action.create',
      'minutes.approve',
      'minutes.sign',
      'minutes.correct',
      'minute.update',
      'attendance.roll-call',
      'attendance.add',
      'declaration.create',
      'minute.exclude-public',
    ])
      expect(actions).toContain(a);
    const overview = await t.app.inject({ url: `/officer/meetings/${M()}/minutes`, headers: { cookie: clerk } });
    // The history says what happened in words, not as action codes.
    expect(overview.body).toContain('Corrected the approved minutes (new version)');
    expect(overview.body).toContain('Changed a minute');
    expect(overview.body).not.toMatch(/>minutes\.correct</);
    expect(overview.body).toContain('democratic-services@test.example');
  });
});
