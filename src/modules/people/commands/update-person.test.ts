import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents } from '../../../db/schema.ts';
import { people } from '../people.table.ts';
import { createPerson } from './create-person.ts';
import { updatePerson } from './update-person.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('updatePerson', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await makeCouncil(database.db);
    await createPerson(database.db, clerk, { kind: 'councillor', honorific: 'Cllr', givenName: 'Jane', familyName: 'Lock', division: 'Eastgate' });
  });
  afterAll(() => database.close());

  it('updates a person keeping their web address, audited with before and after, and answers a missing one as not found', async () => {
    const { db } = database;
    const [jane] = await db.select().from(people).where(eq(people.slug, 'jane-lock'));
    const r = await updatePerson(db, clerk, jane!.id, { kind: 'councillor', honorific: 'Cllr', givenName: 'Jane', familyName: 'Lock-Hart', party: 'Green' });
    expect(r).toEqual({ ok: true, value: { id: jane!.id, slug: 'jane-lock' } });
    expect((await db.select().from(people).where(eq(people.id, jane!.id)))[0]).toMatchObject({ printedName: 'Cllr Jane Lock-Hart', party: 'Green', division: null });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.update'), eq(auditEvents.subjectId, String(jane!.id))));
    expect(event).toMatchObject({
      actorLabel: 'clerk@test.example',
      before: { familyName: 'Lock', printedName: 'Cllr Jane Lock', division: 'Eastgate' },
      after: { familyName: 'Lock-Hart', division: null },
    });
    await expect(updatePerson(db, clerk, 999_999, { kind: 'officer', givenName: 'No', familyName: 'One' })).rejects.toThrow('Person not found');
  });
});
