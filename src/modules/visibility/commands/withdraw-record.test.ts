import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import type { Database } from '../../../db/connect.ts';
import { documents } from '../../../db/schema.ts';
import { withdrawRecord } from './withdraw-record.ts';

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
const actor = { userId: null, label: 'clerk@test.example' };

beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

describe('withdrawRecord', () => {
  it('withdraws only a published record, with a reason kept on it', async () => {
    await expect(withdrawRecord(database.db, actor, 'document', c.pubDoc.id, '  ')).rejects.toThrow(/reason/);
    await withdrawRecord(database.db, actor, 'document', c.pubDoc.id, 'Published by mistake');
    const [doc] = await database.db.select().from(documents).where(eq(documents.id, c.pubDoc.id));
    expect(doc).toMatchObject({ publication: 'withdrawn', withdrawnReason: 'Published by mistake' });
    await expect(withdrawRecord(database.db, actor, 'document', c.pubDoc.id, 'again')).rejects.toThrow(/Only a published record/);
  });
});
