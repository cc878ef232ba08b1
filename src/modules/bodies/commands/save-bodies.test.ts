import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { auditEvents, bodies } from '../../../db/schema.ts';
import { saveBodies } from './save-bodies.ts';
import { saveLegislativeTerms } from './save-legislative-terms.ts';

const actor = { userId: null, label: 'system' };

describe('saveBodies and saveLegislativeTerms', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('creates a council with its terms, audited, and refuses a term that ends before it starts', async () => {
    const { db } = database;
    const r = await saveBodies(db, actor, [{ values: { name: 'Testshire District Council', slug: 'testshire' } }]);
    expect(r.ok).toBe(true);
    const bodyId = r.ok ? r.value.ids[0]! : 0;
    expect((await db.select().from(bodies)).map((b) => b.name)).toEqual(['Testshire District Council']);
    expect((await db.select().from(auditEvents)).map((a) => a.action)).toEqual(['body.create']);
    expect(await saveBodies(db, actor, [{ values: { name: ' ', slug: 'blank' } }])).toMatchObject({
      ok: false,
      errors: [{ field: 'name', message: 'Enter the name of the council' }],
    });
    const bad = await saveLegislativeTerms(db, actor, [{ values: { bodyId, name: 'Backwards', startDate: '2029-05-01', endDate: '2025-05-01' } }]);
    expect(bad).toMatchObject({ ok: false, errors: [{ row: 0, field: 'endDate' }] });
    expect((await saveLegislativeTerms(db, actor, [{ values: { bodyId, name: '2025–2029', startDate: '2025-05-01', endDate: '2029-04-30' } }])).ok).toBe(true);
  });
});
