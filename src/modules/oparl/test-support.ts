import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { FastifyInstance } from 'fastify';

const schemaDir = join(import.meta.dirname, 'schema');
const V11 = 'https://schema.oparl.org/1.1/';

// OParl writes an embedded object as `{ type: 'object', schema: 'File.json' }`: a $ref for ajv.
function toAjv(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toAjv);
  if (!node || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  if (typeof o.schema === 'string' && o.schema.endsWith('.json') && o.type === 'object') return { $ref: o.schema };
  return Object.fromEntries(
    Object.entries(o)
      .filter(([k]) => k !== 'schema')
      .map(([k, v]) => [k, toAjv(v)]),
  );
}

/**
 * Validators for the official OParl 1.1 JSON schemas (copied in `schema/`, CC BY-SA 4.0), with the
 * spec's strict formats: a date-time is `yyyy-mm-ddThh:mm:ss±hh:mm`.
 * @example const problems = oparlProblems(await get('/oparl/v1')) // []
 */
export function oparlValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('url', { validate: (s: string) => /^https?:\/\//.test(s) && URL.canParse(s) });
  ajv.addFormat('date', { validate: (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) });
  ajv.addFormat('date-time', { validate: (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) });
  const types = readdirSync(schemaDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
  for (const t of types) ajv.addSchema({ ...(toAjv(JSON.parse(readFileSync(join(schemaDir, `${t}.json`), 'utf8'))) as object), $id: `${t}.json` });
  /** What is wrong with an object, as lines; empty when it is a valid OParl 1.1 object of its type. */
  return (o: Record<string, unknown>): string[] => {
    const type = typeof o.type === 'string' && o.type.startsWith(V11) ? o.type.slice(V11.length) : '';
    const validate = ajv.getSchema(`${type}.json`);
    if (!validate) return [`unknown type ${String(o.type)}`];
    const problems: string[] = [];
    if (o.deleted === true) {
      for (const k of ['id', 'type', 'created', 'modified']) if (typeof o[k] !== 'string') problems.push(`deleted ${String(o.id)} has no ${k}`);
      return problems;
    }
    if (!validate(o)) for (const e of validate.errors ?? []) problems.push(`${type} ${String(o.id)}${e.instancePath} ${e.message ?? ''}`);
    for (const k of ['created', 'modified']) if (o[k] === undefined) problems.push(`${type} ${String(o.id)} has no ${k}`);
    for (const [k, v] of Object.entries(o)) if (v === null) problems.push(`${type} ${String(o.id)}.${k} is null`);
    return problems;
  };
}

/** Every object of a list, following links.next from the first page (absolute URLs on http://localhost). */
export async function walkList(app: FastifyInstance, url: string): Promise<{ items: Record<string, unknown>[]; pages: Record<string, unknown>[] }> {
  const items: Record<string, unknown>[] = [];
  const pages: Record<string, unknown>[] = [];
  let next: string | undefined = url;
  while (next) {
    const res = await app.inject(next.replace(/^http:\/\/localhost/, ''));
    if (res.statusCode !== 200) throw new Error(`${next}: ${res.statusCode} ${res.body}`);
    const page = res.json() as { data: Record<string, unknown>[]; links: { next?: string } };
    pages.push(page);
    items.push(...page.data);
    next = page.links.next;
  }
  return { items, pages };
}
