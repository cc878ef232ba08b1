import type { Db } from '../../../db/connect.ts';
import { audit } from '../../../db/audit.ts';
import { createSession, findUserByEmail } from '../accounts.repo.ts';
import { dummyPasswordHash, verifyPassword } from '../passwords.ts';
import { clearSignInFailures, recordSignInFailure, signInRetryAt } from '../sign-in-throttle.ts';

/** The outcome of a sign-in: a session token, wrong details, or a wait. */
export type SignInOutcome = { ok: true; userId: number; token: string } | { ok: false; reason: 'wrong-details' } | { ok: false; reason: 'throttled'; retryAt: Date };

/**
 * Signs a user in from a network address: refused while the account and address (or the address) must
 * wait; otherwise the password is checked (against a dummy hash for unknown emails), a failure is
 * counted and audited, and a success clears the account's failures, opens a session and is audited.
 * @example const r = await signIn(db, { email, password }, request.ip);
 */
export async function signIn(db: Db, input: { email: string; password: string }, address: string, now = new Date()): Promise<SignInOutcome> {
  const email = input.email.trim();
  const retryAt = await signInRetryAt(db, email, address, now);
  if (retryAt) return { ok: false, reason: 'throttled', retryAt };
  const user = await findUserByEmail(db, email);
  const good = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !good) {
    await db.transaction(async (trx) => {
      await recordSignInFailure(trx, email, address, now);
      await audit(trx, { userId: null, label: email.slice(0, 200) }, 'session.sign-in-failed', 'user', user?.id ?? null, null, {
        email: email.slice(0, 320),
        address,
        reason: user ? 'wrong password' : 'no such account',
      });
    });
    return { ok: false, reason: 'wrong-details' };
  }
  return db.transaction(async (trx) => {
    await clearSignInFailures(trx, email);
    const token = await createSession(trx, user.id);
    await audit(trx, { userId: user.id, label: user.email }, 'session.sign-in', 'user', user.id, null, { address });
    return { ok: true, userId: user.id, token };
  });
}
