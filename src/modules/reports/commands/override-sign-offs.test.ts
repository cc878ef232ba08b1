import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { reports } from '../../../db/schema.ts';
import { createReport } from './create-report.ts';
import { overrideSignOffs } from './override-sign-offs.ts';

describe('overrideSignOffs', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('keeps the reason and who overrode on the report', async () => {
    const { db } = database;
    const admin = { userId: null, label: 'admin@test.example', role: 'admin' };
    const r = await createReport(db, admin, c.body.id, { title: 'Road gritting routes', kind: 'non-key-decision' });
    const id = r.ok ? r.value.id : 0;
    const at = new Date('2030-01-01T10:00:00Z');
    expect(await overrideSignOffs(db, admin, id, { reason: '  Winter is early  ' }, at)).toEqual({ ok: true, value: { id } });
    const [row] = await db.select().from(reports).where(eq(reports.id, id));
    expect([row!.signOffOverrideReason, row!.signOffOverriddenAt?.toISOString()]).toEqual(['Winter is early', at.toISOString()]);
  });
});
