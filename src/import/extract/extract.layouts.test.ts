import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPack } from './index.ts';
import { asJson, contractValidator, fixturesDir, n } from './test-support.ts';

type Fact = [string, (doc: unknown, norm: typeof n) => unknown];

/**
 * Fictional packs in layouts other than the shared ones (district, Welsh county, Scottish council, parish,
 * police and crime panel, fire authority, decision notice, officer decision record, forward plan, informal
 * notes), each with facts in the format of ../shared/facts: the extractor is judged on councils it was not
 * written against.
 */
const cases = readdirSync(fixturesDir)
  .filter((f) => f.endsWith('.facts.mjs'))
  .map((f) => {
    const base = f.replace(/\.facts\.mjs$/, '');
    const source = readdirSync(fixturesDir).find((x) => x.startsWith(`${base}.`) && !x.endsWith('.facts.mjs'));
    return { base, facts: resolve(fixturesDir, f), source: source === undefined ? null : resolve(fixturesDir, source), name: source ?? base };
  });

describe('fictional packs in other layouts pass their facts', () => {
  const validate = contractValidator(resolve(fixturesDir, 'pack-extract.schema.json'));

  it('has a pack beside every facts file', () => {
    expect(cases.filter((c) => c.source === null).map((c) => c.base)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const c of cases) {
    it(`${c.name}`, async () => {
      if (c.source === null) return;
      const result = extractPack(readFileSync(c.source), c.name);
      const doc = asJson(result);
      expect(validate?.(doc)).toEqual([]);
      const { facts } = (await import(pathToFileURL(c.facts).href)) as { facts: Fact[] };
      const failed = facts
        .filter(([, fn]) => {
          try {
            return fn(doc, n) !== true;
          } catch {
            return true;
          }
        })
        .map(([name]) => name);
      expect(failed).toEqual([]);
      expect(result.warnings.filter((w) => w.code === 'internal-error')).toEqual([]);
    });
  }
});
