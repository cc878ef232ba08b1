import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { extractPack, isExtractError, MAX_INPUT_BYTES } from '../../import/extract/index.ts';
import { formatSummary } from '../../import/extract/summary.ts';
import { CliError } from '../cli-error.ts';

/** What `shirehall extract` prints and its exit code: 0, or 2 for bad input. */
export type ExtractOutcome = { code: 0 | 2; stdout: string; stderr: string };

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const failure = (file: string, message: string): ExtractOutcome => ({ code: 2, stdout: '', stderr: `shirehall: ${oneLine(`${file}: ${message}`)}\n` });

function readLimited(file: string): Buffer {
  const size = statSync(file).size;
  if (size > MAX_INPUT_BYTES) throw new CliError(`the file is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`);
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buf, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buf.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Extracts one pack file without touching the process: JSON (the pack-extract contract) or a summary.
 * @example runExtract('pack.txt', 'json').code // 0
 */
export function runExtract(file: string, format: string = 'json'): ExtractOutcome {
  if (format !== 'json' && format !== 'summary') return failure(file, `"${format}" is not a format; use json or summary`);
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return failure(file, 'not a file');
    bytes = readLimited(file);
  } catch (err) {
    if (err instanceof CliError) return failure(file, err.message);
    const code = (err as NodeJS.ErrnoException).code;
    return failure(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read');
  }
  try {
    const result = extractPack(bytes, file);
    return { code: 0, stdout: format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatSummary(result), stderr: '' };
  } catch (err) {
    if (isExtractError(err)) return failure(file, err.message);
    return failure(file, `could not be extracted (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
}

/** Adds `shirehall extract FILE [--format json|summary]` to the program. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read a council document pack (text, markdown, HTML or PDF) and print its structure')
    .argument('<file>', 'the pack to read')
    .option('--format <format>', 'json (the pack-extract contract) or summary', 'json')
    .action((file: string, opts: { format: string }) => {
      const outcome = runExtract(file, opts.format);
      if (outcome.code !== 0) throw new CliError(outcome.stderr.replace(/^shirehall: /, '').trim(), outcome.code);
      process.stdout.write(outcome.stdout);
    });
}
