// A/B of extraction CPU time: a base checkout's extractPack against this tree's, alternated round
// by round over the same corpus in one process (fair on a shared, busy machine).
//   node --import tsx bench/extract-ab.mts BASE_DIR [rounds=15] [mb=4]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus } from './import.ts';

const [baseDir, roundsArg = '15', mbArg = '4'] = process.argv.slice(2);
if (!baseDir) {
  process.stderr.write('usage: extract-ab.mts BASE_DIR [rounds] [mb]\n');
  process.exit(2);
}
type Extract = (bytes: Buffer, name: string) => unknown;
const base = (await import(pathToFileURL(resolve(baseDir, 'src/import/extract/index.ts')).href)) as { extractPack: Extract };
const mine = (await import('../src/import/extract/index.ts')) as { extractPack: Extract };
const corpus = buildCorpus(resolve(import.meta.dirname, '../../shared/seeds'), Number(mbArg));
const mb = corpus.reduce((s, p) => s + p.bytes.length, 0) / 1024 / 1024;

function round(extract: Extract): number {
  const start = process.cpuUsage();
  for (const pack of corpus) extract(pack.bytes, pack.name);
  const cpu = process.cpuUsage(start);
  return (cpu.user + cpu.system) / 1000;
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

round(base.extractPack);
round(mine.extractPack); // warm up both
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < Number(roundsArg); i++) {
  if (i % 2) {
    b.push(round(mine.extractPack));
    a.push(round(base.extractPack));
  } else {
    a.push(round(base.extractPack));
    b.push(round(mine.extractPack));
  }
}
const ma = median(a);
const mbr = median(b);
console.log(`corpus ${corpus.length} packs, ${mb.toFixed(1)} MB, ${a.length} rounds each (CPU ms per round)`);
console.log(`base   median ${ma.toFixed(0)} ms = ${(mb / (ma / 1000)).toFixed(1)} MB/s`);
console.log(`branch median ${mbr.toFixed(0)} ms = ${(mb / (mbr / 1000)).toFixed(1)} MB/s`);
const pairs = a.map((x, k) => x / (b[k] as number));
console.log(`throughput ratio branch/base ${(ma / mbr).toFixed(2)} (of medians), ${median(pairs).toFixed(2)} (median of the rounds' pairs)`);
