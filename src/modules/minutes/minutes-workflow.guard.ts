import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { AppError } from '../../lib/errors.ts';
import { minutes } from './minutes.table.ts';

/** The message every refused change to approved minutes carries. */
export const LOCKED_MESSAGE = 'These minutes have been approved and are a legal record. They cannot be changed: make a correction, which creates a new version with a reason.';

/** Throws a conflict unless the minutes are a draft: approved and signed minutes are never edited in place. */
export function assertDraft(row: { status: string }): void {
  if (row.status !== 'draft') throw new AppError('conflict', LOCKED_MESSAGE);
}

/** Whether any version of a meeting's minutes has been approved, which freezes its attendance and declarations. */
export async function meetingRecordLocked(ex: Executor, meetingId: number): Promise<boolean> {
  const rows = await ex
    .select({ id: minutes.id })
    .from(minutes)
    .where(and(eq(minutes.meetingId, meetingId), inArray(minutes.status, ['approved', 'signed']), isNull(minutes.deletedAt)))
    .limit(1);
  return rows.length > 0;
}

/** Throws a conflict once a meeting's minutes have been approved. */
export async function assertMeetingRecordOpen(ex: Executor, meetingId: number): Promise<void> {
  if (await meetingRecordLocked(ex, meetingId)) {
    throw new AppError('conflict', 'The minutes of this meeting have been approved, so its attendance and declarations cannot be changed.');
  }
}
