import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems, auditEvents, decisions, documents, minuteItems, minutes, reports } from '../../../db/schema.ts';
import { cascadeItemAccess } from './cascade-item-access.ts';

const clerk = { userId: null, label: 'clerk@test.example' };
const published = { publication: 'published' as const, publishedAt: new Date('2030-02-20T09:00:00Z'), publishedBy: 'clerk@test.example' };

describe('cascadeItemAccess', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const ids = {} as Record<'ownChoice' | 'pack' | 'report' | 'draftMinute' | 'approvedMinute' | 'draftDecision' | 'publishedDecision', number>;
  beforeAll(async () => {
    database = await createTestDatabase();
    const { db } = database;
    c = await makeCouncil(db);
    const file = { bodyId: c.body.id, meetingId: c.meeting.id, mimeType: 'text/plain', byteSize: c.pubDoc.byteSize, sha256: c.pubDoc.sha256, storageKey: c.pubDoc.storageKey };
    const [own] = await db
      .insert(documents)
      .values({ ...file, agendaItemId: c.pub.id, title: 'Tender summary', fileName: 'summary.txt', access: 'exempt', exemptParagraph: 1, accessInherited: false })
      .returning();
    const [pack] = await db
      .insert(documents)
      .values({ ...file, title: 'Agenda pack', kind: 'pack', fileName: 'pack.pdf', access: 'public', ...published })
      .returning();
    const [report] = await db
      .insert(reports)
      .values({ bodyId: c.body.id, meetingId: c.meeting.id, agendaItemId: c.pub.id, title: 'Bridge maintenance programme', access: 'public' })
      .returning();
    const [draft] = await db.insert(minutes).values({ meetingId: c.meeting.id }).returning();
    const [old] = await db.insert(minutes).values({ meetingId: c.meeting.id, version: 0 }).returning();
    const [draftMinute, approvedMinute] = await db
      .insert(minuteItems)
      .values([
        { minutesId: draft!.id, position: 1, number: '12', agendaItemId: c.pub.id, title: 'Bridge maintenance programme', access: 'public' },
        { minutesId: old!.id, position: 1, number: '11', agendaItemId: c.pub.id, title: 'Bridge maintenance programme', access: 'public' },
      ])
      .returning();
    await db
      .update(minutes)
      .set({ status: 'approved', ...published })
      .where(eq(minutes.id, old!.id));
    const decision = { bodyId: c.body.id, minuteItemId: draftMinute!.id, makerText: 'Roads and Rivers Committee', decidedOn: '2030-03-04', access: 'public' as const };
    const [draftDecision, publishedDecision] = await db
      .insert(decisions)
      .values([
        { ...decision, title: 'Programme approved', decisionText: 'To approve the programme' },
        { ...decision, title: 'Budget noted', decisionText: 'To note the budget', ...published },
      ])
      .returning();
    Object.assign(ids, {
      ownChoice: own!.id,
      pack: pack!.id,
      report: report!.id,
      draftMinute: draftMinute!.id,
      approvedMinute: approvedMinute!.id,
      draftDecision: draftDecision!.id,
      publishedDecision: publishedDecision!.id,
    });
  });
  afterAll(() => database.close());

  it('does nothing for an item that does not exist', async () => {
    expect(await cascadeItemAccess(database.db, clerk, 999_999)).toBe(0);
  });

  it('gives the papers, report, draft minute and draft decision that follow an item made exempt its paragraph, each change audited', async () => {
    const { db } = database;
    await db.update(agendaItems).set({ access: 'exempt', exemptParagraph: 3 }).where(eq(agendaItems.id, c.pub.id));
    expect(await db.transaction((trx) => cascadeItemAccess(trx, clerk, c.pub.id))).toBe(4);
    const exempt3 = { access: 'exempt', exemptParagraph: 3 };
    expect((await db.select().from(documents).where(eq(documents.id, c.pubDoc.id)))[0]).toMatchObject(exempt3);
    expect((await db.select().from(reports).where(eq(reports.id, ids.report)))[0]).toMatchObject(exempt3);
    expect((await db.select().from(minuteItems).where(eq(minuteItems.id, ids.draftMinute)))[0]).toMatchObject(exempt3);
    expect((await db.select().from(decisions).where(eq(decisions.id, ids.draftDecision)))[0]).toMatchObject(exempt3);
    const events = await db
      .select()
      .from(auditEvents)
      .where(inArray(auditEvents.action, ['document.access-inherited', 'report.access-inherited', 'minute-item.access-inherited', 'decision.access-inherited']));
    expect(events.map((e) => [e.action, e.subjectId]).sort()).toEqual(
      [
        ['decision.access-inherited', String(ids.draftDecision)],
        ['document.access-inherited', String(c.pubDoc.id)],
        ['minute-item.access-inherited', String(ids.draftMinute)],
        ['report.access-inherited', String(ids.report)],
      ].sort(),
    );
    expect(events[0]).toMatchObject({ actorLabel: 'clerk@test.example', after: { access: 'exempt', exemptParagraph: 3 } });
  });

  it('leaves a paper with its own access, approved minutes and published decisions as they were', async () => {
    const { db } = database;
    expect((await db.select().from(documents).where(eq(documents.id, ids.ownChoice)))[0]).toMatchObject({ access: 'exempt', exemptParagraph: 1 });
    expect((await db.select().from(minuteItems).where(eq(minuteItems.id, ids.approvedMinute)))[0]).toMatchObject({ access: 'public', exemptParagraph: null });
    expect((await db.select().from(decisions).where(eq(decisions.id, ids.publishedDecision)))[0]).toMatchObject({ access: 'public', exemptParagraph: null });
  });

  it('withdraws the meeting’s published pack, which printed the item with its old class, audited', async () => {
    const { db } = database;
    expect((await db.select().from(documents).where(eq(documents.id, ids.pack)))[0]).toMatchObject({
      publication: 'withdrawn',
      withdrawnReason: 'The access of agenda item “Bridge maintenance programme” changed after the pack was published',
    });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'document.withdraw'))).toMatchObject([
      { subjectId: String(ids.pack), actorLabel: 'clerk@test.example' },
    ]);
  });
});
