import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { makePlan } from '../../../test/plans.ts';
import { agendaItems } from '../../db/schema.ts';
import { addHighlightReportsToAgenda, saveHighlightReport } from '../plans/index.ts';
import { addTrackerToAgenda, saveTrackerOutcomes } from '../scrutiny/index.ts';
import { publishRecords, recordsViewer } from '../visibility/index.ts';
import { buildPack } from './build-pack.ts';
import { loadPackInput } from './pack-input.ts';

// The outcome tracker and a quarter's highlight reports, put on an agenda, are printed into the pack
// as the public sees them when it is built, and the meeting page links each item to its page.

const actor = { userId: null, label: 'clerk@test.example' };
const published = { publication: 'published' as const, publishedAt: new Date('2029-01-01T09:00:00Z'), publishedBy: 'clerk@test.example', access: 'public' as const };

describe('papers Shirehall generates for an agenda', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof makePlan>>;
  const meetingId = () => f.council.meeting.id;

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    f = await makePlan(db);
    const outcome = (item: string, values: Record<string, unknown>) => ({ values: { bodyId: f.council.body.id, organisationId: f.council.org.id, item, ...values } });
    await saveTrackerOutcomes(db, actor, [
      outcome('Gritting routes', { meetingDate: '2029-06-04', outcome: 'Publish the winter gritting map', owner: 'Head of Highways', ...published }),
      outcome('Ferry timetable', { meetingDate: '2029-06-04', outcome: 'Not yet agreed wording', owner: 'Head of Transport', access: 'public' }),
    ]);
    const report = await saveHighlightReport(
      db,
      actor,
      { partId: f.programme },
      { quarter: 'Q2 2026/27', achievements: 'Two bridges reopened', risksAndIssues: 'Steel prices', nextSteps: 'Tender the third bridge' },
    );
    if (!report.ok) throw new Error('highlight report not saved');
    await publishRecords(db, actor, 'highlight_report', [report.value.id]);
    await saveHighlightReport(db, actor, { partId: f.priority }, { quarter: 'Q2 2026/27', achievements: 'Draft words nobody has approved', risksAndIssues: 'x', nextSteps: 'y' });
    expect((await addTrackerToAgenda(db, actor, meetingId())).ok).toBe(true);
    expect((await addHighlightReportsToAgenda(db, actor, f.planId, { meetingId: String(meetingId()), quarter: 'Q2 2026/27' })).ok).toBe(true);
  });
  afterAll(() => t.close());

  const packHtml = async () => {
    const loaded = await loadPackInput(t.database.db, t.app.services.storage, recordsViewer, meetingId(), { label: 'Agenda', lateReason: null });
    return (await buildPack(loaded!.input, 'public', null)).html;
  };

  it('prints the tracker for the meeting: published outcomes with their worked-out status, no draft', async () => {
    const html = await packHtml();
    expect(html).toContain('Outcome tracker for the meeting of 4 March 2030');
    expect(html).toContain('Publish the winter gritting map');
    // Agreed in June 2029 with no action recorded: Incomplete by the meeting in March 2030.
    expect(html).toMatch(/Publish the winter gritting map[\s\S]*?<td>Incomplete<\/td>/);
    expect(html).not.toContain('Not yet agreed wording');
    expect(html).toContain('href="/meetings/');
  });

  it('prints the quarter’s executive summary and each published report, not a draft one', async () => {
    const html = await packHtml();
    expect(html).toContain('Testshire Plan: highlight reports Q2 2026/27');
    expect(html).toContain('Executive summary');
    expect(html).toContain('1.1.1 Bridge renewal');
    expect(html).toContain('Two bridges reopened');
    expect(html).toContain('Tender the third bridge');
    expect(html).not.toContain('Draft words nobody has approved');
  });

  it('links each item on the meeting page to the paper’s own page, which the public can open', async () => {
    const { db } = t.database;
    const items = await db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId()));
    await publishRecords(
      db,
      actor,
      'agenda_item',
      items.map((i) => i.id),
    );
    const page = await t.app.inject(`/meetings/${meetingId()}`);
    expect(page.body).toContain(`href="/meetings/${meetingId()}/outcome-tracker">Outcome tracker for this meeting</a>`);
    const link = /href="(\/plans\/by-id\/[^"]+)">Highlight reports Q2 2026\/27<\/a>/.exec(page.body)?.[1];
    expect(link).toBeDefined();
    const redirect = await t.app.inject(link!);
    expect(redirect.statusCode).toBe(303);
    expect(redirect.headers.location).toBe('/plans/testshire-plan/highlight-reports/q2-2026-27');
    expect((await t.app.inject(redirect.headers.location as string)).body).toContain('Two bridges reopened');
    expect((await t.app.inject('/plans/by-id/999999/highlight-reports/q2-2026-27')).statusCode).toBe(404);
  });
});
