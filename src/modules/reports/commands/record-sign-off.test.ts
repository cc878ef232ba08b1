import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { reportSignOffs } from '../../../db/schema.ts';
import { createReport } from './create-report.ts';
import { recordSignOff } from './record-sign-off.ts';

const actor = { userId: null, label: 'author@test.example', role: 'report-author' };

describe('recordSignOff', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('records signed, commented and sent rows as councils print them', async () => {
    const { db } = database;
    const r = await createReport(db, actor, c.body.id, { title: 'Bus shelter grants', kind: 'non-key-decision' });
    const rows = await db
      .select()
      .from(reportSignOffs)
      .where(eq(reportSignOffs.reportId, r.ok ? r.value.id : 0))
      .orderBy(reportSignOffs.position);
    expect(await recordSignOff(db, actor, rows[0]!.id, { status: 'signed', name: 'Priya Shah', signedOn: '2030-01-05' })).toMatchObject({ ok: true });
    expect(await recordSignOff(db, actor, rows[1]!.id, { status: 'sent', sentOn: '2030-01-06' })).toMatchObject({ ok: true });
    expect(await recordSignOff(db, actor, rows[2]!.id, { status: 'commented', name: 'Gwen Hale', comment: 'Content with the approach' })).toMatchObject({ ok: true });
    const after = await db
      .select()
      .from(reportSignOffs)
      .where(eq(reportSignOffs.reportId, r.ok ? r.value.id : 0))
      .orderBy(reportSignOffs.position);
    expect(after.map((s) => [s.status, s.name, s.signedOn, s.dateText])).toEqual([
      ['signed', 'Priya Shah', '2030-01-05', null],
      ['sent', null, null, 'Sent on 6 January 2030'],
      ['commented', 'Gwen Hale', null, null],
      ['pending', null, null, null],
    ]);
  });

  it('asks for the name and a real date when signed, and for a choice', async () => {
    const { db } = database;
    const [row] = await db.select().from(reportSignOffs).limit(1);
    expect(await recordSignOff(db, actor, row!.id, { status: 'signed', signedOn: '2030-02-31' })).toMatchObject({
      ok: false,
      errors: [
        { field: 'name', message: 'Enter the name of the person who signed off the report' },
        { field: 'signedOn', message: 'The date it was signed off must be a real date' },
      ],
    });
    expect(await recordSignOff(db, actor, row!.id, {})).toMatchObject({ ok: false, errors: [{ message: 'Select whether the report was signed off, commented on or sent' }] });
  });
});
