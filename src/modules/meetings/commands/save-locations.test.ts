import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { locations } from '../../../db/schema.ts';
import { saveLocations } from './save-locations.ts';

describe('saveLocations', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('adds venues and refuses one with no description', async () => {
    const { db } = database;
    const actor = { userId: null, label: 'import' };
    expect(await saveLocations(db, actor, [{ values: { bodyId: c.body.id, description: '' } }])).toMatchObject({
      ok: false,
      errors: [{ field: 'description', message: 'Enter the venue' }],
    });
    expect((await saveLocations(db, actor, [{ values: { bodyId: c.body.id, description: 'Corn Exchange' } }])).ok).toBe(true);
    expect((await db.select().from(locations)).map((l) => l.description)).toEqual(['Guildhall', 'Corn Exchange']);
  });
});
