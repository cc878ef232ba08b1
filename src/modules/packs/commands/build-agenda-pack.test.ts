import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { pdfText, textPdfRenderer } from '../../../../test/text-pdf-renderer.ts';
import { agendaItems, auditEvents, documents, meetings, packs } from '../../../db/schema.ts';
import { databaseStorage } from '../../../lib/storage/storage.ts';
import { buildAgendaPack } from './build-agenda-pack.ts';

const clerk = { userId: null, label: 'clerk' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

describe('buildAgendaPack', () => {
  it('prints pack 1 of a published agenda, public and restricted, sets the page ranges, audits it, and does not print it twice', async () => {
    const { db } = database;
    const storage = databaseStorage(db);
    expect(await buildAgendaPack(db, storage, textPdfRenderer(), clerk, c.meeting.id)).toBe(true);
    const [pack] = await db.select().from(packs).where(eq(packs.meetingId, c.meeting.id));
    expect(pack).toMatchObject({ version: 1, label: 'Agenda pack', publishedAt: c.meeting.agendaPublishedAt });
    const [pdf] = await db
      .select()
      .from(documents)
      .where(eq(documents.id, pack!.pdfDocumentId ?? 0));
    const publicText = pdfText((await storage.get(pdf!.storageKey))!);
    expect(publicText).toContain('Bridge maintenance programme');
    expect(publicText).not.toContain('land price');
    const [restricted] = await db
      .select()
      .from(documents)
      .where(eq(documents.id, pack!.restrictedPdfDocumentId ?? 0));
    expect(restricted).toMatchObject({ access: 'exempt', exemptParagraph: 3 });
    const [item] = await db.select().from(agendaItems).where(eq(agendaItems.id, c.pub.id));
    const range = pack!.pageMap.find((r) => r.agendaItemId === c.pub.id);
    expect(range).toBeDefined();
    expect([item!.pageFrom, item!.pageTo]).toEqual([range!.from, range!.to]);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'pack.build'))).toHaveLength(1);

    expect(await buildAgendaPack(db, storage, textPdfRenderer(), clerk, c.meeting.id)).toBe(false);
    expect(await db.select().from(packs).where(eq(packs.meetingId, c.meeting.id))).toHaveLength(1);
  });

  it('prints nothing for a meeting whose agenda is not published', async () => {
    const { db } = database;
    const [m] = await db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2030-07-01T10:00:00Z'), status: 'scheduled' })
      .returning();
    expect(await buildAgendaPack(db, databaseStorage(db), null, clerk, m!.id)).toBe(false);
    expect(await db.select().from(packs).where(eq(packs.meetingId, m!.id))).toHaveLength(0);
  });
});
