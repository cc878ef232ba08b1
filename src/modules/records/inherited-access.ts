import type { AccessClass } from '../../db/columns.ts';
import { resolveAccess, type AccessChoice, type ResolvedAccess } from '../visibility/index.ts';
import type { RowError } from './write-rows.ts';

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
