import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig, ConfigError } from '../../config.ts';
import { openDatabase } from '../../main.ts';
import { extractPack, isExtractError, MAX_INPUT_BYTES, type ExtractResult } from '../../import/extract/index.ts';
import { importActor, importPack, type ImportSummary } from '../../import/load/load-pack.ts';
import { CliError } from '../cli-error.ts';

/** The one-line JSON summary `shirehall import` prints when stdout is not a terminal. */
export type ImportRunSummary = {
  files: number;
  imported: number;
  unchanged: number;
  updated: number;
  failed: number;
  records: Record<string, number>;
  warnings: number;
};

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Reads and extracts every file first, so bad input stops the run before anything is written. */
function readAll(files: string[]): { file: string; bytes: Buffer; extracted: ExtractResult }[] {
  return files.map((file) => {
    let bytes: Buffer;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new CliError(`${file}: not a file`);
      if (stat.size > MAX_INPUT_BYTES) throw new CliError(`${file}: the file is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`);
      bytes = readFileSync(file);
    } catch (err) {
      if (err instanceof CliError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      throw new CliError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read'}`);
    }
    try {
      return { file, bytes, extracted: extractPack(bytes, basename(file)) };
    } catch (err) {
      if (isExtractError(err)) throw new CliError(oneLine(`${file}: ${err.message}`));
      throw new CliError(oneLine(`${file}: could not be read as a document pack (${err instanceof Error ? err.message : String(err)})`));
    }
  });
}

/** Adds `shirehall import FILE...` to the program. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import council document packs (text, markdown, HTML or PDF) into the database, with provenance')
    .argument('<files...>', 'the packs to import')
    .action(async (files: string[]) => {
      let config;
      try {
        config = loadConfig();
      } catch (e) {
        if (e instanceof ConfigError) throw new CliError(e.problems.join('; '));
        throw e;
      }
      const packs = readAll(files);
      const database = await openDatabase(config);
      const tty = !!process.stdout.isTTY;
      const bar =
        tty && packs.length > 1
          ? new cliProgress.SingleBar({ format: 'Importing [{bar}] {value}/{total} {file}', stream: process.stdout }, cliProgress.Presets.shades_classic)
          : null;
      const run: ImportRunSummary = { files: packs.length, imported: 0, unchanged: 0, updated: 0, failed: 0, records: {}, warnings: 0 };
      const results: { file: string; summary?: ImportSummary; error?: string }[] = [];
      bar?.start(packs.length, 0, { file: '' });
      try {
        for (const pack of packs) {
          bar?.update({ file: basename(pack.file) });
          try {
            const summary = await importPack(database.db, importActor, pack.bytes, pack.file, { extracted: pack.extracted });
            run[summary.status]++;
            run.warnings += summary.warnings;
            for (const [k, v] of Object.entries(summary.records)) run.records[k] = (run.records[k] ?? 0) + v;
            results.push({ file: pack.file, summary });
          } catch (err) {
            run.failed++;
            results.push({ file: pack.file, error: oneLine(err instanceof Error ? err.message : String(err)) });
          }
          bar?.increment();
        }
      } finally {
        bar?.stop();
        await database.close();
      }
      if (tty) {
        for (const r of results) {
          if (r.error) process.stdout.write(`${r.file}: failed: ${r.error}\n`);
          else
            process.stdout.write(
              `${r.file}: ${r.summary!.status} (import ${r.summary!.importId}; ${r.summary!.created} created, ${r.summary!.updated} updated, ${r.summary!.deleted} removed, ${r.summary!.warnings} warnings)\n`,
            );
        }
      } else {
        process.stdout.write(`${JSON.stringify(run)}\n`);
      }
      if (run.failed > 0) throw new CliError(`${run.failed} of ${run.files} files could not be imported`, 1);
    });
}
