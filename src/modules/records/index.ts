// Records: the one mechanism domain commands use to write rows (rules first, multi-row inserts,
// changed columns only, audit rows in batches), and the access rule step of records that follow their agenda item. Only commands call them.
export {
  writeRows,
  changesRecord,
  rowErrors,
  expectWritten,
  single,
  orRollBack,
  refusedAsInvalid,
  sameValue,
  type WriteOpts,
  type RowWrite,
  type RowCheck,
  type RowError,
  type RowsResult,
  type RowOutcome,
  type Row,
  type WritableTable,
  type WriteSpec,
} from './write-rows.ts';
export { inheritedAccess, inheritItemAccess } from './inherited-access.ts';
