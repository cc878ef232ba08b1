import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, measureValues } from '../../../db/schema.ts';
import { publicViewer } from '../../visibility/index.ts';
import { measureValuesCsv } from '../measures.query.ts';
import { createMeasure } from './create-measure.ts';
import { importMeasureValuesCsv } from './import-measure-values-csv.ts';
import { recordMeasureValue } from './record-measure-value.ts';

const actor = { userId: null, label: 'clerk@test.example' };
const now = new Date('2026-11-15T12:00:00Z');
const staff = { ...publicViewer, role: 'democratic-services' as const, userId: 1 };
const header = 'measure_id,measure,period,value,note\r\n';

describe('importMeasureValuesCsv', () => {
  let database: Database;
  let quarterly: number;
  let monthly: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    await makeCouncil(database.db);
    const a = await createMeasure(database.db, actor, { name: 'Recycling rate', unit: '%', polarity: 'higher', frequency: 'quarterly', target: '55', tolerance: '3' });
    const b = await createMeasure(database.db, actor, { name: 'Missed bin collections', unit: 'collections', polarity: 'lower', frequency: 'monthly', target: '40' });
    quarterly = a.ok ? a.value.id : 0;
    monthly = b.ok ? b.value.id : 0;
    await recordMeasureValue(database.db, actor, quarterly, { period: 'Q1 2026/27', value: '51.2', note: 'Garden waste, "green bins", paused' }, now);
  });
  afterAll(() => database.close());

  const stored = () => database.db.select().from(measureValues).orderBy(asc(measureValues.measureId), asc(measureValues.period));
  const audits = async () => (await database.db.select({ n: count() }).from(auditEvents))[0]!.n;

  it('imports its own export and changes nothing, writing no audit row', async () => {
    const csv = await measureValuesCsv(database.db, staff);
    expect(csv).toBe(`\uFEFF${header}${quarterly},Recycling rate,Q1 2026/27,51.2,"Garden waste, ""green bins"", paused"\r\n`);
    const n = await audits();
    expect(await importMeasureValuesCsv(database.db, actor, csv, now)).toEqual({ ok: true, value: { changed: 0 } });
    expect(await audits()).toBe(n);
  });

  it('records new values and changes existing ones, finding a measure by id or by name', async () => {
    const csv = `${header}${quarterly},Recycling rate,Q1 2026/27,52,\r\n,missed bin collections,October 2026,38,Half-term\r\n${monthly},,2026-09,44,\r\n`;
    expect(await importMeasureValuesCsv(database.db, actor, csv, now)).toEqual({ ok: true, value: { changed: 3 } });
    expect((await stored()).map((v) => [v.measureId, v.label, v.value, v.note])).toEqual([
      [quarterly, 'Q1 2026/27', 52, null],
      [monthly, 'September 2026', 44, null],
      [monthly, 'October 2026', 38, 'Half-term'],
    ]);
  });

  it('names the line of every bad row and changes nothing', async () => {
    const before = await stored();
    const n = await audits();
    const csv = `${header}${quarterly},,Q2 2026/27,60,\r\n999,,Q2 2026/27,1,\r\n${quarterly},,Q4 2026/27,1,\r\n,Unknown measure,Q1 2026/27,1,\r\n${monthly},,November 2026,many,\r\n${quarterly},,"Q2 2026/27",61,"a note\r\nover two lines"\r\n${quarterly},,Q2 2026/27,62,\r\n`;
    const r = await importMeasureValuesCsv(database.db, actor, csv, now);
    expect(r).toEqual({
      ok: false,
      errors: [
        { line: 3, field: 'measure_id', message: 'Line 3: there is no measure 999' },
        { line: 4, field: 'period', message: 'Line 4: the period Q4 2026/27 must not be in the future' },
        { line: 5, field: 'measure', message: 'Line 5: there is no measure called “Unknown measure”' },
        { line: 6, field: 'value', message: 'Line 6: the value must be a number, like 72 or 3.5' },
        { line: 7, field: 'period', message: 'Line 7: Q2 2026/27 for this measure is already on line 2' },
        { line: 9, field: 'period', message: 'Line 9: Q2 2026/27 for this measure is already on line 2' },
      ],
    });
    expect(await stored()).toEqual(before);
    expect(await audits()).toBe(n);
  });

  it('refuses a file without the columns, or one that is not CSV', async () => {
    expect(await importMeasureValuesCsv(database.db, actor, 'name,value\r\nx,1\r\n', now)).toEqual({
      ok: false,
      errors: [
        { line: 1, field: 'file', message: 'Line 1: the header row must name the columns measure_id, measure, period, value, note (missing: measure_id or measure, period, note)' },
      ],
    });
    const broken = await importMeasureValuesCsv(database.db, actor, `${header}1,"unclosed,Q1 2026/27,1,\r\n`, now);
    expect(broken.ok).toBe(false);
    expect(await database.db.select().from(measureValues).where(eq(measureValues.measureId, 999))).toEqual([]);
  });
});
