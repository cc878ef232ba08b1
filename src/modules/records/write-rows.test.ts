import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { auditEvents, bodies, locations } from '../../db/schema.ts';
import { expectWritten, sameValue, writeRows, type WriteSpec } from './write-rows.ts';

const actor = { userId: null, label: 'clerk@test.example' };
const spec: WriteSpec = {
  table: locations,
  kind: 'location',
  action: 'location',
  rules: (_ex, rows) => rows.filter((r) => !String(r.next.description ?? '').trim()).map((r) => ({ row: r.index, field: 'description', message: 'Enter the venue' })),
};

describe('writeRows', () => {
  let database: Database;
  let bodyId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    [{ id: bodyId }] = (await database.db.insert(bodies).values({ name: 'Testshire', slug: 'testshire' }).returning({ id: bodies.id })) as [{ id: number }];
  });
  afterAll(() => database.close());

  it('creates many rows in input order, each audited', async () => {
    const { db } = database;
    const r = expectWritten(
      await writeRows(
        db,
        actor,
        spec,
        ['Guildhall', 'Shire Hall', 'Corn Exchange'].map((description) => ({ values: { bodyId, description } })),
      ),
      'venues',
    );
    expect(r.outcomes).toEqual(['created', 'created', 'created']);
    const rows = await db.select().from(locations).orderBy(asc(locations.id));
    expect(rows.map((l) => [l.id, l.description])).toEqual(r.ids.map((id, i) => [id, ['Guildhall', 'Shire Hall', 'Corn Exchange'][i]]));
    const audits = await db.select().from(auditEvents).where(eq(auditEvents.action, 'location.create'));
    expect(audits.map((a) => [a.subjectType, a.subjectId, a.actorLabel])).toEqual(r.ids.map((id) => ['location', String(id), 'clerk@test.example']));
  });

  it('writes nothing when one row breaks a rule, and says which', async () => {
    const { db } = database;
    const before = (await db.select().from(locations)).length;
    const r = await writeRows(db, actor, spec, [{ values: { bodyId, description: 'Town Hall' } }, { values: { bodyId, description: '  ' } }]);
    expect(r).toEqual({ ok: false, errors: [{ row: 1, field: 'description', message: 'Enter the venue' }] });
    expect((await db.select().from(locations)).length).toBe(before);
  });

  it('changes only what differs, audits the change and removes by setting deletedAt', async () => {
    const { db } = database;
    const [hall] = await db.select().from(locations).where(eq(locations.description, 'Guildhall'));
    const r = expectWritten(await writeRows(db, actor, spec, [{ id: hall!.id, values: { description: 'Guildhall', room: 'Council Chamber' } }]), 'venue');
    expect(r.outcomes).toEqual(['updated']);
    const [update] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'location.update'));
    expect(update).toMatchObject({ subjectId: String(hall!.id), before: { room: null }, after: { room: 'Council Chamber' } });
    expect(expectWritten(await writeRows(db, actor, spec, [{ id: hall!.id, values: { room: 'Council Chamber' } }]), 'venue').outcomes).toEqual(['unchanged']);
    expectWritten(await writeRows(db, actor, spec, [{ id: hall!.id, values: { deletedAt: new Date() } }]), 'venue');
    expect((await db.select().from(auditEvents).where(eq(auditEvents.action, 'location.delete'))).length).toBe(1);
  });

  it('nests in the caller’s transaction: a later failure undoes its rows', async () => {
    const { db } = database;
    const before = (await db.select().from(locations)).length;
    await expect(
      db.transaction(async (trx) => {
        expectWritten(await writeRows(trx, actor, spec, [{ values: { bodyId, description: 'Market Hall' } }]), 'venue');
        throw new Error('the rest of the import failed');
      }),
    ).rejects.toThrow('the rest of the import failed');
    expect((await db.select().from(locations)).length).toBe(before);
  });
});

describe('sameValue', () => {
  it('compares dates by time and JSON by content whatever the key order', () => {
    expect(sameValue(new Date('2026-01-01T10:00:00Z'), new Date('2026-01-01T10:00:00.000Z'))).toBe(true);
    expect(sameValue([{ heading: 'A', text: 'b' }], [{ text: 'b', heading: 'A' }])).toBe(true);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue('2026-01-01', '2026-01-02')).toBe(false);
  });
});
