import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { memberships, type membershipRoles } from '../people.table.ts';
import type { RowWrite, RowsResult, WriteOpts } from '../../records/index.ts';
import { saveMemberships, type MembershipValues } from './save-memberships.ts';

/** A member as an old pack prints them at a meeting. */
export type SeenMember = { personId: number; role: (typeof membershipRoles)[number]; roleLabel: string | null };

/**
 * Records who a pack shows on an organisation at one meeting's date, as history: a membership that
 * already covers the date (an officer's current one included) is left exactly as it is; otherwise
 * a dated membership with the same role seen at other meetings is stretched to cover this date, or
 * a new one is dated to the meeting (start and end on that day). It never writes an open-ended
 * membership and never changes one, so a committee's current members change only by an officer's
 * act. Ids come back in the order of `members`.
 * @example await recordMembershipsSeen(trx, importActor, { organisationId: 3, date: '2019-05-13', members: [{ personId: 9, role: 'chair', roleLabel: 'Chairman' }] })
 */
export async function recordMembershipsSeen(
  ex: Executor,
  actor: Actor,
  seen: { organisationId: number; date: string; members: SeenMember[] },
  opts: WriteOpts = {},
): Promise<RowsResult> {
  const { organisationId, date } = seen;
  if (seen.members.length === 0) return { ok: true, value: { ids: [], outcomes: [] } };
  const held = await ex
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.personId, [...new Set(seen.members.map((m) => m.personId))]), isNull(memberships.deletedAt)));
  const covers = (m: typeof memberships.$inferSelect) => (!m.startDate || m.startDate <= date) && (!m.endDate || m.endDate >= date);
  const writes: RowWrite<MembershipValues>[] = [];
  const fresh = new Map<string, number>();
  const indexOf: number[] = [];
  for (const s of seen.members) {
    const mine = held.filter((m) => m.personId === s.personId);
    const covering = mine.find((m) => covers(m) && m.role === s.role) ?? mine.find(covers);
    if (covering) {
      indexOf.push(writes.push({ id: covering.id, values: {} }) - 1);
      continue;
    }
    const dated = mine.find((m) => m.role === s.role && m.startDate && m.endDate);
    if (dated) {
      const startDate = dated.startDate! < date ? dated.startDate! : date;
      const endDate = dated.endDate! > date ? dated.endDate! : date;
      dated.startDate = startDate;
      dated.endDate = endDate;
      indexOf.push(writes.push({ id: dated.id, values: { startDate, endDate } }) - 1);
      continue;
    }
    const key = `${s.personId}|${s.role}`;
    const again = fresh.get(key);
    if (again !== undefined) {
      indexOf.push(again);
      continue;
    }
    fresh.set(key, writes.length);
    indexOf.push(writes.push({ values: { organisationId, personId: s.personId, role: s.role, roleLabel: s.roleLabel, votingRight: true, startDate: date, endDate: date } }) - 1);
  }
  const r = await saveMemberships(ex, actor, writes, opts);
  if (!r.ok) return r;
  return { ok: true, value: { ids: indexOf.map((i) => r.value.ids[i]!), outcomes: indexOf.map((i) => r.value.outcomes[i]!) } };
}
