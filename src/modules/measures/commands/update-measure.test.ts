import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, measures } from '../../../db/schema.ts';
import { createMeasure } from './create-measure.ts';
import { updateMeasure } from './update-measure.ts';

const actor = { userId: null, label: 'owner@test.example' };
const form = { name: 'Potholes repaired within 28 days', unit: '%', polarity: 'higher', frequency: 'monthly', target: '90', tolerance: '5' };

describe('updateMeasure', () => {
  let database: Database;
  let id: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    await makeCouncil(database.db);
    const r = await createMeasure(database.db, actor, form);
    id = r.ok ? r.value.id : 0;
  });
  afterAll(() => database.close());

  const audits = () =>
    database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'measure'), eq(auditEvents.subjectId, String(id))));

  it('sets the officer’s RAG and commentary, audited with before and after of what changed', async () => {
    const r = await updateMeasure(database.db, actor, id, { ...form, officerRag: 'Red', commentary: 'Frost damage doubled the backlog' });
    expect(r).toEqual({ ok: true, value: { id, changed: true } });
    const [m] = await database.db.select().from(measures).where(eq(measures.id, id));
    expect(m).toMatchObject({ officerRag: 'Red', commentary: 'Frost damage doubled the backlog', target: 90 });
    const update = (await audits()).find((a) => a.action === 'measure.update');
    expect(update).toMatchObject({ before: { officerRag: null, commentary: null }, after: { officerRag: 'Red', commentary: 'Frost damage doubled the backlog' } });
  });

  it('writes nothing when nothing changed, and refuses a bad RAG', async () => {
    const n = (await audits()).length;
    expect(await updateMeasure(database.db, actor, id, { ...form, officerRag: 'Red', commentary: 'Frost damage doubled the backlog' })).toEqual({
      ok: true,
      value: { id, changed: false },
    });
    expect((await audits()).length).toBe(n);
    expect(await updateMeasure(database.db, actor, id, { ...form, officerRag: 'Purple' })).toEqual({
      ok: false,
      errors: [{ field: 'officerRag', message: 'Select the RAG rating' }],
    });
  });

  it('throws not found for a missing measure', async () => {
    await expect(updateMeasure(database.db, actor, 999999, form)).rejects.toMatchObject({ code: 'not_found' });
  });
});
