import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { subjects, type SubjectType } from '../../import/load/subjects.ts';
import { agendaItems } from '../meetings/meetings.table.ts';
import { declarations, minuteItems, resolutions } from '../minutes/minutes.table.ts';
import { reports, reportSignOffs } from '../reports/reports.table.ts';
import { imports, provenance } from './imports.table.ts';

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

/**
 * Whether the public may see a record (and so its source lines): it exists, is not soft-deleted, and
 * neither it nor the item or report it belongs to is exempt.
 */
export async function isSubjectPublic(ex: Executor, subjectType: SubjectType, id: number): Promise<boolean> {
  const { table } = subjects[subjectType];
  const [row] = (await ex.select().from(table).where(eq(table.id, id))) as Record<string, unknown>[];
  if (!row || row.deletedAt) return false;
  if ('isPublic' in row && row.isPublic === false) return false;
  if (subjectType === 'resolution') return isSubjectPublic(ex, 'minute_item', row.minuteItemId as number);
  if (subjectType === 'report_sign_off') return isSubjectPublic(ex, 'report', row.reportId as number);
  if (subjectType === 'declaration' && row.minuteItemId) return isSubjectPublic(ex, 'minute_item', row.minuteItemId as number);
  if ((subjectType === 'report' || subjectType === 'minute_item') && row.agendaItemId) return isSubjectPublic(ex, 'agenda_item', row.agendaItemId as number);
  return true;
}

/** Line ranges of an import that hold exempt records: withheld from the public on every source page. */
export async function exemptRanges(ex: Executor, importId: number): Promise<{ from: number; to: number }[]> {
  const rows = await ex.select().from(provenance).where(eq(provenance.importId, importId));
  const privateIds = async (type: SubjectType) => {
    const ids = rows.filter((r) => r.subjectType === type).map((r) => r.subjectId);
    if (ids.length === 0) return new Set<number>();
    const q =
      type === 'agenda_item'
        ? ex.select({ id: agendaItems.id }).from(agendaItems).where(and(inArray(agendaItems.id, ids), eq(agendaItems.isPublic, false)))
        : type === 'report'
          ? ex.select({ id: reports.id }).from(reports).where(and(inArray(reports.id, ids), eq(reports.isPublic, false)))
          : ex.select({ id: minuteItems.id }).from(minuteItems).where(and(inArray(minuteItems.id, ids), eq(minuteItems.isPublic, false)));
    return new Set((await q).map((r) => r.id));
  };
  const hidden = { agenda_item: await privateIds('agenda_item'), report: await privateIds('report'), minute_item: await privateIds('minute_item') };
  const childOf = async () => {
    const so = rows.filter((r) => r.subjectType === 'report_sign_off').map((r) => r.subjectId);
    const rs = rows.filter((r) => r.subjectType === 'resolution').map((r) => r.subjectId);
    const de = rows.filter((r) => r.subjectType === 'declaration').map((r) => r.subjectId);
    const hiddenChildren = new Set<string>();
    if (so.length && hidden.report.size) for (const r of await ex.select({ id: reportSignOffs.id, p: reportSignOffs.reportId }).from(reportSignOffs).where(inArray(reportSignOffs.id, so))) if (hidden.report.has(r.p)) hiddenChildren.add(`report_sign_off|${r.id}`);
    if (rs.length && hidden.minute_item.size) for (const r of await ex.select({ id: resolutions.id, p: resolutions.minuteItemId }).from(resolutions).where(inArray(resolutions.id, rs))) if (hidden.minute_item.has(r.p)) hiddenChildren.add(`resolution|${r.id}`);
    if (de.length && hidden.minute_item.size) for (const r of await ex.select({ id: declarations.id, p: declarations.minuteItemId }).from(declarations).where(inArray(declarations.id, de))) if (r.p && hidden.minute_item.has(r.p)) hiddenChildren.add(`declaration|${r.id}`);
    return hiddenChildren;
  };
  const children = await childOf();
  return rows
    .filter((r) => r.lineFrom !== null && (hidden[r.subjectType as keyof typeof hidden]?.has(r.subjectId) || children.has(`${r.subjectType}|${r.subjectId}`)))
    .map((r) => ({ from: r.lineFrom!, to: r.lineTo ?? r.lineFrom! }));
}
