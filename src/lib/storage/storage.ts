import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { storedFiles } from '../../db/schema.ts';

/** Where document bytes live. Small on purpose, so a filesystem or object-store backend can replace it. */
export interface Storage {
  /** Stores bytes under a key, in the caller's transaction when one is given. */
  put(key: string, bytes: Uint8Array, ex?: Executor): Promise<void>;
  /** Reads bytes, or null when there is no such key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the bytes of a key. */
  delete(key: string, ex?: Executor): Promise<void>;
}

/** The default storage: bytes in the database, shared by every app process. */
export function databaseStorage(db: Executor): Storage {
  return {
    async put(key, bytes, ex = db) {
      await ex.insert(storedFiles).values({ key, bytes }).onConflictDoNothing();
    },
    async get(key) {
      const [row] = await db.select({ bytes: storedFiles.bytes }).from(storedFiles).where(eq(storedFiles.key, key));
      return row ? Buffer.from(row.bytes) : null;
    },
    async delete(key, ex = db) {
      await ex.delete(storedFiles).where(eq(storedFiles.key, key));
    },
  };
}
