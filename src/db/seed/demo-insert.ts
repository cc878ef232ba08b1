// Bulk-insert helpers for the demo seed: chunked multi-row inserts that keep ids in input order.

const CHUNK = 500;

/** Ids ascending; identity ids rise with the order of a multi-row VALUES list. */
export function sortedIds(rows: { id: number }[]): number[] {
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/**
 * Inserts rows in chunks and returns their ids in input order.
 * @example const ids = await insertChunked(rows, (chunk) => trx.insert(minutes).values(chunk).returning({ id: minutes.id }));
 */
export async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<{ id: number }[]>): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) ids.push(...sortedIds(await insert(rows.slice(i, i + CHUNK))));
  return ids;
}

/** Inserts rows in chunks when their ids are not needed. */
export async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}
