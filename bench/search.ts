// bench:search — search latency on the 10-year synthetic archive: 200 fixed queries through the HTTP
// endpoint (/search?q=…, the real app listening on a local port, page cache off) side by side with the
// same SQL run directly through the driver (the search repo's one statement of counts and first page, as
// the route runs it). Queries alternate between the two in each round so both see the same machine. A benchmark, not a test.
//
//   npm run bench:search
//   BENCH_ROUNDS=3 npm run bench:search
//   DATABASE_URL=postgres://…/empty_db npm run bench:search   (PostgreSQL; the database must be empty)
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { asc, isNull } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { connect } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { organisations, people } from '../src/db/schema.ts';
import { createLogger } from '../src/lib/logger.ts';
import { createServices } from '../src/services.ts';
import { PAGE_SIZE, searchResults } from '../src/modules/search/index.ts';
import { publicViewer } from '../src/modules/visibility/index.ts';
import { countRows, generateArchive } from './generate-archive.ts';

const env = process.env;
const rounds = Number(env.BENCH_ROUNDS ?? 2);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('BENCH_ROUNDS must be a whole number of at least 1');
const databaseUrl = env.DATABASE_URL;
const targets = { p95Ms: 50, overhead: 2 };
const MB = 1024 * 1024;
const log = (line = '') => process.stdout.write(`${line}\n`);
const fmt = (n: number, digits = 1) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Words of the archive's agenda topics, whole phrases, website-style operators and words that match nothing. */
const topicWords = [
  'highways',
  'maintenance',
  'financial',
  'strategy',
  'council tax',
  'local plan',
  'air quality',
  'homelessness',
  'leisure',
  'regeneration',
  'parking',
  'recycling',
  'flood',
];
const phrases = [
  '"town centre regeneration"',
  '"capital programme"',
  '"treasury management"',
  'waste contract',
  'tree planting',
  'cycle network',
  'community grants',
  'licensing policy',
];
const operators = ['flood -risk', 'parking OR taxi', 'harbour dredging', '"risk register" -corporate', 'allotments OR cemetery', 'digital procurement'];
const nothing = ['zzyzx', 'quuxplonk', 'florbnagle', 'wibblethorpe'];

/** 200 fixed queries: the lists above, committee names and the surnames of people in the archive, some misspelt. */
async function fixedQueries(db: Parameters<typeof countRows>[0]): Promise<string[]> {
  const surnames = (await db.selectDistinct({ name: people.familyName }).from(people).where(isNull(people.deletedAt)).orderBy(asc(people.familyName))).map((p) => p.name ?? '');
  const committees = (await db.select({ name: organisations.name }).from(organisations).orderBy(asc(organisations.id))).map((o) => o.name);
  // A misspelling a resident makes: two letters swapped in the middle.
  const misspell = (s: string) => (s.length < 5 ? s : `${s.slice(0, 2)}${s[3]}${s[2]}${s.slice(4)}`);
  const pool = [...topicWords, ...phrases, ...operators, ...nothing, ...committees, ...surnames.filter(Boolean), ...surnames.filter((s) => s.length >= 5).map(misspell)];
  const out: string[] = [];
  for (let i = 0; out.length < 200; i++) out.push(pool[i % pool.length]!);
  return out;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main() {
  const cpu = cpus();
  log('bench:search');
  log(
    `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${fmt(totalmem() / MB / 1024)} GB RAM, Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const workDir = mkdtempSync(join(tmpdir(), 'shirehall-bench-search-'));
  const database = await connect(databaseUrl ? { databaseUrl } : { dataDir: join(workDir, 'pgdata') });
  try {
    await migrate(database);
    if ((await countRows(database.db)).bodies > 0) throw new Error('DATABASE_URL points at a database with data in it; give an empty, throwaway database');
    let t0 = performance.now();
    const archive = await generateArchive(database.db);
    log(
      `database: ${database.kind}; archive of ${archive.counts.meetings} meetings, ${archive.counts.agendaItems} agenda items, ${archive.counts.documents} documents generated in ${fmt((performance.now() - t0) / 1000)} s`,
    );

    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO: 'off', PAGE_CACHE: 'off' });
    const app = await buildApp(createServices(config, database, createLogger('silent')));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const queries = await fixedQueries(database.db);

    const http = async (q: string) => {
      const s = performance.now();
      const res = await fetch(`${base}/search?q=${encodeURIComponent(q)}`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`/search?q=${q} answered ${res.status}`);
      return performance.now() - s;
    };
    const raw = async (q: string) => {
      const s = performance.now();
      await searchResults(database.db, publicViewer, q, { limit: PAGE_SIZE, offset: 0 });
      return performance.now() - s;
    };

    // Warm-up: every query once each way, not measured.
    for (const q of queries) {
      await raw(q);
      await http(q);
    }
    const times = { http: [] as number[], raw: [] as number[] };
    t0 = performance.now();
    for (let r = 0; r < rounds; r++) {
      for (const [i, q] of queries.entries()) {
        // Alternate which goes first, so neither always meets a warmer cache.
        if ((i + r) % 2 === 0) {
          times.raw.push(await raw(q));
          times.http.push(await http(q));
        } else {
          times.http.push(await http(q));
          times.raw.push(await raw(q));
        }
      }
    }
    await app.close();

    const row = (label: string, list: number[]) => {
      const s = [...list].sort((a, b) => a - b);
      return { label, p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1]! };
    };
    const h = row('HTTP /search (counts and page + render)', times.http);
    const d = row('the same SQL through the driver', times.raw);
    log(`${queries.length} queries × ${rounds} round(s) each way in ${fmt((performance.now() - t0) / 1000)} s`);
    log('');
    log('| path | p50 ms | p95 ms | max ms |');
    log('|---|---:|---:|---:|');
    for (const x of [h, d]) log(`| ${x.label} | ${fmt(x.p50)} | ${fmt(x.p95)} | ${fmt(x.max)} |`);
    log('');
    const overhead = h.p95 / d.p95;
    log(
      `HTTP p95 ${fmt(h.p95)} ms: ${h.p95 <= targets.p95Ms ? 'meets' : 'misses'} the target of ${targets.p95Ms} ms${database.kind === 'pglite' ? ' (the target is for PostgreSQL)' : ''}`,
    );
    log(`HTTP / driver at p95: ${fmt(overhead, 2)}×: ${overhead < targets.overhead ? 'meets' : 'misses'} the target of under ${targets.overhead}×`);
  } finally {
    await database.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
