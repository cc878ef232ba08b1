import { inArray } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { agendaItems, reports } from '../../../db/schema.ts';
import type { AccessChoice } from '../../visibility/index.ts';
import { inheritedAccess, writeRows, type RowError, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

/** The columns of a report (its access class comes from `access`, inherited from its agenda item). */
export type ReportValues = Partial<Omit<typeof reports.$inferInsert, 'access' | 'exemptParagraph' | 'accessInherited' | 'accessReason'>>;

/** A report to write: its columns, and (on a new report, or to change it) how its access follows its agenda item. */
export type ReportWrite = RowWrite<ReportValues> & { access?: AccessChoice };

/**
 * Creates or changes decision reports in one go (the importer and the demo council come here). Each
 * needs a title; its access class follows its agenda item through the one inheritance rule (never
 * public under an exempt item without a recorded reason); a report stated exempt without a
 * paragraph stays "paragraph not stated" only for imports (`allowUnstated`). Audited as `report.create` / `report.update`.
 * @example await saveReports(trx, actor, [{ values: { bodyId, meetingId, agendaItemId, title: 'Bridge strategy' }, access: {} }])
 */
export async function saveReports(ex: Executor, actor: Actor, rows: ReportWrite[], opts: WriteOpts & { allowUnstated?: boolean } = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: reports as unknown as WritableTable,
      kind: 'report',
      action: 'report',
      omitFromAudit: ['sections'],
      rules: async (tx, checks) => {
        const itemIds = [...new Set(checks.map((c) => c.next.agendaItemId).filter((x): x is number => typeof x === 'number'))];
        const items = new Map(
          (itemIds.length
            ? await tx
                .select({ id: agendaItems.id, access: agendaItems.access, exemptParagraph: agendaItems.exemptParagraph })
                .from(agendaItems)
                .where(inArray(agendaItems.id, itemIds))
            : []
          ).map((i) => [i.id, i]),
        );
        const errors: RowError[] = checks
          .filter((c) => !String(c.next.title ?? '').trim())
          .map((c) => ({ row: c.index, field: 'title', message: 'Enter the title of the report' }));
        const access = inheritedAccess(
          checks.map((c) => ({ parent: items.get(c.next.agendaItemId as number) ?? null, choice: rows[c.index]!.access ?? (c.before ? undefined : {}) })),
          { allowUnstated: opts.allowUnstated },
        );
        errors.push(...access.errors);
        checks.forEach((c, i) => {
          if (access.columns[i]) Object.assign(c.values, access.columns[i]);
        });
        return errors;
      },
    },
    rows,
    opts,
  );
}
