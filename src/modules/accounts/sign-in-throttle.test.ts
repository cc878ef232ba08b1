import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import type { Database } from '../../db/connect.ts';
import { clearSignInFailures, recordSignInFailure, signInRetryAt, throttle, waitSeconds } from './sign-in-throttle.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const at = (seconds: number) => new Date(Date.UTC(2030, 2, 4, 9, 0, 0) + seconds * 1000);

async function fail(email: string, address: string, times: number, when: Date) {
  for (let i = 0; i < times; i++) await recordSignInFailure(database.db, email, address, when);
}

describe('sign-in throttling', () => {
  it('lets five failures through, then doubles the wait with each failure up to 15 minutes', () => {
    expect([4, 5, 6, 7, 8, 9, 10, 20].map((n) => waitSeconds(n, throttle.accountFreeFailures))).toEqual([0, 30, 60, 120, 240, 480, 900, 900]);
  });

  it('makes the account wait only from the address that failed, and says until when', async () => {
    await fail('ann@example.org', '203.0.113.1', 10, at(0));
    expect(await signInRetryAt(database.db, 'ANN@example.org', '203.0.113.1', at(60))).toEqual(at(900));
    expect(await signInRetryAt(database.db, 'ann@example.org', '198.51.100.7', at(60))).toBeNull();
    expect(await signInRetryAt(database.db, 'bob@example.org', '203.0.113.1', at(60))).toBeNull();
    expect(await signInRetryAt(database.db, 'ann@example.org', '203.0.113.1', at(901))).toBeNull();
  });

  it('forgets an account’s failures a day after the last, and all of them when it signs in', async () => {
    await fail('cat@example.org', '203.0.113.2', 5, at(0));
    expect(await signInRetryAt(database.db, 'cat@example.org', '203.0.113.2', at(1))).not.toBeNull();
    await fail('cat@example.org', '203.0.113.2', 1, at(throttle.accountForgetSeconds + 10));
    expect(await signInRetryAt(database.db, 'cat@example.org', '203.0.113.2', at(throttle.accountForgetSeconds + 11))).toBeNull();
    await fail('cat@example.org', '203.0.113.3', 7, at(0));
    await clearSignInFailures(database.db, 'Cat@example.org');
    expect(await signInRetryAt(database.db, 'cat@example.org', '203.0.113.3', at(1))).toBeNull();
  });

  it('slows one address guessing across many accounts only after far more failures than a chamber of councillors makes', async () => {
    for (let i = 0; i < throttle.addressFreeFailures - 1; i++) await recordSignInFailure(database.db, `member${i}@example.org`, '192.0.2.50', at(0));
    expect(await signInRetryAt(database.db, 'someone@example.org', '192.0.2.50', at(1))).toBeNull();
    await recordSignInFailure(database.db, 'last@example.org', '192.0.2.50', at(0));
    expect(await signInRetryAt(database.db, 'someone@example.org', '192.0.2.50', at(1))).toEqual(at(30));
  });
});
