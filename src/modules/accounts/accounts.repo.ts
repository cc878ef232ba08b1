import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { pageQuery, slot } from '../../db/page-query.ts';
import { apiTokens, rateLimits, sessions, users, type Role } from './accounts.table.ts';
import type { CurrentUser } from './accounts.policy.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Session lifetime. */
export const SESSION_HOURS = 12;

/** Finds an active user by email (case-insensitive). */
export async function findUserByEmail(ex: Executor, email: string) {
  const [row] = await ex
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = lower(${email})`, isNull(users.disabledAt), isNull(users.deletedAt)));
  return row;
}

function toCurrent(u: typeof users.$inferSelect): CurrentUser {
  return { id: u.id, email: u.email, displayName: u.displayName, role: u.role as Role, personId: u.personId };
}

/** Creates a session and returns the raw token for the cookie. */
export async function createSession(ex: Executor, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await ex.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
  });
  return token;
}

/** The columns a signed-in user is made of (`CurrentUser`). */
const currentColumns = { id: users.id, email: users.email, displayName: users.displayName, role: users.role, personId: users.personId };

/**
 * The user of a live session token, or null. Every signed-in request asks, so the statement is built
 * once and prepared (`pageQuery`), and reads only the columns a `CurrentUser` has.
 */
export async function userForSession(ex: Executor, token: string): Promise<CurrentUser | null> {
  const [row] = await pageQuery(
    ex,
    'session-user',
    (ex) =>
      ex
        .select(currentColumns)
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.tokenHash, slot('hash')), gt(sessions.expiresAt, sql`${slot('now')}::timestamptz`), isNull(users.disabledAt))),
    { hash: sha256(token), now: new Date().toISOString() },
  );
  return row ? { ...row, role: row.role as Role } : null;
}

/** Ends a session. */
export async function deleteSession(ex: Executor, token: string): Promise<void> {
  await ex.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
  await ex.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

/** Creates an API bearer token for a user and returns the raw token (shown once). */
export async function createApiToken(ex: Executor, userId: number, name: string): Promise<string> {
  const token = `shk_${randomBytes(32).toString('base64url')}`;
  await ex.insert(apiTokens).values({ userId, tokenHash: sha256(token), name });
  return token;
}

/** The user of a bearer token, or null. */
export async function userForApiToken(ex: Executor, token: string): Promise<CurrentUser | null> {
  const [row] = await ex
    .select({ user: users, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt), isNull(users.disabledAt)));
  if (!row) return null;
  await ex.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId));
  return toCurrent(row.user);
}

/**
 * Counts a hit against a limit shared by all processes: at most `limit` hits in a window that starts at
 * the first hit (so the count never resets part-way through a burst at a clock boundary); true when within it.
 * @example if (!(await hitRateLimit(db, `sign-in:${ip}`, 10, 15 * 60))) reject()
 */
export async function hitRateLimit(ex: Executor, key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const now = new Date();
  const expired = sql`${rateLimits.windowStart} < ${now.toISOString()}::timestamptz - make_interval(secs => ${windowSeconds})`;
  const [row] = await ex
    .insert(rateLimits)
    .values({ key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${rateLimits.windowStart} end`,
      },
    })
    .returning({ count: rateLimits.count });
  return (row?.count ?? 1) <= limit;
}

/** Enabled users with one of these roles, by name: for choosing whom to grant something. */
export function listUsersWithRoles(ex: Executor, roles: Role[]) {
  return ex
    .select({ id: users.id, displayName: users.displayName, email: users.email, role: users.role })
    .from(users)
    .where(and(inArray(users.role, roles), isNull(users.disabledAt), isNull(users.deletedAt)))
    .orderBy(asc(users.displayName));
}
