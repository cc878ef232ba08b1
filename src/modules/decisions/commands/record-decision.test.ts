import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { addDays, toLondonDate } from '../../../lib/dates.ts';
import { forwardPlanEntries, notices, reports } from '../../../db/schema.ts';
import { recordDecision } from './record-decision.ts';

const actor = { userId: null, label: 'clerk' };

// Decisions cannot be dated in the future, so the dates here run back from today.
describe('recordDecision and the 28-clear-day rule for key decisions', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const today = toLondonDate(new Date());
  // Each entry has its report, published well before, so the officer's key decision meets the 5-working-day rule.
  const entry = async (ref: string, firstPublished: string | null) => {
    const [report] = await database.db
      .insert(reports)
      .values({
        bodyId: c.body.id,
        title: `Report for ${ref}`,
        forwardPlanRef: ref,
        access: 'public',
        publication: 'published',
        publishedAt: new Date(`${addDays(today, -40)}T09:00:00Z`),
      })
      .returning();
    const [e] = await database.db
      .insert(forwardPlanEntries)
      .values({
        bodyId: c.body.id,
        reportId: report!.id,
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

// SI 2012/2089: an individual key decision is taken on a report open to inspection 5 clear working days before.
describe('recordDecision for an individual decision (no meeting)', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const today = toLondonDate(new Date());
  const report = async (publishedOn: string | null) => {
    const [r] = await database.db
      .insert(reports)
      .values({
        bodyId: c.body.id,
        title: 'Street lighting replacement',
        access: 'public',
        ...(publishedOn ? { publication: 'published' as const, publishedAt: new Date(`${publishedOn}T09:00:00Z`) } : {}),
      })
      .returning();
    return r!;
  };
  const decide = (extra: Record<string, unknown>) =>
    recordDecision(database.db, actor, {
      makerKind: 'cabinet-member',
      makerPersonId: String(c.chair.id),
      title: 'Street lighting replacement',
      decisionText: 'To replace the lanterns with LED units',
      decidedOn: today,
      reasons: 'Lower energy use',
      isKey: 'no',
      access: 'public',
      ...extra,
    });
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
    // A key decision needs its Forward Plan entry published 28 clear days before.
    await database.db.insert(forwardPlanEntries).values({
      bodyId: c.body.id,
      ref: 'FP/98/01/01',
      managed: true,
      firstPublished: addDays(today, -60),
      decisionDateText: 'Soon',
      access: 'public',
      publication: 'published',
      publishedAt: new Date(`${addDays(today, -60)}T09:00:00Z`),
    });
  });
  afterAll(() => database.close());

  it('refuses an individual key decision with no report, naming the field', async () => {
    const r = await decide({ isKey: 'yes', forwardPlanRef: 'FP/98/01/01' });
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'reportId' }] });
    expect(JSON.stringify(r)).toContain('needs a published report');
  });

  it('refuses an individual key decision whose report was published fewer than 5 clear working days before', async () => {
    const late = await report(addDays(today, -2));
    const r = await decide({ isKey: 'yes', forwardPlanRef: 'FP/98/01/01', reportId: String(late.id) });
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'reportId' }] });
    expect(JSON.stringify(r)).toMatch(/had to be published by .*5 clear working days before/);
    const unpublished = await report(null);
    expect(JSON.stringify(await decide({ isKey: 'yes', forwardPlanRef: 'FP/98/01/01', reportId: String(unpublished.id) }))).toContain('has not been published');
  });

  it('records an individual key decision on a report published in time, and keeps the report', async () => {
    // Two weeks always holds 5 clear working days, bank holidays included.
    const r = await report(addDays(today, -14));
    const made = await decide({ isKey: 'yes', forwardPlanRef: 'FP/98/01/01', reportId: String(r.id) });
    expect(made).toMatchObject({ ok: true });
  });

  it('records an individual decision that is not key without a report', async () => {
    expect(await decide({})).toMatchObject({ ok: true });
  });
});
