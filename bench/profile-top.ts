// Prints the top functions of a V8 CPU profile (node --cpu-prof) by self time, and the share of
// time spent in each package, for BENCHMARKS.md. Shares are of the busy time (idle left out).
//   node --import tsx bench/profile-top.ts FILE.cpuprofile [N]
import { readFileSync } from 'node:fs';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const [file, n = '20', ...extra] = process.argv.slice(2);
// A glob that matches two profiles would pass the second as N, and print no functions at all.
if (!file || extra.length > 0 || !/^\d+$/.test(n)) {
  process.stderr.write('usage: profile-top.ts FILE.cpuprofile [N]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
let idle = 0;
for (const [id, us] of self) if (byId.get(id)!.callFrame.functionName === '(idle)') idle += us;
for (const [id] of self) if (byId.get(id)!.callFrame.functionName === '(idle)') self.delete(id);
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** Where a function lives: a package name, a file of this project, or a V8/Node category. */
function place(url: string): string {
  if (!url) return '(native, GC)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node';
  if (url.startsWith('wasm://')) return 'PGlite (Postgres in WASM)';
  const src = /\/(src|bench)\/(.*)$/.exec(url);
  return src ? `${src[1]}/${src[2]}` : url;
}

const functions = new Map<string, number>();
const places = new Map<string, number>();
for (const [id, us] of self) {
  const f = byId.get(id)!.callFrame;
  const where = place(f.url);
  const key = `${f.functionName || '(anonymous)'}  ${where}${f.url ? `:${f.lineNumber + 1}` : ''}`;
  functions.set(key, (functions.get(key) ?? 0) + us);
  const group = where.startsWith('src/') ? `src/${where.split('/')[1]}` : where;
  places.set(group, (places.get(group) ?? 0) + us);
}
const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
process.stdout.write(`${file}: ${(total / 1e6).toFixed(1)} s busy (${(idle / 1e6).toFixed(1)} s idle left out)\n\nby package or folder (self time):\n`);
for (const [k, us] of [...places].sort((a, b) => b[1] - a[1]).slice(0, 12)) process.stdout.write(`  ${pct(us)}  ${k}\n`);
process.stdout.write('\ntop functions (self time):\n');
for (const [k, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, Number(n))) process.stdout.write(`  ${pct(us)}  ${k}\n`);
