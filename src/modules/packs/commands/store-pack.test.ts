import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { documents, packs } from '../../../db/schema.ts';
import { databaseStorage } from '../../../lib/storage/storage.ts';
import type { BuiltPack } from '../build-pack.ts';
import { storePack } from './store-pack.ts';

const clerk = { userId: null, label: 'clerk', displayName: 'Ann Lee' };
const now = new Date('2030-02-20T09:00:00Z');

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

const built = (html: string, pdf: string | null): BuiltPack => ({
  html,
  pdf: pdf === null ? null : Buffer.from(pdf),
  ranges: [{ agendaItemId: c.pub.id, from: 3, to: 5 }],
  totalPages: 5,
  warnings: [],
  passes: 1,
});

const store = (version: number, label: string, publicPack: BuiltPack, restrictedPack: BuiltPack | null) =>
  storePack(database.db, databaseStorage(database.db), clerk, {
    meetingId: c.meeting.id,
    bodyId: c.body.id,
    base: `roads-and-rivers-2030-03-04-v${version}`,
    version,
    label,
    lateReason: null,
    exemptParagraph: 3,
    publicPack,
    restrictedPack,
    now,
  });

describe('storePack', () => {
  it('stores the web page and PDF as published public pack documents and the exempt PDF as exempt, and records the pack version', async () => {
    const { db } = database;
    const storage = databaseStorage(db);
    const { pack } = await store(
      1,
      'Agenda pack',
      built('<html><style>p{color:red}</style><body><h1>Agenda</h1><p>Ferry &amp; slipway repairs</p></body></html>', '%PDF public'),
      built('<html></html>', '%PDF exempt'),
    );
    expect(pack).toMatchObject({
      meetingId: c.meeting.id,
      version: 1,
      label: 'Agenda pack',
      publishedBy: 'Ann Lee',
      publishedAt: now,
      pageMap: [{ agendaItemId: c.pub.id, from: 3, to: 5 }],
    });
    const docOf = async (id: number | null) =>
      (
        await db
          .select()
          .from(documents)
          .where(eq(documents.id, id ?? 0))
      )[0];
    expect(await docOf(pack.htmlDocumentId)).toMatchObject({
      kind: 'pack',
      title: 'Agenda pack (web page)',
      fileName: 'roads-and-rivers-2030-03-04-v1.html',
      mimeType: 'text/html',
      access: 'public',
      publication: 'published',
      textContent: 'Agenda Ferry & slipway repairs',
    });
    const pdf = await docOf(pack.pdfDocumentId);
    expect(pdf).toMatchObject({ title: 'Agenda pack (PDF)', fileName: 'roads-and-rivers-2030-03-04-v1.pdf', access: 'public', exemptParagraph: null });
    expect(Buffer.from((await storage.get(pdf!.storageKey))!).toString()).toBe('%PDF public');
    expect(await docOf(pack.restrictedPdfDocumentId)).toMatchObject({
      title: 'Agenda pack: exempt items (PDF)',
      fileName: 'roads-and-rivers-2030-03-04-v1-exempt.pdf',
      access: 'exempt',
      exemptParagraph: 3,
      publication: 'published',
    });
  });

  it('stores only the web page when no PDF could be printed', async () => {
    const { db } = database;
    const { pack } = await store(2, 'Supplementary pack 1', built('<p>Late item: towpath closure</p>', null), null);
    expect(pack).toMatchObject({ version: 2, pdfDocumentId: null, restrictedPdfDocumentId: null, htmlDocumentId: expect.any(Number) });
    expect((await db.select().from(packs).where(eq(packs.meetingId, c.meeting.id))).map((p) => p.version)).toEqual([1, 2]);
  });
});
