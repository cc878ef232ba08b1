import type { z } from 'zod';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { users } from '../accounts.table.ts';
import { newUserSchema } from '../accounts.schema.ts';
import { hashPassword } from '../passwords.ts';
import { passwordProblem } from '../password-policy.ts';
import { findUserByEmail } from '../accounts.repo.ts';

/** Creates a user account with an argon2id password hash, refusing short, common and breached passwords; audited. */
export async function addUser(ex: Executor, actor: Actor, input: z.input<typeof newUserSchema>): Promise<Result<{ id: number }>> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    return invalid(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'form'), message: i.message })));
  }
  const v = parsed.data;
  const weak = await passwordProblem(v.password, [v.email, v.displayName]);
  if (weak) return invalid([{ field: 'password', message: weak }]);
  if (await findUserByEmail(ex, v.email)) return invalid([{ field: 'email', message: 'A user with this email address already exists' }]);
  const passwordHash = await hashPassword(v.password);
  return ex.transaction(async (trx) => {
    const [row] = await trx
      .insert(users)
      .values({ email: v.email.toLowerCase(), displayName: v.displayName, role: v.role, passwordHash, personId: v.personId ?? null })
      .returning({ id: users.id });
    await audit(trx, actor, 'user.create', 'user', row!.id, null, { email: v.email, role: v.role, displayName: v.displayName });
    return ok({ id: row!.id });
  });
}
