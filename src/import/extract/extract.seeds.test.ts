import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPack } from './index.ts';
import { asJson, contractValidator, n, sharedDir } from './test-support.ts';

type Fact = [string, (doc: unknown, norm: typeof n) => unknown];

const seedsDir = resolve(sharedDir, 'seeds');
const factsDir = resolve(sharedDir, 'facts');
const available = existsSync(seedsDir) && existsSync(factsDir);
const required = process.env.REQUIRE_SHARED === '1';

if (!available) {
  console.warn(`extract seeds: ${seedsDir} is missing; the seed facts are not checked (set REQUIRE_SHARED=1 to fail instead)`);
}

describe('extraction of the shared seed packs', () => {
  it('finds the shared seeds and facts', () => {
    if (required) expect(available, `${seedsDir} and ${factsDir} must exist when REQUIRE_SHARED=1`).toBe(true);
  });

  const seeds = available ? readdirSync(seedsDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)) : [];
  for (const seed of seeds) {
    const factsFile = resolve(factsDir, `${seed.slice(0, 3)}.facts.mjs`);
    if (!existsSync(factsFile)) continue;
    it(`passes every fact for ${seed} and validates against the contract`, async () => {
      const result = extractPack(readFileSync(resolve(seedsDir, seed)), seed);
      const doc = asJson(result);
      const validate = contractValidator();
      expect(validate, 'the contract schema must load').not.toBeNull();
      expect(validate?.(doc)).toEqual([]);
      const { facts } = (await import(pathToFileURL(factsFile).href)) as { facts: Fact[] };
      const failed = facts.filter(([, fn]) => {
        try {
          return fn(doc, n) !== true;
        } catch {
          return true;
        }
      });
      expect(failed.map(([name]) => name)).toEqual([]);
      expect(result.warnings.filter((w) => w.code === 'internal-error')).toEqual([]);
    });
  }
});
