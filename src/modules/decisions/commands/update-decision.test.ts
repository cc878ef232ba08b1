import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { decisions } from '../../../db/schema.ts';
import { recordDecision } from './record-decision.ts';
import { updateDecision } from './update-decision.ts';

const actor = { userId: null, label: 'clerk' };

describe('updateDecision', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const today = toLondonDate(new Date());
  const input = (title: string) => ({
    makerKind: 'officer',
    makerPersonId: String(c.officer.id),
    title,
    decisionText: 'To repair the footbridge',
    decidedOn: today,
    reasons: 'It is unsafe',
    isKey: 'no',
    access: 'public',
  });
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('changes a draft decision, refuses bad input with field errors, and refuses to edit a published one in place', async () => {
    const r = await recordDecision(database.db, actor, input('Footbridge repair'));
    if (!r.ok) throw new Error(r.errors[0]!.message);
    expect(await updateDecision(database.db, actor, r.value.id, { ...input('Footbridge repair'), title: '' })).toMatchObject({ ok: false, errors: [{ field: 'title' }] });
    expect((await updateDecision(database.db, actor, r.value.id, input('Footbridge repair and repainting'))).ok).toBe(true);
    const [row] = await database.db.select().from(decisions).where(eq(decisions.id, r.value.id));
    expect(row!.title).toBe('Footbridge repair and repainting');
    await database.db.update(decisions).set({ publication: 'published', publishedAt: new Date() }).where(eq(decisions.id, r.value.id));
    await expect(updateDecision(database.db, actor, r.value.id, input('Changed after publication'))).rejects.toThrow();
  });
});
