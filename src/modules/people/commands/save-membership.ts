import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { organisations } from '../../../db/schema.ts';
import { memberships, people } from '../people.table.ts';
import { membershipInput, type MembershipInput } from '../people.schema.ts';

async function checkLinks(db: Db, v: MembershipInput) {
  const errors = [];
  const [o] = await db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.id, v.organisationId), isNull(organisations.deletedAt)));
  if (!o) errors.push({ field: 'organisationId', message: 'Select a committee that exists' });
  const [p] = await db.select({ id: people.id }).from(people).where(and(eq(people.id, v.personId), isNull(people.deletedAt)));
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
export async function createMembership(db: Db, actor: Actor, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = membershipInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const linkErrors = await checkLinks(db, parsed.data);
  if (linkErrors.length) return invalid(linkErrors);
  return db.transaction(async (trx) => {
    const [row] = await trx.insert(memberships).values(columns(parsed.data)).returning();
    await audit(trx, actor, 'membership.create', 'membership', row!.id, null, row);
    return ok({ id: row!.id });
  });
}

/** Changes a membership (role, dates, voting); audited. */
export async function updateMembership(db: Db, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const parsed = membershipInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const linkErrors = await checkLinks(db, parsed.data);
  if (linkErrors.length) return invalid(linkErrors);
  return db.transaction(async (trx) => {
    const [before] = await trx.select().from(memberships).where(and(eq(memberships.id, id), isNull(memberships.deletedAt)));
    if (!before) throw new AppError('not_found', 'Membership not found');
    const [after] = await trx.update(memberships).set({ ...columns(parsed.data), updatedAt: new Date() }).where(eq(memberships.id, id)).returning();
    await audit(trx, actor, 'membership.update', 'membership', id, before, after);
    return ok({ id });
  });
}
