import cluster, { type Worker } from 'node:cluster';
import type { Config } from './config.ts';
import { createLogger } from './lib/logger.ts';

/** The environment variable that marks the one worker doing the once-only background work. */
const LEADER = 'SHIREHALL_LEADER';

/** How long the primary waits for workers to finish their requests on SIGTERM before killing them. */
const STOP_GRACE_MS = 15_000;

/**
 * `shirehall serve`: one app process, or with `config.workers` above one (PostgreSQL only) a primary
 * that migrates the database and loads the demo council once, then runs that many app processes on
 * the same port (node:cluster). It restarts a worker that dies, waiting longer each time one dies
 * soon after starting, and on SIGTERM or SIGINT stops them all and exits when they have.
 * @example await serve(loadConfig({ DATABASE_URL: 'postgres://db/council', WORKERS: '4' }));
 */
export async function serve(config: Config): Promise<void> {
  if (cluster.isWorker) {
    const { start } = await import('./main.ts');
    await start(config, { worker: true, leader: process.env[LEADER] === '1' });
    return;
  }
  if (config.workers <= 1) {
    const { start } = await import('./main.ts');
    await start(config);
    return;
  }
  const logger = createLogger(config.logLevel);
  const { loadDemo, openDatabase } = await import('./main.ts');
  const database = await openDatabase(config);
  try {
    if (config.demo) await loadDemo(database, logger);
  } finally {
    await database.close();
  }

  let stopping = false;
  let leader: Worker | null = null;
  let recentDeaths = 0;
  const fork = () => {
    // One worker (the first, or a restarted first) prints the demo's packs; the others only serve.
    const worker = cluster.fork(leader ? {} : { [LEADER]: '1' });
    leader ??= worker;
    const startedAt = Date.now();
    worker.on('exit', (code, signal) => {
      if (leader === worker) leader = null;
      if (stopping) return;
      // A worker that dies soon after starting is likely to die again: wait 1, 2, 4 … up to 30 s.
      recentDeaths = Date.now() - startedAt < 10_000 ? recentDeaths + 1 : 0;
      const wait = recentDeaths ? Math.min(30_000, 500 * 2 ** recentDeaths) : 0;
      logger.warn({ worker: worker.process.pid, code, signal, restartInMs: wait }, 'worker stopped: starting another');
      setTimeout(() => {
        if (!stopping) fork();
      }, wait).unref();
    });
  };
  for (let i = 0; i < config.workers; i++) fork();
  logger.info({ workers: config.workers, port: config.port }, 'serving with several processes');

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping workers');
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    if (workers.length === 0) process.exit(0);
    let left = workers.length;
    for (const w of workers) {
      w.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(0);
      });
      w.process.kill('SIGTERM');
    }
    setTimeout(() => {
      for (const w of workers) if (!w.isDead()) w.process.kill('SIGKILL');
      process.exit(1);
    }, STOP_GRACE_MS).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
