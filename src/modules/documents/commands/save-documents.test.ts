import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, documents } from '../../../db/schema.ts';
import { saveDocuments } from './save-documents.ts';

describe('saveDocuments', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('files papers under an exempt item as exempt drafts by default, and keeps their text out of the audit log', async () => {
    const { db } = database;
    const file = { fileName: 'plan.txt', mimeType: 'text/plain', byteSize: 4, sha256: c.exemptDoc.sha256, storageKey: c.exemptDoc.storageKey, textContent: 'SECRET PLAN' };
    const r = await saveDocuments(db, { userId: null, label: 'system' }, [
      { values: { bodyId: c.body.id, meetingId: c.meeting.id, agendaItemId: c.exempt.id, title: 'Site plan', kind: 'appendix', ...file } },
    ]);
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.ids[0]! : 0;
    const [doc] = await db.select().from(documents).where(eq(documents.id, id));
    expect(doc).toMatchObject({ access: 'exempt', exemptParagraph: 3, accessInherited: true, publication: 'draft' });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, String(id)));
    expect(JSON.stringify(event!.after)).not.toContain('SECRET PLAN');
    const open = await saveDocuments(db, { userId: null, label: 'system' }, [
      { values: { bodyId: c.body.id, meetingId: c.meeting.id, agendaItemId: c.exempt.id, title: 'Site plan', ...file }, access: { access: 'public' } },
    ]);
    expect(open).toMatchObject({ ok: false, errors: [{ field: 'accessReason' }] });
  });
});
