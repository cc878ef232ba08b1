import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { declarations } from '../../../db/schema.ts';
import { writeRows, type RowError, type WriteOpts, type RowWrite, type RowsResult, type WritableTable } from '../../records/index.ts';
import { meetingRecordRules } from '../minutes-workflow.guard.ts';

/** The columns of a declaration of interest. */
export type DeclarationValues = Partial<typeof declarations.$inferInsert>;

/**
 * Records declarations of interest at meetings, in one go: only for a meeting that has started,
 * not once its minutes are approved (`locked`), and each with the interest as declared. Audited as
 * `declaration.create` / `declaration.update`.
 * @example await saveDeclarations(trx, actor, [{ values: { meetingId, personId, printedName: 'Cllr A Brook', interest: 'Owns land next to the site' } }])
 */
export async function saveDeclarations(ex: Executor, actor: Actor, rows: RowWrite<DeclarationValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  const now = opts.now ?? new Date();
  return writeRows(
    ex,
    actor,
    {
      table: declarations as unknown as WritableTable,
      kind: 'declaration',
      action: 'declaration',
      rules: meetingRecordRules(now, 'personId', (c): RowError[] => {
        if (!String(c.next.printedName ?? '').trim()) return [{ row: c.index, field: 'personId', message: 'Select the member' }];
        if (!String(c.next.interest ?? '').trim()) return [{ row: c.index, field: 'interest', message: 'Enter the nature of the interest' }];
        return [];
      }),
    },
    rows,
    { ...opts, now },
  );
}
