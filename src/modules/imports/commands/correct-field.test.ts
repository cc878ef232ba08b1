import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { agendaItems, importCorrections, minutes, provenance } from '../../../db/schema.ts';
import { importActor, importPack } from '../../../import/load/load-pack.ts';
import { correctField, LEGAL_RECORD_MESSAGE } from './correct-field.ts';

const fixture = readFileSync(new URL('../../../import/load/fixtures/wolds-cabinet.txt', import.meta.url));
const clerk = { userId: null, label: 'clerk@test.example' };

describe('correctField', () => {
  let database: Database;
  let importId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    importId = (await importPack(database.db, importActor, fixture, 'wolds-cabinet.txt')).importId;
  });
  afterAll(() => database.close());

  const subjectOf = async (key: string) =>
    (
      await database.db
        .select()
        .from(provenance)
        .where(and(eq(provenance.importId, importId), eq(provenance.sourceKey, key)))
    )[0]!;

  it('corrects an agenda item of the import and keeps the correction', async () => {
    const p = await subjectOf('agenda:4');
    const r = await correctField(database.db, clerk, importId, 'agenda_item', p.subjectId, { field: 'title', value: 'Market Square Lighting', reason: 'as read out' });
    expect(r).toEqual({ ok: true, value: { field: 'title' } });
    expect((await database.db.select().from(agendaItems).where(eq(agendaItems.id, p.subjectId)))[0]!.title).toBe('Market Square Lighting');
    expect(await database.db.select().from(importCorrections)).toHaveLength(1);
  });

  it('never corrects approved minutes, their approval note or their minutes in place', async () => {
    const set = await subjectOf('minutes:2025-06-11');
    expect((await database.db.select().from(minutes).where(eq(minutes.id, set.subjectId)))[0]!.status).toBe('approved');
    expect(await correctField(database.db, clerk, importId, 'minutes', set.subjectId, { field: 'approvalNote', value: 'Approved, one abstention' })).toEqual({
      ok: false,
      errors: [{ field: 'field', message: LEGAL_RECORD_MESSAGE }],
    });
    const minute = await subjectOf('minute:72');
    expect(await correctField(database.db, clerk, importId, 'minute_item', minute.subjectId, { field: 'title', value: 'Cycle parking' })).toEqual({
      ok: false,
      errors: [{ field: 'field', message: LEGAL_RECORD_MESSAGE }],
    });
    expect(await database.db.select().from(importCorrections)).toHaveLength(1);
  });

  it('finds no record of another import', async () => {
    const p = await subjectOf('agenda:4');
    await expect(correctField(database.db, clerk, importId + 1, 'agenda_item', p.subjectId, { field: 'title', value: 'x' })).rejects.toThrow('Record not found in this import');
  });
});
