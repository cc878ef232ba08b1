import { Command, CommanderError } from 'commander';
import { registerCore } from './commands/core.ts';
import { CliError } from './cli-error.ts';
import { DatabaseUnavailableError } from '../db/connect.ts';
import { DataDirInUseError } from '../db/data-dir-lock.ts';

/** Runs the `shirehall` command line; bad input prints one line and exits 2. */
export async function main(argv: string[]): Promise<void> {
  const program = new Command('shirehall')
    .description('Shirehall: democracy and accountability platform for UK councils')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCore(program);
  for (const name of ['extract', 'deadline', 'import', 'backup']) {
    const mod = await import(`./commands/${name}.ts`).catch(() => null);
    const register = mod?.[`register${name[0]!.toUpperCase()}${name.slice(1)}`];
    if (typeof register === 'function') register(program);
  }
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exit(err.exitCode === 0 ? 0 : 2);
    }
    if (err instanceof CliError) {
      process.stderr.write(`shirehall: ${err.message}\n`);
      process.exit(err.exitCode);
    }
    // A database that cannot be used is a problem with the configuration, named in one line.
    if (err instanceof DatabaseUnavailableError || err instanceof DataDirInUseError) {
      process.stderr.write(`shirehall: ${err.message}\n`);
      process.exit(2);
    }
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    process.stderr.write(`shirehall: ${message}\n`);
    process.exit(1);
  }
}
