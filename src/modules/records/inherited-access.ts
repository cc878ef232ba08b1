import { inArray } from 'drizzle-orm';
import type { AccessClass } from '../../db/columns.ts';
import type { Executor } from '../../db/connect.ts';
import { agendaItems } from '../../db/schema.ts';
import { resolveAccess, type AccessChoice, type ResolvedAccess } from '../visibility/index.ts';
import type { RowCheck, RowError } from './write-rows.ts';

/** A parent's access class: the agenda item (or minute) a record belongs to. */
export type ParentAccess = { access: AccessClass; exemptParagraph: number | null };

/**
 * The access columns of records that belong to a parent (papers, reports, minutes, decisions),
 * through the visibility module's one inheritance rule (`resolveAccess`): each row's choice
 * (default: follow the parent) under its parent, or a row error. Rows with no choice keep their
 * columns (an update that does not touch access).
 * @example inheritedAccess([{ parent: item, choice: {} }]) // { columns: [{ access: 'exempt', exemptParagraph: 3, accessInherited: true, accessReason: null }], errors: [] }
 */
export function inheritedAccess(
  rows: { parent: ParentAccess | null; choice: AccessChoice | undefined }[],
  opts: { allowUnstated?: boolean } = {},
): { columns: (ResolvedAccess | null)[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const columns = rows.map((r, row) => {
    if (!r.choice) return null;
    const resolved = resolveAccess(r.parent, r.choice, opts);
    if (!resolved.ok) {
      errors.push(...resolved.errors.map((e) => ({ ...e, row })));
      return null;
    }
    return resolved.value;
  });
  return { columns, errors };
}

/**
 * The rule step of a many-rows command whose records follow their agenda item: sets each row's access columns from its item (`agendaItemId`) and its choice (a new row follows the item), or returns the rows' errors.
 * @example rules: async (tx, checks) => [...titleErrors(checks), ...(await inheritItemAccess(tx, checks, rows))]
 */
export async function inheritItemAccess(ex: Executor, checks: RowCheck[], rows: readonly { access?: AccessChoice }[], opts: { allowUnstated?: boolean } = {}): Promise<RowError[]> {
  const itemIds = [...new Set(checks.map((c) => c.next.agendaItemId).filter((x): x is number => typeof x === 'number'))];
  const found = itemIds.length
    ? await ex.select({ id: agendaItems.id, access: agendaItems.access, exemptParagraph: agendaItems.exemptParagraph }).from(agendaItems).where(inArray(agendaItems.id, itemIds))
    : [];
  const items = new Map(found.map((i) => [i.id, i]));
  const access = inheritedAccess(
    checks.map((c) => ({ parent: items.get(c.next.agendaItemId as number) ?? null, choice: rows[c.index]!.access ?? (c.before ? undefined : {}) })),
    opts,
  );
  checks.forEach((c, i) => {
    if (access.columns[i]) Object.assign(c.values, access.columns[i]);
  });
  return access.errors;
}
