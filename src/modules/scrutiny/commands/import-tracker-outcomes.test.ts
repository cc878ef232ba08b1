import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, trackerOutcomes } from '../../../db/schema.ts';
import { recordsViewer, type Viewer } from '../../visibility/index.ts';
import { allCommitteeOutcomes } from '../tracker.repo.ts';
import { trackerToCsv } from '../tracker-csv.ts';
import { importTrackerOutcomes } from './import-tracker-outcomes.ts';
import { saveTrackerOutcomes } from './save-tracker-outcomes.ts';

const actor = { userId: null, label: 'scrutiny@test.example' };
const manager: Viewer = { userId: 1, role: 'scrutiny-manager', personId: null };
const now = new Date('2030-06-15T12:00:00Z');

describe('importTrackerOutcomes', () => {
  let database: Database;
  let orgId: number;
  let ids: number[];
  const outcomes = async () => database.db.select().from(trackerOutcomes).orderBy(asc(trackerOutcomes.id));
  const auditCount = async () => (await database.db.select({ n: count() }).from(auditEvents))[0]!.n;
  const exported = async (v: Viewer = manager) => trackerToCsv(await allCommitteeOutcomes(database.db, v, orgId, '2030-06-15'));
  const run = (csv: string, v: Viewer = manager) => database.db.transaction((trx) => importTrackerOutcomes(trx, actor, v, orgId, csv, now));

  beforeAll(async () => {
    database = await createTestDatabase();
    const c = await makeCouncil(database.db);
    orgId = c.org.id;
    const base = { bodyId: c.body.id, organisationId: orgId, access: 'public' as const };
    const r = await saveTrackerOutcomes(database.db, actor, [
      { values: { ...base, meetingDate: '2030-01-10', item: '4. Bus shelters', outcome: 'Repair every shelter, "north and south",\nby spring', owner: 'Transport Manager' } },
      {
        values: {
          ...base,
          meetingDate: '2030-03-05',
          item: '6. Flood sirens',
          outcome: 'Test the sirens',
          owner: 'Emergency Planning',
          progress: 'Ordered',
          progressOn: '2030-04-01',
        },
      },
      { values: { ...base, meetingDate: '2030-03-05', item: '7. Closed item', outcome: 'Sell the depot', owner: 'Estates', access: 'exempt', exemptParagraph: 3 } },
    ]);
    ids = r.ok ? r.value.ids : [];
  });
  afterAll(() => database.close());

  it('changes nothing and writes no audit rows when the export is sent back as it is', async () => {
    const before = await outcomes();
    const audits = await auditCount();
    expect(await run(await exported())).toEqual({ ok: true, value: { changed: 0 } });
    expect(await outcomes()).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it('records an action and a completion from the file, audited, and the status follows', async () => {
    const csv = (await exported())
      .replace(/,Incomplete,,,\r\n/, ',Incomplete,Surveyed every shelter,2030-05-02,\r\n')
      .replace(/,Ordered,2030-04-01,/, ',All sirens tested,2030-06-01,01/06/2030');
    expect(await run(csv)).toEqual({ ok: true, value: { changed: 2 } });
    const [shelters, sirens] = await outcomes();
    expect(shelters).toMatchObject({ progress: 'Surveyed every shelter', progressOn: '2030-05-02', completedOn: null });
    expect(sirens).toMatchObject({ progress: 'All sirens tested', progressOn: '2030-06-01', completedOn: '2030-06-01' });
    const statuses = (await allCommitteeOutcomes(database.db, manager, orgId, '2030-06-15')).map((o) => o.status);
    expect(statuses.sort()).toEqual(['Completed', 'Pending']);
    const audit = await database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, String(ids[0])));
    expect(audit.map((a) => a.action)).toContain('tracker-outcome.update');
  });

  it('changes nothing when one row is bad, and names each bad line', async () => {
    const before = await outcomes();
    const csv = [
      'id,outcome,owner,link,progress,progress_on,completed_on',
      `${ids[0]},New text,Transport Manager,,Surveyed,2030-05-02,`,
      `${ids[1]},Test the sirens,Emergency Planning,,Tested,2030-07-01,`,
      `${ids[0]},Again,,,,,`,
      '999999,Unknown,,,,,',
      `${ids[2]},x,,,,31/02/2030,`,
    ].join('\r\n');
    const r = await run(csv);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.message)).toEqual([
      'Line 3: the date of the action must be today or in the past',
      `Line 4: outcome ${ids[0]} is already on line 2`,
      'Line 5: there is no outcome 999999 on this committee’s tracker (an import changes existing outcomes only)',
      'Line 6: enter the date of the action as a date such as 2027-06-30 or 30/06/2027, not “31/02/2030”',
    ]);
    expect(await outcomes()).toEqual(before);
  });

  it('refuses a date before the meeting that agreed the outcome', async () => {
    const r = await run(`id,outcome,owner,link,progress,progress_on,completed_on\n${ids[0]},x,y,,Done,2029-12-01,\n`);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual(['Line 2: the date of the action must be on or after the meeting that agreed the outcome (2030-01-10)']);
  });

  it('answers an exempt outcome the scrutiny manager may not see as a missing one', async () => {
    expect(await exported()).not.toContain('Sell the depot');
    expect(await exported(recordsViewer)).toContain('Sell the depot');
    const r = await run(`id,outcome,owner,link,progress,progress_on,completed_on\n${ids[2]},Keep the depot,Estates,,,,\n`);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([`Line 2: there is no outcome ${ids[2]} on this committee’s tracker (an import changes existing outcomes only)`]);
  });

  it('refuses a file without the columns it needs', async () => {
    const r = await run('id,outcome\n1,x\n');
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'Line 1: the header row must name the columns id, meeting, item, outcome, owner, link, status, progress, progress_on, completed_on (missing: owner, link, progress, progress_on, completed_on)',
    ]);
  });
});
