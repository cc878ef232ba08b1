import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig, ConfigError } from '../../config.ts';
import { connect } from '../../db/connect.ts';
import { BackupError, backupDatabase, restoreDatabase } from '../../db/backup.ts';
import { backupThroughServer } from '../../db/control-socket.ts';
import { DataDirInUseError } from '../../db/data-dir-lock.ts';
import { CliError } from '../cli-error.ts';

function config() {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError(e.problems.join('; '));
    throw e;
  }
}

/** Runs a backup step, turning its expected failures into one line and exit 2. */
async function step<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof BackupError) throw new CliError(err.message);
    throw err;
  }
}

/** Adds `shirehall backup FILE` and `shirehall restore FILE`. */
export function registerBackup(program: Command): void {
  program
    .command('backup')
    .argument('<file>', 'where to write the backup')
    .description('back up the database to FILE: PGlite as a tar.gz of its data directory, PostgreSQL as a pg_dump custom-format archive')
    .action(async (file: string) => {
      const c = config();
      const target = resolve(file);
      let database;
      try {
        database = await connect({ databaseUrl: c.databaseUrl, dataDir: c.dataDir, poolSize: 1 });
      } catch (err) {
        // The server holds the data directory: it writes the backup itself.
        if (!(err instanceof DataDirInUseError) || !err.owner?.control) throw err;
        const written = await step(() => backupThroughServer(err.owner!.control!, target));
        process.stdout.write(
          `Backed up the data directory ${c.dataDir} to ${target} through the running server (pid ${err.owner.pid}) (${(written / 1024 / 1024).toFixed(1)} MB).\n`,
        );
        return;
      }
      let bytes: number;
      try {
        bytes = await step(() => backupDatabase(database, target, c.databaseUrl));
      } finally {
        await database.close();
      }
      process.stdout.write(
        `Backed up the ${database.kind === 'pglite' ? `data directory ${c.dataDir}` : 'PostgreSQL database'} to ${target} (${(bytes / 1024 / 1024).toFixed(1)} MB).\n`,
      );
    });

  program
    .command('restore')
    .argument('<file>', 'a backup made by shirehall backup')
    .description('restore FILE into an empty database: DATA_DIR must be empty or new (PGlite), or DATABASE_URL an empty database')
    .action(async (file: string) => {
      const c = config();
      await step(() => restoreDatabase(resolve(file), { databaseUrl: c.databaseUrl, dataDir: c.dataDir }));
      process.stdout.write(
        `Restored ${resolve(file)} into ${c.databaseUrl ? 'the PostgreSQL database' : `the data directory ${c.dataDir}`}. Start the service as usual: pending migrations run at start-up.\n`,
      );
    });
}
