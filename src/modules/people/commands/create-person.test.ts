import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents } from '../../../db/schema.ts';
import { people } from '../people.table.ts';
import { createPerson } from './create-person.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('createPerson', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('asks for the council to be set up first', async () => {
    await expect(createPerson(database.db, clerk, { kind: 'officer', givenName: 'Mel', familyName: 'Lock' })).rejects.toThrow('Set up the council before adding people');
    await makeCouncil(database.db);
  });

  it('never merges two people who share a family name: a councillor and a director stay distinct, each audited', async () => {
    const { db } = database;
    const jane = await createPerson(db, clerk, { kind: 'councillor', honorific: 'Cllr', givenName: 'Jane', familyName: 'Lock', division: 'Eastgate', email: '' });
    const mel = await createPerson(db, clerk, {
      kind: 'officer',
      givenName: 'Mel',
      familyName: 'Lock',
      printedName: 'Mel Lock, Director of Children’s Services',
      jobTitle: 'Director of Children’s Services',
    });
    expect(jane).toEqual({ ok: true, value: { id: expect.any(Number), slug: 'jane-lock' } });
    expect(mel).toEqual({ ok: true, value: { id: expect.any(Number), slug: 'mel-lock' } });
    const rows = await db.select().from(people).where(eq(people.familyName, 'Lock'));
    expect(rows.map((p) => [p.kind, p.printedName, p.email]).sort()).toEqual([
      ['councillor', 'Cllr Jane Lock', null],
      ['officer', 'Mel Lock, Director of Children’s Services', null],
    ]);
    const twin = await createPerson(db, clerk, { kind: 'councillor', honorific: 'Cllr', givenName: 'Jane', familyName: 'Lock' });
    expect(twin.ok && twin.value.slug).not.toBe('jane-lock');
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'person.create'))).toHaveLength(3);
  });

  it('refuses missing names, an unknown kind or a malformed email with GOV.UK messages', async () => {
    const { db } = database;
    const before = (await db.select().from(people)).length;
    expect(await createPerson(db, clerk, { kind: 'mayor', givenName: ' ', familyName: '', email: 'jane at example' })).toEqual({
      ok: false,
      errors: [
        { field: 'kind', message: 'Select whether this is a councillor, officer, co-opted or partner member' },
        { field: 'givenName', message: 'Enter the first name' },
        { field: 'familyName', message: 'Enter the last name' },
        { field: 'email', message: 'Enter an email address in the correct format, like name@example.org' },
      ],
    });
    expect((await db.select().from(people)).length).toBe(before);
  });
});
