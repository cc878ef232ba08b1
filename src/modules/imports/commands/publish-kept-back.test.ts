import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { auditEvents, reports } from '../../../db/schema.ts';
import { importActor, importPack } from '../../../import/load/load-pack.ts';
import { publishKeptBack } from './publish-kept-back.ts';

// The fictional pack with item 4 renamed, so its report no longer names it and is kept back.
const fixture = readFileSync(new URL('../../../import/load/fixtures/wolds-cabinet.txt', import.meta.url))
  .toString('utf8')
  .replace('4. Market Square Lighting Scheme', '4. Town Centre Improvements');
const clerk = { userId: 3, label: 'clerk@test.example' };

describe('publishKeptBack', () => {
  let database: Database;
  let importId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    importId = (await importPack(database.db, importActor, Buffer.from(fixture), 'wolds-renamed.txt')).importId;
  });
  afterAll(() => database.close());

  it('publishes a report the import kept back, once, audited as the clerk’s act', async () => {
    const { db } = database;
    const [report] = await db.select().from(reports).where(eq(reports.title, 'Market Square Lighting Scheme'));
    expect(report!.publication).toBe('draft');
    await expect(publishKeptBack(db, clerk, importId + 1, 'report', report!.id)).rejects.toThrow('Record not found in this import');
    await publishKeptBack(db, clerk, importId, 'report', report!.id);
    const [after] = await db.select().from(reports).where(eq(reports.id, report!.id));
    expect(after).toMatchObject({ publication: 'published', publishedBy: 'clerk@test.example', publicationNote: 'Reviewed and published after import' });
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'report.publish'), eq(auditEvents.actorLabel, 'clerk@test.example'))),
    ).toHaveLength(1);
    await expect(publishKeptBack(db, clerk, importId, 'report', report!.id)).rejects.toThrow('already been published');
  });
});
