import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, reports, reportSignOffs } from '../../../db/schema.ts';
import { createReport } from './create-report.ts';
import { publishReport } from './publish-report.ts';

describe('publishReport (a report for an individual decision)', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const admin = { userId: null, label: 'admin@test.example', role: 'admin' };
  const draft = async (title: string) => {
    const r = await createReport(database.db, admin, c.body.id, { title, kind: 'key-decision' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.value.id;
  };
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('refuses while a required sign-off is missing, then publishes once they are in, audited', async () => {
    const id = await draft('Street lighting replacement');
    const refused = await publishReport(database.db, admin, id);
    expect(refused).toMatchObject({ ok: false, errors: [{ field: 'signOffs' }] });
    expect(JSON.stringify(refused)).toContain('needs sign-off from');
    await database.db.update(reportSignOffs).set({ status: 'signed' }).where(eq(reportSignOffs.reportId, id));
    const at = new Date('2030-02-01T09:00:00Z');
    expect(await publishReport(database.db, admin, id, at)).toEqual({ ok: true, value: { id } });
    const [row] = await database.db.select().from(reports).where(eq(reports.id, id));
    expect([row!.publication, row!.publishedAt?.toISOString()]).toEqual(['published', at.toISOString()]);
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'report'), eq(auditEvents.subjectId, String(id))));
    expect(audits.map((a) => a.action)).toContain('report.publish');
    expect(await publishReport(database.db, admin, id)).toMatchObject({ ok: false, errors: [{ message: 'This version of the report has already been published' }] });
  });
});
