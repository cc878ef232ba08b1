import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil, makeUser } from '../../../../test/factories.ts';
import { auditEvents, documents } from '../../../db/schema.ts';
import { accessGrants } from '../visibility.table.ts';
import { visible } from '../visibility.rules.ts';
import type { Viewer } from '../viewer.ts';
import { grantAccess } from './grant-access.ts';
import { revokeAccess } from './revoke-access.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('revokeAccess', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let councillor: Viewer;
  // A paper a viewer may not read answers exactly as a missing one: it is not among the visible rows.
  const mayRead = async (docId: number) =>
    (
      await database.db
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.id, docId), visible(councillor, 'document')))
    ).length === 1;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
    // A councillor who sits on no committee: not otherwise entitled to the exempt appendix.
    const user = await makeUser(database.db, 'councillor', 'local-member@test.example');
    councillor = { userId: user.id, role: 'councillor', personId: null };
    await grantAccess(database.db, clerk, { subjectType: 'document', subjectId: c.exemptDoc.id, userId: councillor.userId, reason: 'Local member for the site' });
    await grantAccess(database.db, clerk, { subjectType: 'agenda_item', subjectId: c.exempt.id, userId: councillor.userId, reason: 'Local member' });
  });
  afterAll(() => database.close());

  it('revokes a grant, keeping it with who revoked it, audited; a revoked grant cannot be revoked again', async () => {
    const { db } = database;
    for (const g of await db.select().from(accessGrants)) await revokeAccess(db, clerk, g.id, new Date('2030-03-10T09:00:00Z'));
    expect(await mayRead(c.exemptDoc.id)).toBe(false);
    const [grant] = await db
      .select()
      .from(accessGrants)
      .where(and(eq(accessGrants.subjectType, 'document'), eq(accessGrants.subjectId, c.exemptDoc.id)));
    expect(grant).toMatchObject({ revokedBy: 'clerk@test.example', revokedAt: new Date('2030-03-10T09:00:00Z') });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'access.revoke'))).toHaveLength(2);
    await expect(revokeAccess(db, clerk, grant!.id)).rejects.toThrow('Grant not found');
  });
});
