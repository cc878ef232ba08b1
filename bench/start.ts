// bench:start — how long `npm start` takes: the first start on an empty data directory (migrations
// and the demo council) and a restart on the same directory. A benchmark, not a test.
//
//   npm run bench:start
//   BENCH_ROUNDS=3 npm run bench:start        (repeat the pair; the median is printed too)
//
// It runs the real command (`node bin/shirehall.js serve`, with the Node flags of `npm start`) on a
// free port in a new temporary data directory and counts from the spawn to the first 200 from the
// home page. The compiled server in dist/ is built first and that build is timed on its own (a fresh
// clone's first `npm start` builds it: add the two).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveEnv, serveNodeFlags } from './serve-flags.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));
const targets = { firstSeconds: 15, restartSeconds: 3 };
const log = (line = '') => process.stdout.write(`${line}\n`);

/** A free TCP port on the loopback address. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Peak resident memory of a process in MB, from /proc (Linux), or null elsewhere. */
function peakRssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Starts the server and resolves with the seconds until the home page answers 200. */
async function timeStart(dataDir: string): Promise<{ seconds: number; rssMb: number | null; child: ChildProcess }> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const env: NodeJS.ProcessEnv = { ...process.env, ...serveEnv(root), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.SHIREHALL_TSX;
  const child = spawn(process.execPath, [...serveNodeFlags(root), join(root, 'bin/shirehall.js'), 'serve'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error('the server exited before it answered');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, rssMb: peakRssMb(child.pid), child };
}

/** Stops the server as `npm start` would be stopped (SIGTERM) and waits for it to exit. */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

log(
  `bench:start — ${cpus().length} cores, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}, ${rounds} round(s)`,
);
const buildStarted = process.hrtime.bigint();
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--force'], { cwd: root, stdio: 'ignore' });
const buildSeconds = Number(process.hrtime.bigint() - buildStarted) / 1e9;
log(`build of dist/: ${buildSeconds.toFixed(2)} s; server flags: ${serveNodeFlags(root).join(' ') || 'none'}`);
const firsts: number[] = [];
const restarts: number[] = [];
for (let i = 0; i < rounds; i++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'shirehall-start-'));
  try {
    const first = await timeStart(dataDir);
    await stop(first.child);
    const again = await timeStart(dataDir);
    await stop(again.child);
    firsts.push(first.seconds);
    restarts.push(again.seconds);
    log(
      `round ${i + 1}: first start ${first.seconds.toFixed(2)} s (peak RSS ${first.rssMb?.toFixed(0) ?? '?'} MB), restart ${again.seconds.toFixed(2)} s (peak RSS ${again.rssMb?.toFixed(0) ?? '?'} MB)`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
log();
log('| measure | median | target |');
log('|---|--:|--:|');
log(`| first start, empty data directory (migrate + demo council) | ${median(firsts).toFixed(2)} s | ${targets.firstSeconds} s |`);
log(`| restart on the same data directory | ${median(restarts).toFixed(2)} s | ${targets.restartSeconds} s |`);
