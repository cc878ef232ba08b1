import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/db/connect.ts';
import { seedDemoIfEmpty } from '../../src/db/seed/demo.ts';
import { createLogger } from '../../src/lib/logger.ts';
import { createServices } from '../../src/services.ts';
import { createTestDatabase } from '../../test/db.ts';

/** A running Shirehall for one browser test file. */
export type TestServer = {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234. */
  url: string;
  /** The server's database, for arranging data the test needs. */
  db: Db;
  /** Stops the server and drops its database. */
  close: () => Promise<void>;
};

/**
 * Starts the app on 127.0.0.1 (a free port) over a fresh database from the run's template,
 * seeded with the demo council and its users (see demoUsers in src/db/seed/demo.ts).
 * @example const server = await startTestServer(); afterAll(() => server.close());
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  try {
    await seedDemoIfEmpty(database.db);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0', ...env });
    const app = await buildApp(createServices(config, database, createLogger(config.logLevel)));
    await app.listen({ host: config.host, port: config.port });
    const { port } = app.server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      db: database.db,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
