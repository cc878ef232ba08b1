import { inArray, like, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { rateLimits } from './accounts.table.ts';

// Sign-in throttling as NCSC and OWASP advise: only failed attempts count; they count per account
// *and* network address, so nobody can lock an account for its owner by guessing from elsewhere; past a
// few free failures each further one doubles the wait (no hard lock); a success clears the account's
// counts. A second, far larger count per address slows one address guessing across many accounts,
// sized so that a chamber of councillors behind one office address can all mistype and still sign in.
// Counters live in the shared rate_limits table: `window_start` holds the time of the latest failure.

/** The throttle's numbers. */
export const throttle = {
  /** Failures per account and address before any wait. */
  accountFreeFailures: 5,
  /** Failures per address (any accounts) before any wait: 50 councillors making 4 typos each. */
  addressFreeFailures: 200,
  /** The first wait, doubling with each further failure. */
  firstWaitSeconds: 30,
  /** The longest wait. */
  maxWaitSeconds: 15 * 60,
  /** An account's count is forgotten a day after its latest failure. */
  accountForgetSeconds: 24 * 3600,
  /** An address's count is forgotten an hour after its latest failure. */
  addressForgetSeconds: 3600,
} as const;

const accountKey = (email: string, address: string) => `sign-in:fail:${email.trim().toLowerCase()}|${address}`;
const addressKey = (address: string) => `sign-in:fail-address:${address}`;

/**
 * How long to wait after `failures` failures when `free` are allowed without a wait.
 * @example waitSeconds(6, 5) // 60
 */
export function waitSeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(throttle.maxWaitSeconds, throttle.firstWaitSeconds * 2 ** Math.min(failures - free, 20));
}

/**
 * When the next attempt for this account from this address may be made, or null if it may be made now.
 * @example const retryAt = await signInRetryAt(db, 'ann@example.org', '203.0.113.9');
 */
export async function signInRetryAt(ex: Executor, email: string, address: string, now = new Date()): Promise<Date | null> {
  const rows = await ex
    .select()
    .from(rateLimits)
    .where(inArray(rateLimits.key, [accountKey(email, address), addressKey(address)]));
  let until = 0;
  for (const row of rows) {
    const isAccount = row.key.startsWith('sign-in:fail:');
    const forget = isAccount ? throttle.accountForgetSeconds : throttle.addressForgetSeconds;
    const last = row.windowStart.getTime();
    if (now.getTime() - last > forget * 1000) continue;
    const wait = waitSeconds(row.count, isAccount ? throttle.accountFreeFailures : throttle.addressFreeFailures);
    until = Math.max(until, last + wait * 1000);
  }
  return until > now.getTime() ? new Date(until) : null;
}

/** Counts one failed sign-in for the account from the address, and for the address. */
export async function recordSignInFailure(ex: Executor, email: string, address: string, now = new Date()): Promise<void> {
  for (const [key, forget] of [
    [accountKey(email, address), throttle.accountForgetSeconds],
    [addressKey(address), throttle.addressForgetSeconds],
  ] as const) {
    const stale = sql`${rateLimits.windowStart} < ${now.toISOString()}::timestamptz - make_interval(secs => ${forget})`;
    await ex
      .insert(rateLimits)
      .values({ key, windowStart: now, count: 1 })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: { count: sql`case when ${stale} then 1 else ${rateLimits.count} + 1 end`, windowStart: now },
      });
  }
}

/** Forgets an account's failed sign-ins from every address, after it signs in. */
export async function clearSignInFailures(ex: Executor, email: string): Promise<void> {
  const prefix = accountKey(email, '').replace(/[\\%_]/g, (c) => `\\${c}`);
  await ex.delete(rateLimits).where(like(rateLimits.key, `${prefix}%`));
}
