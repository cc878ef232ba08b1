import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { reportSignOffs, reports } from '../../../db/schema.ts';
import { saveReports } from './save-reports.ts';
import { saveReportSignOffs } from './save-report-sign-offs.ts';

const actor = { userId: null, label: 'import' };

describe('saveReports and saveReportSignOffs', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('makes a report under an exempt item exempt with its paragraph, and never public without a reason', async () => {
    const { db } = database;
    const r = await saveReports(db, actor, [
      { values: { bodyId: c.body.id, meetingId: c.meeting.id, agendaItemId: c.exempt.id, title: 'Riverside land: terms of sale' } },
      { values: { bodyId: c.body.id, meetingId: c.meeting.id, agendaItemId: c.pub.id, title: 'Bridge maintenance programme' } },
    ]);
    expect(r.ok).toBe(true);
    const rows = await db.select().from(reports).orderBy(reports.id);
    expect(rows.map((x) => [x.access, x.exemptParagraph, x.accessInherited, x.publication])).toEqual([
      ['exempt', 3, true, 'draft'],
      ['public', null, true, 'draft'],
    ]);
    const open = await saveReports(db, actor, [{ values: { bodyId: c.body.id, agendaItemId: c.exempt.id, title: 'Summary for the public' }, access: { access: 'public' } }]);
    expect(open).toMatchObject({ ok: false, errors: [{ row: 0, field: 'accessReason', message: 'Enter why this can be public when its agenda item is exempt' }] });
    // Stated exempt without a paragraph: only an import may keep it "paragraph not stated".
    expect(await saveReports(db, actor, [{ values: { bodyId: c.body.id, title: 'Confidential annex' }, access: { access: 'exempt' } }])).toMatchObject({
      ok: false,
      errors: [{ field: 'exemptParagraph' }],
    });
    const kept = await saveReports(db, actor, [{ values: { bodyId: c.body.id, title: 'Confidential annex' }, access: { access: 'exempt' } }], { allowUnstated: true });
    expect(kept.ok).toBe(true);
  });

  it('records a sign-off table in order, a role repeating', async () => {
    const { db } = database;
    const [report] = await db.select().from(reports).where(eq(reports.title, 'Bridge maintenance programme'));
    const r = await saveReportSignOffs(db, actor, [
      { values: { reportId: report!.id, position: 1, role: 'Local Member', name: 'Cllr Ada Brook' } },
      { values: { reportId: report!.id, position: 2, role: 'Local Member', name: 'Cllr Eve Marsh' } },
      { values: { reportId: report!.id, position: 3, role: '' } },
    ]);
    expect(r).toMatchObject({ ok: false, errors: [{ row: 2, field: 'role' }] });
    expect(
      (
        await saveReportSignOffs(db, actor, [
          { values: { reportId: report!.id, position: 1, role: 'Local Member', name: 'Cllr Ada Brook' } },
          { values: { reportId: report!.id, position: 2, role: 'Local Member', name: 'Cllr Eve Marsh' } },
        ])
      ).ok,
    ).toBe(true);
    expect((await db.select().from(reportSignOffs)).map((s) => s.name)).toEqual(['Cllr Ada Brook', 'Cllr Eve Marsh']);
  });
});
