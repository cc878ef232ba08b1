import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database, Db } from './db/connect.ts';
import { databaseStorage, type Storage } from './lib/storage/storage.ts';

/**
 * The composition root: everything route handlers and commands need, built once.
 * @example const services = createServices(config, database, logger);
 */
export function createServices(config: Config, database: Database, logger: Logger, opts: { backgroundJobs?: boolean } = {}) {
  const storage: Storage = databaseStorage(database.db);
  // Whether this process runs the job runner, so slow work (printing a pack) may be queued for it.
  const backgroundJobs = opts.backgroundJobs ?? false;
  return { config, database, db: database.db as Db, storage, logger, backgroundJobs };
}

/** The services handed to the app. */
export type Services = ReturnType<typeof createServices>;
