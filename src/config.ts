import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';

/** A proxy address, a CIDR range or one of proxy-addr's names for a range. */
const isProxyAddress = (s: string) => {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(s)) return true;
  const [ip, bits, ...rest] = s.split('/');
  if (rest.length || !ip || !isIP(ip)) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(ip) === 4 ? 32 : 128));
};

/**
 * PostgreSQL connections all the app processes share by default: PostgreSQL's default max_connections is
 * 100, and backups, migrations and an administrator's psql need some of the rest.
 */
const POOLED_CONNECTIONS = 80;

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(25),
  DEMO: z.enum(['auto', 'off']).default('auto'),
  SECURE_COOKIES: z.enum(['auto', 'on', 'off']).default('auto'),
  PAGE_CACHE: z.enum(['auto', 'on', 'off']).default('auto'),
  PAGE_CACHE_MB: z.coerce.number().positive().max(4096).default(32),
  PGLITE_TIER_UP: z.enum(['after-open', 'always', 'never']).default('after-open'),
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^[1-9]\d*(kB|MB|GB)$/, 'must be a size like 16MB or 512kB')
    .default('16MB'),
  WORKERS: z.coerce.number().int().min(1).max(256).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).optional(),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address, like https://democracy.example.gov.uk' })
    .refine((u) => /^https?:\/\/[^/?#]+\/?$/.test(u), 'must be the site address alone, with no path, query or fragment')
    .optional(),
  TRUST_PROXY: z
    .string()
    .trim()
    .refine(
      (s) => s === '' || s.split(',').every((p) => isProxyAddress(p.trim())),
      'must list proxy addresses or CIDR ranges separated by commas (or loopback, linklocal, uniquelocal)',
    )
    .optional(),
});

/** The validated runtime configuration; the only place that reads process.env. */
export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  logLevel: string;
  maxUploadBytes: number;
  demo: boolean;
  secureCookies: boolean;
  /** Micro-cache anonymous public responses (on by default in production). */
  pageCache: { enabled: boolean; maxBytes: number };
  /** How V8 compiles PGlite's WebAssembly (src/db/wasm-tiering.ts): by default only what is hot after the database opens is optimised. */
  pgliteTierUp: 'after-open' | 'always' | 'never';
  /** Embedded PGlite's buffer pool (PostgreSQL's `shared_buffers`), 16MB by default. */
  pgliteSharedBuffers: string;
  /** The site's own address (`https://democracy.example.gov.uk`, no trailing slash): every absolute link starts with it. */
  publicUrl: string | undefined;
  /** Proxies whose X-Forwarded-For/-Proto/-Host headers are believed (addresses or CIDR ranges); none by default. */
  trustProxy: string[];
  /** How many app processes `serve` runs: one per core on PostgreSQL, always one on PGlite. */
  workers: number;
  /** PostgreSQL connections each process may hold: by default the workers share 80 (PostgreSQL allows 100), at most 10 each. */
  databasePoolSize: number;
};

/** Raised when the environment is invalid; lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Reads and validates configuration from an environment object.
 * @example loadConfig({ PORT: '8080' }).port // 8080
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  const missing: string[] = [];
  if (c.NODE_ENV === 'production' && !c.SESSION_SECRET) missing.push('SESSION_SECRET: required in production (at least 32 characters)');
  if (c.NODE_ENV === 'production' && !c.PUBLIC_URL) missing.push('PUBLIC_URL: required in production (the address the public uses, like https://democracy.example.gov.uk)');
  // One process owns a PGlite data directory; several processes need a shared PostgreSQL.
  if (!c.DATABASE_URL && c.WORKERS !== undefined && c.WORKERS > 1)
    missing.push(`WORKERS: ${c.WORKERS} processes need PostgreSQL (DATABASE_URL); only one process may open a PGlite data directory`);
  if (missing.length) throw new ConfigError(missing);
  const workers = c.WORKERS ?? (c.DATABASE_URL ? availableParallelism() : 1);
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    sessionSecret: c.SESSION_SECRET ?? 'development-only-secret-change-me-0123456789',
    logLevel: c.LOG_LEVEL,
    maxUploadBytes: Math.round(c.MAX_UPLOAD_MB * 1024 * 1024),
    demo: c.DEMO === 'auto',
    secureCookies: c.SECURE_COOKIES === 'on' || (c.SECURE_COOKIES === 'auto' && c.NODE_ENV === 'production'),
    pageCache: {
      enabled: c.PAGE_CACHE === 'on' || (c.PAGE_CACHE === 'auto' && c.NODE_ENV === 'production'),
      maxBytes: Math.round(c.PAGE_CACHE_MB * 1024 * 1024),
    },
    pgliteTierUp: c.PGLITE_TIER_UP,
    pgliteSharedBuffers: c.PGLITE_SHARED_BUFFERS,
    publicUrl: c.PUBLIC_URL?.replace(/\/$/, ''),
    trustProxy: (c.TRUST_PROXY ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    workers,
    databasePoolSize: c.DATABASE_POOL_SIZE ?? Math.max(1, Math.min(10, Math.floor(POOLED_CONNECTIONS / workers))),
  };
}
