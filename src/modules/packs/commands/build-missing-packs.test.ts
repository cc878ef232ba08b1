import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { packs } from '../../../db/schema.ts';
import { databaseStorage, type Storage } from '../../../lib/storage/storage.ts';
import { buildMissingPacks } from './build-missing-packs.ts';

const clerk = { userId: null, label: 'clerk' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

describe('buildMissingPacks', () => {
  it('builds nothing once stopped, and skips and reports a meeting whose pack fails to store', async () => {
    const { db } = database;
    expect(await buildMissingPacks(db, databaseStorage(db), null, clerk, { stopped: () => true })).toBe(0);
    const failing: Storage = {
      ...databaseStorage(db),
      put: () => Promise.reject(new Error('The disk is full')),
    };
    const failed: [number, string][] = [];
    expect(await buildMissingPacks(db, failing, null, clerk, { onError: (id, err) => failed.push([id, (err as Error).message]) })).toBe(0);
    expect(failed).toEqual([[c.meeting.id, 'The disk is full']]);
    expect(await db.select().from(packs)).toHaveLength(0);
  });

  it('builds the pack of each published agenda that has none (the web page alone without a renderer), and none twice', async () => {
    const { db } = database;
    expect(await buildMissingPacks(db, databaseStorage(db), null, clerk)).toBe(1);
    const [pack] = await db.select().from(packs).where(eq(packs.meetingId, c.meeting.id));
    expect(pack).toMatchObject({ version: 1, htmlDocumentId: expect.any(Number), pdfDocumentId: null, restrictedPdfDocumentId: null });
    expect(await buildMissingPacks(db, databaseStorage(db), null, clerk)).toBe(0);
  });
});
