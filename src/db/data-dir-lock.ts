import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The lock file's name inside a PGlite data directory (left out of backups). */
export const LOCK_FILE = 'shirehall.lock';

/** Who holds a data directory. */
export type LockOwner = {
  pid: number;
  command: string;
  port?: number;
  /** The server's control socket, through which `shirehall backup` asks it for a backup. */
  control?: string;
  host: string;
  startedAt: string;
  processStart?: string;
  instance: string;
};

/** Another process has the data directory open; the message is one line naming it. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly owner: LockOwner | null,
  ) {
    const who = owner
      ? `${owner.command} (pid ${owner.pid}${owner.port ? `, port ${owner.port}` : ''}${owner.host !== hostname() ? `, on ${owner.host}` : ''})`
      : 'another process';
    super(
      `the data directory ${dir} is in use by ${who}: stop it first (one process at a time may open a PGlite data directory; with PostgreSQL, DATABASE_URL, commands run beside the server)`,
    );
  }
}

/** A held lock: note the port once listening; release on close. */
export type DataDirLock = { owner: LockOwner; update(fields: Partial<Pick<LockOwner, 'port' | 'control'>>): void; release(): void };

const held = new Set<string>();

/** This process's start time in clock ticks after boot (Linux), to tell a live owner from a reused pid. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether the owner recorded in a lock file is still running. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return held.has(owner.instance);
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The pid is in use; it is the owner only if that process started when the owner did.
  const now = processStart(owner.pid);
  return !owner.processStart || !now || now === owner.processStart;
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' ? owner : null;
  } catch {
    return null;
  }
}

/** Removes a dead owner's lock file, one process at a time, and only if it is still that owner's. */
function clearStale(path: string, stale: LockOwner | null): void {
  const takeover = `${path}.takeover`;
  try {
    closeSync(openSync(takeover, 'wx'));
  } catch {
    // Someone else is clearing it; a takeover file left by a crash is itself cleared after 10 s.
    try {
      if (Date.now() - statSync(takeover).mtimeMs > 10_000) unlinkSync(takeover);
    } catch {
      // Gone already.
    }
    return;
  }
  try {
    if (readOwner(path)?.instance === stale?.instance) unlinkSync(path);
  } catch {
    // Gone already.
  } finally {
    unlinkSync(takeover);
  }
}

/**
 * Takes the one-writer lock on a PGlite data directory, or throws DataDirInUseError naming the process
 * that holds it. A lock left by a process that died (even by `kill -9`) is taken over.
 * @example const lock = lockDataDir('./data', 'shirehall serve'); lock.update({ port: 3000 }); lock.release();
 */
export function lockDataDir(dir: string, command: string): DataDirLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    command,
    host: hostname(),
    startedAt: new Date().toISOString(),
    processStart: processStart(process.pid),
    instance: randomBytes(8).toString('hex'),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (attempt > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify(owner));
      } finally {
        closeSync(fd);
      }
      held.add(owner.instance);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held.delete(owner.instance);
        process.off('exit', release);
        if (readOwner(path)?.instance === owner.instance) {
          try {
            unlinkSync(path);
          } catch {
            // Already gone.
          }
        }
      };
      process.on('exit', release);
      return {
        owner,
        update(fields) {
          Object.assign(owner, fields);
          if (!released) writeFileSync(path, JSON.stringify(owner));
        },
        release,
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const current = readOwner(path);
    // A file that cannot be read may be one being written this instant: look again before calling it stale.
    if (current === null && attempt === 0) continue;
    if (current && isAlive(current)) throw new DataDirInUseError(dir, current);
    clearStale(path, current);
  }
  throw new DataDirInUseError(dir, readOwner(path));
}
