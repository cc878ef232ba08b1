import { describe, expect, it } from 'vitest';
import { createCacheKeys } from './cache-key.ts';

describe('page-cache keys', () => {
  it('keys a route by the whole query until a page has shown what it reads, then by those parameters alone', () => {
    const keys = createCacheKeys();
    const first = keys.key('/meetings', '/meetings', { month: '2030-03', junk: '1' });
    expect(first.key).toBe('/meetings?junk=1&month=2030-03');
    const t = keys.track({ month: '2030-03', junk: '1' });
    void t.query.month;
    void t.query.view;
    expect(keys.learn('/meetings', t.reads, first.covers)).toBe(true);
    expect(keys.key('/meetings', '/meetings', { junk: '2', month: '2030-03' }).key).toBe('/meetings?month=2030-03');
    expect(keys.key('/meetings', '/meetings', { view: 'list', month: ['a', 'b'] }).key).toBe('/meetings?month=a&month=b&view=list');
  });

  it('refuses to store a response that read a parameter its key left out, and learns it', () => {
    const keys = createCacheKeys();
    const learnFrom = (query: Record<string, unknown>, read: string[]) => {
      const k = keys.key('/search', '/search', query);
      const t = keys.track(query);
      for (const name of read) void t.query[name];
      return keys.learn('/search', t.reads, k.covers);
    };
    expect(learnFrom({}, ['q'])).toBe(true);
    expect(learnFrom({ q: 'x', page: '2' }, ['q', 'page'])).toBe(false);
    expect(keys.key('/search', '/search', { q: 'x', page: '2', junk: '1' }).key).toBe('/search?page=2&q=x');
    expect(learnFrom({ q: 'x', page: '2' }, ['q', 'page'])).toBe(true);
  });

  it('keys by every parameter a route whose page reads the whole query', () => {
    const keys = createCacheKeys();
    const k = keys.key('/x', '/x', { a: '1' });
    const t = keys.track({ a: '1' });
    void Object.keys(t.query);
    keys.learn('/x', t.reads, k.covers);
    expect(keys.key('/x', '/x', { b: '2', a: '1' }).key).toBe('/x?a=1&b=2');
  });
});
