import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has development defaults: port 3000 and PGlite in ./data', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.dataDir).toMatch(/data$/);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.secureCookies).toBe(false);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('LOG_LEVEL');
    }
  });

  it('requires a session secret and the public address in production, and then uses secure cookies', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET[\s\S]*PUBLIC_URL/);
    const c = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), PUBLIC_URL: 'https://democracy.example.gov.uk/' });
    expect(c.secureCookies).toBe(true);
    expect(c.publicUrl).toBe('https://democracy.example.gov.uk');
  });

  it('takes the public address alone, without a path', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'https://example.gov.uk/democracy' })).toThrow(/PUBLIC_URL: must be the site address alone/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://example.gov.uk' })).toThrow(/PUBLIC_URL/);
  });

  it('gives embedded PGlite a 16 MB buffer pool unless told, and refuses a size it cannot read', () => {
    expect(loadConfig({}).pgliteSharedBuffers).toBe('16MB');
    expect(loadConfig({ PGLITE_SHARED_BUFFERS: '64MB' }).pgliteSharedBuffers).toBe('64MB');
    expect(() => loadConfig({ PGLITE_SHARED_BUFFERS: 'lots' })).toThrow(/PGLITE_SHARED_BUFFERS: must be a size like 16MB/);
  });

  it('trusts no proxy unless told, and then only the addresses listed', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,loopback' }).trustProxy).toEqual(['10.0.0.1', '192.168.0.0/16', 'loopback']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(/TRUST_PROXY/);
  });

  it('runs one process on PGlite, one per core on PostgreSQL, and refuses several on PGlite', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/council' }).workers).toBe(availableParallelism());
    expect(loadConfig({ DATABASE_URL: 'postgres://db/council', WORKERS: '3' }).workers).toBe(3);
    // The workers share PostgreSQL's connections: 32 processes of 10 would be refused past the 100th.
    expect(loadConfig({ DATABASE_URL: 'postgres://db/council', WORKERS: '2' }).databasePoolSize).toBe(10);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/council', WORKERS: '32' }).databasePoolSize).toBe(2);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/council', WORKERS: '200' }).databasePoolSize).toBe(1);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/council', WORKERS: '32', DATABASE_POOL_SIZE: '5' }).databasePoolSize).toBe(5);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
    expect(loadConfig({ WORKERS: '1' }).workers).toBe(1);
    expect(() => loadConfig({ WORKERS: '2' })).toThrow(/WORKERS: 2 processes need PostgreSQL \(DATABASE_URL\); only one process may open a PGlite data directory/);
    expect(() => loadConfig({ WORKERS: '0' })).toThrow(/WORKERS/);
  });
});
