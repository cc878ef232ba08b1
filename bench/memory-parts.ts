// Where the server's memory goes, step by step, on the ten-year archive of bench:pages (PGlite).
// A measurement, not a test. The first run generates the archive into a kept folder (about a minute);
// later runs reuse it. The steps run in a child process (bench/memory-parts-child.mjs): plain Node,
// the compiled server in dist/ (built first) and the Node flags of `npm start`, as production runs it,
// so tsx and this script's own modules are not counted.
//
//   npx tsx bench/memory-parts.ts                           (archive in $TMPDIR/shirehall-memory-archive)
//   MEMORY_ARCHIVE=/path npx tsx bench/memory-parts.ts      (another folder)
//   MEMORY_NODE_FLAGS="--max-semi-space-size=4" npx tsx bench/memory-parts.ts   (extra Node flags for the child)
//   MEMORY_RENDERS=300 MEMORY_CONCURRENCY=32 npx tsx bench/memory-parts.ts   (uncached renders per page type, and how many at once)
//   MEMORY_SPACES=1 npx tsx bench/memory-parts.ts                  (V8's heap spaces, committed/used, under each line)
//   MEMORY_GC=1 MEMORY_NODE_FLAGS=--expose-gc npx tsx bench/memory-parts.ts  (collect before each line: the live heap)
//   MEMORY_SNAPSHOT=/tmp/after.heapsnapshot npx tsx bench/memory-parts.ts    (a heap snapshot after the renders)
//
// Each line: VmRSS and VmHWM from /proc/self/status, process.memoryUsage() (heap used and committed,
// external, array buffers) and, from /proc/self/smaps, how much of the resident memory is PGlite's
// WebAssembly memory (its 128 MB mapping) and how much is other anonymous memory and mapped files.
import { execFileSync, fork } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { generateArchive, prng } from './generate-archive.ts';
import { serveEnv, serveNodeFlags } from './serve-flags.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const archiveDir = process.env.MEMORY_ARCHIVE ?? join(tmpdir(), 'shirehall-memory-archive');
const pristine = join(archiveDir, 'pgdata');
const urlsFile = join(archiveDir, 'urls.json');

if (!existsSync(urlsFile)) {
  rmSync(archiveDir, { recursive: true, force: true });
  mkdirSync(archiveDir, { recursive: true });
  process.stdout.write(`generating the archive into ${archiveDir} …\n`);
  const database = await connect({ dataDir: pristine });
  await migrate(database);
  const archive = await generateArchive(database.db);
  await database.close();
  // The same choice of URLs as bench:pages.
  const rng = prng(42);
  const urls = {
    committee: rng.sample(archive.organisationSlugs, 12).map((s) => `/committees/${s}`),
    meeting: rng.sample(archive.meetingIds, 200).map((id) => `/meetings/${id}`),
    calendar: rng.sample(archive.months, 24).map((m) => `/meetings?month=${m}`),
  };
  writeFileSync(urlsFile, JSON.stringify(urls));
}

execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
// A fresh copy for each run, so a run never sees what an earlier one wrote.
const dataDir = join(archiveDir, `run-${process.pid}`);
cpSync(pristine, dataDir, { recursive: true });
const extra = (process.env.MEMORY_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
const execArgv = [...serveNodeFlags(root), ...extra];
process.stdout.write(`node ${execArgv.join(' ')} bench/memory-parts-child.mjs\n`);
try {
  const child = fork(join(root, 'bench', 'memory-parts-child.mjs'), [dataDir, urlsFile], {
    execArgv,
    env: {
      ...process.env,
      ...serveEnv(root),
      NODE_ENV: 'production',
      SESSION_SECRET: 'memory-parts-session-secret-0123456789abcdefghij',
      PUBLIC_URL: 'http://127.0.0.1',
      LOG_LEVEL: 'silent',
      DEMO: 'off',
      PAGE_CACHE: 'off',
      DATA_DIR: dataDir,
    },
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) process.exitCode = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
