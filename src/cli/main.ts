import { Command, CommanderError } from 'commander';
import { registerBackup } from './commands/backup.ts';
import { registerCore } from './commands/core.ts';
import { registerDeadline } from './commands/deadline.ts';
import { registerExtract } from './commands/extract.ts';
import { registerImport } from './commands/import.ts';
import { CliError } from './cli-error.ts';
import { DatabaseUnavailableError } from '../db/connect.ts';
import { DataDirInUseError } from '../db/data-dir-lock.ts';

/** Every command of `shirehall`, registered explicitly: a command file that fails to load stops the CLI at start. */
const commands: ((program: Command) => void)[] = [registerCore, registerExtract, registerDeadline, registerImport, registerBackup];

/** The `shirehall` program with every command registered. */
export function createProgram(): Command {
  const program = new Command('shirehall')
    .description('Shirehall: democracy and accountability platform for UK councils')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of commands) register(program);
  return program;
}

/** Runs the `shirehall` command line; bad input prints one line and exits 2. */
export async function main(argv: string[]): Promise<void> {
  const program = createProgram();
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
