/** The query parameters a route's pages were seen to read, or 'all' when a page read the whole query. */
type Reads = Set<string> | 'all';

/** What one request's page read from its query string. */
export type QueryReads = { names: Set<string>; all: boolean };

/**
 * Page-cache keys that hold only the query parameters a page reads, so junk parameters
 * (`?utm=…`, `?x=<random>`) neither make a new entry (a cache bypass) nor reach a page that echoes them.
 * The parameters are learnt, not declared: the query object a handler sees is a proxy that notes every
 * name read, and a route's set only grows. A response is stored only when its key already held every
 * name the page read, so no entry can depend on a parameter its key leaves out.
 * @example
 * const keys = createCacheKeys();
 * keys.key('/meetings', '/meetings', { month: '2030-03', junk: '1' }).key // '/meetings?junk=1&month=2030-03' until learnt
 */
export function createCacheKeys() {
  const learnt = new Map<string, Reads>();

  return {
    /**
     * The cache key of a request to `path` (matched by `route`) with this parsed query, and the
     * parameter names it holds (null: all of them), to hand back to `learn`.
     */
    key(route: string, path: string, query: Record<string, unknown>): { key: string; covers: ReadonlySet<string> | null } {
      const reads = learnt.get(route);
      const present = Object.keys(query);
      const covers = reads === undefined || reads === 'all' ? null : new Set(reads);
      const pairs: string[] = [];
      for (const name of present.filter((n) => !covers || covers.has(n)).sort()) {
        for (const v of [query[name]].flat()) pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(v))}`);
      }
      return { key: pairs.length ? `${path}?${pairs.join('&')}` : path, covers };
    },

    /** A proxy of the query that records what is read from it. */
    track(query: Record<string, unknown>): { query: Record<string, unknown>; reads: QueryReads } {
      const reads: QueryReads = { names: new Set(), all: false };
      const proxy = new Proxy(query, {
        get(target, name, receiver) {
          if (typeof name === 'string') reads.names.add(name);
          return Reflect.get(target, name, receiver);
        },
        has(target, name) {
          if (typeof name === 'string') reads.names.add(name);
          return Reflect.has(target, name);
        },
        getOwnPropertyDescriptor(target, name) {
          if (typeof name === 'string') reads.names.add(name);
          return Reflect.getOwnPropertyDescriptor(target, name);
        },
        ownKeys(target) {
          reads.all = true;
          return Reflect.ownKeys(target);
        },
      });
      return { query: proxy, reads };
    },

    /**
     * Adds what a page read to its route's set; true when the key the request was looked up with
     * (`covers`, from `key`) held every name the page read, so the response may be stored under it.
     */
    learn(route: string, reads: QueryReads, covers: ReadonlySet<string> | null): boolean {
      const known = learnt.get(route);
      if (reads.all || known === 'all') learnt.set(route, 'all');
      else {
        const merged = known ?? new Set<string>();
        for (const name of reads.names) merged.add(name);
        learnt.set(route, merged);
      }
      if (covers === null) return true;
      if (reads.all) return false;
      return [...reads.names].every((n) => covers.has(n));
    },
  };
}
