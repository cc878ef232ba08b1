import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { organisations } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { memberships, people } from '../people.table.ts';
import { membershipInput, type MembershipInput } from '../people.schema.ts';
import { saveMemberships } from './save-memberships.ts';

async function checkLinks(ex: Executor, v: MembershipInput) {
  const errors = [];
  const [o] = await ex
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, v.organisationId), isNull(organisations.deletedAt)));
  if (!o) errors.push({ field: 'organisationId', message: 'Select a committee that exists' });
  const [p] = await ex
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, v.personId), isNull(people.deletedAt)));
  if (!p) errors.push({ field: 'personId', message: 'Select a person who exists' });
  return errors;
}

const columns = (v: MembershipInput) => ({
  organisationId: v.organisationId,
  personId: v.personId,
  role: v.role,
  roleLabel: v.roleLabel ?? null,
  votingRight: v.votingRight,
  startDate: v.startDate ?? null,
  endDate: v.endDate ?? null,
  onBehalfOf: v.onBehalfOf ?? null,
});

/** Adds a person to an organisation with a role; audited. */
export async function createMembership(ex: Executor, actor: Actor, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = membershipInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const linkErrors = await checkLinks(ex, parsed.data);
  if (linkErrors.length) return invalid(linkErrors);
  const r = single(await saveMemberships(ex, actor, [{ values: columns(parsed.data) }]));
  return r.ok ? ok({ id: r.value.id }) : r;
}

/** Changes a membership (role, dates, voting); audited. */
export async function updateMembership(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = membershipInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const linkErrors = await checkLinks(ex, parsed.data);
  if (linkErrors.length) return invalid(linkErrors);
  const [before] = await ex
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.id, id), isNull(memberships.deletedAt)));
  if (!before) throw new AppError('not_found', 'Membership not found');
  const r = single(await saveMemberships(ex, actor, [{ id, values: columns(parsed.data) }]));
  return r.ok ? ok({ id }) : r;
}
