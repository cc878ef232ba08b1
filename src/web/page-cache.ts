import { setTimeout as delay } from 'node:timers/promises';
import { max, notLike } from 'drizzle-orm';
import type { Db } from '../db/connect.ts';
import { auditEvents } from '../db/schema.ts';

/** A stored anonymous response. */
type Entry = { version: number; storedAt: number; statusCode: number; headers: Record<string, string>; body: Buffer };

/** Options of the page cache. */
export type PageCacheOptions = { maxBytes: number; maxAgeMs: number; pollMs: number };

/**
 * A micro-cache of public responses for anonymous visitors, bounded in bytes (least recently used first out).
 * Every change to the council's records writes an audit row, so the newest audit id is the cache's version:
 * a process polls it at most once per `pollMs`, and writes made through this process mark it stale at once.
 * Entries also expire after `maxAgeMs`, for pages that depend on the time of day ("next meetings").
 * Only anonymous GETs without cookies set in the response are stored, so no user's content is ever shared.
 * @example const cache = createPageCache(db, { maxBytes: 32e6, maxAgeMs: 60_000, pollMs: 1_000 });
 */
export function createPageCache(db: Db, options: PageCacheOptions) {
  const entries = new Map<string, Entry>();
  const inflight = new Map<string, { promise: Promise<Entry | undefined>; settle: (e: Entry | undefined) => void }>();
  let bytes = 0;
  let version = -1;
  let polledAt = 0;
  let polling: Promise<number> | null = null;

  async function currentVersion(): Promise<number> {
    if (Date.now() - polledAt < options.pollMs) return version;
    polling ??= db
      .select({ id: max(auditEvents.id) })
      .from(auditEvents)
      // Sign-ins and failed sign-ins change no public page: they must not empty everyone's cache.
      .where(notLike(auditEvents.action, 'session.%'))
      .then(([row]) => {
        const next = row?.id ?? 0;
        if (next !== version) {
          entries.clear();
          bytes = 0;
          version = next;
        }
        polledAt = Date.now();
        return version;
      })
      .finally(() => {
        polling = null;
      });
    return polling;
  }

  function remove(key: string) {
    const e = entries.get(key);
    if (!e) return;
    bytes -= e.body.length;
    entries.delete(key);
  }

  return {
    /** A fresh entry for the URL, or undefined. */
    async get(key: string): Promise<Entry | undefined> {
      const v = await currentVersion();
      const e = entries.get(key);
      if (!e) return undefined;
      if (e.version !== v || Date.now() - e.storedAt > options.maxAgeMs) {
        remove(key);
        return undefined;
      }
      entries.delete(key);
      entries.set(key, e);
      return e;
    },
    /**
     * Coalesces concurrent misses: the first caller for a key gets `null` and must render (then `settle`);
     * later callers get a promise of the first one's result, so a burst renders a page once, not once per request.
     */
    join(key: string): Promise<Entry | undefined> | null {
      const running = inflight.get(key);
      // A waiter never waits long: after 5 s it renders the page itself.
      if (running) return Promise.race([running.promise, delay(5_000, undefined, { ref: false })]);
      let settle!: (e: Entry | undefined) => void;
      const promise = new Promise<Entry | undefined>((resolve) => (settle = resolve));
      inflight.set(key, { promise, settle });
      return null;
    },
    /** Ends a coalesced render, handing waiters the stored entry (or nothing, so they render themselves). */
    settle(key: string) {
      const running = inflight.get(key);
      if (!running) return;
      inflight.delete(key);
      running.settle(entries.get(key));
    },
    /** Stores a response made at the version read when the request began. */
    set(key: string, entry: Omit<Entry, 'storedAt'>) {
      if (entry.version !== version || entry.body.length > options.maxBytes / 8) return;
      remove(key);
      entries.set(key, { ...entry, storedAt: Date.now() });
      bytes += entry.body.length;
      for (const k of entries.keys()) {
        if (bytes <= options.maxBytes) break;
        remove(k);
      }
    },
    /** Forgets everything now (after a write through this process). */
    invalidate() {
      entries.clear();
      bytes = 0;
      polledAt = 0;
    },
    /** Number of entries and bytes held. */
    stats: () => ({ entries: entries.size, bytes }),
    currentVersion,
  };
}

/** The page cache's interface. */
export type PageCache = ReturnType<typeof createPageCache>;
