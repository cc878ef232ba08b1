import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../cli-error.ts';
import { registerDeadline, runDeadline } from './deadline.ts';

const cabinetRule = '5.00pm 3 clear working days before the meeting';

describe('runDeadline', () => {
  it('prints the deadline as a London local date-time', () => {
    expect(runDeadline({ rule: cabinetRule, meeting: '2019-05-13T10:00' })).toEqual({ code: 0, stdout: '2019-05-07T17:00\n', stderr: '' });
    expect(runDeadline({ rule: cabinetRule, meeting: '2019-12-30T10:00' }).stdout).toBe('2019-12-20T17:00\n');
  });

  it('counts the chosen nation’s bank holidays', () => {
    expect(runDeadline({ rule: cabinetRule, meeting: '2019-12-05T10:00', nation: 'scotland' }).stdout).toBe('2019-11-28T17:00\n');
    expect(runDeadline({ rule: cabinetRule, meeting: '2019-12-05T10:00', nation: 'england-and-wales' }).stdout).toBe('2019-11-29T17:00\n');
  });

  it.each([
    [{ rule: 'whenever', meeting: '2019-05-13T10:00' }, /^shirehall: Could not read "whenever": /],
    [{ rule: cabinetRule }, /^shirehall: Enter the meeting date and time with --meeting/],
    [{ rule: cabinetRule, meeting: '13/05/2019' }, /^shirehall: "13\/05\/2019" is not a meeting date and time/],
    [{ rule: cabinetRule, meeting: '2019-02-30T10:00' }, /is not a meeting date and time/],
    [{ rule: cabinetRule, meeting: '2019-05-13T10:00', nation: 'wales' }, /^shirehall: "wales" is not a nation; use england-and-wales, scotland, northern-ireland/],
    [{ rule: 'whenever\nyou\nlike', meeting: '2019-05-13T10:00' }, /^shirehall: Could not read "whenever you like"/],
  ])('fails with one line and code 2 for %j', (args, message) => {
    const outcome = runDeadline(args);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(message);
    expect(outcome.stderr.trimEnd()).not.toContain('\n');
    expect(outcome.stderr.endsWith('\n')).toBe(true);
  });
});

describe('registerDeadline', () => {
  afterEach(() => vi.restoreAllMocks());

  const program = (): Command => {
    const p = new Command('shirehall').exitOverride();
    registerDeadline(p);
    return p;
  };

  it('adds a deadline command that writes the deadline to stdout', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await program().parseAsync(['deadline', '12 noon the (working) day before', '--meeting', '2019-05-07T10:00'], { from: 'user' });
    expect(write).toHaveBeenCalledWith('2019-05-03T12:00\n');
  });

  it('reports bad input as a CliError with exit code 2', async () => {
    await expect(program().parseAsync(['deadline', 'whenever', '--meeting', '2019-05-13T10:00'], { from: 'user' })).rejects.toSatisfy(
      (error: unknown) => error instanceof CliError && error.exitCode === 2 && error.message.startsWith('Could not read "whenever"'),
    );
  });
});

describe('shirehall deadline, run as a process', () => {
  const script = [
    "import { Command } from 'commander';",
    `import { registerDeadline } from ${JSON.stringify(fileURLToPath(new URL('./deadline.ts', import.meta.url)))};`,
    `import { CliError } from ${JSON.stringify(fileURLToPath(new URL('../cli-error.ts', import.meta.url)))};`,
    "const program = new Command('shirehall').exitOverride();",
    'registerDeadline(program);',
    'try { await program.parseAsync(process.argv.slice(1), { from: "user" }); }',
    'catch (e) { if (!(e instanceof CliError)) throw e; process.stderr.write(`shirehall: ${e.message}\\n`); process.exit(e.exitCode); }',
  ].join('\n');
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, '--', ...args], { encoding: 'utf8', cwd: process.cwd() });

  it('exits 0 with the deadline', () => {
    const result = run('deadline', cabinetRule, '--meeting', '2019-05-13T10:00');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('2019-05-07T17:00\n');
    expect(result.status).toBe(0);
  });

  it('exits 2 with one line and no stack trace for an unreadable rule', () => {
    const result = run('deadline', 'fortnightish', '--meeting', '2019-05-13T10:00');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^shirehall: Could not read "fortnightish"/);
  });
});
