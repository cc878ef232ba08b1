import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, reports, reportSignOffs } from '../../../db/schema.ts';
import { createReport } from './create-report.ts';
import { recordSignOff } from './record-sign-off.ts';
import { overrideSignOffs } from './override-sign-offs.ts';
import { saveAppendix } from './save-appendix.ts';
import { attachReport } from './attach-report.ts';

const clerk = { userId: null, label: 'clerk@test.example', role: 'democratic-services' };
const now = new Date('2030-02-01T09:00:00Z');

describe('attachReport: a report goes on an agenda only when its sign-offs are in', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  const draft = async (title: string) => {
    const r = await createReport(database.db, clerk, c.body.id, { title, kind: 'key-decision' });
    return r.ok ? r.value.id : 0;
  };

  it('is refused while sign-offs are awaited, and allowed once all are signed', async () => {
    const { db } = database;
    const id = await draft('Harbour wall repairs');
    const refused = await attachReport(db, clerk, id, { agendaItemId: c.pub.id }, now);
    expect(refused).toMatchObject({
      ok: false,
      errors: [{ field: 'agendaItemId', message: expect.stringContaining('needs sign-off from Monitoring Officer, Finance, Legal, Cabinet Member') }],
    });
    for (const s of await db.select().from(reportSignOffs).where(eq(reportSignOffs.reportId, id))) {
      await recordSignOff(db, clerk, s.id, { status: 'signed', name: 'A Signer', signedOn: '2030-01-10' });
    }
    expect(await attachReport(db, clerk, id, { agendaItemId: c.pub.id }, now)).toEqual({ ok: true, value: { id, meetingId: c.meeting.id } });
    const [row] = await db.select().from(reports).where(eq(reports.id, id));
    expect([row!.agendaItemId, row!.access]).toEqual([c.pub.id, 'public']);
  });

  it('is refused while an appendix is exempt with no paragraph chosen', async () => {
    const { db } = database;
    const id = await draft('Depot lease');
    await overrideSignOffs(db, clerk, id, { reason: 'Urgent' }, now);
    await saveAppendix(db, clerk, id, null, { title: 'Heads of terms' });
    expect(await attachReport(db, clerk, id, { agendaItemId: c.pub.id }, now)).toMatchObject({
      ok: false,
      errors: [{ message: 'Select whether appendix “Heads of terms” of “Depot lease” is public or exempt, and its paragraph' }],
    });
  });

  it('is allowed by a democratic services override with a reason, which is audited; nobody else may override', async () => {
    const { db } = database;
    const id = await draft('Flood grant bid');
    expect(await overrideSignOffs(db, clerk, id, {}, now)).toMatchObject({
      ok: false,
      errors: [{ field: 'reason', message: 'Enter why the report can be published without all its sign-offs' }],
    });
    await expect(overrideSignOffs(db, { userId: null, label: 'author', role: 'report-author' }, id, { reason: 'Deadline' }, now)).rejects.toThrow('Only democratic services');
    expect(await overrideSignOffs(db, clerk, id, { reason: 'Bid closes before Finance returns' }, now)).toEqual({ ok: true, value: { id } });
    expect((await attachReport(db, clerk, id, { agendaItemId: c.pub.id }, now)).ok).toBe(true);
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'report.override-sign-offs'), eq(auditEvents.subjectId, String(id))));
    expect(JSON.stringify(event!.after)).toContain('Bid closes before Finance returns');
  });
});
