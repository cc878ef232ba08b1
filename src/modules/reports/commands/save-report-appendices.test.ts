import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { reportAppendices } from '../../../db/schema.ts';
import { saveReports } from './save-reports.ts';
import { saveReportAppendices } from './save-report-appendices.ts';

const actor = { userId: null, label: 'import' };

describe('saveReportAppendices', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('never defaults an appendix to public, and drops a paragraph from a public one', async () => {
    const { db } = database;
    const r = await saveReports(db, actor, [{ values: { bodyId: c.body.id, title: 'Allotment rents' }, access: {} }]);
    const reportId = r.ok ? r.value.ids[0]! : 0;
    expect(
      (
        await saveReportAppendices(db, actor, [
          { values: { reportId, position: 1, title: 'Rent schedule' } },
          { values: { reportId, position: 2, title: 'Map', access: 'public', exemptParagraph: 2 } },
        ])
      ).ok,
    ).toBe(true);
    expect((await db.select().from(reportAppendices).orderBy(reportAppendices.position)).map((a) => [a.access, a.exemptParagraph])).toEqual([
      ['exempt', null],
      ['public', null],
    ]);
    expect(await saveReportAppendices(db, actor, [{ values: { reportId, position: 3, title: ' ' } }])).toMatchObject({ ok: false, errors: [{ row: 0, field: 'title' }] });
  });
});
