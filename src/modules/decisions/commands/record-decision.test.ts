import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { addDays, toLondonDate } from '../../../lib/dates.ts';
import { forwardPlanEntries, notices } from '../../../db/schema.ts';
import { recordDecision } from './record-decision.ts';

const actor = { userId: null, label: 'clerk' };

// Decisions cannot be dated in the future, so the dates here run back from today.
describe('recordDecision and the 28-clear-day rule for key decisions', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const today = toLondonDate(new Date());
  const entry = async (ref: string, firstPublished: string | null) => {
    const [e] = await database.db
      .insert(forwardPlanEntries)
      .values({
        bodyId: c.body.id,
        ref,
        managed: true,
        firstPublished,
        decisionDateText: 'Soon',
        access: 'public',
        ...(firstPublished ? { publication: 'published' as const, publishedAt: new Date(`${firstPublished}T09:00:00Z`) } : {}),
      })
      .returning();
    return e!;
  };
  const notice = (entryId: number, kind: 'general-exception' | 'special-urgency', publishedOn: string, extra: Partial<typeof notices.$inferInsert>) =>
    database.db.insert(notices).values({
      bodyId: c.body.id,
      kind,
      forwardPlanEntryId: entryId,
      title: 'Late key decision',
      decisionMaker: 'Tom Brook',
      decisionDate: today,
      reasons: 'The grant offer expires',
      scrutinyChair: 'Cllr Ada Brook',
      access: 'public',
      publication: 'published',
      publishedAt: new Date(`${publishedOn}T09:00:00Z`),
      ...extra,
    });
  const decide = (ref: string, isKey = true) =>
    recordDecision(database.db, actor, {
      makerKind: 'officer',
      makerPersonId: String(c.officer.id),
      title: 'Bridge strengthening contract',
      decisionText: 'To award the contract',
      decidedOn: today,
      reasons: 'Best value',
      isKey: isKey ? 'yes' : 'no',
      forwardPlanRef: ref,
      access: 'public',
    });
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('records a key decision whose entry was first published 28 clear days before', async () => {
    await entry('FP/99/01/01', addDays(today, -29));
    expect(await decide('FP/99/01/01')).toMatchObject({ ok: true });
  });

  it('refuses a key decision whose entry was first published 27 clear days before, with a clear message', async () => {
    await entry('FP/99/01/02', addDays(today, -28));
    const r = await decide('FP/99/01/02');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatchObject({ field: 'forwardPlanRef' });
    expect(!r.ok && r.errors[0]!.message).toMatch(/27 clear days before the decision; a key decision needs 28\. Publish a general exception notice/);
  });

  it('refuses a key decision whose entry was never published', async () => {
    await entry('FP/99/01/03', null);
    const r = await decide('FP/99/01/03');
    expect(!r.ok && r.errors[0]!.message).toMatch(/^Its Forward Plan entry has not been published/);
  });

  it('allows a late key decision with a general exception notice published 5 clear days before, not 4', async () => {
    const e = await entry('FP/99/01/04', addDays(today, -3));
    await notice(e.id, 'general-exception', addDays(today, -5), { chairInformedOn: addDays(today, -6) });
    expect((await decide('FP/99/01/04')).ok).toBe(false);
    await notice(e.id, 'general-exception', addDays(today, -6), { chairInformedOn: addDays(today, -6) });
    expect(await decide('FP/99/01/04')).toMatchObject({ ok: true });
  });

  it('ignores an unpublished notice and allows a key decision with a published special urgency notice', async () => {
    const e = await entry('FP/99/01/05', null);
    await notice(e.id, 'special-urgency', today, { chairAgreedOn: today, publication: 'draft', publishedAt: null });
    expect((await decide('FP/99/01/05')).ok).toBe(false);
    await notice(e.id, 'special-urgency', today, { chairAgreedOn: today });
    expect(await decide('FP/99/01/05')).toMatchObject({ ok: true });
  });

  it('leaves a decision that is not key alone', async () => {
    await entry('FP/99/01/06', addDays(today, -1));
    expect(await decide('FP/99/01/06', false)).toMatchObject({ ok: true });
  });
});
