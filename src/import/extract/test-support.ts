import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ExtractResult } from './contract.ts';

/** The repository root (two levels above src/import/extract). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared reference material beside the checkout (read-only). */
export const sharedDir = resolve(repoRoot, '../shared');

/** The fixtures directory of the extractor. */
export const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The text normaliser the facts use: lower case, straight quotes, no `**`, single spaces. */
export const n = (s: unknown): string =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();

let validator: ((doc: unknown) => string[]) | null = null;

/** A validator for the pack-extract JSON Schema; null when the shared contract is missing. */
export function contractValidator(schemaPath = resolve(sharedDir, 'contracts/pack-extract.schema.json')): ((doc: unknown) => string[]) | null {
  if (validator) return validator;
  let schema: object;
  try {
    schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  } catch {
    return null;
  }
  const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormats as unknown as typeof addFormats.default)(ajv);
  const validate = ajv.compile(schema);
  validator = (doc: unknown): string[] => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
  return validator;
}

/** A JSON round trip, as the CLI prints it. */
export function asJson(result: ExtractResult): unknown {
  return JSON.parse(JSON.stringify(result)) as unknown;
}
