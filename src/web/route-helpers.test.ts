import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../test/build-app.ts';
import { makeUser } from '../../test/factories.ts';
import { flashFor } from './route-helpers.ts';

describe('flashFor', () => {
  const messages = { entry: 'The entry has been saved' };

  it('gives the message a page shows after a change', () => {
    expect(flashFor(messages, 'entry')).toBe('The entry has been saved');
  });

  it('gives nothing for a key that is not in the table, an inherited name included', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'other', '', undefined, ['entry']]) expect(flashFor(messages, key)).toBeUndefined();
  });
});

describe('an officer page asked for an odd confirmation message', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    const clerk = await makeUser(t.database.db, 'democratic-services');
    cookie = await signIn(t.app, clerk.email, clerk.password);
  });
  afterAll(() => t.close());

  it('shows the page without a message (a fuzzed ?saved=constructor once gave a server error)', async () => {
    for (const url of ['/officer/forward-plan', '/officer/measures', '/officer/risks', '/officer/plans', '/officer/reports']) {
      const res = await t.app.inject({ url: `${url}?saved=constructor`, headers: { cookie } });
      expect([url, res.statusCode]).toEqual([url, 200]);
      expect(res.body).not.toContain('function Object');
    }
  });
});
