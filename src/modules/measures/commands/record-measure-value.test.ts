import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, measureValues } from '../../../db/schema.ts';
import { createMeasure } from './create-measure.ts';
import { recordMeasureValue } from './record-measure-value.ts';

const actor = { userId: null, label: 'owner@test.example' };
const now = new Date('2026-11-15T12:00:00Z');

describe('recordMeasureValue', () => {
  let database: Database;
  let id: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    await makeCouncil(database.db);
    const r = await createMeasure(database.db, actor, { name: 'Days to process a benefit claim', unit: 'days', polarity: 'lower', frequency: 'quarterly', target: '20' });
    id = r.ok ? r.value.id : 0;
  });
  afterAll(() => database.close());

  const values = () => database.db.select().from(measureValues).where(eq(measureValues.measureId, id));

  it('records a value for a quarter, with its label and who recorded it', async () => {
    const r = await recordMeasureValue(database.db, actor, id, { period: 'Q2 2026/27', value: '23.5', note: 'Staff vacancies' }, now);
    expect(r.ok && r.value.outcome).toBe('created');
    expect(await values()).toEqual([
      expect.objectContaining({ period: '2026-07-01', label: 'Q2 2026/27', value: 23.5, note: 'Staff vacancies', recordedBy: 'owner@test.example' }),
    ]);
  });

  it('changes the value of a period already recorded rather than adding another, audited with before and after', async () => {
    const r = await recordMeasureValue(database.db, actor, id, { period: '2026-08-01', value: '22' }, now);
    expect(r.ok && r.value.outcome).toBe('updated');
    expect((await values()).map((v) => [v.label, v.value, v.note])).toEqual([['Q2 2026/27', 22, null]]);
    const [a] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'measure-value.update')));
    expect(a).toMatchObject({ before: { value: 23.5, note: 'Staff vacancies' }, after: { value: 22, note: null } });
    const again = await recordMeasureValue(database.db, actor, id, { period: 'Q2 2026/27', value: '22' }, now);
    expect(again.ok && again.value.outcome).toBe('unchanged');
  });

  it('refuses a period in the future, a period it cannot read and a value that is not a number', async () => {
    expect(await recordMeasureValue(database.db, actor, id, { period: 'Q4 2026/27', value: '20' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'period', message: 'The period must not be in the future' }],
    });
    expect(await recordMeasureValue(database.db, actor, id, { period: 'Smarch 2026', value: 'twenty' }, now)).toEqual({
      ok: false,
      errors: [
        { field: 'period', message: 'Enter the period as a quarter, like Q2 2026/27' },
        { field: 'value', message: 'The value must be a number, like 72 or 3.5' },
      ],
    });
    expect(await recordMeasureValue(database.db, actor, id, {}, now)).toEqual({
      ok: false,
      errors: [
        { field: 'period', message: 'Enter the period' },
        { field: 'value', message: 'Enter the value' },
      ],
    });
    expect((await values()).length).toBe(1);
  });
});
