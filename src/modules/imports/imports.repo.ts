import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { isSubjectType, subjects, type SubjectType } from '../../import/load/subjects.ts';
import { declarations, imports, provenance, reportSignOffs, resolutions } from '../../db/schema.ts';
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
  const [row] = await ex.select().from(imports).where(and(eq(imports.id, id), isNull(imports.deletedAt)));
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
    return idsOf(ex.select({ id: table.id }).from(table).where(and(inArray(table.id, ids), visible(v, kind), readable(v, kind))) as Promise<{ id: number }[]>);
  }
  const minuteReadable = sql`exists (select 1 from minute_items where minute_items.id = ${resolutions.minuteItemId} and ${visible(v, 'minute_item')} and ${readable(v, 'minute_item')})`;
  switch (type) {
    case 'resolution':
      return idsOf(ex.select({ id: resolutions.id }).from(resolutions).where(and(inArray(resolutions.id, ids), isNull(resolutions.deletedAt), minuteReadable)));
    case 'report_sign_off':
      return idsOf(
        ex
          .select({ id: reportSignOffs.id })
          .from(reportSignOffs)
          .where(and(inArray(reportSignOffs.id, ids), isNull(reportSignOffs.deletedAt), sql`exists (select 1 from reports where reports.id = ${reportSignOffs.reportId} and ${visible(v, 'report')})`)),
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
      return idsOf(ex.select({ id: table.id }).from(table).where(and(inArray(table.id, ids), isNull(table.deletedAt))) as Promise<{ id: number }[]>);
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
  return rows
    .filter((r) => r.lineFrom !== null && !readableByType.get(r.subjectType)?.has(r.subjectId))
    .map((r) => ({ from: r.lineFrom!, to: r.lineTo ?? r.lineFrom! }));
}
