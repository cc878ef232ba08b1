import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { decisions, eias } from '../../../db/schema.ts';
import { createReport } from './create-report.ts';
import { saveEia } from './save-eia.ts';

const actor = { userId: null, label: 'clerk@test.example', role: 'democratic-services' };

describe('saveEia', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('records every characteristic in order with its outcome, as a public draft of the report', async () => {
    const { db } = database;
    const rep = await createReport(db, actor, c.body.id, { title: 'Library hours', kind: 'key-decision' });
    const r = await saveEia(db, actor, null, {
      reportId: String(rep.ok ? rep.value.id : 0),
      title: 'Library hours EIA',
      c_age_summary: 'Older readers use mornings most',
      c_age_outcome: 'negative',
      c_carers_outcome: 'neutral',
      completedOn: '2030-01-10',
      signedOffOn: '2030-01-12',
    });
    expect(r.ok).toBe(true);
    const [row] = await db
      .select()
      .from(eias)
      .where(eq(eias.id, r.ok ? r.value.id : 0));
    expect(row!.characteristics.length).toBe(11);
    expect(row!.characteristics[0]).toEqual({ key: 'age', summary: 'Older readers use mornings most', outcome: 'negative' });
    expect(row!.characteristics.find((x) => x.key === 'carers')!.outcome).toBe('neutral');
    expect([row!.publication, row!.access]).toEqual(['draft', 'public']);
  });

  it('needs a title and a report, a known outcome, and sign-off on or after completion', async () => {
    const { db } = database;
    expect(await saveEia(db, actor, null, { c_age_outcome: 'awful' })).toMatchObject({
      ok: false,
      errors: [
        { field: 'title', message: 'Enter the title of the assessment' },
        { field: 'c_age_outcome', message: 'Select negative, neutral or positive' },
      ],
    });
    expect(await saveEia(db, actor, null, { title: 'Orphan' })).toMatchObject({ ok: false, errors: [{ field: 'reportId' }] });
    expect(await saveEia(db, actor, null, { title: 'Early', completedOn: '2030-01-10', signedOffOn: '2030-01-09' })).toMatchObject({
      ok: false,
      errors: [{ field: 'signedOffOn' }],
    });
  });

  it('attaches an assessment to a decision taken without a report', async () => {
    const { db } = database;
    const [d] = await db
      .insert(decisions)
      .values({
        bodyId: c.body.id,
        makerPersonId: c.officer.id,
        makerText: 'Officer: Tom Brook',
        title: 'Verge cutting',
        decisionText: 'Cut twice a year',
        decidedOn: '2030-01-05',
        access: 'public',
      })
      .returning();
    const r = await saveEia(db, actor, null, { decisionId: String(d!.id), title: 'Verge cutting EIA', c_disability_outcome: 'neutral' });
    const [row] = await db
      .select()
      .from(eias)
      .where(eq(eias.id, r.ok ? r.value.id : 0));
    expect([row!.decisionId, row!.reportId]).toEqual([d!.id, null]);
    expect(await saveEia(db, actor, null, { decisionId: '999999', title: 'Lost' })).toMatchObject({
      ok: false,
      errors: [{ message: 'Select the report or decision the assessment is for' }],
    });
  });
});
