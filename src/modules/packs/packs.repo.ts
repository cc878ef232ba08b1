import { and, asc, desc, eq, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { documents } from '../documents/documents.table.ts';
import { packs } from './packs.table.ts';

/** A meeting's published packs, newest first. */
export function listPacks(ex: Executor, meetingId: number) {
  return ex.select().from(packs).where(and(eq(packs.meetingId, meetingId), isNull(packs.deletedAt))).orderBy(desc(packs.version));
}

/** The documents attached to a meeting's agenda items (not packs), in upload order. */
export function listItemDocuments(ex: Executor, meetingId: number) {
  return ex
    .select({ id: documents.id, agendaItemId: documents.agendaItemId, title: documents.title, mimeType: documents.mimeType, isPublic: documents.isPublic, storageKey: documents.storageKey })
    .from(documents)
    .where(and(eq(documents.meetingId, meetingId), isNotNull(documents.agendaItemId), ne(documents.kind, 'pack'), isNull(documents.deletedAt)))
    .orderBy(asc(documents.id));
}

/** Pack documents by id, with their size and whether the public may see them. */
export function findPackDocuments(ex: Executor, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return ex
    .select({ id: documents.id, title: documents.title, mimeType: documents.mimeType, byteSize: documents.byteSize, isPublic: documents.isPublic, storageKey: documents.storageKey, sha256: documents.sha256, kind: documents.kind, meetingId: documents.meetingId })
    .from(documents)
    .where(and(inArray(documents.id, ids), isNull(documents.deletedAt)));
}
