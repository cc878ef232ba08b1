// Child process of bench/pages.ts: runs either the real server or a bare node:http server,
// so each one's memory is measured on its own, away from the load generator. Plain JavaScript, and
// the app is the compiled server in dist/ (npm run build), as `npm start` runs it: no tsx loaded.
//   node bench/page-server.mjs app           (configured by the environment, as in production)
//   node bench/page-server.mjs bare <pages>  (serves a JSON file of pre-rendered pages)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { setInterval } from 'node:timers';

// Messages: from the parent { type: 'stats' }; to the parent { type: 'ready', port } and
// { type: 'stats', rss, maxRss, heapUsed, cpuMicros } (types in bench/pages.ts).
const send = (message) => process.send?.(message);

async function startApp() {
  const { start } = await import('../dist/src/main.js');
  const app = await start();
  return app.server;
}

/** Serves the pre-rendered pages written by the parent: path → base64 of the exact response bytes. */
async function startBare(file) {
  const pages = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8'))).map(([path, b64]) => [path, Buffer.from(b64, 'base64')]));
  const server = createServer((request, response) => {
    const body = pages.get(request.url ?? '');
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
  return server;
}

const [mode, file] = process.argv.slice(2);
if (mode !== 'app' && !(mode === 'bare' && file)) {
  process.stderr.write('usage: page-server.mjs app | bare <pages.json>\n');
  process.exit(2);
}
// Never outlive the benchmark, even if it crashes.
process.on('disconnect', () => process.exit(0));

// getrusage's maxRSS would include the parent's memory at fork time, so read this process's own
// high-water mark (VmHWM) from /proc on Linux, and elsewhere keep the largest RSS seen.
let sampledPeak = process.memoryUsage().rss;
setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)), 100).unref();
function peakRss() {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux
  }
  return Math.max(sampledPeak, process.memoryUsage().rss);
}
process.on('message', (message) => {
  if (message.type === 'stats') {
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage();
    send({ type: 'stats', rss: memory.rss, maxRss: peakRss(), heapUsed: memory.heapUsed, cpuMicros: cpu.user + cpu.system });
  }
});
const server = mode === 'app' ? await startApp() : await startBare(file);
send({ type: 'ready', port: server.address().port });
