// bench:pages — public page throughput against a bare node:http server serving the same bytes.
// Generates a synthetic archive into a fresh database, starts the real server in a child process
// and measures the committee, meeting and calendar pages with autocannon. A benchmark, not a test.
//
//   npm run bench:pages
//   BENCH_SECONDS=5 BENCH_ROUNDS=1 npm run bench:pages         (quicker)
//   DATABASE_URL=postgres://…/empty_db npm run bench:pages     (PostgreSQL; the database must be empty)
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { connect } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { countRows, generateArchive, prng, type Archive } from './generate-archive.ts';
import type { PageFile, ServerMessage, ServerRequest } from './page-server.ts';

const env = process.env;
const seconds = positive('BENCH_SECONDS', 10);
const rounds = positive('BENCH_ROUNDS', 2);
const connections = positive('BENCH_CONNECTIONS', 32);
const warmupSeconds = Math.min(3, seconds);
const databaseUrl = env.DATABASE_URL;
const targets = { ratio: 0.5, p99Ms: 25, rssMb: 300 };
const MB = 1024 * 1024;

function positive(name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

const log = (line = '') => process.stdout.write(`${line}\n`);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

type Child = { process: ChildProcess; port: number; stats: () => Promise<Extract<ServerMessage, { type: 'stats' }>>; stop: () => Promise<void> };

/** Forks bench/page-server.ts and waits for it to listen. */
async function startChild(args: string[], childEnv: NodeJS.ProcessEnv): Promise<Child> {
  const child = fork(fileURLToPath(new URL('./page-server.ts', import.meta.url)), args, { env: childEnv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args[0]} server did not start in 120 s`)), 120_000);
    child.once('exit', (code) => reject(new Error(`${args[0]} server exited with ${code} before listening`)));
    child.on('message', (m: ServerMessage) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.port);
      }
    });
  });
  child.removeAllListeners('exit');
  return {
    process: child,
    port,
    stats: () =>
      new Promise((resolve) => {
        const onMessage = (m: ServerMessage) => {
          if (m.type !== 'stats') return;
          child.off('message', onMessage);
          resolve(m);
        };
        child.on('message', onMessage);
        child.send({ type: 'stats' } satisfies ServerRequest);
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** One autocannon run over a rotating list of paths; CPU is the server process's own, per request. */
async function load(server: Child, paths: string[], duration: number) {
  const before = await server.stats();
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections,
    duration,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  });
  const after = await server.stats();
  return {
    rps: result.requests.total / result.duration,
    cpuMs: (after.cpuMicros - before.cpuMicros) / 1000 / Math.max(1, result.requests.total),
    p50: result.latency.p50,
    p99: result.latency.p99,
    bad: result.errors + result.timeouts + result.non2xx,
  };
}

type PageSet = { name: string; paths: string[] };

/** A deterministic choice of real URLs: several committees, many meetings, several months. */
function choosePages(archive: Archive): PageSet[] {
  const rng = prng(42);
  return [
    { name: 'committee', paths: rng.sample(archive.organisationSlugs, 12).map((s) => `/committees/${s}`) },
    { name: 'meeting', paths: rng.sample(archive.meetingIds, 200).map((id) => `/meetings/${id}`) },
    { name: 'calendar', paths: rng.sample(archive.months, 24).map((m) => `/meetings?month=${m}`) },
  ];
}

async function main() {
  const started = Date.now();
  const cpu = cpus();
  log('bench:pages');
  log(`machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${fmt(totalmem() / MB / 1024, 1)} GB RAM, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log(`settings: ${connections} connections, ${seconds} s per run, ${rounds} round(s) app/bare alternating, ${warmupSeconds} s warm-up`);

  const workDir = mkdtempSync(join(tmpdir(), 'shirehall-bench-pages-'));
  const dataDir = join(workDir, 'pgdata');
  const children: Child[] = [];
  // Bounded: whatever happens, stop after a generous multiple of the planned time.
  const plannedMs = (3 * rounds * 2 * seconds + 6 * warmupSeconds) * 1000 + 300_000;
  const deadline = setTimeout(() => {
    process.stderr.write('bench:pages: took too long, stopping\n');
    for (const c of children) c.process.kill('SIGKILL');
    process.exit(1);
  }, plannedMs);
  deadline.unref();

  try {
    let t0 = performance.now();
    const database = await connect(databaseUrl ? { databaseUrl } : { dataDir });
    await migrate(database);
    if ((await countRows(database.db)).bodies > 0) {
      await database.close();
      throw new Error('DATABASE_URL points at a database with data in it; give an empty, throwaway database');
    }
    log(`database: ${database.kind}${database.kind === 'pglite' ? ` (fresh data directory ${dataDir})` : ''}; created and migrated in ${fmt((performance.now() - t0) / 1000, 1)} s`);
    t0 = performance.now();
    const archive = await generateArchive(database.db, {}, (step, rows, ms) => log(`  ${step.padEnd(15)} ${(rows ? `${fmt(rows)} rows` : '').padStart(12)}  ${fmt(ms / 1000, 1)} s`));
    await database.close();
    log(`archive generated in ${fmt((performance.now() - t0) / 1000, 1)} s:`);
    log(`  ${Object.entries(archive.counts).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);

    const app = await startChild(['app'], {
      ...env,
      NODE_ENV: 'production',
      SESSION_SECRET: randomBytes(24).toString('hex'),
      PUBLIC_URL: 'http://127.0.0.1',
      LOG_LEVEL: 'silent',
      DEMO: 'off',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
    });
    children.push(app);
    const idle = await app.stats();
    log(`app server: pid ${app.process.pid}, port ${app.port}, RSS at start ${fmt(idle.rss / MB)} MB`);

    const sets = choosePages(archive);
    const pages: PageFile = {};
    for (const set of sets) {
      let bytes = 0;
      for (const path of set.paths) {
        const res = await fetch(`http://127.0.0.1:${app.port}${path}`);
        const body = Buffer.from(await res.arrayBuffer());
        if (res.status !== 200 || !res.headers.get('content-type')?.startsWith('text/html')) throw new Error(`${path}: ${res.status} ${res.headers.get('content-type')}`);
        pages[path] = body.toString('base64');
        bytes += body.length;
      }
      log(`  ${set.name.padEnd(9)} ${fmt(set.paths.length).padStart(3)} URLs, mean page ${fmt(bytes / set.paths.length / 1024, 1)} KB`);
    }
    const pageFile = join(workDir, 'pages.json');
    writeFileSync(pageFile, JSON.stringify(pages));
    const bare = await startChild(['bare', pageFile], { ...env });
    children.push(bare);
    log(`bare server: pid ${bare.process.pid}, port ${bare.port}`);

    for (const set of sets) {
      await load(app, set.paths, warmupSeconds);
      await load(bare, set.paths, warmupSeconds);
    }

    log();
    log('| page      | app req/s | bare req/s | ratio | app p50 ms | app p99 ms | bare p99 ms | app CPU ms/req | bare CPU ms/req | CPU ratio | errors |');
    log('|-----------|----------:|-----------:|------:|-----------:|-----------:|------------:|---------------:|----------------:|----------:|-------:|');
    const rows: { name: string; ratio: number; p99: number; bad: number }[] = [];
    for (const set of sets) {
      const appRuns = [];
      const bareRuns = [];
      for (let r = 0; r < rounds; r++) {
        appRuns.push(await load(app, set.paths, seconds));
        bareRuns.push(await load(bare, set.paths, seconds));
      }
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const appRps = mean(appRuns.map((x) => x.rps));
      const bareRps = mean(bareRuns.map((x) => x.rps));
      const p50 = mean(appRuns.map((x) => x.p50));
      // The worst round's p99, so a target met is met in every round.
      const p99 = Math.max(...appRuns.map((x) => x.p99));
      const bad = [...appRuns, ...bareRuns].reduce((a, x) => a + x.bad, 0);
      const appCpu = mean(appRuns.map((x) => x.cpuMs));
      const bareCpu = mean(bareRuns.map((x) => x.cpuMs));
      rows.push({ name: set.name, ratio: appRps / bareRps, p99, bad });
      log(
        `| ${set.name.padEnd(9)} | ${fmt(appRps).padStart(9)} | ${fmt(bareRps).padStart(10)} | ${(appRps / bareRps).toFixed(3).padStart(5)} | ${fmt(p50, 1).padStart(10)} | ${fmt(p99, 1).padStart(10)} | ${fmt(Math.max(...bareRuns.map((x) => x.p99)), 1).padStart(11)} | ${fmt(appCpu, 2).padStart(14)} | ${fmt(bareCpu, 3).padStart(15)} | ${(bareCpu / appCpu).toFixed(3).padStart(9)} | ${String(bad).padStart(6)} |`,
      );
    }

    const appStats = await app.stats();
    const bareStats = await bare.stats();
    log();
    log(`peak RSS: app ${fmt(appStats.maxRss / MB)} MB (now ${fmt(appStats.rss / MB)} MB, heap ${fmt(appStats.heapUsed / MB)} MB); bare ${fmt(bareStats.maxRss / MB)} MB`);
    log(`database: ${databaseUrl ? 'postgres' : 'pglite'}; load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    log();
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    for (const r of rows) {
      log(`${r.name.padEnd(9)} ratio ${r.ratio.toFixed(3)} ≥ ${targets.ratio}: ${verdict(r.ratio >= targets.ratio)}; p99 ${fmt(r.p99, 1)} ms ≤ ${targets.p99Ms} ms: ${verdict(r.p99 <= targets.p99Ms)}${r.bad ? `; ${r.bad} errors/non-2xx` : ''}`);
    }
    log(`peak RSS ${fmt(appStats.maxRss / MB)} MB ≤ ${targets.rssMb} MB: ${verdict(appStats.maxRss / MB <= targets.rssMb)}`);
    log(`total time ${fmt((Date.now() - started) / 1000)} s`);
  } finally {
    for (const c of children) await c.stop();
    if (!env.BENCH_KEEP) rmSync(workDir, { recursive: true, force: true });
    else log(`kept ${workDir}`);
    clearTimeout(deadline);
  }
}

await main();
