/**
 * Import benchmark. Stage 1 (here): extraction throughput of `extractPack` on one core, over the
 * shared seed packs replicated to at least 20 MB. Later stages (loading into the database) add
 * themselves to `stages` below. The extractor measured is the compiled JavaScript in dist/ (built
 * first when out of date), which is what the server's import job and the `shirehall` command run;
 * `--source` measures the TypeScript through tsx instead (as the tests run it).
 *   node --import tsx bench/import.ts [--mb 20] [--seeds DIR] [--source]
 * Exits 1 when extraction is slower than the 20 MB/s target (per core: judged on CPU time).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, isFresh } from '../scripts/build.mjs';
import type { extractPack as ExtractPack } from '../src/import/extract/index.ts';

/** One benchmark stage: a name and a run over the corpus returning bytes processed. */
export interface BenchStage {
  name: string;
  run: (corpus: BenchPack[]) => Promise<number> | number;
  /** Minimum acceptable throughput in MB/s, if any. */
  targetMBps?: number;
}

/** One pack of the corpus. */
export interface BenchPack {
  name: string;
  bytes: Buffer;
}

const here = dirname(fileURLToPath(import.meta.url));

/** The extractor under test: dist/'s compiled copy unless `--source` asks for the TypeScript. */
async function loadExtractor(): Promise<typeof ExtractPack> {
  if (process.argv.includes('--source')) return (await import('../src/import/extract/index.ts')).extractPack;
  if (!isFresh()) await build();
  const compiled = resolve(here, '../dist/src/import/extract/index.js');
  return ((await import(compiled)) as { extractPack: typeof ExtractPack }).extractPack;
}

const extractPack = await loadExtractor();

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

/** Builds the corpus: each seed pack, repeated (as separate packs) until the total reaches `mb`. */
export function buildCorpus(seedsDir: string, mb: number): BenchPack[] {
  const seeds = readdirSync(seedsDir)
    .filter((f) => /\.(?:txt|md|html?)$/i.test(f))
    .map((f) => ({ name: f, bytes: readFileSync(resolve(seedsDir, f)) }));
  if (seeds.length === 0) throw new Error(`no seed packs in ${seedsDir}`);
  const corpus: BenchPack[] = [];
  let total = 0;
  for (let round = 0; total < mb * 1024 * 1024; round++) {
    for (const s of seeds) {
      corpus.push({ name: `${round}-${s.name}`, bytes: s.bytes });
      total += s.bytes.length;
    }
  }
  return corpus;
}

/** The extraction stage: every pack through extractPack. */
export const extractionStage: BenchStage = {
  name: 'extract',
  targetMBps: 20,
  run: (corpus) => {
    let bytes = 0;
    for (const pack of corpus) {
      extractPack(pack.bytes, pack.name);
      bytes += pack.bytes.length;
    }
    return bytes;
  },
};

/** Stages run in order; the database load stage is appended here when it exists. */
export const stages: BenchStage[] = [extractionStage];
stages.push((await import('./import-load.ts')).loadStage);

async function main(): Promise<void> {
  const seedsDir = resolve(arg('seeds', resolve(here, '../../shared/seeds')));
  if (!existsSync(seedsDir)) {
    console.error(`bench:import: seed directory ${seedsDir} not found (use --seeds DIR)`);
    process.exit(2);
  }
  const corpus = buildCorpus(seedsDir, Number(arg('mb', '20')));
  const totalMB = corpus.reduce((s, p) => s + p.bytes.length, 0) / 1024 / 1024;
  console.log(`corpus: ${corpus.length} packs, ${totalMB.toFixed(1)} MB`);
  // A first pass over each distinct pack, timed on its own: it includes V8 compiling and optimising the
  // extractor. A council's archive is thousands of packs, so the target is judged on the passes after it.
  const distinct = corpus.slice(0, new Set(corpus.map((p) => p.name.replace(/^\d+-/, ''))).size);
  const coldCpu = process.cpuUsage();
  const coldBytes = extractionStage.run(distinct) as number;
  const cold = process.cpuUsage(coldCpu);
  console.log(
    `extract, first pass (JIT warming up): ${(coldBytes / 1024 / 1024).toFixed(1)} MB = ${(coldBytes / 1024 / 1024 / ((cold.user + cold.system) / 1e6)).toFixed(1)} MB/s of CPU`,
  );
  let slow = false;
  for (const stage of stages) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const bytes = await stage.run(corpus);
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const mb = bytes / 1024 / 1024;
    // The target is per core, so it is judged on the CPU time the stage used; on a busy machine
    // wall-clock time also counts time spent waiting for a core.
    const mbps = mb / cpuSeconds;
    const verdict = stage.targetMBps === undefined ? '' : mbps >= stage.targetMBps ? ` (target ${stage.targetMBps} MB/s: ok)` : ` (target ${stage.targetMBps} MB/s: TOO SLOW)`;
    if (stage.targetMBps !== undefined && mbps < stage.targetMBps) slow = true;
    console.log(
      `${stage.name}: ${mb.toFixed(1)} MB in ${cpuSeconds.toFixed(2)} s CPU = ${mbps.toFixed(1)} MB/s${verdict}; wall ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(1)} MB/s`,
    );
  }
  if (slow) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
