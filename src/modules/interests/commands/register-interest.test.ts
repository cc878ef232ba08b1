import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, interestEntries } from '../../../db/schema.ts';
import { registerInterest } from './register-interest.ts';

describe('registerInterest', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const actor = { userId: null, label: 'Monitoring Officer' };
  const now = new Date('2031-06-01T10:00:00Z');
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('adds an interest as a draft, audited, and never as published', async () => {
    const r = await registerInterest(
      database.db,
      actor,
      c.chair.id,
      { category: 'land', description: 'A house on Quarry Lane', sensitive: 'no', arose: '2031-05-01', notified: '2031-05-10' },
      now,
    );
    expect(r.ok).toBe(true);
    const [row] = await database.db.select().from(interestEntries);
    expect(row).toMatchObject({ category: 'land', sensitive: false, publication: 'draft', personId: c.chair.id, bodyId: c.body.id });
    expect((await database.db.select().from(auditEvents)).map((e) => e.action)).toContain('interest.create');
  });

  it('asks whether an interest is sensitive rather than assuming it is not', async () => {
    const r = await registerInterest(database.db, actor, c.chair.id, { category: 'land', description: 'A field', arose: '2031-05-01', notified: '2031-05-10' }, now);
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'sensitive', message: 'Select whether the interest is sensitive' }] });
  });

  it('refuses impossible dates: notified before it arose, or in the future', async () => {
    const before = await registerInterest(
      database.db,
      actor,
      c.chair.id,
      { category: 'securities', description: 'Shares', sensitive: 'no', arose: '2031-05-10', notified: '2031-05-01' },
      now,
    );
    expect(before).toMatchObject({ ok: false, errors: [{ field: 'notified' }] });
    const future = await registerInterest(
      database.db,
      actor,
      c.chair.id,
      { category: 'securities', description: 'Shares', sensitive: 'no', arose: '2031-05-10', notified: '2031-07-01' },
      now,
    );
    expect(future).toMatchObject({ ok: false, errors: [{ field: 'notified', message: 'The date the member notified the monitoring officer must be today or in the past' }] });
    const unreal = await registerInterest(
      database.db,
      actor,
      c.chair.id,
      { category: 'securities', description: 'Shares', sensitive: 'no', arose: '2031-02-30', notified: '2031-05-01' },
      now,
    );
    expect(unreal).toMatchObject({ ok: false, errors: [{ field: 'arose', message: 'The date the interest arose must be a real date' }] });
  });

  it('needs the giver and value of a gift, in pounds', async () => {
    const gift = { category: 'gift-hospitality', description: 'Dinner at the county show', sensitive: 'no', arose: '2031-05-01', notified: '2031-05-03' };
    const missing = await registerInterest(database.db, actor, c.chair.id, gift, now);
    expect(missing).toMatchObject({ ok: false, errors: [{ field: 'donor' }, { field: 'value' }] });
    const bad = await registerInterest(database.db, actor, c.chair.id, { ...gift, donor: 'Show society', value: 'sixty' }, now);
    expect(bad).toMatchObject({ ok: false, errors: [{ field: 'value', message: 'Enter the value in pounds, like 75 or 75.50' }] });
    const good = await registerInterest(database.db, actor, c.chair.id, { ...gift, donor: 'Show society', value: '£62.50' }, now);
    expect(good.ok).toBe(true);
    const rows = await database.db.select().from(interestEntries);
    expect(rows.find((r) => r.category === 'gift-hospitality')).toMatchObject({ donor: 'Show society', valuePence: 6250 });
  });
});
