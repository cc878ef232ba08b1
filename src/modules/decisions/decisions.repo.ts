import { and, desc, eq, gte, isNull, lte, notExists, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/connect.ts';
import { decisions, minuteItems, minutes, organisations, people } from '../../db/schema.ts';
import { visible, type Viewer } from '../visibility/index.ts';

const newer = alias(decisions, 'newer');

/** Filters of the public decisions register. */
export type DecisionFilters = { maker?: string; from?: string; to?: string; keyOnly?: boolean; q?: string; limit: number; offset: number };

/** The current version of every published decision the viewer may see, filtered; never drafts, superseded versions, or exempt ones for those not entitled. */
export async function searchDecisions(ex: Executor, v: Viewer, f: DecisionFilters) {
  const where: (SQL | undefined)[] = [
    visible(v, 'decision'),
    eq(decisions.publication, 'published'),
    notExists(
      ex
        .select({ one: sql`1` })
        .from(newer)
        .where(and(eq(newer.supersedesId, decisions.id), isNull(newer.deletedAt))),
    ),
  ];
  if (f.maker === 'cabinet-member') where.push(and(isNull(decisions.makerOrganisationId), eq(people.kind, 'councillor')));
  else if (f.maker === 'officer') where.push(and(isNull(decisions.makerOrganisationId), eq(people.kind, 'officer')));
  else if (f.maker) where.push(eq(organisations.slug, f.maker));
  if (f.from) where.push(gte(decisions.decidedOn, f.from));
  if (f.to) where.push(lte(decisions.decidedOn, f.to));
  if (f.keyOnly) where.push(eq(decisions.isKey, true));
  if (f.q) where.push(sql`${decisions.search} @@ websearch_to_tsquery('english', ${f.q})`);
  const rows = await ex
    .select({ decision: decisions, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(decisions)
    .leftJoin(organisations, eq(organisations.id, decisions.makerOrganisationId))
    .leftJoin(people, eq(people.id, decisions.makerPersonId))
    .where(and(...where))
    .orderBy(desc(decisions.decidedOn), desc(decisions.id))
    .limit(f.limit)
    .offset(f.offset);
  return { rows: rows.map((r) => r.decision), total: rows[0]?.total ?? 0 };
}

/** One decision the viewer may see, with its maker's organisation and person kinds, or undefined. */
export async function findDecision(ex: Executor, v: Viewer, id: number) {
  const [row] = await ex
    .select({
      decision: decisions,
      organisation: { id: organisations.id, name: organisations.name, slug: organisations.slug, kind: organisations.kind, rules: organisations.rules },
      person: { id: people.id, printedName: people.printedName, kind: people.kind, jobTitle: people.jobTitle, slug: people.slug },
    })
    .from(decisions)
    .leftJoin(organisations, eq(organisations.id, decisions.makerOrganisationId))
    .leftJoin(people, eq(people.id, decisions.makerPersonId))
    .where(and(eq(decisions.id, id), visible(v, 'decision')));
  return row;
}

/** The versions of the chain a decision belongs to that the viewer may see, newest first. */
export async function decisionVersions(ex: Executor, v: Viewer, id: number) {
  const rows = await ex.execute<{ id: number }>(sql`
    with recursive up(id, supersedes_id) as (
      select id, supersedes_id from decisions where id = ${id}
      union select d.id, d.supersedes_id from decisions d join up on d.id = up.supersedes_id
    ), down(id) as (
      select id from up
      union select d.id from decisions d join down on d.supersedes_id = down.id
    )
    select id from down`);
  const ids = ((rows as unknown as { rows?: { id: number }[] }).rows ?? (rows as unknown as { id: number }[])).map((r) => Number(r.id));
  if (!ids.length) return [];
  return ex
    .select()
    .from(decisions)
    .where(
      and(
        sql`${decisions.id} in (${sql.join(
          ids.map((i) => sql`${i}`),
          sql`, `,
        )})`,
        visible(v, 'decision'),
      ),
    )
    .orderBy(desc(decisions.version));
}

/** Decisions for the officer list as the viewer may see them (clerks: drafts and published), newest first. */
export function listDecisionsForOfficers(ex: Executor, v: Viewer, limit = 100) {
  return ex.select().from(decisions).where(visible(v, 'decision')).orderBy(desc(decisions.createdAt), desc(decisions.id)).limit(limit);
}

/** Organisations with published decisions the viewer may see, for the maker filter. */
export function decisionMakers(ex: Executor, v: Viewer) {
  return ex
    .selectDistinct({ slug: organisations.slug, name: organisations.name })
    .from(decisions)
    .innerJoin(organisations, eq(organisations.id, decisions.makerOrganisationId))
    .where(and(eq(decisions.publication, 'published'), visible(v, 'decision')))
    .orderBy(organisations.name);
}

/**
 * The minute a decision was recorded from, as the viewer may see it (number, title, meeting), or undefined
 * when it has none or the viewer may not see it (draft minutes, for the public).
 */
export async function minuteOfDecision(ex: Executor, v: Viewer, d: { minuteItemId: number | null }) {
  if (!d.minuteItemId) return undefined;
  const [row] = await ex
    .select({ id: minuteItems.id, number: minuteItems.number, title: minuteItems.title, meetingId: minutes.meetingId })
    .from(minuteItems)
    .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
    .where(and(eq(minuteItems.id, d.minuteItemId), visible(v, 'minute_item')));
  return row;
}

/**
 * The decision recorded from a minute's resolution (its newest version), or undefined. For commands and
 * the clerk's screens: it reads every decision, drafts included.
 * @example const existing = await decisionOfResolution(db, resolutionId);
 */
export async function decisionOfResolution(ex: Executor, resolutionId: number): Promise<{ id: number } | undefined> {
  const [row] = await ex
    .select({ id: decisions.id })
    .from(decisions)
    .where(and(eq(decisions.resolutionId, resolutionId), isNull(decisions.deletedAt)))
    .orderBy(desc(decisions.version), desc(decisions.id))
    .limit(1);
  return row;
}
