import type { Command } from 'commander';
import { z } from 'zod';
import { isLocalDateTime, nations } from '../../lib/dates.ts';
import { parseRulePhrase, resolveDeadline } from '../../modules/deadlines/index.ts';
import { CliError } from '../cli-error.ts';

/** What `shirehall deadline` was given on the command line. */
export type DeadlineArgs = { rule: string; meeting?: string; nation?: string };

/** What `shirehall deadline` prints and its exit code: 0, or 2 for bad input. */
export type DeadlineOutcome = { code: 0 | 2; stdout: string; stderr: string };

const optionsSchema = z.object({
  meeting: z
    .string({ error: 'Enter the meeting date and time with --meeting, for example --meeting 2019-05-13T10:00' })
    .refine(isLocalDateTime, { error: (issue) => `"${String(issue.input)}" is not a meeting date and time; enter it as YYYY-MM-DDTHH:MM, for example 2019-05-13T10:00` }),
  nation: z.enum(nations, { error: (issue) => `"${String(issue.input)}" is not a nation; use ${nations.join(', ')}` }).default('england-and-wales'),
});

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

const failure = (message: string): DeadlineOutcome => ({ code: 2, stdout: '', stderr: `shirehall: ${oneLine(message)}\n` });

/**
 * Works out the deadline a rule phrase sets for a meeting, without touching the process.
 * @example runDeadline({ rule: '5.00pm 3 clear working days before the meeting', meeting: '2019-05-13T10:00' })
 * // { code: 0, stdout: '2019-05-07T17:00\n', stderr: '' }
 */
export function runDeadline(args: DeadlineArgs): DeadlineOutcome {
  const parsedRule = parseRulePhrase(args.rule);
  if (!parsedRule.ok) return failure(parsedRule.errors.map((e) => e.message).join('; '));
  const options = optionsSchema.safeParse({ meeting: args.meeting, nation: args.nation });
  if (!options.success) return failure(options.error.issues[0]?.message ?? 'Enter the meeting date and time');
  const { meeting, nation } = options.data;
  return { code: 0, stdout: `${resolveDeadline(parsedRule.value, meeting, nation)}\n`, stderr: '' };
}

/** Adds `shirehall deadline "RULE PHRASE" --meeting YYYY-MM-DDTHH:MM [--nation …]` to the program. */
export function registerDeadline(program: Command): void {
  program
    .command('deadline')
    .description('print the deadline a rule sets for a meeting, as a London local date-time')
    .argument('<rule>', 'the rule as the constitution words it, e.g. "5.00pm 3 clear working days before the meeting"')
    .option('--meeting <datetime>', 'the meeting (or decision) in London time, YYYY-MM-DDTHH:MM')
    .option('--nation <nation>', 'whose bank holidays count: england-and-wales, scotland or northern-ireland', 'england-and-wales')
    .action((rule: string, opts: { meeting?: string; nation?: string }) => {
      const outcome = runDeadline({ rule, meeting: opts.meeting, nation: opts.nation });
      if (outcome.code !== 0) throw new CliError(outcome.stderr.replace(/^shirehall: /, '').trim(), outcome.code);
      process.stdout.write(outcome.stdout);
    });
}
