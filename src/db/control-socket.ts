import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupError, backupDatabase } from './backup.ts';
import type { Database } from './connect.ts';

// While the server holds a PGlite data directory, `shirehall backup` cannot open it: it asks the server
// to write the backup instead, over a Unix socket in a folder only this user may enter (PGlite cannot
// copy a data directory that holds a socket, so it lives outside). The lock file names the socket.

/** This user's private folder for control sockets: created with mode 0700, and refused if anyone else owns it or may enter it. */
function socketFolder(): string | null {
  const folder = join(tmpdir(), `shirehall-${process.getuid?.() ?? 'user'}`);
  try {
    mkdirSync(folder, { mode: 0o700, recursive: true });
    const st = statSync(folder);
    if ((process.getuid && st.uid !== process.getuid()) || (st.mode & 0o077) !== 0) return null;
    return folder;
  } catch {
    return null;
  }
}

/** Where the server holding a data directory listens for commands, or null when there is no safe place. */
export function controlSocketPath(dataDir: string): string | null {
  const folder = socketFolder();
  if (!folder) return null;
  const path = join(folder, `${createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16)}.sock`);
  return Buffer.byteLength(path) <= 100 ? path : null;
}

/** A request to the running server, and its answer. */
type Request = { command: 'backup'; file: string };
type Answer = { ok: true; bytes: number } | { ok: false; message: string };

/**
 * Listens on the data directory's control socket and writes backups on request; resolves to the
 * server (close it on shutdown) and the socket's path, or null when there is no safe place for one.
 * @example const control = await serveControl(config.dataDir, database);
 */
export async function serveControl(dataDir: string, database: Database): Promise<{ server: Server; path: string } | null> {
  const path = controlSocketPath(dataDir);
  if (!path) return null;
  rmSync(path, { force: true });
  const server = createServer((socket) => {
    let input = '';
    socket.setEncoding('utf8');
    socket.on('error', () => {});
    socket.on('data', async (chunk: string) => {
      input += chunk;
      if (!input.includes('\n')) {
        if (input.length > 10_000) socket.destroy();
        return;
      }
      let answer: Answer;
      try {
        const request = JSON.parse(input.slice(0, input.indexOf('\n'))) as Request;
        if (request.command !== 'backup' || typeof request.file !== 'string' || !request.file.startsWith('/')) throw new BackupError('unknown request');
        answer = { ok: true, bytes: await backupDatabase(database, request.file) };
      } catch (err) {
        answer = { ok: false, message: (err instanceof Error ? err.message : JSON.stringify(err)).split('\n')[0]! };
      }
      socket.end(`${JSON.stringify(answer)}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  server.on('close', () => rmSync(path, { force: true }));
  return { server, path };
}

/**
 * Asks the server holding a data directory to write a backup to `file` (an absolute path); resolves
 * to the bytes written, or rejects with BackupError carrying the server's one-line reason.
 */
export function backupThroughServer(socketPath: string, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(socketPath);
    let output = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify({ command: 'backup', file } satisfies Request)}\n`));
    socket.on('data', (chunk: string) => (output += chunk));
    socket.on('error', (err) =>
      reject(new BackupError(`the running server did not answer (${(err as NodeJS.ErrnoException).code ?? err.message}): stop it and run the backup again`)),
    );
    socket.on('end', () => {
      try {
        const answer = JSON.parse(output) as Answer;
        if (answer.ok) resolve(answer.bytes);
        else reject(new BackupError(answer.message));
      } catch {
        reject(new BackupError('the running server gave no answer: stop it and run the backup again'));
      }
    });
  });
}
