// Compares Node flags (or environment) for the server side by side: two child processes, each the compiled
// server over its own copy of the memory-parts archive, render the same uncached pages in process, taking
// turns round after round, so a busy machine slows both alike. Prints CPU per page per round, the medians
// of the later rounds and each side's peak RSS. A measurement, not a test.
//   npx tsx bench/flags-ab.ts "--liftoff-only"                   (A: npm start's flags, B: plus these)
//   AB_ENV_B="MALLOC_ARENA_MAX=2" npx tsx bench/flags-ab.ts ""     (B: also this environment)
//   AB_ROUNDS=10 AB_RENDERS=200 AB_CONCURRENCY=8 …
// The archive is the one bench/memory-parts.ts generates (run that once first).
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveEnv, serveNodeFlags } from './serve-flags.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const archiveDir = process.env.MEMORY_ARCHIVE ?? join(tmpdir(), 'shirehall-memory-archive');
if (!existsSync(join(archiveDir, 'urls.json'))) throw new Error(`no archive in ${archiveDir}: run bench/memory-parts.ts first`);
const rounds = Number(process.env.AB_ROUNDS ?? 8);
const extraB = (process.argv[2] ?? '').split(/\s+/).filter(Boolean);
const envB = Object.fromEntries(
  (process.env.AB_ENV_B ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((kv) => kv.split('=') as [string, string]),
);
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });

type Reply = { ready?: boolean; done?: boolean; result?: Record<string, number>; hwm: number };
function start(label: string, flags: string[], env: Record<string, string>): { child: ChildProcess; dir: string; ask: (m: string) => Promise<Reply> } {
  const dir = join(archiveDir, `ab-${label}-${process.pid}`);
  cpSync(join(archiveDir, 'pgdata'), dir, { recursive: true });
  const child = fork(join(root, 'bench', 'flags-ab-child.mjs'), [dir, join(archiveDir, 'urls.json')], {
    execArgv: flags,
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'production',
      SESSION_SECRET: 'flags-ab-session-secret-0123456789abcdefghijkl',
      PUBLIC_URL: 'http://127.0.0.1',
      LOG_LEVEL: 'silent',
      DEMO: 'off',
      PAGE_CACHE: 'off',
      DATA_DIR: dir,
    },
  });
  let waiting: ((r: Reply) => void) | null = null;
  const first = new Promise<Reply>((resolve) => (waiting = resolve));
  child.on('message', (r: Reply) => waiting?.(r));
  return {
    child,
    dir,
    ask: (m: string) => {
      if (m === 'ready') return first;
      const p = new Promise<Reply>((resolve) => (waiting = resolve));
      child.send(m);
      return p;
    },
  };
}

const base = serveNodeFlags(root);
const sides = [
  { label: 'A', flags: base, env: serveEnv(root) },
  { label: 'B', flags: [...base, ...extraB], env: { ...serveEnv(root), ...envB } },
];
process.stdout.write(
  `A: node ${sides[0]!.flags.join(' ')}\nB: ${Object.entries(envB)
    .map(([k, v]) => `${k}=${v} `)
    .join('')}node ${sides[1]!.flags.join(' ')}\n`,
);
const procs = sides.map((s) => start(s.label, s.flags, s.env));
try {
  for (const [i, p] of procs.entries()) process.stdout.write(`${sides[i]!.label} ready, peak RSS ${(await p.ask('ready')).hwm.toFixed(0)} MB\n`);
  const seen: Record<string, Record<string, number[]>> = { A: {}, B: {} };
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 ? procs.map((p, i) => [p, i] as const) : procs.map((p, i) => [p, i] as const).reverse();
    for (const [p, i] of order) {
      const r = await p.ask('go');
      const label = sides[i]!.label;
      process.stdout.write(
        `round ${round} ${label}: ${Object.entries(r.result ?? {})
          .map(([k, v]) => `${k} ${v.toFixed(2)}`)
          .join(', ')} ms CPU/page; peak RSS ${r.hwm.toFixed(0)} MB\n`,
      );
      if (round > 2) for (const [k, v] of Object.entries(r.result ?? {})) (seen[label]![k] ??= []).push(v);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const k of Object.keys(seen.A!)) {
    const a = median(seen.A![k]!);
    const b = median(seen.B![k]!);
    process.stdout.write(`median of rounds 3–${rounds}: ${k.padEnd(10)} A ${a.toFixed(2)}  B ${b.toFixed(2)}  B/A ${(b / a).toFixed(3)}\n`);
  }
  for (const [i, p] of procs.entries()) process.stdout.write(`${sides[i]!.label} peak RSS ${(await p.ask('stop')).hwm.toFixed(0)} MB\n`);
} finally {
  for (const p of procs) {
    p.child.kill();
    rmSync(p.dir, { recursive: true, force: true });
  }
}
