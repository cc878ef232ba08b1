// One way to write: outside the domain commands, no file under src/ inserts into, updates or
// deletes from a domain table, so every rule (an exempt item names its paragraph, no minutes before
// a meeting, access inherited from the item) is applied wherever a record is written.
//
// Allowed to write:
//   - src/modules/<domain>/commands/**   the commands
//   - src/modules/records/write-rows.ts   the generic row writer the commands call with their rules
//   - src/db/migrations/**               schema changes
//   - src/db/audit.ts                    the audit trail
//   - *.test.ts                          test fixtures (test/ is outside src/ anyway)
// Infrastructure tables, which any file may write: the plumbing of sessions and tokens, the audit
// log, background jobs, stored file bytes, import bookkeeping and exempt-access grants.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../db/schema.ts';

/** Tables that are plumbing, not records of the council's business (by their export names). */
const infrastructure = new Set(['sessions', 'apiTokens', 'rateLimits', 'storedFiles', 'auditEvents', 'jobs', 'imports', 'provenance', 'importCorrections', 'accessGrants']);

const srcDir = join(import.meta.dirname, '../..');
const tables = new Map<string, string>();
for (const [name, value] of Object.entries(schema)) if (is(value, PgTable)) tables.set(name, getTableName(value));
const sqlNames = new Map([...tables].map(([name, sqlName]) => [sqlName, name]));

function allowed(path: string): boolean {
  return (
    /^src\/modules\/[^/]+\/commands\//.test(path) ||
    path === 'src/modules/records/write-rows.ts' ||
    path.startsWith('src/db/migrations/') ||
    path === 'src/db/audit.ts' ||
    path.endsWith('.test.ts')
  );
}

/** The writes to domain tables in one file's text: builder calls naming a domain table or a table chosen at run time, and raw SQL. */
function domainWrites(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\.(insert|update|delete)\(\s*([A-Za-z_$][\w$]*(?:\.[\w$]+|\[[^\]]*\])*)\s*[,)]/g)) {
    const [call, verb, arg] = m as unknown as [string, string, string];
    const last = arg.split(/[.[]/).pop()!;
    if (tables.has(arg)) {
      if (!infrastructure.has(arg)) found.push(`${verb}(${arg})`);
    } else if (/table/i.test(last) || /tables?\[/i.test(arg) || /\.table$/.test(arg)) found.push(`${verb}(${arg}) (a table chosen at run time)`);
    void call;
  }
  for (const m of text.matchAll(/\b(insert\s+into|update|delete\s+from)\s+"?([a-z_]+)"?(\s+set\b)?/gi)) {
    const [, verb, name, set] = m as unknown as [string, string, string, string | undefined];
    const table = sqlNames.get(name.toLowerCase());
    if (!table || infrastructure.has(table)) continue;
    if (/^update$/i.test(verb) && !set) continue;
    found.push(`${verb.toLowerCase()} ${name} (SQL)`);
  }
  return found;
}

/** The names of the functions a file exports: declarations and arrow or function expressions bound to a const. */
function exportedFunctions(text: string): string[] {
  const declared = [...text.matchAll(/^export\s+(?:default\s+)?(?:async\s+)?function\*?\s+([\w$]+)/gm)].map((m) => m[1]!);
  const bound = [...text.matchAll(/^export\s+const\s+([\w$]+)\s*(?::[^=]+)?=\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*(?::[^=]+)?=>|[\w$]+\s*=>)/gm)].map((m) => m[1]!);
  return [...declared, ...bound];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('one way to write', () => {
  it('finds a domain write however it is spelled, and ignores what is not a table', () => {
    expect(domainWrites('await trx.insert(meetings).values(rows)')).toEqual(['insert(meetings)']);
    expect(domainWrites('await this.trx.update(spec.table).set(v)')).toEqual(['update(spec.table) (a table chosen at run time)']);
    expect(domainWrites('await db.execute(sql`update agenda_items set title = ${t}`)')).toEqual(['update agenda_items (SQL)']);
    expect(domainWrites("createHash('sha256').update(bytes).digest('hex'); cache.delete(key); await ex.insert(auditEvents).values(r)")).toEqual([]);
    expect(domainWrites('// the agenda is updated when the clerk publishes it')).toEqual([]);
  });

  it('no file outside the commands, migrations and the audit trail writes a domain table', () => {
    const offenders = files(srcDir)
      .map((f) => relative(join(srcDir, '..'), f).split('\\').join('/'))
      .filter((path) => !allowed(path))
      .flatMap((path) => domainWrites(readFileSync(join(srcDir, '..', path), 'utf8')).map((w) => `${path}: ${w}`));
    expect(offenders).toEqual([]);
  });

  it('finds every exported function, however it is written', () => {
    const text = [
      'export async function saveThings() {}',
      'export function rule() {}',
      'export const label = (n: number) => `x${n}`;',
      'export const run = async (a: number): Promise<void> => {};',
      'export const LIMIT = 2;',
      'export type Thing = { id: number };',
      '// export function commented() {}',
    ].join('\n');
    expect(exportedFunctions(text)).toEqual(['saveThings', 'rule', 'label', 'run']);
  });

  it('every command file exports one function, named after the file (commands/verb-noun.ts exports verbNoun)', () => {
    const offenders = files(srcDir)
      .map((f) => relative(join(srcDir, '..'), f).split('\\').join('/'))
      .filter((path) => /^src\/modules\/[^/]+\/commands\/[^/]+\.ts$/.test(path) && !path.endsWith('.test.ts'))
      .flatMap((path) => {
        const names = exportedFunctions(readFileSync(join(srcDir, '..', path), 'utf8'));
        const expected = path
          .split('/')
          .pop()!
          .replace(/\.ts$/, '')
          .replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
        return names.length === 1 && names[0] === expected ? [] : [`${path}: exports ${names.join(', ') || 'no function'} (expected ${expected} alone)`];
      });
    expect(offenders).toEqual([]);
  });

  it('every command file has its own test beside it (commands/verb-noun.ts and commands/verb-noun.test.ts)', () => {
    const untested = files(srcDir)
      .map((f) => relative(join(srcDir, '..'), f).split('\\').join('/'))
      .filter((path) => /^src\/modules\/[^/]+\/commands\/[^/]+\.ts$/.test(path) && !path.endsWith('.test.ts'))
      .filter((path) => !existsSync(join(srcDir, '..', path.replace(/\.ts$/, '.test.ts'))));
    expect(untested).toEqual([]);
  });
});
