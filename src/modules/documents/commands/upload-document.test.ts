import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil, makeUser } from '../../../../test/factories.ts';
import { agendaItems, auditEvents, documents, meetings, storedFiles } from '../../../db/schema.ts';
import { databaseStorage } from '../../../lib/storage/storage.ts';
import { uploadDocument } from './upload-document.ts';

const clerk = { userId: null, label: 'clerk@test.example' };
const text = (s: string) => ({ fileName: 'C:\\Users\\clerk\\valuation.txt', bytes: Buffer.from(s) });

describe('uploadDocument', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  const count = async () => (await database.db.select().from(documents)).length;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('files a paper uploaded under an exempt item as an exempt draft with the item’s paragraph, stores its bytes and audits the upload', async () => {
    const { db } = database;
    const storage = databaseStorage(db);
    const r = await uploadDocument(
      db,
      storage,
      clerk,
      { meetingId: String(c.meeting.id), agendaItemId: String(c.exempt.id), title: ' Valuation of Plot Eta ', kind: 'appendix' },
      text('LAND VALUE 1,250,000'),
    );
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    const [doc] = await db.select().from(documents).where(eq(documents.id, id));
    expect(doc).toMatchObject({
      title: 'Valuation of Plot Eta',
      kind: 'appendix',
      fileName: 'valuation.txt',
      mimeType: 'text/plain',
      access: 'exempt',
      exemptParagraph: 3,
      accessInherited: true,
      publication: 'draft',
      authorUserId: null,
    });
    expect(Buffer.from((await storage.get(doc!.storageKey))!).toString()).toBe('LAND VALUE 1,250,000');
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, String(id)));
    expect(event).toMatchObject({ action: 'document.upload', actorLabel: 'clerk@test.example', subjectType: 'document' });
  });

  it('records a report author’s upload as theirs, so they can read their own exempt paper', async () => {
    const { db } = database;
    const author = await makeUser(db, 'report-author');
    const r = await uploadDocument(
      db,
      databaseStorage(db),
      { userId: author.id, label: author.email, role: 'report-author' },
      { meetingId: c.meeting.id, agendaItemId: c.exempt.id, title: 'Author’s appendix' },
      text('draft'),
    );
    const [doc] = await db
      .select()
      .from(documents)
      .where(eq(documents.id, r.ok ? r.value.id : 0));
    expect(doc).toMatchObject({ authorUserId: author.id, access: 'exempt', publication: 'draft' });
  });

  it('refuses a missing title or file, or a file that is not what its name says, with GOV.UK messages', async () => {
    const { db } = database;
    const before = await count();
    expect(await uploadDocument(db, databaseStorage(db), clerk, { meetingId: c.meeting.id, title: '' }, null)).toEqual({
      ok: false,
      errors: [
        { field: 'title', message: 'Enter a title for the document' },
        { field: 'file', message: 'Select a file' },
      ],
    });
    expect(await uploadDocument(db, databaseStorage(db), clerk, { meetingId: c.meeting.id, title: 'Empty' }, { fileName: 'empty.txt', bytes: new Uint8Array() })).toMatchObject({
      ok: false,
      errors: [{ field: 'file', message: 'Select a file' }],
    });
    const fake = await uploadDocument(
      db,
      databaseStorage(db),
      clerk,
      { meetingId: c.meeting.id, title: 'Not a PDF' },
      { fileName: 'report.pdf', bytes: Buffer.from('plain words, no PDF header') },
    );
    expect(fake).toMatchObject({ ok: false, errors: [{ field: 'file', message: expect.stringMatching(/^The selected file is not what its name says \(report\.pdf\)/) }] });
    expect(await count()).toBe(before);
  });

  it('refuses a meeting that does not exist, or an item of another meeting', async () => {
    const { db } = database;
    const before = await count();
    expect(await uploadDocument(db, databaseStorage(db), clerk, { meetingId: 999_999, title: 'Lost' }, text('x'))).toEqual({
      ok: false,
      errors: [{ field: 'meetingId', message: 'Select a meeting that exists' }],
    });
    const [other] = await db
      .insert(meetings)
      .values({ bodyId: c.body.id, organisationId: c.org.id, startAt: new Date('2030-06-01T09:00:00Z') })
      .returning();
    const [otherItem] = await db.insert(agendaItems).values({ meetingId: other!.id, position: 1, title: 'Apologies', access: 'public' }).returning();
    expect(await uploadDocument(db, databaseStorage(db), clerk, { meetingId: c.meeting.id, agendaItemId: otherItem!.id, title: 'Misfiled' }, text('x'))).toEqual({
      ok: false,
      errors: [{ field: 'agendaItemId', message: 'Select an item on this meeting’s agenda' }],
    });
    expect(await count()).toBe(before);
  });

  it('makes a paper under an exempt item public only with a reason, and rolls the whole upload back without one', async () => {
    const { db } = database;
    const before = await count();
    const bytes = 'A PUBLIC SUMMARY OF THE SALE';
    const refused = await uploadDocument(db, databaseStorage(db), clerk, { meetingId: c.meeting.id, agendaItemId: c.exempt.id, title: 'Summary', access: 'public' }, text(bytes));
    expect(refused).toMatchObject({ ok: false, errors: [{ field: 'accessReason' }] });
    expect(await count()).toBe(before);
    expect((await db.select().from(storedFiles)).map((f) => Buffer.from(f.bytes).toString())).not.toContain(bytes);
    const open = await uploadDocument(
      db,
      databaseStorage(db),
      clerk,
      { meetingId: c.meeting.id, agendaItemId: c.exempt.id, title: 'Summary', access: 'public', accessReason: 'Contains no price' },
      text(bytes),
    );
    const [doc] = await db
      .select()
      .from(documents)
      .where(eq(documents.id, open.ok ? open.value.id : 0));
    expect(doc).toMatchObject({ access: 'public', exemptParagraph: null, accessInherited: false, accessReason: 'Contains no price', publication: 'draft' });
  });

  it('stores a paper whose title or file name holds NUL characters (which PostgreSQL cannot) without them, instead of failing', async () => {
    const { db } = database;
    const r = await uploadDocument(
      db,
      databaseStorage(db),
      clerk,
      { meetingId: String(c.meeting.id), title: 'Bridge\u0000 survey', kind: 'report' },
      { fileName: 'sur\u0000vey.txt', bytes: Buffer.from('A survey') },
    );
    expect(r.ok).toBe(true);
    const [doc] = await db
      .select()
      .from(documents)
      .where(eq(documents.id, r.ok ? r.value.id : 0));
    expect(doc).toMatchObject({ title: 'Bridge survey', fileName: 'survey.txt' });
  });
});
