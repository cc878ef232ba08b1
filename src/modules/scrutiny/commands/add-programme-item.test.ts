import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, workProgrammeItems } from '../../../db/schema.ts';
import { addProgrammeItem } from './add-programme-item.ts';

const clerk = { userId: null, label: 'clerk' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

describe('addProgrammeItem', () => {
  it('adds an accepted item planned for a meeting of the committee, with its leads, audited', async () => {
    const { db } = database;
    const now = new Date('2030-01-10T09:00:00Z');
    const r = await addProgrammeItem(
      db,
      clerk,
      c.org.id,
      { item: 'Culvert clearance on the Millbrook', kind: 'report', meetingId: String(c.meeting.id), leadMember: 'Cllr Ada Brook', leadOfficer: 'Tom Brook', planLink: '' },
      now,
    );
    expect(r).toEqual({ ok: true, value: { id: expect.any(Number) } });
    const [row] = await db
      .select()
      .from(workProgrammeItems)
      .where(eq(workProgrammeItems.id, r.ok ? r.value.id : 0));
    expect(row).toMatchObject({
      organisationId: c.org.id,
      item: 'Culvert clearance on the Millbrook',
      kind: 'report',
      meetingId: c.meeting.id,
      meetingDate: '2030-03-04',
      leads: ['Cllr Ada Brook', 'Tom Brook'],
      planLink: null,
      requestState: 'accepted',
      access: 'public',
    });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'work-programme-item.create'))).toHaveLength(1);
  });

  it('asks for the title and kind, refuses a meeting of another committee, and answers a missing committee as not found', async () => {
    const { db } = database;
    expect(await addProgrammeItem(db, clerk, c.org.id, { item: '  ', kind: '' })).toMatchObject({
      ok: false,
      errors: [
        { field: 'item', message: 'Enter the title of the item' },
        { field: 'kind', message: 'Select the kind of item' },
      ],
    });
    expect(await addProgrammeItem(db, clerk, c.org.id, { item: 'Towpath lighting', kind: 'update', meetingId: '999999' })).toEqual({
      ok: false,
      errors: [{ field: 'meetingId', message: 'Select a meeting of this committee' }],
    });
    await expect(addProgrammeItem(db, clerk, 999_999, { item: 'Towpath lighting', kind: 'update' })).rejects.toThrow('Committee not found');
  });
});
