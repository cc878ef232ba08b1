// The demo seed writes through the domain's many-rows commands, as the system actor at the seed's clock.
import type { Actor } from '../audit.ts';
import { systemActor } from '../audit.ts';
import { expectWritten, type RowsResult } from '../../modules/records/index.ts';

/** Who writes the demo council: the system. */
export const demoActor: Actor = systemActor;

/**
 * The ids of rows a command wrote, in input order; the demo's rows always keep the rules, so a
 * refusal is a bug and throws.
 * @example const ids = written(await saveMeetings(trx, demoActor, rows.map((values) => ({ values })), { now }), 'meeting');
 */
export function written(result: RowsResult, what: string): number[] {
  return expectWritten(result, `demo ${what}`).ids;
}

/** Rows as new records for a many-rows command. */
export const fresh = <V>(rows: V[]): { values: V }[] => rows.map((values) => ({ values }));
