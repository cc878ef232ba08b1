import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { auditEvents, jobs } from '../../../db/schema.ts';
import { databaseStorage } from '../../../lib/storage/storage.ts';
import { runPendingJobs } from '../../jobs/index.ts';
import { importJobs } from '../imports.jobs.ts';
import { IMPORT_PACK_JOB } from '../imports.rules.ts';
import { queueImports } from './queue-imports.ts';

const clerk = { userId: null, label: 'clerk@test.example' };
const pack = (fileName: string, text: string) => ({ fileName, bytes: Buffer.from(text), byteSize: Buffer.byteLength(text) });
// A fictional parish's agenda, enough for the extractor to find a meeting and its items.
const agenda = [
  'LOWER ASHCOMBE PARISH COUNCIL',
  '',
  'Notice is hereby given that a meeting of the Parish Council will be held in the Village Hall on Monday 8 March 2027 at 7.30 pm.',
  '',
  'AGENDA',
  '',
  '1. Apologies for absence',
  '2. Declarations of interest',
  '3. Footpath repairs',
  '',
].join('\n');

describe('queueImports', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  const queued = async () => (await database.db.select().from(jobs).where(eq(jobs.kind, IMPORT_PACK_JOB))).length;

  it('refuses the whole upload, queueing nothing, when any file is empty, too large or has no name, naming each', async () => {
    const { db } = database;
    const r = await queueImports(
      db,
      databaseStorage(db),
      clerk,
      [pack('good.txt', agenda), pack('empty.txt', ''), pack('C:\\papers\\big.txt', 'x'.repeat(2048)), pack('', 'text')],
      1024,
    );
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      '‘empty.txt’ is empty',
      '‘big.txt’ must be smaller than 1KB',
      'A selected file has no name: rename it and select it again',
    ]);
    expect(await queued()).toBe(0);
    const none = await queueImports(db, databaseStorage(db), clerk, [], 1024);
    expect(none.ok ? [] : none.errors.map((e) => e.message)).toEqual(['Select a document pack']);
  });

  it('stores each pack and queues one single-attempt job for it, audited, that imports it as the uploading officer', async () => {
    const { db } = database;
    const storage = databaseStorage(db);
    const r = await queueImports(db, storage, clerk, [pack('folder/ashcombe-agenda.txt', agenda)], 1024 * 1024);
    expect(r.ok).toBe(true);
    const jobId = r.ok ? r.value.jobIds[0]! : 0;
    const [job] = await db.select().from(jobs).where(eq(jobs.id, jobId));
    expect(job).toMatchObject({ kind: IMPORT_PACK_JOB, status: 'queued', maxAttempts: 1 });
    expect(job?.payload).toMatchObject({ fileName: 'ashcombe-agenda.txt', label: 'clerk@test.example' });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'import.upload'));
    expect(event).toMatchObject({ actorLabel: 'clerk@test.example', subjectType: 'job', subjectId: String(jobId) });
    expect(await runPendingJobs(db, importJobs({ db, storage }))).toBe(1);
    const [done] = await db.select().from(jobs).where(eq(jobs.id, jobId));
    expect(done?.status).toBe('done');
    expect(done?.result).toMatchObject({ status: 'imported' });
    expect((done?.result as { importId: number }).importId).toBeGreaterThan(0);
  });
});
