// Child of bench/flags-ab.ts: the compiled server (dist/) over its own copy of the archive, rendering
// pages in process when the parent says so and answering with the CPU each page type cost.
//   node [flags] bench/flags-ab-child.mjs <pgdata> <urls.json>
import { readFileSync } from 'node:fs';
import { setImmediate } from 'node:timers';

const [dataDir, urlsFile] = process.argv.slice(2);
const renders = Number(process.env.AB_RENDERS ?? 200);
const concurrency = Number(process.env.AB_CONCURRENCY ?? 8);
const hwm = () => Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;

const { loadConfig } = await import('../dist/src/config.js');
const { createLogger } = await import('../dist/src/lib/logger.js');
const { buildApp } = await import('../dist/src/app.js');
const { createServices } = await import('../dist/src/services.js');
const { openDatabase } = await import('../dist/src/main.js');
const config = loadConfig();
const database = await openDatabase({ ...config, dataDir });
const app = await buildApp(createServices(config, database, createLogger(config.logLevel), { backgroundJobs: false }));
await app.ready();
const urls = JSON.parse(readFileSync(urlsFile, 'utf8'));
let offset = 0;

process.on('message', async (msg) => {
  if (msg === 'stop') {
    await app.close();
    await database.close();
    process.send({ done: true, hwm: hwm() });
    return;
  }
  const result = {};
  for (const [name, paths] of Object.entries(urls)) {
    const cpu = process.cpuUsage();
    let next = 0;
    const worker = async () => {
      while (next < renders) {
        const path = paths[(offset + next++) % paths.length];
        const res = await app.inject({ method: 'GET', url: path });
        if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const used = process.cpuUsage(cpu);
    result[name] = (used.user + used.system) / 1000 / renders;
  }
  offset += renders;
  process.send({ result, hwm: hwm() });
});
process.send({ ready: true, hwm: hwm() });
