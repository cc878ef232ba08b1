// Child process of bench/memory-parts.ts: plain Node and the compiled server (dist/), as `npm start`
// runs it. Prints the resident memory after each step of bringing the server up and serving pages.
//   node bench/memory-parts-child.mjs <pgdata> <urls.json>
import { readFileSync } from 'node:fs';
import { setImmediate } from 'node:timers';
import { getHeapSpaceStatistics } from 'node:v8';

const [dataDir, urlsFile] = process.argv.slice(2);
const renders = Number(process.env.MEMORY_RENDERS ?? 300);
const concurrency = Number(process.env.MEMORY_CONCURRENCY ?? 32);
const MB = 1024 * 1024;
const mb = (bytes) => (bytes / MB).toFixed(0).padStart(5);

/**
 * Resident bytes of PGlite's WebAssembly memory (an anonymous read-write mapping of 128 MB or more: the
 * Memory's size, 128 MB at start), other anonymous memory (V8's heap and code, malloc) and mapped files.
 */
function smaps() {
  const out = { wasm: 0, anon: 0, file: 0 };
  let kind = 'anon';
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (head) {
      const size = Number.parseInt(head[2], 16) - Number.parseInt(head[1], 16);
      const path = head[4] ?? '';
      kind = path.startsWith('/') ? 'file' : size >= 128 * MB && head[3] === 'rw-p' && !path ? 'wasm' : 'anon';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) out[kind] += Number(rss[1]) * 1024;
  }
  return out;
}

function status(name) {
  return Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024;
}

process.stdout.write(
  `${'step'.padEnd(44)} ${'VmRSS'.padStart(5)} ${'VmHWM'.padStart(5)} ${'heap'.padStart(5)} ${'heapT'.padStart(5)} ${'ext'.padStart(5)} ${'arrBuf'.padStart(6)} ${'wasm'.padStart(5)} ${'anon'.padStart(5)} ${'files'.padStart(5)}  (MB)\n`,
);
// MEMORY_GC=1 (with --expose-gc in MEMORY_NODE_FLAGS): collect garbage before each line, so the heap
// column is what is live; by default nothing is forced, so the RSS is what the server would have.
function report(step) {
  if (process.env.MEMORY_GC === '1') globalThis.gc?.();
  const m = process.memoryUsage();
  const s = smaps();
  process.stdout.write(
    `${step.padEnd(44)} ${mb(status('VmRSS'))} ${mb(status('VmHWM'))} ${mb(m.heapUsed)} ${mb(m.heapTotal)} ${mb(m.external)} ${mb(m.arrayBuffers).padStart(6)} ${mb(s.wasm)} ${mb(s.anon)} ${mb(s.file)}\n`,
  );
  // MEMORY_SPACES=1: V8's heap spaces under each line, committed/used MB ("new=32/9 old=36/35 …").
  if (process.env.MEMORY_SPACES === '1') {
    const spaces = getHeapSpaceStatistics().filter((sp) => sp.space_size > 0);
    process.stdout.write(
      `    ${spaces.map((sp) => `${sp.space_name.replace(/_space$/, '')}=${(sp.space_size / MB).toFixed(0)}/${(sp.space_used_size / MB).toFixed(0)}`).join(' ')}\n`,
    );
  }
}

report('node alone');
const { loadConfig } = await import('../dist/src/config.js');
const { createLogger } = await import('../dist/src/lib/logger.js');
const { buildApp } = await import('../dist/src/app.js');
const { createServices } = await import('../dist/src/services.js');
const { openDatabase } = await import('../dist/src/main.js');
report('app modules imported');
const config = loadConfig();
const database = await openDatabase({ ...config, dataDir });
report('PGlite opened on the archive (+ migrate)');
const app = await buildApp(createServices(config, database, createLogger(config.logLevel), { backgroundJobs: false }));
await app.ready();
report('app built (Fastify, templates)');
const urls = JSON.parse(readFileSync(urlsFile, 'utf8'));
// Two rounds: the first includes V8 compiling (and PGlite's WebAssembly tiering up); the second's CPU
// per page is the steady one (a rough figure on a shared machine: compare variants side by side).
for (const round of [1, 2]) {
  for (const [name, paths] of Object.entries(urls)) {
    const cpu = process.cpuUsage();
    // MEMORY_CONCURRENCY requests in flight at once (bench:pages keeps 32 connections busy).
    let next = 0;
    const worker = async () => {
      while (next < renders) {
        const path = paths[next++ % paths.length];
        const res = await app.inject({ method: 'GET', url: path });
        if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode}`);
        // inject() does no I/O and PGlite answers without any, so without this the event loop never
        // reaches its check phase and every response's setImmediate (holding the response) piles up.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const used = process.cpuUsage(cpu);
    report(`round ${round}: ${renders} × ${name}, ${((used.user + used.system) / 1000 / renders).toFixed(2)} ms CPU/page`);
  }
}
// MEMORY_SNAPSHOT=file.heapsnapshot: a heap snapshot after the renders (what the app holds on to).
if (process.env.MEMORY_SNAPSHOT) (await import('node:v8')).writeHeapSnapshot(process.env.MEMORY_SNAPSHOT);
await app.close();
await database.close();
report('closed');
