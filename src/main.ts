import { setTimeout as delay } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { connect, type Database } from './db/connect.ts';
import { migrate } from './db/migrate.ts';
import type { Logger } from 'pino';
import { createLogger } from './lib/logger.ts';
import { createServices } from './services.ts';
import { serveControl } from './db/control-socket.ts';

/** Opens and migrates the configured database. */
export async function openDatabase(config: Config): Promise<Database> {
  const database = await connect({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    wasmTierUp: config.pgliteTierUp,
    sharedBuffers: config.pgliteSharedBuffers,
    poolSize: config.databasePoolSize,
  });
  await migrate(database);
  return database;
}

/** Loads the demo council into an empty database and prints its sign-ins. */
export async function loadDemo(database: Database, logger: Logger): Promise<void> {
  // The demo loader (and pdf-lib, which makes its PDFs) is only loaded when it may be needed.
  const { seedDemoIfEmpty } = await import('./db/seed/demo.ts');
  const seeded = await seedDemoIfEmpty(database.db);
  if (seeded) {
    logger.info('Loaded the demo council');
    process.stdout.write(
      `\nDemo council loaded. Sign in at /sign-in with:\n${seeded.users.map((u) => `  ${u.role.padEnd(20)} ${u.email}  password: ${u.password}`).join('\n')}\n\n`,
    );
  }
}

/** How this process serves: alone (the default), or as one of several workers that `serve` started (src/cluster.ts). */
export type StartOptions = {
  /** A worker of several: the primary has migrated and loaded the demo council already. */
  worker?: boolean;
  /** The one worker that does the once-only background work (printing the demo's packs). */
  leader?: boolean;
};

/**
 * Starts the service: config → database → migrate → demo data → app → listen, with graceful shutdown.
 * @example await start(loadConfig());
 */
export async function start(config: Config = loadConfig(), options: StartOptions = {}): Promise<FastifyInstance> {
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config);
  const leader = !options.worker || options.leader === true;
  if (config.demo && !options.worker) await loadDemo(database, logger);
  const app = await buildApp(createServices(config, database, logger, { backgroundJobs: true }));
  // On PGlite nobody else may open the data directory: `shirehall backup` asks this server instead.
  const control = database.kind === 'pglite' && database.lock ? await serveControl(config.dataDir, database) : null;
  // Every process runs queued jobs (printing packs, importing uploaded packs); the database hands each job to one of them.
  const { startJobRunner } = await import('./modules/jobs/index.ts');
  const { packJobs } = await import('./modules/packs/index.ts');
  const { importJobs } = await import('./modules/imports/index.ts');
  const jobs = startJobRunner(database.db, { ...packJobs(app.services), ...importJobs(app.services) }, logger);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    try {
      control?.server.close();
      // A job still running after a few seconds is left; another process takes it up later.
      await Promise.race([jobs.stop(), delay(10_000, undefined, { ref: false })]);
      await app.close();
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  // Anyone else who tries to open the data directory is told which server holds it, and where.
  const address = app.server.address();
  if (address && typeof address === 'object') database.lock?.update({ port: address.port, ...(control ? { control: control.path } : {}) });
  if (config.demo && leader) {
    // The demo's published agendas get their printed packs in the background, so the site is up at once.
    const { printDemoPacks } = await import('./db/seed/demo-packs.ts');
    void printDemoPacks(database.db, app.services.storage, logger, () => closing).catch((err: unknown) => logger.warn({ problem: (err as Error).message }, 'demo packs stopped'));
  }
  return app;
}
