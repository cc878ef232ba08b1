import { spawnSync } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, databaseProblem, DatabaseUnavailableError } from './connect.ts';

const bin = fileURLToPath(new URL('../../bin/shirehall.js', import.meta.url));

/** A TCP port on this machine that accepts connections and never answers. */
let silent: Server;
let silentPort = 0;
const sockets = new Set<Socket>();
beforeAll(async () => {
  silent = createServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentPort = (silent.address() as { port: number }).port;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

async function problemWith(url: string, connectTimeoutMs?: number): Promise<string> {
  try {
    const database = await connect({ databaseUrl: url, poolSize: 1, connectTimeoutMs });
    await database.close();
  } catch (err) {
    expect(err).toBeInstanceOf(DatabaseUnavailableError);
    return (err as Error).message;
  }
  throw new Error(`connected to ${url}`);
}

describe('a DATABASE_URL that cannot be used', () => {
  it('names a refused port in one line, without the password', async () => {
    const message = await problemWith('postgres://shirehall:s3cret-pw@127.0.0.1:1/council');
    expect(message).toBe('cannot connect to PostgreSQL at 127.0.0.1:1: connection refused (is it running, and on that port?)');
  });

  it('names a host that does not answer', async () => {
    const message = await problemWith(`postgres://shirehall:s3cret-pw@127.0.0.1:${silentPort}/council`, 300);
    expect(message).toBe(`cannot connect to PostgreSQL at 127.0.0.1:${silentPort}: no answer in time (is the host right, and the port open?)`);
  });

  it('names an unknown host, an unreachable one, an unknown database and a wrong password', () => {
    const url = 'postgres://clerk:s3cret-pw@db.example:5433/shirehall';
    const lines = ['ENOTFOUND', 'EHOSTUNREACH', '3D000', '28P01'].map((code) => databaseProblem({ code, message: 'x' }, url));
    expect(lines).toEqual([
      'cannot connect to PostgreSQL: no host called "db.example" was found (check DATABASE_URL)',
      'cannot connect to PostgreSQL at db.example:5433: the host cannot be reached',
      'PostgreSQL at db.example:5433 has no database called "shirehall" (create it, or check DATABASE_URL)',
      'PostgreSQL at db.example:5433 refused the password for user "clerk" (check DATABASE_URL)',
    ]);
    for (const line of lines) expect(line).not.toContain('s3cret');
  });

  const pgUrl = process.env.DATABASE_URL;
  it.skipIf(!pgUrl)('names an unknown database and an unknown user on a real PostgreSQL server', async () => {
    const u = new URL(pgUrl!);
    u.pathname = '/shirehall_no_such_database';
    expect(await problemWith(u.toString())).toMatch(/has no database called "shirehall_no_such_database"/);
    u.pathname = '/postgres';
    u.username = 'shirehall_no_such_user';
    expect(await problemWith(u.toString())).toMatch(/(refused user "shirehall_no_such_user"|refused the password for user "shirehall_no_such_user")/);
  });

  it('makes every command print one line and exit 2', () => {
    const run = spawnSync(process.execPath, [bin, 'db', 'migrate'], {
      env: { ...process.env, DATABASE_URL: 'postgres://shirehall:s3cret-pw@127.0.0.1:1/council', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('shirehall: cannot connect to PostgreSQL at 127.0.0.1:1: connection refused (is it running, and on that port?)\n');
  });
});
