import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems, auditEvents, documents, meetings } from '../../../db/schema.ts';
import { publishDocument } from './publish-document.ts';

const clerk = { userId: null, label: 'clerk@test.example' };
const now = new Date('2030-03-01T12:00:00Z');

describe('publishDocument', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const addPaper = async (values: { meetingId: number; agendaItemId: number | null; title: string }) => {
    const { pubDoc } = c;
    const [doc] = await database.db
      .insert(documents)
      .values({
        bodyId: c.body.id,
        kind: 'report',
        fileName: 'late.txt',
        mimeType: 'text/plain',
        byteSize: pubDoc.byteSize,
        sha256: pubDoc.sha256,
        storageKey: pubDoc.storageKey,
        access: 'public',
        ...values,
      })
      .returning();
    return doc!;
  };
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('publishes a late paper with its reason, audited as the clerk’s act, and only once', async () => {
    const { db } = database;
    const doc = await addPaper({ meetingId: c.meeting.id, agendaItemId: c.pub.id, title: 'Revised bridge costs' });
    expect(doc.publication).toBe('draft');
    expect(await publishDocument(db, clerk, doc.id, { reason: '  ' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'reason', message: 'Enter why this paper is published after the agenda' }],
    });
    expect(await publishDocument(db, clerk, doc.id, { reason: 'x'.repeat(1001) }, now)).toEqual({
      ok: false,
      errors: [{ field: 'reason', message: 'The reason must be 1,000 characters or fewer' }],
    });
    expect(await publishDocument(db, clerk, doc.id, { reason: 'The costs were received on 28 February' }, now)).toEqual({
      ok: true,
      value: { id: doc.id, meetingId: c.meeting.id },
    });
    const [after] = await db.select().from(documents).where(eq(documents.id, doc.id));
    expect(after).toMatchObject({ publication: 'published', publishedAt: now, publishedBy: 'clerk@test.example', publicationNote: 'The costs were received on 28 February' });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'document.publish'), eq(auditEvents.subjectId, String(doc.id))));
    expect(event).toMatchObject({ actorLabel: 'clerk@test.example', after: { publication: 'published', note: 'The costs were received on 28 February' } });
    await expect(publishDocument(db, clerk, doc.id, { reason: 'Again' }, now)).rejects.toThrow('This document has already been published');
  });

  it('publishes the draft agenda item a late paper belongs to, with the same reason', async () => {
    const { db } = database;
    const [item] = await db
      .insert(agendaItems)
      .values({ meetingId: c.meeting.id, position: 3, number: '3', title: 'Urgent business: flood barrier', access: 'public' })
      .returning();
    const doc = await addPaper({ meetingId: c.meeting.id, agendaItemId: item!.id, title: 'Flood barrier report' });
    expect((await publishDocument(db, clerk, doc.id, { reason: 'Urgent: the barrier failed on 27 February' }, now)).ok).toBe(true);
    const [after] = await db.select().from(agendaItems).where(eq(agendaItems.id, item!.id));
    expect(after).toMatchObject({ publication: 'published', publicationNote: 'Urgent: the barrier failed on 27 February' });
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'agenda-item.publish'), eq(auditEvents.subjectId, String(item!.id)))),
    ).toHaveLength(1);
  });

  it('leaves a paper of a meeting whose agenda is not yet published to be published with the agenda', async () => {
    const { db } = database;
    const [m] = await db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2030-06-01T09:00:00Z'), status: 'scheduled' })
      .returning();
    const doc = await addPaper({ meetingId: m!.id, agendaItemId: null, title: 'Early paper' });
    expect(await publishDocument(db, clerk, doc.id, { reason: 'Ready early' }, now)).toEqual({
      ok: false,
      errors: [{ field: 'reason', message: 'This paper will be published with the agenda. Publish the agenda first' }],
    });
    expect((await db.select().from(documents).where(eq(documents.id, doc.id)))[0]!.publication).toBe('draft');
  });

  it('answers a missing or deleted paper as not found', async () => {
    const { db } = database;
    await expect(publishDocument(db, clerk, 999_999, { reason: 'Late' }, now)).rejects.toThrow('Document not found');
    const doc = await addPaper({ meetingId: c.meeting.id, agendaItemId: c.pub.id, title: 'Deleted paper' });
    await db.update(documents).set({ deletedAt: now }).where(eq(documents.id, doc.id));
    await expect(publishDocument(db, clerk, doc.id, { reason: 'Late' }, now)).rejects.toThrow('Document not found');
  });
});
