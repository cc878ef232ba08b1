import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { documents } from '../../../db/schema.ts';
import { databaseStorage } from '../../../lib/storage/storage.ts';
import { storePackFile } from './store-pack-file.ts';

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

describe('storePackFile', () => {
  it('stores a public file as a published public pack document and a restricted one as exempt under its paragraph', async () => {
    const { db } = database;
    const storage = databaseStorage(db);
    const where = { meetingId: c.meeting.id, bodyId: c.body.id, exemptParagraph: 3, now: new Date('2030-03-01T09:00:00Z') };
    const file = (isPublic: boolean, text: string) => ({ bytes: Buffer.from(text), title: text, fileName: 'pack.pdf', mimeType: 'application/pdf', isPublic, text: null });
    const publicId = await storePackFile(db, storage, { userId: null, label: 'clerk' }, where, file(true, 'public pack'));
    const exemptId = await storePackFile(db, storage, { userId: null, label: 'clerk' }, where, file(false, 'exempt pack'));
    const [pub] = await db.select().from(documents).where(eq(documents.id, publicId));
    const [exempt] = await db.select().from(documents).where(eq(documents.id, exemptId));
    expect(pub).toMatchObject({ kind: 'pack', access: 'public', exemptParagraph: null, publication: 'published', publishedBy: 'clerk' });
    expect(exempt).toMatchObject({ kind: 'pack', access: 'exempt', exemptParagraph: 3, publication: 'published' });
    expect(Buffer.from((await storage.get(pub!.storageKey))!).toString()).toBe('public pack');
  });
});
