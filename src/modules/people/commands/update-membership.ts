import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single } from '../../records/index.ts';
import { memberships } from '../people.table.ts';
import { membershipInput } from '../people.schema.ts';
import { saveMemberships } from './save-memberships.ts';
import { membershipColumns, membershipLinkErrors } from '../people.form.ts';

/** Changes a membership (role, dates, voting); audited. */
export async function updateMembership(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = membershipInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const linkErrors = await membershipLinkErrors(ex, parsed.data);
  if (linkErrors.length) return invalid(linkErrors);
  const [before] = await ex
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.id, id), isNull(memberships.deletedAt)));
  if (!before) throw new AppError('not_found', 'Membership not found');
  const r = single(await saveMemberships(ex, actor, [{ id, values: membershipColumns(parsed.data) }]));
  return r.ok ? ok({ id }) : r;
}
