import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/db.ts';
import type { Database } from '../../../db/connect.ts';
import { addUser } from './add-user.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const actor = { userId: null, label: 'test' };
const user = (password: string) => ({ email: 'new.clerk@example.gov.uk', role: 'democratic-services' as const, displayName: 'New Clerk', password });

describe('adding a user', () => {
  it('refuses a password shorter than 12 characters, or a common or breached one, saying why', async () => {
    expect(await addUser(database.db, actor, user('password12'))).toEqual({ ok: false, errors: [{ field: 'password', message: 'Password must be 12 characters or more' }] });
    const common = await addUser(database.db, actor, user('password1234'));
    expect(common.ok).toBe(false);
    expect(!common.ok && common.errors[0]).toMatchObject({ field: 'password', message: expect.stringMatching(/too common|too easy to guess/) });
    const own = await addUser(database.db, actor, user('new.clerk.2030'));
    expect(own.ok).toBe(false);
  });

  it('accepts a long passphrase', async () => {
    expect((await addUser(database.db, actor, user('kettle orbit meadow'))).ok).toBe(true);
  });
});
