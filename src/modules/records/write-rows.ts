import { inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { auditMany, type Actor, type AuditEntry } from '../../db/audit.ts';
import type { Executor } from '../../db/connect.ts';
import { AppError } from '../../lib/errors.ts';
import { invalid, ok, type FieldError, type Result } from '../../lib/result.ts';

/** A table a command writes: identity id, update time and soft delete. */
export type WritableTable = PgTable & { id: PgColumn; updatedAt: PgColumn; deletedAt: PgColumn };

/** A row's columns, by their TypeScript (camelCase) names. */
export type Row = Record<string, unknown>;

/** One row to write: a new record (no id) or the columns to change on an existing one. */
export type RowWrite<V extends Row = Row> = { id?: number; values: V };

/** What happened to one row. */
export type RowOutcome = 'created' | 'updated' | 'unchanged';

/**
 * A rule's objection to one row of a batch (`row` is its index). `locked` marks a legal record that
 * is never changed in place (approved minutes, a published decision), so a caller such as the
 * importer can keep the record as it is and say so, rather than fail.
 */
export type RowError = FieldError & { row: number; code?: 'locked' };

/**
 * A row as the rules see it: the record as it would be after the write, and as it is now (undefined
 * when new). `values` are the columns about to be written: a command may add columns it derives
 * there (such as the access class a paper inherits from its item).
 */
export type RowCheck = { next: Row; before: Row | undefined; index: number; values: Row };

/** The outcome of a many-rows command: the ids in input order, or the rules' objections (nothing written). */
export type RowsResult = { ok: true; value: { ids: number[]; outcomes: RowOutcome[] } } | { ok: false; errors: RowError[] };

/** How a domain command writes its table: the audit names and the rules every row must pass. */
export type WriteSpec = {
  table: WritableTable;
  /** Subject type in the audit log and provenance, such as `agenda_item`. */
  kind: string;
  /** Audit action prefix, such as `agenda-item` (`agenda-item.create`, `.update`, `.delete`). */
  action: string;
  /** The domain's rules, run on every row before anything is written; the same functions the form command uses. */
  rules?: (ex: Executor, rows: RowCheck[]) => Promise<RowError[]> | RowError[];
  /** Columns left out of audit rows (large text). */
  omitFromAudit?: readonly string[];
};

/** When to write and, for a single act, its audit verb (`minutes.approve` rather than `minutes.update`). */
export type WriteOpts = { now?: Date; verb?: string };

const CHUNK = 500;

/** Compares JSON with keys in a stable order: PostgreSQL's jsonb reorders object keys. */
function stable(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) ? Object.fromEntries(Object.entries(v as Row).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** Whether a stored value and a new one are the same (dates by time, JSON by content). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a != null && b != null && new Date(a as Date).getTime() === new Date(b as Date).getTime();
  if (typeof a === 'object' || typeof b === 'object') return stable(a) === stable(b);
  return (a ?? null) === (b ?? null);
}

const without = (row: Row, omit: readonly string[] | undefined): Row => {
  if (!omit?.length) return row;
  const out = { ...row };
  for (const k of omit) delete out[k];
  return out;
};

/**
 * The one mechanism domain commands use to write many rows of their table in the caller's
 * transaction (a savepoint): every row passes the domain's rules first, or nothing is written; new
 * rows go in multi-row inserts, existing ones change only in the columns that differ (setting
 * `deletedAt` removes a record); audit rows (`<action>.create`, `.update` with before and after of
 * what changed, `.delete`) are written in batches. Ids come back in input order.
 * @example await writeRows(trx, actor, { table: locations, kind: 'location', action: 'location' }, [{ values: { bodyId, description: 'Guildhall' } }])
 */
export async function writeRows(ex: Executor, actor: Actor, spec: WriteSpec, rows: RowWrite[], opts: WriteOpts = {}): Promise<RowsResult> {
  if (rows.length === 0) return { ok: true, value: { ids: [], outcomes: [] } };
  const now = opts.now ?? new Date();
  const { table } = spec;
  return ex.transaction(async (tx) => {
    const wanted = [...new Set(rows.filter((r) => r.id !== undefined).map((r) => r.id!))];
    const existing = new Map<number, Row>();
    for (let i = 0; i < wanted.length; i += CHUNK) {
      const found = (await tx
        .select()
        .from(table)
        .where(inArray(table.id, wanted.slice(i, i + CHUNK)))) as Row[];
      for (const f of found) existing.set(f.id as number, f);
    }
    const checks: RowCheck[] = rows.map((r, index) => {
      const before = r.id !== undefined ? existing.get(r.id) : undefined;
      if (r.id !== undefined && !before) throw new AppError('not_found', `Record not found (${spec.kind} ${r.id})`);
      return { next: before ? { ...before, ...r.values } : { ...r.values }, before, index, values: { ...r.values } };
    });
    const errors = spec.rules ? await spec.rules(tx, checks) : [];
    if (errors.length) return { ok: false as const, errors };
    rows = rows.map((r, i) => ({ id: r.id, values: checks[i]!.values }));

    const ids: number[] = new Array<number>(rows.length);
    const outcomes: RowOutcome[] = new Array<RowOutcome>(rows.length);
    const entries: AuditEntry[] = [];
    const fresh = rows.map((r, i) => (r.id === undefined ? i : -1)).filter((i) => i >= 0);
    for (let c = 0; c < fresh.length; c += CHUNK) {
      const chunk = fresh.slice(c, c + CHUNK);
      const inserted = (await tx
        .insert(table)
        .values(chunk.map((i) => rows[i]!.values))
        .returning({ id: table.id })) as { id: number }[];
      // Identity ids rise in the order of the VALUES list.
      const sorted = inserted.map((r) => r.id).sort((a, b) => a - b);
      chunk.forEach((i, n) => {
        ids[i] = sorted[n]!;
        outcomes[i] = 'created';
        entries.push({
          action: `${spec.action}.${opts.verb ?? 'create'}`,
          subjectType: spec.kind,
          subjectId: sorted[n]!,
          before: null,
          after: without(rows[i]!.values, spec.omitFromAudit),
        });
      });
    }
    for (const [i, r] of rows.entries()) {
      if (r.id === undefined) continue;
      const before = existing.get(r.id)!;
      ids[i] = r.id;
      const changed = Object.keys(r.values).filter((k) => !sameValue(before[k], r.values[k]));
      if (changed.length === 0) {
        outcomes[i] = 'unchanged';
        continue;
      }
      const set = Object.fromEntries(changed.map((k) => [k, r.values[k]]));
      await tx
        .update(table)
        .set({ ...set, updatedAt: now })
        .where(inArray(table.id, [r.id]));
      outcomes[i] = 'updated';
      const removed = changed.includes('deletedAt') && r.values.deletedAt != null && before.deletedAt == null;
      entries.push({
        action: `${spec.action}.${opts.verb ?? (removed ? 'delete' : 'update')}`,
        subjectType: spec.kind,
        subjectId: r.id,
        before: without(Object.fromEntries(changed.map((k) => [k, before[k] ?? null])), spec.omitFromAudit),
        after: without(set, spec.omitFromAudit),
      });
    }
    await auditMany(tx, actor, entries);
    return { ok: true as const, value: { ids, outcomes } };
  });
}

/**
 * Errors from a rule function for one row, tagged with the row's index.
 * @example rowErrors(2, [{ field: 'exemptParagraph', message: 'Select the paragraph of Schedule 12A' }])
 */
export function rowErrors(row: number, errors: FieldError[], code?: 'locked'): RowError[] {
  return errors.map((e) => (code ? { ...e, row, code } : { ...e, row }));
}

/** Throws a coded error when a many-rows command refused its input: for callers (the demo seed) whose rows are known to be valid. */
export function expectWritten(result: RowsResult, what: string): { ids: number[]; outcomes: RowOutcome[] } {
  if (result.ok) return result.value;
  const first = result.errors[0]!;
  throw new AppError('validation_failed', `${what} row ${first.row + 1}: ${first.message}`, result.errors);
}

/**
 * The outcome of a one-row write as a form command returns it: the record's id, or the rules'
 * messages as form field errors.
 * @example return single(await saveMeetings(trx, actor, [{ values }]));
 */
export function single(result: RowsResult): Result<{ id: number; outcome: RowOutcome }> {
  if (!result.ok) return invalid(result.errors.map(({ field, message }) => ({ field, message })));
  return ok({ id: result.value.ids[0]!, outcome: result.value.outcomes[0]! });
}

/** A many-rows command's refusal thrown out of a transaction, so that everything the transaction did is rolled back. */
export class RowsRefused extends Error {
  constructor(readonly errors: RowError[]) {
    super(errors[0]?.message ?? 'Refused');
  }
}

/**
 * The written ids, or throws `RowsRefused` to roll back the caller's transaction; pair with `refusedAsInvalid`.
 * @example await refusedAsInvalid(db.transaction(async (trx) => { orRollBack(await saveMinutes(trx, actor, rows)); return ok(1); }))
 */
export function orRollBack(result: RowsResult): { ids: number[]; outcomes: RowOutcome[] } {
  if (!result.ok) throw new RowsRefused(result.errors);
  return result.value;
}

/** A command's result, with a refusal thrown by `orRollBack` turned back into form field errors (after the rollback). */
export async function refusedAsInvalid<T>(run: Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run;
  } catch (e) {
    if (e instanceof RowsRefused) return invalid(e.errors.map(({ field, message }) => ({ field, message })));
    throw e;
  }
}

/**
 * Whether a row would change anything: always for a new row, otherwise when one of its values
 * differs from the record. Rules that freeze legal records refuse only real changes, so a re-import
 * of the same text passes.
 */
export function changesRecord(check: RowCheck): boolean {
  return !check.before || Object.keys(check.values).some((k) => !sameValue(check.before![k], check.values[k]));
}
