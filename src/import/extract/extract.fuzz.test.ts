import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPack, isExtractError } from './index.ts';
import { fixturesDir, sharedDir } from './test-support.ts';

/** A small deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bases(): Buffer[] {
  const out = ['borough-executive.txt', 'district-licensing.html'].map((f) => readFileSync(resolve(fixturesDir, f)));
  const seeds = resolve(sharedDir, 'seeds');
  if (existsSync(seeds)) for (const f of readdirSync(seeds).filter((x) => x.endsWith('.txt'))) out.push(readFileSync(resolve(seeds, f)));
  return out;
}

type Mutation = (b: Buffer, r: () => number) => Buffer;
const pick = <T>(xs: T[], r: () => number): T => xs[Math.floor(r() * xs.length)] as T;
const lines = (b: Buffer): string[] => b.toString('utf8').split('\n');
const mutations: Mutation[] = [
  (b, r) => b.subarray(0, Math.floor(r() * b.length)),
  (b, r) => {
    const ls = lines(b);
    for (let i = ls.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [ls[i], ls[j]] = [ls[j] as string, ls[i] as string];
    }
    return Buffer.from(ls.join('\n'));
  },
  (b, r) => {
    const c = Buffer.from(b);
    for (let k = 0; k < 20; k++) c[Math.floor(r() * c.length)] = Math.floor(r() * 256);
    return c;
  },
  (b, r) => {
    const ls = lines(b);
    const junk = [
      '\t\t',
      '(Pages 9 - 1)',
      '183 – agenda item',
      'Likelihood 9 Impact 9 Risk Score 1',
      '<td data-bbox="1 2 3 4">',
      'FP/99/99/99 First published:',
      'Lead Officer:',
      'Seen by:\tName\tDate',
      '1.1.1.1.1',
      '*'.repeat(500),
      '<'.repeat(2000),
      'a'.repeat(5000),
    ];
    for (let k = 0; k < 30; k++) ls.splice(Math.floor(r() * ls.length), 0, pick(junk, r));
    return Buffer.from(ls.join('\n'));
  },
  (b, r) => {
    const ls = lines(b);
    const start = Math.floor(r() * ls.length);
    ls.splice(start, Math.floor(r() * 200));
    return Buffer.from(ls.join(r() < 0.5 ? '\n' : '\r\n'));
  },
  (b, r) =>
    Buffer.from(
      lines(b)
        .map((l) => (r() < 0.2 ? l.replace(/ /g, '\t') : l))
        .join('\n'),
    ),
];

/**
 * CPU milliseconds this test process has used: a hang shows as CPU spent, while wall-clock time also counts the
 * other test files and helpers sharing a loaded machine's cores.
 */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

describe('fuzz: mutated packs never crash or hang the extractor', () => {
  it('extracts 300 mutants, each either a result or a coded ExtractError', () => {
    const r = rng(20250527);
    const packs = bases();
    let results = 0;
    let refused = 0;
    for (let k = 0; k < 300; k++) {
      const input = pick(mutations, r)(pick(packs, r), r);
      const started = cpuMs();
      try {
        const out = extractPack(input, `mutant-${k}`);
        results++;
        expect(
          out.warnings.filter((w) => w.code === 'internal-error'),
          `mutant ${k}`,
        ).toEqual([]);
      } catch (err) {
        if (!isExtractError(err)) throw new Error(`mutant ${k} threw ${String(err)}`);
        refused++;
      }
      expect(cpuMs() - started, `mutant ${k} took too long`).toBeLessThan(3000);
    }
    expect(results + refused).toBe(300);
    expect(results).toBeGreaterThan(100);
    // Each mutant has its own bound of 3 s of CPU above (a runaway pattern, not a slow machine); the whole run grows with the extractor.
  }, 120_000);

  it('stays linear on pathological lines', () => {
    const evil = [
      `${'x '.repeat(200_000)}- agenda item`,
      `${'('.repeat(100_000)}Pages 1 - 2`,
      `Minutes of a meeting of the ${'a '.repeat(50_000)} held`,
      `Lead Officer: ${'Author: '.repeat(20_000)}`,
      `${'1. '.repeat(50_000)}`,
      `Likelihood ${'Impact '.repeat(30_000)}`,
      `<p>${'<b>'.repeat(60_000)}`,
      `${'\t'.repeat(100_000)}x`,
    ].join('\n');
    const started = cpuMs();
    try {
      extractPack(Buffer.from(`Agenda\n${evil}\n`), 'evil.txt');
    } catch (err) {
      expect(isExtractError(err)).toBe(true);
    }
    expect(cpuMs() - started).toBeLessThan(5000);
  });
});
