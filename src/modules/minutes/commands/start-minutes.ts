import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { ensureDraftMinutes } from './ensure-draft-minutes.ts';

/** Starts the draft minutes of a meeting (or returns the draft already started); audited. */
export async function startMinutes(ex: Executor, actor: Actor, meetingId: number): Promise<{ id: number }> {
  return ex.transaction(async (trx) => ({ id: (await ensureDraftMinutes(trx, actor, meetingId)).minutes.id }));
}
