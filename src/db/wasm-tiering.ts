import { setFlagsFromString } from 'node:v8';

/**
 * How V8 compiles PGlite's WebAssembly (`PGLITE_TIER_UP`, read in config.ts):
 * - `after-open` (the default): only the baseline compiler (Liftoff) while the database opens, then
 *   V8's usual tiering, so only the functions that are hot while serving get optimised code. Opening
 *   runs thousands of functions often enough to be optimised once; that code (and what compiling it
 *   left in memory) was 40–60 MB of a server's resident memory, and opening takes a third less time.
 * - `always`: V8's default throughout.
 * - `never`: Liftoff only, for good (the least memory).
 * V8 reads these flags when it compiles a function, so changing them while the process runs is safe for
 * code compiled later; see BENCHMARKS.md ("Memory: the flags applied").
 */
export type TierUp = 'after-open' | 'always' | 'never';

/**
 * Runs `open` (creating a PGlite instance) under the given tiering. The flags are the process's (every
 * thread's): only a process that owns its database, the server or a command, asks for anything but `always`.
 * @example const client = await withWasmTiering('after-open', () => PGlite.create({ dataDir }));
 */
export async function withWasmTiering<T>(setting: TierUp, open: () => Promise<T>): Promise<T> {
  if (setting === 'always') return open();
  setFlagsFromString('--liftoff-only');
  try {
    return await open();
  } finally {
    if (setting === 'after-open') setFlagsFromString('--no-liftoff-only');
  }
}
