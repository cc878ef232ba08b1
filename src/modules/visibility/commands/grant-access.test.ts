import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil, makeUser } from '../../../../test/factories.ts';
import { auditEvents, documents, users } from '../../../db/schema.ts';
import { accessGrants } from '../visibility.table.ts';
import { visible } from '../visibility.rules.ts';
import type { Viewer } from '../viewer.ts';
import { grantAccess } from './grant-access.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('grantAccess', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let councillor: Viewer;
  let viewerId: number;
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
    viewerId = (await makeUser(database.db, 'viewer')).id;
  });
  afterAll(() => database.close());

  it('lets a councillor read an exempt paper once a clerk grants it, audited with the reason', async () => {
    const { db } = database;
    expect(await mayRead(c.exemptDoc.id)).toBe(false);
    const r = await grantAccess(db, clerk, {
      subjectType: 'document',
      subjectId: String(c.exemptDoc.id),
      userId: String(councillor.userId),
      reason: ' Local member for the site ',
    });
    expect(r.ok).toBe(true);
    expect(await mayRead(c.exemptDoc.id)).toBe(true);
    const [grant] = await db
      .select()
      .from(accessGrants)
      .where(eq(accessGrants.id, r.ok ? r.value.id : 0));
    expect(grant).toMatchObject({
      subjectType: 'document',
      subjectId: c.exemptDoc.id,
      userId: councillor.userId,
      reason: 'Local member for the site',
      grantedBy: 'clerk@test.example',
      revokedAt: null,
    });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'access.grant'));
    expect(event).toMatchObject({
      actorLabel: 'clerk@test.example',
      subjectType: 'document',
      subjectId: String(c.exemptDoc.id),
      before: null,
      after: { reason: 'Local member for the site', userId: councillor.userId },
    });
  });

  it('refuses a grant without a reason, to someone who is not a councillor or report author (or is disabled), or of a paper that does not exist', async () => {
    const { db } = database;
    const before = (await db.select().from(accessGrants)).length;
    expect(await grantAccess(db, clerk, { subjectType: 'document', subjectId: c.exemptDoc.id, userId: councillor.userId, reason: '' })).toEqual({
      ok: false,
      errors: [{ field: 'reason', message: 'Enter why they need to read it' }],
    });
    expect(await grantAccess(db, clerk, { subjectType: 'meeting', subjectId: '', userId: '', reason: 'x' })).toEqual({
      ok: false,
      errors: [
        { field: 'subjectType', message: 'Select what to grant access to' },
        { field: 'subjectId', message: 'Select a paper' },
        { field: 'userId', message: 'Select a councillor' },
      ],
    });
    expect(await grantAccess(db, clerk, { subjectType: 'document', subjectId: c.exemptDoc.id, userId: viewerId, reason: 'Curious' })).toEqual({
      ok: false,
      errors: [{ field: 'userId', message: 'Select a councillor or report author' }],
    });
    const disabled = await makeUser(db, 'councillor', 'former-member@test.example');
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    expect(await grantAccess(db, clerk, { subjectType: 'document', subjectId: c.exemptDoc.id, userId: disabled.id, reason: 'Local member' })).toMatchObject({
      ok: false,
      errors: [{ field: 'userId' }],
    });
    await expect(grantAccess(db, clerk, { subjectType: 'report', subjectId: 999_999, userId: councillor.userId, reason: 'Local member' })).rejects.toThrow('Paper not found');
    expect((await db.select().from(accessGrants)).length).toBe(before);
  });

  it('grants every paper of an exempt item at once', async () => {
    const { db } = database;
    const { bodyId, meetingId, agendaItemId, kind, fileName, mimeType, byteSize, sha256, storageKey, access, exemptParagraph, publication, publishedAt, publishedBy } = c.exemptDoc;
    const [other] = await db
      .insert(documents)
      .values({
        bodyId,
        meetingId,
        agendaItemId,
        kind,
        fileName,
        mimeType,
        byteSize,
        sha256,
        storageKey,
        access,
        exemptParagraph,
        publication,
        publishedAt,
        publishedBy,
        title: 'Second valuation',
      })
      .returning();
    expect(await mayRead(other!.id)).toBe(false);
    expect((await grantAccess(db, clerk, { subjectType: 'agenda_item', subjectId: c.exempt.id, userId: councillor.userId, reason: 'Local member' })).ok).toBe(true);
    expect(await mayRead(other!.id)).toBe(true);
  });
});
