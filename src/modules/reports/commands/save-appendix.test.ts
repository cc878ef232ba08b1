import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { reportAppendices } from '../../../db/schema.ts';
import { publishRecords } from '../../visibility/index.ts';
import { createReport } from './create-report.ts';
import { saveAppendix } from './save-appendix.ts';

const actor = { userId: null, label: 'author@test.example', role: 'report-author' };

describe('saveAppendix', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('makes an appendix exempt with no paragraph unless told it is public, and numbers appendices in order', async () => {
    const { db } = database;
    const r = await createReport(db, actor, c.body.id, { title: 'Car park charges', kind: 'key-decision' });
    const id = r.ok ? r.value.id : 0;
    const a = await saveAppendix(db, actor, id, null, { title: 'Tariff table' });
    await saveAppendix(db, actor, id, null, { title: 'Survey results', access: 'public', exemptParagraph: '3' });
    const rows = await db.select().from(reportAppendices).where(eq(reportAppendices.reportId, id)).orderBy(reportAppendices.position);
    expect(rows.map((x) => [x.position, x.title, x.access, x.exemptParagraph])).toEqual([
      [1, 'Tariff table', 'exempt', null],
      [2, 'Survey results', 'public', null],
    ]);
    expect(await saveAppendix(db, actor, id, a.ok ? a.value.id : 0, { title: 'Tariff table', access: 'exempt', exemptParagraph: '3' })).toMatchObject({ ok: true });
    expect(await saveAppendix(db, actor, id, null, {})).toMatchObject({ ok: false, errors: [{ field: 'title', message: 'Enter the title of the appendix' }] });
    await publishRecords(db, actor, 'report', [id]);
    expect(await saveAppendix(db, actor, id, null, { title: 'Late addition', access: 'public' })).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('has been published') }],
    });
  });
});
