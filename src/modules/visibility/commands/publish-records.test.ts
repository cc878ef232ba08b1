import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import type { Database } from '../../../db/connect.ts';
import { agendaItems, auditEvents, documents } from '../../../db/schema.ts';
import { publishRecords } from './publish-records.ts';
import { cascadeItemAccess } from './cascade-item-access.ts';

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
const actor = { userId: null, label: 'clerk@test.example' };

beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

describe('publishRecords', () => {
  it('publishes drafts with who and when, leaves published ones alone, and audits each', async () => {
    const [draft] = await database.db.insert(agendaItems).values({ meetingId: c.meeting.id, position: 9, title: 'Late item', access: 'public' }).returning();
    expect(draft!.publication).toBe('draft');
    const now = new Date('2030-03-01T09:00:00Z');
    expect(await publishRecords(database.db, actor, 'agenda_item', [draft!.id, c.pub.id], { now, note: 'Urgent: flood damage' })).toEqual([draft!.id]);
    const [after] = await database.db.select().from(agendaItems).where(eq(agendaItems.id, draft!.id));
    expect(after).toMatchObject({ publication: 'published', publishedBy: 'clerk@test.example', publicationNote: 'Urgent: flood damage' });
    expect(after!.publishedAt?.toISOString()).toBe(now.toISOString());
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, String(draft!.id)));
    expect(events.map((e) => e.action)).toContain('agenda-item.publish');
  });
});

describe('cascadeItemAccess', () => {
  it('makes the papers that follow an item exempt when the item is made exempt, but not one made public with a reason', async () => {
    const db = database.db;
    const [item] = await db.insert(agendaItems).values({ meetingId: c.meeting.id, position: 10, title: 'Depot', access: 'public' }).returning();
    const base = {
      bodyId: c.body.id,
      meetingId: c.meeting.id,
      agendaItemId: item!.id,
      kind: 'report' as const,
      fileName: 'a.txt',
      mimeType: 'text/plain',
      byteSize: 1,
      sha256: c.pubDoc.sha256,
      storageKey: c.pubDoc.storageKey,
    };
    const [follows] = await db
      .insert(documents)
      .values({ ...base, title: 'Follows', access: 'public', accessInherited: true })
      .returning();
    const [own] = await db
      .insert(documents)
      .values({ ...base, title: 'Summary', access: 'public', accessInherited: false, accessReason: 'A public summary' })
      .returning();
    await db.update(agendaItems).set({ access: 'exempt', exemptParagraph: 5 }).where(eq(agendaItems.id, item!.id));
    expect(await cascadeItemAccess(db, actor, item!.id)).toBe(1);
    const rows = await db.select().from(documents).where(eq(documents.agendaItemId, item!.id));
    expect(rows.find((r) => r.id === follows!.id)).toMatchObject({ access: 'exempt', exemptParagraph: 5 });
    expect(rows.find((r) => r.id === own!.id)).toMatchObject({ access: 'public', accessReason: 'A public summary' });
  });
});
