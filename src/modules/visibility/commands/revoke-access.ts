import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { accessGrants } from '../visibility.table.ts';

/** Revokes a grant (kept, with who revoked it and when); audited as `access.revoke`. */
export async function revokeAccess(db: Db, actor: Actor, grantId: number, now: Date = new Date()): Promise<void> {
  await db.transaction(async (trx) => {
    const [before] = await trx
      .select()
      .from(accessGrants)
      .where(and(eq(accessGrants.id, grantId), isNull(accessGrants.revokedAt)));
    if (!before) throw new AppError('not_found', 'Grant not found');
    const [after] = await trx.update(accessGrants).set({ revokedAt: now, revokedBy: actor.label }).where(eq(accessGrants.id, grantId)).returning();
    await audit(trx, actor, 'access.revoke', before.subjectType, before.subjectId, before, after);
  });
}
