import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single } from '../../records/index.ts';
import { membershipInput } from '../people.schema.ts';
import { saveMemberships } from './save-memberships.ts';
import { membershipColumns, membershipLinkErrors } from '../people.form.ts';

/** Adds a person to an organisation with a role; audited. */
export async function createMembership(ex: Executor, actor: Actor, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = membershipInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const linkErrors = await membershipLinkErrors(ex, parsed.data);
  if (linkErrors.length) return invalid(linkErrors);
  const r = single(await saveMemberships(ex, actor, [{ values: membershipColumns(parsed.data) }]));
  return r.ok ? ok({ id: r.value.id }) : r;
}
