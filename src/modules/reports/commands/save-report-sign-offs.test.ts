import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, reports, reportSignOffs } from '../../../db/schema.ts';
import { saveReportSignOffs } from './save-report-sign-offs.ts';

const author = { userId: null, label: 'author@test.example' };

describe('saveReportSignOffs', () => {
  let database: Database;
  let reportId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    const c = await makeCouncil(database.db);
    const [report] = await database.db
      .insert(reports)
      .values({ bodyId: c.body.id, meetingId: c.meeting.id, agendaItemId: c.pub.id, title: 'Bridge maintenance programme', access: 'public' })
      .returning();
    reportId = report!.id;
  });
  afterAll(() => database.close());

  it('records the sign-off table in order, a role repeating, with a date or the words printed, one audit row each', async () => {
    const { db } = database;
    const r = await saveReportSignOffs(db, author, [
      { values: { reportId, position: 1, role: 'County Solicitor', name: 'A Clerk', signedOn: '2030-02-10' } },
      { values: { reportId, position: 2, role: 'Local Member(s)', name: 'Cllr Ada Brook', dateText: 'Sent on 11 February 2030' } },
      { values: { reportId, position: 3, role: 'Local Member(s)', name: 'Cllr Tom Reed', signedOn: '2030-02-12' } },
    ]);
    expect(r).toMatchObject({ ok: true, value: { outcomes: ['created', 'created', 'created'] } });
    const rows = await db.select().from(reportSignOffs).where(eq(reportSignOffs.reportId, reportId)).orderBy(asc(reportSignOffs.position));
    expect(rows.map((s) => [s.role, s.name, s.signedOn, s.dateText])).toEqual([
      ['County Solicitor', 'A Clerk', '2030-02-10', null],
      ['Local Member(s)', 'Cllr Ada Brook', null, 'Sent on 11 February 2030'],
      ['Local Member(s)', 'Cllr Tom Reed', '2030-02-12', null],
    ]);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'report-sign-off.create'));
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ actorLabel: 'author@test.example', subjectType: 'report_sign_off', before: null });
  });

  it('refuses a row without its role, naming the row, and writes none of them', async () => {
    const { db } = database;
    const r = await saveReportSignOffs(db, author, [
      { values: { reportId, position: 4, role: 'Corporate Finance', name: 'B Counter' } },
      { values: { reportId, position: 5, role: '  ', name: 'Nobody' } },
    ]);
    expect(r).toEqual({ ok: false, errors: [{ row: 1, field: 'role', message: 'Enter the role that signed the report off' }] });
    expect(await db.select().from(reportSignOffs)).toHaveLength(3);
  });

  it('records a date given later, audited with before and after', async () => {
    const { db } = database;
    const [row] = await db.select().from(reportSignOffs).where(eq(reportSignOffs.position, 2));
    expect(await saveReportSignOffs(db, author, [{ id: row!.id, values: { signedOn: '2030-02-14', dateText: null } }])).toMatchObject({
      ok: true,
      value: { outcomes: ['updated'] },
    });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'report-sign-off.update'));
    expect(event).toMatchObject({
      subjectId: String(row!.id),
      before: { signedOn: null, dateText: 'Sent on 11 February 2030' },
      after: { signedOn: '2030-02-14', dateText: null },
    });
  });
});
