import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { jobs } from '../../db/schema.ts';
import { createLogger } from '../../lib/logger.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { currentJobs, enqueueJob, findJob, latestJob, runPendingJobs, startJobRunner, type JobHandlers } from './jobs.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const jobRow = async (id: number) => (await database.db.select().from(jobs).where(eq(jobs.id, id)))[0]!;

describe('the job runner', () => {
  it('queues a job only if the caller’s transaction commits', async () => {
    await expect(
      database.db.transaction(async (trx) => {
        await enqueueJob(trx, 'test.rolled-back', { n: 1 });
        throw new Error('the command failed');
      }),
    ).rejects.toThrow('the command failed');
    expect(await latestJob(database.db, 'test.rolled-back', { n: 1 })).toBeUndefined();
  });

  it('runs a job once, with its payload, and records its progress and when it finished', async () => {
    const seen: unknown[] = [];
    const handlers: JobHandlers = {
      'test.greet': async (payload, { progress }) => {
        seen.push(payload);
        await progress({ done: 1, total: 2, step: 'Halfway' });
      },
    };
    const id = await enqueueJob(database.db, 'test.greet', { name: 'Ada' });
    expect(await runPendingJobs(database.db, handlers)).toBe(1);
    expect(await runPendingJobs(database.db, handlers)).toBe(0);
    expect(seen).toEqual([{ name: 'Ada' }]);
    const row = await jobRow(id);
    expect(row.status).toBe('done');
    expect(row.attempts).toBe(1);
    expect(row.progress).toEqual({ done: 1, total: 2, step: 'Halfway' });
    expect(row.finishedAt).toBeInstanceOf(Date);
    expect(await latestJob(database.db, 'test.greet', { name: 'Ada' })).toMatchObject({ id, status: 'done' });
  });

  it('keeps what a handler returns as the job’s result, and finds a job only by its own kind', async () => {
    const handlers: JobHandlers = { 'test.count': async (payload) => ({ counted: Number(payload.n) * 2 }) };
    const id = await enqueueJob(database.db, 'test.count', { n: 21 });
    const failed = await enqueueJob(database.db, 'test.count', { n: 'x' }, { maxAttempts: 1 });
    const since = new Date(Date.now() - 60_000);
    expect((await currentJobs(database.db, 'test.count', since)).map((j) => j.id)).toEqual([id, failed]);
    await runPendingJobs(database.db, {
      'test.count': async (payload) => (payload.n === 'x' ? Promise.reject(new Error('not a number')) : handlers['test.count']!(payload, {} as never)),
    });
    expect((await currentJobs(database.db, 'test.count', since)).map((j) => [j.id, j.status])).toEqual([[failed, 'failed']]);
    expect(await currentJobs(database.db, 'test.count', new Date(Date.now() + 60_000))).toEqual([]);
    expect(await findJob(database.db, 'test.count', id)).toMatchObject({ status: 'done', result: { counted: 42 } });
    expect(await findJob(database.db, 'test.other', id)).toBeUndefined();
  });

  it('retries a failing job after a doubling wait, then marks it failed with the error', async () => {
    let calls = 0;
    const handlers: JobHandlers = {
      'test.flaky': async () => {
        calls += 1;
        throw new Error(`printer jammed (${calls})\nstack detail`);
      },
    };
    const id = await enqueueJob(database.db, 'test.flaky', {}, { maxAttempts: 3 });
    const before = Date.now();
    await runPendingJobs(database.db, handlers, { backoffMs: 60_000 });
    let row = await jobRow(id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1, lastError: 'printer jammed (1)' });
    expect(row.runAt.getTime() - before).toBeGreaterThanOrEqual(59_000);
    // Not due yet: nothing runs.
    expect(await runPendingJobs(database.db, handlers)).toBe(0);
    const makeDue = () =>
      database.db
        .update(jobs)
        .set({ runAt: new Date(0) })
        .where(eq(jobs.id, id));
    await makeDue();
    await runPendingJobs(database.db, handlers, { backoffMs: 60_000 });
    row = await jobRow(id);
    expect(row).toMatchObject({ status: 'queued', attempts: 2 });
    expect(row.runAt.getTime() - Date.now()).toBeGreaterThan(110_000);
    await makeDue();
    await runPendingJobs(database.db, handlers);
    row = await jobRow(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: 'printer jammed (3)' });
    expect(row.finishedAt).toBeInstanceOf(Date);
    expect(calls).toBe(3);
  });

  it('hands each job to one runner when several run at once, and leaves kinds it does not know', async () => {
    const ran: number[] = [];
    const handlers: JobHandlers = {
      'test.count': async (payload) => {
        ran.push(payload.n as number);
        await new Promise((r) => setTimeout(r, 5));
      },
    };
    for (let n = 0; n < 6; n++) await enqueueJob(database.db, 'test.count', { n });
    const unknown = await enqueueJob(database.db, 'test.someone-else', {});
    await Promise.all([runPendingJobs(database.db, handlers), runPendingJobs(database.db, handlers), runPendingJobs(database.db, handlers)]);
    expect(ran.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect((await jobRow(unknown)).status).toBe('queued');
  });

  it('runs queued jobs in the background of a process within about a second, and stops with it', async () => {
    let done = false;
    const runner = startJobRunner(database.db, { 'test.background': async () => void (done = true) }, createLogger('silent'), { pollMs: 100 });
    try {
      await enqueueJob(database.db, 'test.background', {});
      const until = Date.now() + 3_000;
      while (!done && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(done).toBe(true);
    } finally {
      await runner.stop();
    }
  });
});
