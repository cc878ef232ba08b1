import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { planActionUpdates, planActions } from '../../../db/schema.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { sameValue, writeRows, type WritableTable } from '../../records/index.ts';
import { dueCell } from '../action-due.ts';
import type { LineError } from '../../../lib/csv-file.ts';
import { parseActionsCsv } from '../actions-csv.ts';
import { savePlanActions, type PlanActionValues } from './save-plan-actions.ts';

const tracked = ['rag', 'dueText', 'dueDate', 'progress'] as const;

/**
 * Applies a CSV file of a plan's actions (the format of `actionsToCsv`) to the actions with the same
 * numbers: all rows or none. A row that would change nothing writes nothing, so importing an export
 * answers `changed: 0` with no audit rows; a changed RAG, due date or progress note also joins the
 * action's dated history. Objections name their line. Audited as `plan-action.update` and
 * `plan-action-update.create`.
 * @example await importPlanActions(trx, actor, planId, 'number,action,success,owners,rag,due,direction,progress\r\n1,Map services,,Carers lead,Green,Ongoing,,Done\r\n')
 */
export async function importPlanActions(ex: Executor, actor: Actor, actionPlanId: number, csv: string, now = new Date()): Promise<Result<{ changed: number }>> {
  const parsed = parseActionsCsv(csv);
  const current = await ex
    .select()
    .from(planActions)
    .where(and(eq(planActions.actionPlanId, actionPlanId), isNull(planActions.deletedAt)));
  const byNumber = new Map<string, (typeof current)[number][]>();
  for (const a of current) byNumber.set(a.number.trim(), [...(byNumber.get(a.number.trim()) ?? []), a]);
  const errors: LineError[] = [...parsed.errors];
  const writes: { id: number; line: number; values: PlanActionValues }[] = [];
  for (const row of parsed.rows) {
    const found = byNumber.get(row.number) ?? [];
    const err = (field: string, message: string) => errors.push({ line: row.line, field, message: `Line ${row.line}: ${message}` });
    if (found.length !== 1) {
      err(
        'number',
        found.length ? `more than one action in this plan is numbered ${row.number}` : `there is no action ${row.number} in this plan (an import changes existing actions only)`,
      );
      continue;
    }
    const before = found[0]!;
    // A due date left as exported keeps its stored form, even one the import would not read ("17/11/17").
    const due = row.dueRaw === dueCell(before) ? { dueText: before.dueText, dueDate: before.dueDate } : row.due;
    if (!due) {
      err('due', `enter the due date as a date such as 2027-06-30, a month such as June 2027, or Ongoing, not “${row.dueRaw}”`);
      continue;
    }
    const values: PlanActionValues = { action: row.action, success: row.success, owners: row.owners, rag: row.rag, ...due, direction: row.direction, progress: row.progress };
    const changed = Object.fromEntries(Object.entries(values).filter(([k, v]) => !sameValue(before[k as keyof typeof before], v)));
    if (Object.keys(changed).length) writes.push({ id: before.id, line: row.line, values: changed });
  }
  if (errors.length) return invalid(errors.sort((a, b) => a.line - b.line));
  if (!writes.length) return ok({ changed: 0 });
  return ex.transaction(async (trx) => {
    const saved = await savePlanActions(
      trx,
      actor,
      writes.map((w) => ({ id: w.id, values: w.values })),
      { now },
    );
    if (!saved.ok) return invalid(saved.errors.map((e) => ({ ...e, message: `Line ${writes[e.row]!.line}: ${e.message}` })));
    const history = writes
      .filter((w) => tracked.some((k) => k in w.values))
      .map((w) => {
        const after = { ...current.find((a) => a.id === w.id)!, ...w.values };
        return {
          values: {
            planActionId: w.id,
            updatedOn: toLondonDate(now),
            updatedBy: actor.label,
            rag: after.rag,
            dueText: after.dueText,
            dueDate: after.dueDate,
            progress: after.progress,
          },
        };
      });
    const h = await writeRows(trx, actor, { table: planActionUpdates as unknown as WritableTable, kind: 'plan_action_update', action: 'plan-action-update' }, history, { now });
    if (!h.ok) throw new Error('history rows refused');
    return ok({ changed: saved.value.outcomes.filter((o) => o === 'updated').length });
  });
}
