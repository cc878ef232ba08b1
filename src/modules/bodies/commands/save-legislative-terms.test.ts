import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, legislativeTerms } from '../../../db/schema.ts';
import { saveLegislativeTerms } from './save-legislative-terms.ts';

const actor = { userId: null, label: 'admin@test.example' };

describe('saveLegislativeTerms', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('records a council term, audited with who recorded it', async () => {
    const { db } = database;
    const r = await saveLegislativeTerms(db, actor, [{ values: { bodyId: c.body.id, name: 'District Council 2027–2031', startDate: '2027-05-06', endDate: '2031-05-01' } }]);
    expect(r).toMatchObject({ ok: true, value: { outcomes: ['created'] } });
    const id = r.ok ? r.value.ids[0]! : 0;
    const [term] = await db.select().from(legislativeTerms).where(eq(legislativeTerms.id, id));
    expect(term).toMatchObject({ name: 'District Council 2027–2031', startDate: '2027-05-06', endDate: '2031-05-01' });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'legislative-term.create'));
    expect(event).toMatchObject({
      actorLabel: 'admin@test.example',
      subjectType: 'legislative_term',
      subjectId: String(id),
      before: null,
      after: { name: 'District Council 2027–2031' },
    });
  });

  it('refuses a term that ends before it starts, writing none of the rows', async () => {
    const { db } = database;
    const r = await saveLegislativeTerms(db, actor, [
      { values: { bodyId: c.body.id, name: 'District Council 2031–2035', startDate: '2031-05-01', endDate: '2035-05-01' } },
      { values: { bodyId: c.body.id, name: 'Backwards term', startDate: '2031-05-01', endDate: '2027-05-06' } },
    ]);
    expect(r).toEqual({ ok: false, errors: [{ row: 1, field: 'endDate', message: 'The end of the term must be after its start' }] });
    expect(await db.select().from(legislativeTerms)).toHaveLength(1);
  });

  it('checks a change against the stored start date, and audits the change with before and after', async () => {
    const { db } = database;
    const [term] = await db.select().from(legislativeTerms);
    const bad = await saveLegislativeTerms(db, actor, [{ id: term!.id, values: { endDate: '2026-12-31' } }]);
    expect(bad).toMatchObject({ ok: false, errors: [{ field: 'endDate', message: 'The end of the term must be after its start' }] });
    expect((await saveLegislativeTerms(db, actor, [{ id: term!.id, values: { endDate: '2031-05-08' } }])).ok).toBe(true);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'legislative-term.update'));
    expect(event).toMatchObject({ subjectId: String(term!.id), before: { endDate: '2031-05-01' }, after: { endDate: '2031-05-08' } });
  });
});
