import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeUser } from '../../../../test/factories.ts';
import { auditEvents, sessions, users } from '../../../db/schema.ts';
import { signIn } from './sign-in.ts';

const address = '203.0.113.9';
const now = new Date('2030-03-01T09:00:00Z');

describe('signIn', () => {
  let database: Database;
  let clerk: Awaited<ReturnType<typeof makeUser>>;
  let councillor: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    clerk = await makeUser(database.db, 'democratic-services', 'clerk@test.example');
    councillor = await makeUser(database.db, 'councillor', 'cllr@test.example');
  });
  afterAll(() => database.close());

  it('opens a session for the right password (email trimmed) and audits the sign-in as the user', async () => {
    const { db } = database;
    const r = await signIn(db, { email: '  clerk@test.example ', password: clerk.password }, address, now);
    expect(r).toMatchObject({ ok: true, userId: clerk.id, token: expect.any(String) });
    expect(await db.select().from(sessions).where(eq(sessions.userId, clerk.id))).toHaveLength(1);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'session.sign-in'));
    expect(event).toMatchObject({ actorUserId: clerk.id, actorLabel: 'clerk@test.example', subjectType: 'user', subjectId: String(clerk.id), after: { address } });
  });

  it('refuses a wrong password or an unknown email alike, audits why, and never stores the password typed', async () => {
    const { db } = database;
    expect(await signIn(db, { email: 'clerk@test.example', password: 'Tr0ub4dor&3' }, address, now)).toEqual({ ok: false, reason: 'wrong-details' });
    expect(await signIn(db, { email: 'nobody@test.example', password: 'Tr0ub4dor&3' }, address, now)).toEqual({ ok: false, reason: 'wrong-details' });
    const failed = await db.select().from(auditEvents).where(eq(auditEvents.action, 'session.sign-in-failed'));
    expect(failed.map((e) => [e.actorUserId, e.subjectId, (e.after as { reason: string }).reason])).toEqual([
      [null, String(clerk.id), 'wrong password'],
      [null, null, 'no such account'],
    ]);
    expect(JSON.stringify(failed)).not.toContain('Tr0ub4dor');
    expect(await db.select().from(sessions).where(eq(sessions.userId, clerk.id))).toHaveLength(1);
  });

  it('accepts the email in any case, and never lets a disabled account in', async () => {
    const { db } = database;
    expect(await signIn(db, { email: 'CLERK@Test.Example', password: clerk.password }, address, now)).toMatchObject({ ok: true, userId: clerk.id });
    await db.update(users).set({ disabledAt: now }).where(eq(users.id, clerk.id));
    expect(await signIn(db, { email: 'clerk@test.example', password: clerk.password }, address, now)).toEqual({ ok: false, reason: 'wrong-details' });
  });

  it('makes an account wait after five failures from one address, even with the right password, then lets it in', async () => {
    const { db } = database;
    for (let i = 0; i < 5; i++) expect((await signIn(db, { email: 'cllr@test.example', password: 'guess' }, address, now)).ok).toBe(false);
    const waiting = await signIn(db, { email: 'cllr@test.example', password: councillor.password }, address, now);
    expect(waiting).toEqual({ ok: false, reason: 'throttled', retryAt: new Date(now.getTime() + 30_000) });
    expect((await signIn(db, { email: 'cllr@test.example', password: councillor.password }, '198.51.100.7', now)).ok).toBe(true);
    const later = new Date(now.getTime() + 31_000);
    expect((await signIn(db, { email: 'cllr@test.example', password: councillor.password }, address, later)).ok).toBe(true);
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'session.sign-in'), eq(auditEvents.actorUserId, councillor.id))),
    ).toHaveLength(2);
  });
});
