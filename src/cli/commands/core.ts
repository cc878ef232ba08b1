import type { Command } from 'commander';
import { createInterface } from 'node:readline/promises';
import { loadConfig, ConfigError } from '../../config.ts';
import { serve } from '../../cluster.ts';
import { openDatabase } from '../../main.ts';
import { addUser, createApiToken, findUserByEmail, roles } from '../../modules/accounts/index.ts';
import { CliError } from '../cli-error.ts';

function config() {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError(e.problems.join('; '));
    throw e;
  }
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const pw = await rl.question('Password (12 characters or more): ');
  rl.close();
  return pw;
}

/** serve, db migrate, user add and token create. */
export function registerCore(program: Command): void {
  program
    .command('serve')
    .description('start the web service (PORT, DATA_DIR or DATABASE_URL; WORKERS processes on PostgreSQL)')
    .action(async () => {
      await serve(config());
    });

  const db = program.command('db').description('database tasks');
  db.command('migrate')
    .description('apply pending migrations')
    .action(async () => {
      const database = await openDatabase(config());
      await database.close();
      process.stdout.write('Database is up to date.\n');
    });

  const user = program.command('user').description('manage user accounts');
  user
    .command('add')
    .argument('<email>', 'email address')
    .requiredOption('--role <role>', `one of ${roles.join(', ')}`)
    .option('--name <name>', 'display name')
    .description('add a user; the password is prompted for, or read from standard input')
    .action(async (email: string, opts: { role: string; name?: string }) => {
      if (!(roles as readonly string[]).includes(opts.role)) throw new CliError(`unknown role "${opts.role}": use one of ${roles.join(', ')}`);
      const password = await readPassword();
      const database = await openDatabase(config());
      try {
        const result = await addUser(
          database.db,
          { userId: null, label: 'cli' },
          {
            email,
            role: opts.role as (typeof roles)[number],
            displayName: opts.name ?? email.split('@')[0] ?? email,
            password,
          },
        );
        if (!result.ok) throw new CliError(result.errors.map((e) => e.message).join('; '));
        process.stdout.write(`Added ${email} as ${opts.role}.\n`);
      } finally {
        await database.close();
      }
    });

  const token = program.command('token').description('API bearer tokens');
  token
    .command('create')
    .argument('<email>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for', 'cli')
    .description('create an API token and print it once')
    .action(async (email: string, opts: { name: string }) => {
      const database = await openDatabase(config());
      try {
        const u = await findUserByEmail(database.db, email);
        if (!u) throw new CliError(`no user with email ${email}`);
        process.stdout.write(`${await createApiToken(database.db, u.id, opts.name)}\n`);
      } finally {
        await database.close();
      }
    });
}
