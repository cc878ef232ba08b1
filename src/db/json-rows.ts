// Nested lists read in the same SQL statement as their parent: a page's one query selects each list
// as a JSON array built by PostgreSQL, and the rows come back typed, each field decoded by its own
// column's mapping (timestamps become Dates, as in an ordinary select).
import { Column, is, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';

/** The fields of a JSON row: columns, or SQL expressions (decoded with their `mapWith`, if any). */
export type JsonFields = Record<string, Column | SQL>;

/** The decoded row of a set of fields. */
export type JsonRow<F extends JsonFields> = {
  [K in keyof F]: F[K] extends Column ? (F[K]['_']['notNull'] extends true ? F[K]['_']['data'] : F[K]['_']['data'] | null) : F[K] extends SQL<infer T> ? T : unknown;
};

const qb = new QueryBuilder();
const selectRow = (row: SQL.Aliased) => qb.select({ row });

/** A decoder for one field's JSON value, or undefined when the value is used as it is. */
function decoderOf(field: Column | SQL): ((value: unknown) => unknown) | undefined {
  if (is(field, Column)) {
    // JSON carries numbers, booleans and JSON values natively; only text-borne types need the column's mapping.
    if (field.dataType === 'date' || field.dataType === 'bigint') return (v) => field.mapFromDriverValue(v);
    return undefined;
  }
  const decoder = (field as unknown as { decoder?: { mapFromDriverValue: (v: unknown) => unknown } }).decoder;
  return decoder && typeof decoder.mapFromDriverValue === 'function' ? (v) => decoder.mapFromDriverValue(v) : undefined;
}

/**
 * A JSON array of rows as one SQL expression, to select beside a parent row; it decodes to typed rows.
 * `query` completes the select (from, where, order by); rows keep its order.
 * @example ex.select({ items: jsonRows({ id: agendaItems.id, title: agendaItems.title }, (q) => q.from(agendaItems).where(eq(agendaItems.meetingId, id)).orderBy(agendaItems.position)) }).from(meetings)
 */
export function jsonRows<F extends JsonFields>(fields: F, query: (select: ReturnType<typeof selectRow>) => SQLWrapper): SQL<JsonRow<F>[]> {
  const keys = Object.keys(fields);
  const object = sql`json_build_object(${sql.join(
    keys.map((k) => sql`${sql.raw(`'${k.replace(/'/g, "''")}'`)}, ${fields[k]}`),
    sql`, `,
  )})`.as('row');
  const decoders = keys.map((k) => [k, decoderOf(fields[k]!)] as const).filter((d): d is readonly [string, (v: unknown) => unknown] => d[1] !== undefined);
  const decodeRow = (raw: Record<string, unknown>) => {
    for (const [k, decode] of decoders) if (raw[k] !== null && raw[k] !== undefined) raw[k] = decode(raw[k]);
    return raw;
  };
  return sql<JsonRow<F>[]>`(select coalesce(json_agg(q.row), '[]'::json) from (${query(selectRow(object))}) q)`.mapWith((value: unknown) => {
    const rows = (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>[];
    return rows.map(decodeRow) as JsonRow<F>[];
  });
}
