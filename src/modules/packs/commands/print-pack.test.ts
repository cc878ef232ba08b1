import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { textPdfRenderer } from '../../../../test/text-pdf-renderer.ts';
import { agendaItems, auditEvents, documents, jobs, packs } from '../../../db/schema.ts';
import { databaseStorage } from '../../../lib/storage/storage.ts';
import { createAgendaItem, createMeeting } from '../../meetings/index.ts';
import { runPendingJobs, type JobHandlers } from '../../jobs/index.ts';
import { listPacks } from '../packs.repo.ts';
import { presentPack } from '../packs.presenter.ts';
import { PRINT_PACK_JOB } from '../packs.rules.ts';
import { publishAgenda } from './publish-agenda.ts';
import { printPack } from './print-pack.ts';

const clerk = { userId: null, label: 'clerk' };
const now = new Date('2030-04-01T09:00:00Z');

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

describe('publishing an agenda with the pack printed in the background', () => {
  it('publishes the web page at once, shows the pack being prepared, then a job prints the PDF', async () => {
    const { db } = database;
    const storage = databaseStorage(db);
    const m = await createMeeting(db, clerk, { organisationId: c.org.id, date: '2030-05-20', startTime: '10:00' });
    if (!m.ok) throw new Error('meeting');
    const item = await createAgendaItem(db, clerk, m.value.id, { title: 'Harbour wall repairs', instruction: 'To consider the report' });
    if (!item.ok) throw new Error('item');

    const r = await publishAgenda(db, storage, 'later', clerk, m.value.id, { issuedBy: 'Tom Brook' }, now);
    expect(r).toMatchObject({ ok: true, value: { version: 1, label: 'Agenda pack', pdf: false, printing: true, pdfProblem: null } });
    const [queued] = await listPacks(db, m.value.id);
    expect(queued?.pdfDocumentId).toBeNull();
    expect(queued?.htmlDocumentId).not.toBeNull();
    expect(
      presentPack(queued!, new Map([[queued!.htmlDocumentId!, { id: queued!.htmlDocumentId!, byteSize: 10, publication: 'published', withdrawnReason: null }]])).printing,
    ).toEqual({
      progressText: 'Waiting to start',
    });

    const steps: string[] = [];
    const handlers: JobHandlers = {
      [PRINT_PACK_JOB]: async (payload, { progress }) => {
        await printPack(db, storage, textPdfRenderer(), clerk, Number(payload.packId), async (p) => {
          steps.push(`${p.step} ${p.done}/${p.total}`);
          await progress(p);
        });
      },
    };
    expect(await runPendingJobs(db, handlers)).toBe(1);
    expect(steps).toEqual(['Printing the pack 0/1', 'Printed 1/1']);
    const [printed] = await listPacks(db, m.value.id);
    expect(printed?.pdfDocumentId).not.toBeNull();
    expect(printed?.printing).toBeNull();
    const [pdf] = await db.select().from(documents).where(eq(documents.id, printed!.pdfDocumentId!));
    expect(pdf).toMatchObject({ mimeType: 'application/pdf', publication: 'published', access: 'public' });
    // The first web page, without page ranges, is replaced by the one that prints them.
    const [oldHtml] = await db.select().from(documents).where(eq(documents.id, queued!.htmlDocumentId!));
    expect(oldHtml?.deletedAt).not.toBeNull();
    const [published] = await db.select().from(agendaItems).where(eq(agendaItems.id, item.value.id));
    expect(published?.publication).toBe('published');
    expect((await db.select().from(jobs).where(eq(jobs.kind, PRINT_PACK_JOB)))[0]).toMatchObject({ status: 'done', progress: { done: 1, total: 1, step: 'Printed' } });
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'pack.print'))).toHaveLength(1);

    // Printed once: a second run of the same job changes nothing.
    expect(await printPack(db, storage, textPdfRenderer(), clerk, printed!.id)).toBe(false);
    expect((await db.select().from(packs).where(eq(packs.meetingId, m.value.id))).length).toBe(1);
  });
});
