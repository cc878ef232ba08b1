import { setTimeout as delay } from 'node:timers/promises';
import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db, Executor } from '../../db/connect.ts';
import { jobs } from '../../db/schema.ts';

/** How far a job has got, as its handler reports it: shown to the clerk who started it. */
export type JobProgress = { done: number; total: number; step: string };

/** A job as stored. */
export type Job = typeof jobs.$inferSelect;

/** What a handler is given besides its payload: the job, and a way to report progress. */
export type JobContext = { job: Job; progress: (p: JobProgress) => Promise<void> };

/**
 * Runs one kind of job; throws to fail the attempt (it is retried with backoff up to the job's attempts).
 * What it returns is kept as the job's result, for the page that shows the job.
 */
export type JobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<Record<string, unknown> | void>;

/** The handlers a process runs, by job kind; jobs of other kinds are left for a process that knows them. */
export type JobHandlers = Record<string, JobHandler>;

/** Timing of retries and of taking over a job whose process died. */
export type JobTiming = {
  /** The first retry's wait; each further one doubles it (5 s, 10 s, 20 s …). */
  backoffMs: number;
  /** A job running longer than this is taken to belong to a process that died, and runs again. */
  staleAfterMs: number;
};

const defaultTiming: JobTiming = { backoffMs: 5_000, staleAfterMs: 10 * 60_000 };

/**
 * Queues a job, inside the caller's transaction when given one: it runs only if the transaction commits.
 * @example await enqueueJob(trx, 'pack.print', { packId: 7 });
 */
export async function enqueueJob(ex: Executor, kind: string, payload: Record<string, unknown> = {}, opts: { runAt?: Date; maxAttempts?: number } = {}): Promise<number> {
  const [row] = await ex
    .insert(jobs)
    // Due from this process's clock, the one the runner compares with: the database's now() carries
    // microseconds, so a job queued this millisecond could look not yet due to a runner asking at once.
    .values({ kind, payload, runAt: opts.runAt ?? new Date(), ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}) })
    .returning({ id: jobs.id });
  return row!.id;
}

/**
 * Takes the next due job of the given kinds and marks it running, so no other process takes it: the row
 * is locked with FOR UPDATE SKIP LOCKED, so several processes polling at once each get a different job.
 * A job left running by a process that died is taken again after `staleAfterMs`.
 */
async function claimJob(db: Db, kinds: string[], timing: JobTiming, now = new Date()): Promise<Job | null> {
  if (kinds.length === 0) return null;
  return db.transaction(async (trx) => {
    const [row] = await trx
      .select({ id: jobs.id, attempts: jobs.attempts })
      .from(jobs)
      .where(
        and(
          inArray(jobs.kind, kinds),
          or(and(eq(jobs.status, 'queued'), lte(jobs.runAt, now)), and(eq(jobs.status, 'running'), lt(jobs.startedAt, new Date(now.getTime() - timing.staleAfterMs)))),
        ),
      )
      .orderBy(asc(jobs.runAt), asc(jobs.id))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!row) return null;
    const [claimed] = await trx
      .update(jobs)
      .set({ status: 'running', attempts: row.attempts + 1, startedAt: now, finishedAt: null })
      .where(eq(jobs.id, row.id))
      .returning();
    return claimed ?? null;
  });
}

/** Runs one claimed job and records how it ended: done, queued again after a backoff, or failed with the error. */
async function runJob(db: Db, handlers: JobHandlers, job: Job, timing: JobTiming, logger?: Logger): Promise<void> {
  const handler = handlers[job.kind]!;
  const progress = async (p: JobProgress) => {
    await db.update(jobs).set({ progress: p }).where(eq(jobs.id, job.id));
  };
  try {
    const result = await handler(job.payload as Record<string, unknown>, { job, progress });
    await db
      .update(jobs)
      .set({ status: 'done', finishedAt: new Date(), lastError: null, result: result ?? null })
      .where(eq(jobs.id, job.id));
  } catch (err) {
    const problem = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 1000);
    const final = job.attempts >= job.maxAttempts;
    logger?.warn({ job: job.id, kind: job.kind, attempt: job.attempts, problem }, final ? 'job failed' : 'job attempt failed: will retry');
    await db
      .update(jobs)
      .set(
        final
          ? { status: 'failed', finishedAt: new Date(), lastError: problem }
          : { status: 'queued', runAt: new Date(Date.now() + timing.backoffMs * 2 ** (job.attempts - 1)), lastError: problem },
      )
      .where(eq(jobs.id, job.id));
  }
}

/**
 * Runs every job that is due now, one after another, and returns how many ran: for tests and commands
 * that need the work done before they go on. Jobs queued again for a retry later are not waited for.
 * @example await runPendingJobs(db, packJobs(services));
 */
export async function runPendingJobs(db: Db, handlers: JobHandlers, timing: Partial<JobTiming> = {}): Promise<number> {
  const t = { ...defaultTiming, ...timing };
  let ran = 0;
  for (let job = await claimJob(db, Object.keys(handlers), t); job; job = await claimJob(db, Object.keys(handlers), t)) {
    await runJob(db, handlers, job, t);
    ran += 1;
  }
  return ran;
}

/**
 * Runs jobs in the background of an app process: polls for due jobs every `pollMs`, runs them one at a
 * time, and on stop() finishes the job in hand before resolving. Every app process runs one; the
 * database hands each job to one of them.
 * @example const runner = startJobRunner(db, handlers, logger); … await runner.stop();
 */
export function startJobRunner(db: Db, handlers: JobHandlers, logger: Logger, opts: { pollMs?: number } & Partial<JobTiming> = {}): { stop: () => Promise<void> } {
  const timing = { ...defaultTiming, ...opts };
  const pollMs = opts.pollMs ?? 1_000;
  const kinds = Object.keys(handlers);
  const stopping = new AbortController();
  const loop = (async () => {
    while (!stopping.signal.aborted) {
      try {
        const job = await claimJob(db, kinds, timing);
        if (job) {
          await runJob(db, handlers, job, timing, logger);
          continue;
        }
      } catch (err) {
        // The database may be restarting: try again at the next poll.
        if (!stopping.signal.aborted) logger.warn({ problem: (err as Error).message.split('\n')[0] }, 'job runner could not reach the database');
      }
      await delay(pollMs, undefined, { signal: stopping.signal }).catch(() => {});
    }
  })();
  return {
    stop: async () => {
      stopping.abort();
      await loop;
    },
  };
}

/**
 * The newest job of a kind whose payload contains `match`, as the page that shows its progress needs it.
 * @example await latestJob(db, 'pack.print', { packId: 7 }) // { status: 'running', progress: { done: 1, total: 2, step: 'Printing the public pack' } }
 */
export async function latestJob(ex: Executor, kind: string, match: Record<string, unknown>) {
  const [row] = await ex
    .select({ id: jobs.id, status: jobs.status, progress: jobs.progress, lastError: jobs.lastError, attempts: jobs.attempts, finishedAt: jobs.finishedAt })
    .from(jobs)
    .where(and(eq(jobs.kind, kind), sql`${jobs.payload} @> ${JSON.stringify(match)}::jsonb`))
    .orderBy(desc(jobs.id))
    .limit(1);
  return row;
}

/**
 * One job of a kind by its id, or undefined when there is none of that kind: a page that shows a job
 * answers 404 for another kind's.
 * @example await findJob(db, 'import.pack', 12) // { id: 12, status: 'done', result: { importId: 3, warnings: 2 }, … }
 */
export async function findJob(ex: Executor, kind: string, id: number): Promise<Job | undefined> {
  const [row] = await ex
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, kind), eq(jobs.id, id)));
  return row;
}

/**
 * The jobs of a kind still queued or running, and those that failed since `failedSince`, oldest first:
 * what a list page shows above what is done, so a job that failed after its starter left is not lost.
 * @example await currentJobs(db, 'import.pack', new Date(Date.now() - 7 * 86_400_000)) // [{ id: 12, status: 'running', … }]
 */
export async function currentJobs(ex: Executor, kind: string, failedSince: Date): Promise<Job[]> {
  return ex
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, kind), or(inArray(jobs.status, ['queued', 'running']), and(eq(jobs.status, 'failed'), gte(jobs.finishedAt, failedSince)))))
    .orderBy(asc(jobs.id));
}
