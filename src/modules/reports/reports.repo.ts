import { and, asc, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { agendaItems, bodies, meetings, organisations, reportAppendices, reports, reportSignOffs } from '../../db/schema.ts';
import { appendixVisible, seesEverything, visible, type Viewer } from '../visibility/index.ts';
import { riskOf, signOffDate } from './reports.presenter.ts';

/** The council whose reports these are: the first live body (Shirehall runs one council). */
export async function councilBody(ex: Executor): Promise<{ id: number; name: string } | undefined> {
  const [b] = await ex.select({ id: bodies.id, name: bodies.name }).from(bodies).where(isNull(bodies.deletedAt)).orderBy(asc(bodies.id)).limit(1);
  return b;
}

/** A report the viewer may see, or undefined (a report they may not see is missing). */
export async function findReport(ex: Executor, v: Viewer, id: number) {
  const [row] = await ex
    .select()
    .from(reports)
    .where(and(eq(reports.id, id), visible(v, 'report')));
  return row;
}

/** Whether the viewer may change a report: clerks any, a report author their own. */
export const mayChange = (v: Viewer, r: { authorUserId: number | null }) => seesEverything(v) || (v.role === 'report-author' && v.userId !== null && r.authorUserId === v.userId);

/** The reports an officer sees in the officer area, newest first (drafted in Shirehall and imported). */
export async function listReports(ex: Executor, v: Viewer) {
  return ex
    .select({
      id: reports.id,
      title: reports.title,
      kind: reports.kind,
      version: reports.version,
      publication: reports.publication,
      decisionDate: reports.decisionDate,
      updatedAt: reports.updatedAt,
    })
    .from(reports)
    .where(and(visible(v, 'report'), seesEverything(v) || v.role === 'report-author' ? sql`true` : sql`false`))
    .orderBy(desc(reports.updatedAt), desc(reports.id))
    .limit(200);
}

/** A report's sign-off table, in order. */
export async function signOffsOf(ex: Executor, reportId: number) {
  return ex
    .select()
    .from(reportSignOffs)
    .where(and(eq(reportSignOffs.reportId, reportId), isNull(reportSignOffs.deletedAt)))
    .orderBy(asc(reportSignOffs.position), asc(reportSignOffs.id));
}

/** The appendices of a report the viewer may see: exempt ones only for those entitled. */
export async function appendicesOf(ex: Executor, v: Viewer, reportId: number) {
  return ex
    .select()
    .from(reportAppendices)
    .where(and(eq(reportAppendices.reportId, reportId), appendixVisible(v)))
    .orderBy(asc(reportAppendices.position));
}

/** One appendix of a report, if the viewer may see it. */
export async function findAppendix(ex: Executor, v: Viewer, reportId: number, id: number) {
  const [row] = await ex
    .select()
    .from(reportAppendices)
    .where(and(eq(reportAppendices.id, id), eq(reportAppendices.reportId, reportId), appendixVisible(v)));
  return row;
}

/** The other versions of a report the viewer may see (its line of versions, both ways). */
export async function versionsOf(ex: Executor, v: Viewer, r: { id: number; previousVersionId: number | null }) {
  const line = sql`with recursive back(id, prev) as (
      select id, previous_version_id from reports where id = ${r.id}
      union select x.id, x.previous_version_id from reports x join back on x.id = back.prev),
    fwd(id) as (select id from reports where id = ${r.id} union select x.id from reports x join fwd on x.previous_version_id = fwd.id)
    select id from back union select id from fwd`;
  return ex
    .select({ id: reports.id, version: reports.version, publication: reports.publication, publishedAt: reports.publishedAt })
    .from(reports)
    .where(and(sql`${reports.id} in (${line})`, visible(v, 'report')))
    .orderBy(asc(reports.version));
}

/** The meeting and agenda item a report is on, as the viewer may see them. */
export async function placeOf(ex: Executor, v: Viewer, r: { meetingId: number | null; agendaItemId: number | null }) {
  const [meeting] = r.meetingId
    ? await ex
        .select({ id: meetings.id, startAt: meetings.startAt, organisationName: organisations.name })
        .from(meetings)
        .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
        .where(and(eq(meetings.id, r.meetingId), isNull(meetings.deletedAt)))
    : [];
  const [item] = r.agendaItemId
    ? await ex
        .select({ id: agendaItems.id, number: agendaItems.number, title: agendaItems.title })
        .from(agendaItems)
        .where(and(eq(agendaItems.id, r.agendaItemId), visible(v, 'agenda_item')))
    : [];
  return { meeting: meeting ?? null, item: item ?? null };
}

/** Agenda items of the council's meetings yet to happen, for putting a report on an agenda. */
export async function agendaItemChoices(ex: Executor, bodyId: number, now = new Date()) {
  return ex
    .select({ id: agendaItems.id, number: agendaItems.number, title: agendaItems.title, startAt: meetings.startAt, organisationName: organisations.name })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
    .where(
      and(
        eq(meetings.bodyId, bodyId),
        gt(meetings.startAt, now),
        inArray(meetings.status, ['scheduled', 'agenda-published']),
        isNull(meetings.deletedAt),
        isNull(agendaItems.deletedAt),
        or(eq(agendaItems.publication, 'draft'), eq(agendaItems.publication, 'published')),
      ),
    )
    .orderBy(asc(meetings.startAt), asc(agendaItems.position))
    .limit(300);
}

/** The report a sign-off row belongs to, if the viewer may change that report; null otherwise. */
export async function signOffReport(ex: Executor, v: Viewer, signOffId: number): Promise<number | null> {
  const [row] = await ex
    .select({ reportId: reportSignOffs.reportId })
    .from(reportSignOffs)
    .where(and(eq(reportSignOffs.id, signOffId), isNull(reportSignOffs.deletedAt)));
  const report = row ? await findReport(ex, v, row.reportId) : undefined;
  return report && mayChange(v, report) ? report.id : null;
}

/** A report as the API presents it, through the viewer's visibility (undefined when not theirs to see). */
export async function apiReport(ex: Executor, v: Viewer, id: number) {
  const r = await findReport(ex, v, id);
  if (!r) return undefined;
  const signOffs = await signOffsOf(ex, id);
  const appendices = await appendicesOf(ex, v, id);
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    version: r.version,
    publication: r.publication,
    decisionMaker: r.decisionMaker,
    decisionDate: r.decisionDate,
    forwardPlanRef: r.forwardPlanRef,
    summary: r.summary,
    recommendations: r.recommendations,
    risk: riskOf(r),
    signOffs: signOffs.map((s) => ({ id: s.id, role: s.role, name: s.name ?? '', date: signOffDate(s), status: s.status })),
    appendices: appendices.map((a) => ({ id: a.id, letter: `Appendix ${a.position}`, title: a.title, access: a.access, exemptParagraph: a.exemptParagraph })),
  };
}

/**
 * The reports the viewer may see whose risk implications cite a risk reference (as a whole word,
 * so ORG0009 does not match ORG00091), newest first.
 * @example await reportsCitingRisk(db, viewer, 'ORG0009') // [{ id: 4, title: 'Library review', meetingDate: … }]
 */
export async function reportsCitingRisk(ex: Executor, v: Viewer, ref: string) {
  const like = `%${ref.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await ex
    .select({ id: reports.id, title: reports.title, riskImplications: reports.riskImplications, createdAt: reports.createdAt })
    .from(reports)
    .where(and(sql`${reports.riskImplications} ilike ${like}`, visible(v, 'report')))
    .orderBy(desc(reports.createdAt), desc(reports.id))
    .limit(200);
  const word = new RegExp(`(^|[^A-Za-z0-9])${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9])`, 'i');
  return rows.filter((r) => word.test(r.riskImplications ?? '')).map(({ id, title }) => ({ id, title }));
}
