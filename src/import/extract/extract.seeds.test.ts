import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPack } from './index.ts';
import { findPdfToText } from './pdf-text.ts';
import { asJson, contractValidator, n, sharedDir } from './test-support.ts';

type Fact = [string, (doc: unknown, norm: typeof n) => unknown];

const seedsDir = resolve(sharedDir, 'seeds');
const packsDir = resolve(sharedDir, 'packs');
const factsDir = resolve(sharedDir, 'facts');
const available = existsSync(seedsDir) && existsSync(factsDir);
const required = process.env.REQUIRE_SHARED === '1';

if (!available) {
  console.warn(`extract seeds: ${seedsDir} is missing; the seed facts are not checked (set REQUIRE_SHARED=1 to fail instead)`);
}

/** The facts of a file that fail on an extraction (a fact that throws fails). */
async function failedFacts(factsFile: string, doc: unknown, skip: ReadonlySet<string> = new Set()): Promise<string[]> {
  const { facts } = (await import(pathToFileURL(factsFile).href)) as { facts: Fact[] };
  return facts
    .filter(([name, fn]) => {
      if (skip.has(name)) return false;
      try {
        return fn(doc, n) !== true;
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
}

/** Every shared file with a facts file: seeds by their number, packs by their name; a pack's PDF too. */
function sharedCases(): Array<{ label: string; file: string; facts: string; pdf: boolean }> {
  if (!available) return [];
  const out: Array<{ label: string; file: string; facts: string; pdf: boolean }> = [];
  for (const seed of readdirSync(seedsDir).filter((f) => /^\d{3}_.*\.txt$/.test(f))) {
    out.push({ label: seed, file: resolve(seedsDir, seed), facts: resolve(factsDir, `${seed.slice(0, 3)}.facts.mjs`), pdf: false });
  }
  if (existsSync(packsDir)) {
    for (const pack of readdirSync(packsDir).filter((f) => /\.(?:txt|md|html|pdf)$/.test(f))) {
      const base = pack.replace(/\.[a-z]+$/, '');
      out.push({ label: pack, file: resolve(packsDir, pack), facts: resolve(factsDir, `${base}.facts.mjs`), pdf: pack.endsWith('.pdf') });
    }
  }
  return out.filter((c) => existsSync(c.facts));
}

describe('extraction of the shared seeds and packs', () => {
  it('finds the shared seeds, packs and facts', () => {
    if (required) {
      expect(available, `${seedsDir} and ${factsDir} must exist when REQUIRE_SHARED=1`).toBe(true);
      expect(existsSync(packsDir), `${packsDir} must exist when REQUIRE_SHARED=1`).toBe(true);
    }
  });

  for (const c of sharedCases()) {
    it(`passes every fact for ${c.label} and validates against the contract`, async () => {
      if (c.pdf && !findPdfToText()) {
        if (required) expect(findPdfToText(), 'pdftotext must be installed when REQUIRE_SHARED=1').not.toBeNull();
        return;
      }
      const result = extractPack(readFileSync(c.file), c.label);
      const doc = asJson(result);
      const validate = contractValidator();
      expect(validate, 'the contract schema must load').not.toBeNull();
      expect(validate?.(doc)).toEqual([]);
      // The facts name the .txt a PDF was converted to; its source (name, hash) is the PDF's own.
      expect(await failedFacts(c.facts, doc, c.pdf ? new Set(['source']) : new Set())).toEqual([]);
      expect(result.warnings.filter((w) => w.code === 'internal-error')).toEqual([]);
    });
  }
});
