import { and, eq, isNull } from 'drizzle-orm';
import { audit, type Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { people } from '../../../db/schema.ts';
import { interestEntries } from '../interests.table.ts';
import { interestInput, interestValues } from '../interests.schema.ts';
import { futureDateErrors } from '../interests.rules.ts';

/**
 * Adds an entry to a member's register of interests as a draft: nothing is on the public register until
 * the monitoring officer publishes it. Dates in the future are refused. Audited as `interest.create`.
 * @example await registerInterest(db, actor, personId, { category: 'land', description: 'House in Mill Lane', sensitive: 'no', arose: '2030-05-10', notified: '2030-05-20' })
 */
export async function registerInterest(ex: Executor, actor: Actor, personId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const [person] = await ex
    .select({ id: people.id, bodyId: people.bodyId })
    .from(people)
    .where(and(eq(people.id, personId), isNull(people.deletedAt)));
  if (!person) throw new AppError('not_found', 'Person not found');
  const parsed = interestInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const future = futureDateErrors(parsed.data, toLondonDate(now));
  if (future.length) return invalid(future);
  const [row] = await ex
    .insert(interestEntries)
    .values({ bodyId: person.bodyId, personId: person.id, ...interestValues(parsed.data), createdAt: now, updatedAt: now })
    .returning();
  await audit(ex, actor, 'interest.create', 'interest', row!.id, null, row);
  return ok({ id: row!.id });
}
