import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, ne, notExists, notInArray, sql, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { documents, meetings, packs } from '../../db/schema.ts';
import type { JobProgress } from '../jobs/index.ts';
import { visible, type Viewer } from '../visibility/index.ts';
import { PRINT_PACK_JOB } from './packs.rules.ts';

/** How far the background printing of a pack has got, while it is queued or running (null otherwise). */
export type PackPrinting = { status: 'queued' | 'running'; progress: JobProgress | null } | null;

/** The pack's printing job while it is queued or running, as one SQL expression beside the pack row. */
const printingJob = sql<PackPrinting>`(select json_build_object('status', j.status, 'progress', j.progress) from jobs j where j.kind = ${PRINT_PACK_JOB} and j.status in ('queued', 'running') and j.payload @> jsonb_build_object('packId', ${packs.id}) order by j.id desc limit 1)`;

/** A meeting's published packs, newest first (the pack rows; which of their files a viewer may open is decided per file). */
export function listPacks(ex: Executor, meetingId: number) {
  return ex
    .select({ ...getTableColumns(packs), printing: printingJob })
    .from(packs)
    .where(and(eq(packs.meetingId, meetingId), isNull(packs.deletedAt)))
    .orderBy(desc(packs.version));
}

/**
 * Every paper attached to a meeting's agenda items that can go into a pack (not withdrawn, not a pack
 * itself), in upload order. For the publish command, which works on every record.
 */
export function listItemDocuments(ex: Executor, meetingId: number) {
  return ex
    .select({
      id: documents.id,
      agendaItemId: documents.agendaItemId,
      title: documents.title,
      mimeType: documents.mimeType,
      access: documents.access,
      publication: documents.publication,
      storageKey: documents.storageKey,
    })
    .from(documents)
    .where(
      and(eq(documents.meetingId, meetingId), isNotNull(documents.agendaItemId), ne(documents.kind, 'pack'), ne(documents.publication, 'withdrawn'), isNull(documents.deletedAt)),
    )
    .orderBy(asc(documents.id));
}

/** Pack files by id that the viewer may open (the restricted pack only for those entitled to its exempt items). */
export function findPackDocuments(ex: Executor, v: Viewer, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return ex
    .select({
      id: documents.id,
      title: documents.title,
      mimeType: documents.mimeType,
      byteSize: documents.byteSize,
      access: documents.access,
      publication: documents.publication,
      withdrawnReason: documents.withdrawnReason,
      storageKey: documents.storageKey,
      sha256: documents.sha256,
      kind: documents.kind,
      meetingId: documents.meetingId,
    })
    .from(documents)
    .where(and(inArray(documents.id, ids), eq(documents.kind, 'pack'), visible(v, 'document')));
}

/**
 * A meeting's packs (newest first) and the pack files the viewer may open, as columns of the meeting
 * page's query.
 */
export function packRows(v: Viewer, meetingId: number | SQLWrapper) {
  const live = and(eq(packs.meetingId, meetingId), isNull(packs.deletedAt));
  return {
    packs: jsonRows(
      {
        id: packs.id,
        version: packs.version,
        label: packs.label,
        publishedAt: packs.publishedAt,
        publishedBy: packs.publishedBy,
        lateReason: packs.lateReason,
        htmlDocumentId: packs.htmlDocumentId,
        pdfDocumentId: packs.pdfDocumentId,
        restrictedPdfDocumentId: packs.restrictedPdfDocumentId,
        pageMap: packs.pageMap,
        printing: printingJob,
      },
      (q) => q.from(packs).where(live).orderBy(desc(packs.version)),
    ),
    files: jsonRows({ id: documents.id, byteSize: documents.byteSize, publication: documents.publication, withdrawnReason: documents.withdrawnReason }, (q) =>
      q
        .from(documents)
        .where(
          and(
            sql`${documents.id} in (select unnest(array[p.html_document_id, p.pdf_document_id, p.restricted_pdf_document_id]) from packs p where p.meeting_id = ${meetingId} and p.deleted_at is null)`,
            eq(documents.kind, 'pack'),
            visible(v, 'document'),
          ),
        ),
    ),
  };
}

/**
 * Meetings whose agenda is published but that have no pack: agendas loaded with the demo council or
 * from an archive before packs were printed.
 */
export function meetingsWithoutPacks(ex: Executor) {
  return ex
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      and(
        isNotNull(meetings.agendaPublishedAt),
        isNull(meetings.deletedAt),
        notInArray(meetings.status, ['cancelled', 'postponed']),
        notExists(
          ex
            .select({ one: packs.id })
            .from(packs)
            .where(and(eq(packs.meetingId, meetings.id), isNull(packs.deletedAt))),
        ),
      ),
    )
    .orderBy(asc(meetings.startAt));
}
