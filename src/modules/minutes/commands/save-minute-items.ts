import { inArray } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { minuteItems, minutes } from '../../../db/schema.ts';
import type { AccessChoice } from '../../visibility/index.ts';
import { LOCKED_MESSAGE } from '../minutes-workflow.guard.ts';
import { changesRecord, inheritItemAccess, writeRows, type RowError, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';

/** The columns of a minute (its access class comes from `access`, inherited from its agenda item). */
export type MinuteItemValues = Partial<Omit<typeof minuteItems.$inferInsert, 'access' | 'exemptParagraph' | 'accessInherited' | 'accessReason'>>;

/** A minute to write: its columns, and (on a new minute, or to change it) how its access follows its agenda item. */
export type MinuteItemWrite = RowWrite<MinuteItemValues> & { access?: AccessChoice };

/**
 * Adds or changes minutes (numbered items of a set of minutes) in one go: only while their minutes
 * are a draft (approved minutes are a legal record: `locked`); each takes its access class from the
 * agenda item it minutes, through the one inheritance rule. Audited as `minute.create` / `minute.update`.
 * @example await saveMinuteItems(trx, actor, [{ values: { minutesId, organisationId, position: 1, number: '183', title: 'Apologies', agendaItemId }, access: {} }])
 */
export async function saveMinuteItems(ex: Executor, actor: Actor, rows: MinuteItemWrite[], opts: WriteOpts & { allowUnstated?: boolean } = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: minuteItems as unknown as WritableTable,
      kind: 'minute_item',
      action: 'minute',
      rules: async (tx, checks) => {
        const setIds = [...new Set(checks.map((c) => c.next.minutesId as number))];
        const sets = new Map(
          (setIds.length ? await tx.select({ id: minutes.id, status: minutes.status }).from(minutes).where(inArray(minutes.id, setIds)) : []).map((m) => [m.id, m.status]),
        );
        const errors: RowError[] = [];
        for (const c of checks) {
          const status = sets.get(c.next.minutesId as number);
          if (!status) errors.push({ row: c.index, field: 'minutesId', message: 'The minutes do not exist' });
          else if (status !== 'draft' && changesRecord(c)) errors.push({ row: c.index, field: 'form', message: LOCKED_MESSAGE, code: 'locked' });
        }
        errors.push(...(await inheritItemAccess(tx, checks, rows, { allowUnstated: opts.allowUnstated })));
        return errors;
      },
    },
    rows,
    opts,
  );
}
