import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { entryFields } from '../../../test/forward-plan.ts';
import { addDays, fromLondonLocal, toLondonDate } from '../../lib/dates.ts';
import { forwardPlanEntries, reportSignOffs } from '../../db/schema.ts';
import { createForwardPlanEntry, publishForwardPlanVersion } from '../forward-plan/index.ts';
import { createReport, publishReport, recordSignOff } from '../reports/index.ts';
import { publishDecision, recordDecision } from '../decisions/index.ts';
import { makeRecommendation } from '../scrutiny/index.ts';
import { publishRecords } from '../visibility/index.ts';

// One issue end to end through the commands, dated in the past so every rule holds: the entry on the
// Forward Plan 60 days before, the report published 3 weeks before, scrutiny's recommendation, the
// Cabinet Member's key decision without a meeting, its call-in window closed, in effect.
describe('the issue history page', () => {
  let t: TestApp;
  let clerk: string;
  let entryId: number;
  let draftEntryId: number;
  let decisionId: number;
  let reportId: number;
  const actor = { userId: null, label: 'clerk@test.example', role: 'democratic-services' };
  const today = toLondonDate(new Date());
  const decidedOn = addDays(today, -20);
  const at = (d: string) => fromLondonLocal(`${d}T10:00`);
  const ok = <T>(r: { ok: true; value: T } | { ok: false; errors: unknown }): T => {
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.value;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const c = await makeCouncil(db);
    await makeUser(db, 'democratic-services', 'clerk@test.example');
    clerk = await signIn(t.app, 'clerk@test.example', 'correct horse battery');
    const planned = addDays(today, -80);
    entryId = ok(
      await createForwardPlanEntry(db, actor, { ...entryFields, decisionDateQualifier: 'on', decisionDate: decidedOn, decisionMakers: 'Cabinet Member for Highways' }, at(planned)),
    ).id;
    ok(await publishForwardPlanVersion(db, actor, { note: 'Monthly' }, at(planned)));
    const [entry] = await db.select().from(forwardPlanEntries).where(eq(forwardPlanEntries.id, entryId));
    const ref = entry!.ref!;
    const reportOn = addDays(decidedOn, -21);
    reportId = ok(await createReport(db, actor, c.body.id, { title: 'Riverside car park: sale', kind: 'key-decision', forwardPlanRef: ref }, at(reportOn))).id;
    for (const s of await db.select().from(reportSignOffs).where(eq(reportSignOffs.reportId, reportId)))
      ok(await recordSignOff(db, actor, s.id, { status: 'signed', name: 'Ann Signer', signedOn: reportOn }, at(reportOn)));
    ok(await publishReport(db, actor, reportId, at(reportOn)));
    const rec = ok(
      await makeRecommendation(db, actor, c.org.id, {
        recommendation: 'Keep twenty spaces for blue badge holders.',
        madeTo: 'Cabinet Member for Highways',
        madeOn: addDays(decidedOn, -10),
        forwardPlanRef: ref,
      }),
    );
    await publishRecords(db, actor, 'recommendation', [rec.id]);
    decisionId = ok(
      await recordDecision(db, actor, {
        makerKind: 'cabinet-member',
        makerPersonId: String(c.chair.id),
        title: 'Riverside car park: sale',
        decisionText: 'To sell the car park to the highest bidder',
        decidedOn,
        reasons: 'The site is surplus',
        isKey: 'yes',
        forwardPlanRef: ref,
        reportId: String(reportId),
        access: 'public',
      }),
    ).id;
    await publishDecision(db, actor, decisionId, at(decidedOn));
    draftEntryId = ok(await createForwardPlanEntry(db, actor, { ...entryFields, issue: 'Unpublished matter' })).id;
  });
  afterAll(() => t.close());

  it('links every step from notice to effect, in order, for the public', async () => {
    const res = await t.app.inject(`/issues/${entryId}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    const order = [
      `href="/forward-plan/${entryId}"`,
      'Put on the Forward Plan as FP/',
      `href="/reports/${reportId}"`,
      'Recommendation from Roads and Rivers Committee',
      'without a meeting',
      `href="/decisions/${decisionId}"`,
      'Call-in period ended: not called in',
      'In effect',
    ];
    let last = -1;
    for (const text of order) {
      const i = html.indexOf(text);
      expect(i, text).toBeGreaterThan(last);
      last = i;
    }
    expect(html).toContain('First published in version 1 of the Forward Plan');
  });

  it('is linked from the entry, the report and the decision', async () => {
    for (const url of [`/forward-plan/${entryId}`, `/reports/${reportId}`, `/decisions/${decisionId}`])
      expect((await t.app.inject(url)).body, url).toContain(`href="/issues/${entryId}"`);
  });

  it('answers an unpublished or unknown issue as missing to the public, and shows the draft to the clerk', async () => {
    const missing = await t.app.inject('/issues/999999');
    const draft = await t.app.inject(`/issues/${draftEntryId}`);
    expect([missing.statusCode, draft.statusCode]).toEqual([404, 404]);
    expect(draft.body).not.toContain('Unpublished matter');
    const asClerk = await t.app.inject({ url: `/issues/${draftEntryId}`, headers: { cookie: clerk } });
    expect(asClerk.statusCode).toBe(200);
    expect(asClerk.body).toContain('Forward Plan entry (not yet published)');
  });

  it('gives the same thread as JSON', async () => {
    const res = await t.app.inject(`/api/v1/issues/${entryId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { stages: { stage: string; steps: { path: string | null }[] }[] };
    expect(body.stages.map((s) => s.stage)).toEqual(['Notice', 'Reports', 'Consultation', 'Decision', 'Call-in', 'Effect']);
    expect(body.stages.flatMap((s) => s.steps.map((x) => x.path))).toContain(`/decisions/${decisionId}`);
    expect((await t.app.inject(`/api/v1/issues/${draftEntryId}`)).json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
