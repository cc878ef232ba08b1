import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, interestEntries } from '../../../db/schema.ts';
import { registerInterest } from './register-interest.ts';
import { updateInterest } from './update-interest.ts';

describe('updateInterest', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const actor = { userId: null, label: 'Monitoring Officer' };
  const now = new Date('2031-06-01T10:00:00Z');
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('records that an interest ended, with the entry before and after in the audit log, and refuses an end before it arose', async () => {
    const values = { category: 'employment', description: 'Director, Millford Bakery Ltd', sensitive: 'no', arose: '2031-01-10', notified: '2031-01-20' };
    const r = await registerInterest(database.db, actor, c.chair.id, values, now);
    if (!r.ok) throw new Error('not registered');
    const early = await updateInterest(database.db, actor, r.value.id, { ...values, ended: '2030-12-31' }, now);
    expect(early).toMatchObject({ ok: false, errors: [{ field: 'ended', message: 'The date the interest ended must be on or after the date it arose' }] });
    expect((await updateInterest(database.db, actor, r.value.id, { ...values, ended: '2031-05-31' }, now)).ok).toBe(true);
    const [row] = await database.db.select().from(interestEntries).where(eq(interestEntries.id, r.value.id));
    expect(row!.ended).toBe('2031-05-31');
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'interest.update'));
    expect(event).toMatchObject({ before: { ended: null }, after: { ended: '2031-05-31' } });
  });

  it('answers a missing interest as not found', async () => {
    await expect(updateInterest(database.db, actor, 999999, {}, now)).rejects.toThrow('Interest not found');
  });
});
