import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../cli-error.ts';
import { registerExtract, runExtract } from './extract.ts';
import { fixturesDir } from '../../import/extract/test-support.ts';

const pack = resolve(fixturesDir, 'borough-executive.txt');
const dir = mkdtempSync(join(tmpdir(), 'shirehall-extract-cli-'));

describe('runExtract', () => {
  it('prints the contract JSON', () => {
    const out = runExtract(pack, 'json');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ schemaVersion: '1', source: { name: 'borough-executive.txt' } });
  });

  it('prints a summary', () => {
    const out = runExtract(pack, 'summary');
    expect(out.stdout).toContain('Meeting: Executive, 2025-05-27 18:30');
    expect(out.stdout).toContain('risk-score-mismatch');
  });

  const big = join(dir, 'big.txt');
  writeFileSync(big, '');
  truncateSync(big, 100 * 1024 * 1024);
  const bad: Array<[string, string, RegExp]> = [
    ['a missing file', join(dir, 'missing.txt'), /no such file/],
    ['an empty file', (writeFileSync(join(dir, 'empty.txt'), ''), join(dir, 'empty.txt')), /the file is empty/],
    ['a 100 MB file', big, /larger than the 50 MB limit/],
    ['a directory', dir, /not a file/],
    ['a file with no structure', (writeFileSync(join(dir, 'note.txt'), 'Remember the milk\n'), join(dir, 'note.txt')), /no agenda, minutes/],
  ];
  it.each(bad)('fails with one line and code 2 for %s', (_label, file, message) => {
    const out = runExtract(file, 'json');
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^shirehall: /);
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trimEnd()).not.toContain('\n');
  });

  it('refuses an unknown format', () => {
    expect(runExtract(pack, 'xml')).toMatchObject({ code: 2, stderr: expect.stringMatching(/"xml" is not a format/) });
  });
});

describe('registerExtract', () => {
  afterEach(() => vi.restoreAllMocks());

  it('adds the extract command, writing to stdout', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const program = new Command().exitOverride();
    registerExtract(program);
    await program.parseAsync(['node', 'shirehall', 'extract', pack, '--format', 'summary']);
    expect(String(write.mock.calls[0]?.[0])).toContain('Report: Riverside Depot Redevelopment');
  });

  it('throws a CliError with exit code 2 for bad input', async () => {
    const program = new Command().exitOverride();
    registerExtract(program);
    await expect(program.parseAsync(['node', 'shirehall', 'extract', join(dir, 'missing.txt')])).rejects.toMatchObject({ exitCode: 2 });
    await expect(program.parseAsync(['node', 'shirehall', 'extract', join(dir, 'missing.txt')])).rejects.toBeInstanceOf(CliError);
  });
});
