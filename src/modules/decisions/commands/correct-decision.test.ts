import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { decisions } from '../../../db/schema.ts';
import { recordDecision } from './record-decision.ts';
import { correctDecision } from './correct-decision.ts';

const actor = { userId: null, label: 'clerk' };

describe('correctDecision', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const today = toLondonDate(new Date());
  const input = (decisionText: string) => ({
    makerKind: 'officer',
    makerPersonId: String(c.officer.id),
    title: 'Gritting routes',
    decisionText,
    decidedOn: today,
    reasons: 'Winter service plan',
    isKey: 'no',
    access: 'public',
  });
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('corrects a published decision as a new version with the reason, leaving the old one untouched, and needs a reason', async () => {
    const r = await recordDecision(database.db, actor, input('To grit 40 routes'));
    if (!r.ok) throw new Error(r.errors[0]!.message);
    await expect(correctDecision(database.db, actor, r.value.id, { ...input('To grit 42 routes'), correctionReason: 'Typing error' })).rejects.toThrow(
      'A draft decision can be edited directly',
    );
    await database.db.update(decisions).set({ publication: 'published', publishedAt: new Date() }).where(eq(decisions.id, r.value.id));
    expect(await correctDecision(database.db, actor, r.value.id, input('To grit 42 routes'))).toMatchObject({ ok: false, errors: [{ field: 'correctionReason' }] });
    const fixed = await correctDecision(database.db, actor, r.value.id, { ...input('To grit 42 routes'), correctionReason: 'The number of routes was mistyped' });
    if (!fixed.ok) throw new Error(fixed.errors[0]!.message);
    const rows = await database.db.select().from(decisions).orderBy(decisions.version);
    expect(rows.map((d) => [d.version, d.decisionText, d.supersedesId])).toEqual([
      [1, 'To grit 40 routes', null],
      [2, 'To grit 42 routes', r.value.id],
    ]);
    expect(rows[1]!.correctionReason).toBe('The number of routes was mistyped');
    await expect(correctDecision(database.db, actor, r.value.id, { ...input('To grit 43 routes'), correctionReason: 'Again' })).rejects.toThrow('newer version');
  });
});
