import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { addDays, fromLondonLocal } from '../../lib/dates.ts';
import { attendances, meetings, minutes, organisations, people } from '../../db/schema.ts';
import { seesEverything, visible, type Viewer } from '../visibility/index.ts';
import type { Period } from './attendance.schema.ts';

const count = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/** The tallies of one row of an attendance table, from the roll call and substitutes recorded in the minutes. */
const tallies = {
  expected: count(sql`${attendances.kind} in ('present', 'apologies', 'absent')`),
  attended: count(sql`${attendances.kind} = 'present'`),
  apologies: count(sql`${attendances.kind} = 'apologies'`),
  absent: count(sql`${attendances.kind} = 'absent'`),
  substitute: count(sql`${attendances.kind} = 'substitute'`),
};

/**
 * The attendance records that count for a period: of meetings that took place in it (London days,
 * both ends included; cancelled and postponed meetings left out) and whose minutes the viewer may read,
 * since attendance is part of the minutes and nobody but a clerk sees it before they are published.
 */
function counted(v: Viewer, period: Period): SQL {
  const minutesShown = seesEverything(v) ? sql`true` : sql`exists (select 1 from ${minutes} where ${minutes.meetingId} = ${meetings.id} and ${visible(v, 'minutes')})`;
  return and(
    isNull(attendances.deletedAt),
    isNull(meetings.deletedAt),
    sql`${meetings.status} not in ('cancelled', 'postponed')`,
    sql`${meetings.startAt} >= ${fromLondonLocal(`${period.from}T00:00`)}`,
    sql`${meetings.startAt} < ${fromLondonLocal(`${addDays(period.to, 1)}T00:00`)}`,
    minutesShown,
  )!;
}

/** A councillor's attendance in a period, one row per committee, or undefined when there is no such person. */
export async function personAttendance(ex: Executor, v: Viewer, slug: string, period: Period) {
  const [person] = await ex
    .select({ id: people.id, slug: people.slug, printedName: people.printedName })
    .from(people)
    .where(and(eq(people.slug, slug), isNull(people.deletedAt)));
  if (!person) return undefined;
  const rows = await ex
    .select({ name: organisations.name, slug: organisations.slug, ...tallies })
    .from(attendances)
    .innerJoin(meetings, eq(meetings.id, attendances.meetingId))
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .where(and(eq(attendances.personId, person.id), counted(v, period)))
    .groupBy(organisations.id, organisations.name, organisations.slug)
    .orderBy(asc(organisations.name));
  return { person, rows };
}

/**
 * A committee's attendance in a period, one row per member or substitute (a linked person, else the
 * name as printed in the minutes), with the number of meetings it counts; undefined when there is no such committee.
 */
export async function committeeAttendance(ex: Executor, v: Viewer, slug: string, period: Period) {
  const [organisation] = await ex
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
    .from(organisations)
    .where(and(eq(organisations.slug, slug), isNull(organisations.deletedAt)));
  if (!organisation) return undefined;
  const where = and(eq(meetings.organisationId, organisation.id), counted(v, period));
  const name = sql<string>`min(coalesce(${people.printedName}, ${attendances.printedName}))`;
  const rows = await ex
    .select({ name, slug: sql<string | null>`min(${people.slug})`, ...tallies })
    .from(attendances)
    .innerJoin(meetings, eq(meetings.id, attendances.meetingId))
    .leftJoin(people, eq(people.id, attendances.personId))
    .where(and(where, sql`${attendances.kind} in ('present', 'apologies', 'absent', 'substitute')`))
    .groupBy(sql`coalesce(${attendances.personId}::text, ${attendances.printedName})`)
    .orderBy(name);
  const [held] = await ex
    .select({ meetings: sql<number>`count(distinct ${meetings.id})`.mapWith(Number) })
    .from(attendances)
    .innerJoin(meetings, eq(meetings.id, attendances.meetingId))
    .where(where);
  return { organisation, meetings: held?.meetings ?? 0, rows };
}
