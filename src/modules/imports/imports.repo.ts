import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { isSubjectType, subjects, type SubjectType } from '../../import/load/subjects.ts';
import { attendances, declarations, imports, minuteItems, minutes, provenance, reportSignOffs, resolutions } from '../../db/schema.ts';
import { readable, visible, type PublishableKind, type Viewer } from '../visibility/index.ts';

/** Imports, newest first, with how many records and warnings each has. */
export function listImports(ex: Executor) {
  return ex
    .select({
      id: imports.id,
      fileName: imports.fileName,
      format: imports.format,
      packKey: imports.packKey,
      importedBy: imports.importedBy,
      createdAt: imports.createdAt,
      supersededById: imports.supersededById,
      records: sql<number>`(select count(*) from ${provenance} where ${provenance.importId} = ${imports.id})`.mapWith(Number),
      warningCount: sql<number>`jsonb_array_length(${imports.warnings})`.mapWith(Number),
    })
    .from(imports)
    .where(isNull(imports.deletedAt))
    .orderBy(desc(imports.id));
}

/** One import, or undefined. */
export async function findImport(ex: Executor, id: number) {
  const [row] = await ex
    .select()
    .from(imports)
    .where(and(eq(imports.id, id), isNull(imports.deletedAt)));
  return row;
}

/** The provenance rows of an import, in source order. */
export function listProvenance(ex: Executor, importId: number) {
  return ex.select().from(provenance).where(eq(provenance.importId, importId)).orderBy(asc(provenance.lineFrom), asc(provenance.id));
}

/** One provenance row with its import's source text, or undefined. */
export async function findProvenance(ex: Executor, id: number) {
  const [row] = await ex
    .select({ p: provenance, fileName: imports.fileName, sourceText: imports.sourceText, importId: imports.id })
    .from(provenance)
    .innerJoin(imports, eq(imports.id, provenance.importId))
    .where(eq(provenance.id, id));
  return row;
}

/** The latest provenance row of each of these records of one kind: where "Show source" links to. */
export async function sourceIds(ex: Executor, subjectType: SubjectType, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await ex
    .select({ subjectId: provenance.subjectId, id: sql<number>`max(${provenance.id})`.mapWith(Number) })
    .from(provenance)
    .where(and(eq(provenance.subjectType, subjectType), inArray(provenance.subjectId, ids)))
    .groupBy(provenance.subjectId);
  return new Map(rows.map((r) => [r.subjectId, r.id]));
}

/** The publishable kind of an imported record, or undefined for records with no publication state (people, venues). */
export function publishableKindOf(type: SubjectType): PublishableKind | undefined {
  return publishable[type];
}

const publishable: Partial<Record<SubjectType, PublishableKind>> = {
  agenda_item: 'agenda_item',
  minutes: 'minutes',
  minute_item: 'minute_item',
  report: 'report',
  forward_plan_entry: 'forward_plan_entry',
  work_programme_item: 'work_programme_item',
  tracker_outcome: 'tracker_outcome',
  action_plan: 'action_plan',
  plan_action: 'plan_action',
};

/**
 * Which of these imported records of one kind the viewer may read in full, and so see their source
 * lines: through the visibility rules for publishable records (visible and readable), through the
 * parent for resolutions, sign-offs and declarations; other records (committees, people, venues,
 * meetings) are public while they exist.
 */
export async function readableSubjects(ex: Executor, v: Viewer, type: SubjectType, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const kind = publishable[type];
  const idsOf = async (q: Promise<{ id: number }[]>) => new Set((await q).map((r) => r.id));
  if (kind) {
    const { table } = subjects[type];
    return idsOf(
      ex
        .select({ id: table.id })
        .from(table)
        .where(and(inArray(table.id, ids), visible(v, kind), readable(v, kind))) as Promise<{ id: number }[]>,
    );
  }
  const minuteReadable = sql`exists (select 1 from minute_items where minute_items.id = ${resolutions.minuteItemId} and ${visible(v, 'minute_item')} and ${readable(v, 'minute_item')})`;
  switch (type) {
    case 'resolution':
      return idsOf(
        ex
          .select({ id: resolutions.id })
          .from(resolutions)
          .where(and(inArray(resolutions.id, ids), isNull(resolutions.deletedAt), minuteReadable)),
      );
    case 'report_sign_off':
      return idsOf(
        ex
          .select({ id: reportSignOffs.id })
          .from(reportSignOffs)
          .where(
            and(
              inArray(reportSignOffs.id, ids),
              isNull(reportSignOffs.deletedAt),
              sql`exists (select 1 from reports where reports.id = ${reportSignOffs.reportId} and ${visible(v, 'report')})`,
            ),
          ),
      );
    case 'declaration':
      return idsOf(
        ex
          .select({ id: declarations.id })
          .from(declarations)
          .where(
            and(
              inArray(declarations.id, ids),
              isNull(declarations.deletedAt),
              sql`(${declarations.minuteItemId} is null or exists (select 1 from minute_items where minute_items.id = ${declarations.minuteItemId} and ${visible(v, 'minute_item')} and ${readable(v, 'minute_item')}))`,
              sql`(${declarations.agendaItemId} is null or exists (select 1 from agenda_items where agenda_items.id = ${declarations.agendaItemId} and ${visible(v, 'agenda_item')} and ${readable(v, 'agenda_item')}))`,
            ),
          ),
      );
    default: {
      const { table } = subjects[type];
      return idsOf(
        ex
          .select({ id: table.id })
          .from(table)
          .where(and(inArray(table.id, ids), isNull(table.deletedAt))) as Promise<{ id: number }[]>,
      );
    }
  }
}

/** Whether the viewer may read one imported record (and so its source lines). */
export async function isSubjectReadable(ex: Executor, v: Viewer, type: SubjectType, id: number): Promise<boolean> {
  return (await readableSubjects(ex, v, type, [id])).has(id);
}

/** Line ranges of an import that hold records the viewer may not read: withheld on every source page. */
export async function withheldRanges(ex: Executor, v: Viewer, importId: number): Promise<{ from: number; to: number }[]> {
  const rows = await ex.select().from(provenance).where(eq(provenance.importId, importId));
  const byType = new Map<SubjectType, number[]>();
  for (const r of rows) if (isSubjectType(r.subjectType)) byType.set(r.subjectType, [...(byType.get(r.subjectType) ?? []), r.subjectId]);
  const readableByType = new Map<string, Set<number>>();
  for (const [type, ids] of byType) readableByType.set(type, await readableSubjects(ex, v, type, ids));
  return rows.filter((r) => r.lineFrom !== null && !readableByType.get(r.subjectType)?.has(r.subjectId)).map((r) => ({ from: r.lineFrom!, to: r.lineTo ?? r.lineFrom! }));
}

/**
 * What an import kept back for a clerk: its records still drafts (to publish after review), and its
 * exempt agenda items whose paragraph was not stated (to set on the item).
 */
export async function keptBackRecords(ex: Executor, importId: number) {
  const rows = await ex.select().from(provenance).where(eq(provenance.importId, importId)).orderBy(asc(provenance.lineFrom), asc(provenance.id));
  const drafts: { type: SubjectType; id: number; row: Record<string, unknown>; lineFrom: number | null }[] = [];
  const unstated: { id: number; row: Record<string, unknown>; lineFrom: number | null }[] = [];
  const byType = new Map<SubjectType, typeof rows>();
  for (const r of rows) if (isSubjectType(r.subjectType) && publishable[r.subjectType]) byType.set(r.subjectType, [...(byType.get(r.subjectType) ?? []), r]);
  for (const [type, list] of byType) {
    const { table } = subjects[type];
    const found = (await ex
      .select()
      .from(table)
      .where(
        and(
          inArray(
            table.id,
            list.map((l) => l.subjectId),
          ),
          isNull(table.deletedAt),
        ),
      )) as Record<string, unknown>[];
    for (const row of found) {
      const p = list.find((l) => l.subjectId === row.id)!;
      if (row.publication === 'draft') drafts.push({ type, id: row.id as number, row, lineFrom: p.lineFrom });
      if (type === 'agenda_item' && row.access === 'exempt' && row.exemptParagraph === null) unstated.push({ id: row.id as number, row, lineFrom: p.lineFrom });
    }
  }
  return { drafts, unstated };
}

/**
 * Which of these imported records are legal records, never corrected in place: approved or signed
 * minutes, and their minutes, resolutions, attendance and declarations.
 */
export async function legalRecordIds(ex: Executor, type: SubjectType, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const approved = sql`in ('approved', 'signed')`;
  const q = (query: Promise<{ id: number }[]>) => query.then((r) => new Set(r.map((x) => x.id)));
  switch (type) {
    case 'minutes':
      return q(
        ex
          .select({ id: minutes.id })
          .from(minutes)
          .where(and(inArray(minutes.id, ids), sql`${minutes.status} ${approved}`)),
      );
    case 'minute_item':
      return q(
        ex
          .select({ id: minuteItems.id })
          .from(minuteItems)
          .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
          .where(and(inArray(minuteItems.id, ids), sql`${minutes.status} ${approved}`)),
      );
    case 'resolution':
      return q(
        ex
          .select({ id: resolutions.id })
          .from(resolutions)
          .innerJoin(minuteItems, eq(minuteItems.id, resolutions.minuteItemId))
          .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
          .where(and(inArray(resolutions.id, ids), sql`${minutes.status} ${approved}`)),
      );
    case 'attendance':
    case 'declaration': {
      const table = type === 'attendance' ? attendances : declarations;
      return q(
        ex
          .select({ id: table.id })
          .from(table)
          .where(and(inArray(table.id, ids), sql`exists (select 1 from minutes lm where lm.meeting_id = ${table.meetingId} and lm.status ${approved} and lm.deleted_at is null)`)),
      );
    }
    default:
      return new Set();
  }
}
