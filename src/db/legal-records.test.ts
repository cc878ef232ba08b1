import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { makeCouncil } from '../../test/factories.ts';
import type { Database } from './connect.ts';
import { decisions, minuteActions, minuteItems, minutes, organisations, resolutions } from './schema.ts';
import { fromPostgresError } from '../lib/errors.ts';

let database: Database;
let minutesId: number;
let itemId: number;
let resolutionId: number;
let decisionId: number;

/** Runs a statement and returns the error it raised, or null. */
async function refused(run: () => Promise<unknown>) {
  try {
    await run();
    return null;
  } catch (err) {
    return err;
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const c = await makeCouncil(db);
  // Approval is the last act: a draft with its minute, resolution and action, then approved.
  const [m] = await db.insert(minutes).values({ meetingId: c.meeting.id, publication: 'published', publishedAt: new Date() }).returning();
  const [item] = await db
    .insert(minuteItems)
    .values({
      minutesId: m!.id,
      organisationId: c.org.id,
      position: 1,
      number: '41',
      title: 'Bridge maintenance',
      narrative: 'Agreed.',
      access: 'public',
      publication: 'published',
      publishedAt: new Date(),
    })
    .returning();
  const [r] = await db.insert(resolutions).values({ minuteItemId: item!.id, position: 1, number: '1', text: 'That the programme be approved.' }).returning();
  await db.insert(minuteActions).values({ minuteItemId: item!.id, action: 'Report back' });
  await db.update(minutes).set({ status: 'approved', approvedAt: new Date(), approvalNote: 'Approved as a correct record' }).where(eq(minutes.id, m!.id));
  minutesId = m!.id;
  itemId = item!.id;
  resolutionId = r!.id;
  const [cab] = await db.insert(organisations).values({ bodyId: c.body.id, name: 'Cabinet', slug: 'cabinet-legal', kind: 'cabinet' }).returning();
  const [d] = await db
    .insert(decisions)
    .values({
      bodyId: c.body.id,
      makerOrganisationId: cab!.id,
      makerText: 'Cabinet',
      title: 'Depot sale',
      decisionText: 'To sell the depot',
      decidedOn: '2026-11-02',
      reasons: 'Surplus',
      access: 'public',
      publication: 'published',
      publishedAt: new Date('2026-11-03T10:00:00Z'),
      callInStatus: 'open',
      callInDeadline: new Date('2026-11-10T23:59:00Z'),
      effectiveFrom: new Date('2026-11-11T00:00:00Z'),
    })
    .returning();
  decisionId = d!.id;
});
afterAll(() => database.close());

describe('legal records in the database', () => {
  it('refuses every UPDATE and DELETE of approved minutes, their minutes, resolutions and actions, by any SQL', async () => {
    const db = database.db;
    const attempts: [string, () => Promise<unknown>][] = [
      ['minutes text', () => db.update(minutes).set({ approvalNote: 'Rewritten' }).where(eq(minutes.id, minutesId))],
      ['minutes back to draft', () => db.update(minutes).set({ status: 'draft' }).where(eq(minutes.id, minutesId))],
      ['minutes delete', () => db.delete(minutes).where(eq(minutes.id, minutesId))],
      ['minutes soft delete', () => db.update(minutes).set({ deletedAt: new Date() }).where(eq(minutes.id, minutesId))],
      ['minute narrative', () => db.update(minuteItems).set({ narrative: 'Rewritten' }).where(eq(minuteItems.id, itemId))],
      ['minute delete', () => db.delete(minuteItems).where(eq(minuteItems.id, itemId))],
      ['minute added', () => db.insert(minuteItems).values({ minutesId, position: 2, number: '42', title: 'Slipped in', access: 'public' })],
      ['resolution text', () => db.update(resolutions).set({ text: 'Rewritten' }).where(eq(resolutions.id, resolutionId))],
      ['resolution added', () => db.insert(resolutions).values({ minuteItemId: itemId, position: 2, text: 'Slipped in' })],
      ['action delete', () => db.delete(minuteActions).where(eq(minuteActions.minuteItemId, itemId))],
      ['raw SQL', () => db.execute(sql`update minute_items set title = 'Raw' where id = ${itemId}`)],
    ];
    for (const [what, run] of attempts) {
      const err = await refused(run);
      expect(err, what).not.toBeNull();
      expect(fromPostgresError(err)?.code, what).toBe('conflict');
    }
    const [m] = await db.select().from(minutes).where(eq(minutes.id, minutesId));
    expect(m).toMatchObject({ status: 'approved', approvalNote: 'Approved as a correct record', deletedAt: null });
  });

  it('allows the chair’s signature on approved minutes, and nothing else with it', async () => {
    const db = database.db;
    expect(
      await refused(() => db.update(minutes).set({ status: 'signed', signedBy: 'Cllr Ada Brook', signedAt: new Date(), approvalNote: 'sneaky' }).where(eq(minutes.id, minutesId))),
    ).not.toBeNull();
    expect(
      await refused(() => db.update(minutes).set({ status: 'signed', signedBy: 'Cllr Ada Brook', signedAt: new Date(), updatedAt: new Date() }).where(eq(minutes.id, minutesId))),
    ).toBeNull();
    expect(await refused(() => db.update(minutes).set({ signedBy: 'Someone else' }).where(eq(minutes.id, minutesId)))).not.toBeNull();
  });

  it('refuses changes to a published decision except its call-in outcome and when it takes effect', async () => {
    const db = database.db;
    for (const [what, run] of [
      ['text', () => db.update(decisions).set({ decisionText: 'To give the depot away' }).where(eq(decisions.id, decisionId))],
      ['access', () => db.update(decisions).set({ access: 'exempt', exemptParagraph: 3 }).where(eq(decisions.id, decisionId))],
      ['back to draft', () => db.update(decisions).set({ publication: 'draft' }).where(eq(decisions.id, decisionId))],
      ['delete', () => db.delete(decisions).where(eq(decisions.id, decisionId))],
    ] as [string, () => Promise<unknown>][]) {
      expect(await refused(run), what).not.toBeNull();
    }
    expect(await refused(() => db.update(decisions).set({ callInStatus: 'called-in', effectiveFrom: null, updatedAt: new Date() }).where(eq(decisions.id, decisionId)))).toBeNull();
  });

  it('lets a decision published by mistake be withdrawn with a reason and published again, but not reworded on the way', async () => {
    const db = database.db;
    expect(
      await refused(() =>
        db
          .update(decisions)
          .set({ publication: 'withdrawn', withdrawnAt: new Date(), withdrawnReason: 'Published by mistake', decisionText: 'Something else' })
          .where(eq(decisions.id, decisionId)),
      ),
    ).not.toBeNull();
    expect(
      await refused(() =>
        db.update(decisions).set({ publication: 'withdrawn', withdrawnAt: new Date(), withdrawnReason: 'Published by mistake' }).where(eq(decisions.id, decisionId)),
      ),
    ).toBeNull();
    expect(await refused(() => db.update(decisions).set({ publication: 'draft' }).where(eq(decisions.id, decisionId)))).not.toBeNull();
    expect(await refused(() => db.update(decisions).set({ publication: 'published', withdrawnAt: null, withdrawnReason: null }).where(eq(decisions.id, decisionId)))).toBeNull();
  });
});
