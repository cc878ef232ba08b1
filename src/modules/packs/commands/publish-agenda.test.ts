import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { textPdfRenderer } from '../../../../test/text-pdf-renderer.ts';
import { agendaItems, auditEvents, meetings, packs } from '../../../db/schema.ts';
import { databaseStorage } from '../../../lib/storage/storage.ts';
import { createAgendaItem, createMeeting } from '../../meetings/index.ts';
import { PdfUnavailableError } from '../pdf-renderer.ts';
import { publishAgenda } from './publish-agenda.ts';

const clerk = { userId: null, label: 'clerk' };
const now = new Date('2030-04-01T09:00:00Z');
const printer = async () => textPdfRenderer();
const noPrinter = async () => {
  throw new PdfUnavailableError('PDF printing is not available');
};

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

async function meetingOn(date: string) {
  const m = await createMeeting(database.db, clerk, { organisationId: c.org.id, date, startTime: '10:00' });
  if (!m.ok) throw new Error(m.errors[0]!.message);
  return m.value.id;
}

describe('publishAgenda', () => {
  it('publishes the draft agenda with a numbered PDF pack, then a supplement without a PDF when none can be printed; audited', async () => {
    const { db } = database;
    const storage = databaseStorage(db);
    const meetingId = await meetingOn('2030-05-13');
    const first = await createAgendaItem(db, clerk, meetingId, { title: 'Harbour wall repairs', instruction: 'To consider the report' });
    if (!first.ok) throw new Error('item');
    const r = await publishAgenda(db, storage, printer, clerk, meetingId, { issuedBy: 'Tom Brook' }, now);
    expect(r).toMatchObject({ ok: true, value: { version: 1, label: 'Agenda pack', pdf: true, pdfProblem: null, late: false } });
    const [item] = await db.select().from(agendaItems).where(eq(agendaItems.id, first.value.id));
    expect(item?.publication).toBe('published');
    const [m] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect(m).toMatchObject({ status: 'agenda-published', agendaPublishedAt: now });

    const added = await createAgendaItem(db, clerk, meetingId, { title: 'Slipway charges', instruction: 'To agree the charges' });
    if (!added.ok) throw new Error('item');
    const later = new Date('2030-04-02T09:00:00Z');
    const supplement = await publishAgenda(db, storage, noPrinter, clerk, meetingId, {}, later);
    expect(supplement).toMatchObject({ ok: true, value: { version: 2, label: 'Supplementary pack 1', pdf: false, pdfProblem: 'PDF printing is not available' } });
    const [second] = await db.select().from(agendaItems).where(eq(agendaItems.id, added.value.id));
    expect(second?.publication).toBe('published');
    const [after] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect(after?.agendaPublishedAt).toEqual(now);
    expect((await db.select().from(packs).where(eq(packs.meetingId, meetingId))).map((p) => p.version)).toEqual([1, 2]);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, 'agenda.publish'))).toHaveLength(2);
  });

  it('refuses an empty agenda, a cancelled meeting and a late agenda without a reason for urgency', async () => {
    const { db } = database;
    const storage = databaseStorage(db);
    const empty = await meetingOn('2030-06-10');
    expect(await publishAgenda(db, storage, printer, clerk, empty, {}, now)).toEqual({
      ok: false,
      errors: [{ field: 'publish', message: 'Add at least one item to the agenda before publishing it' }],
    });
    await createAgendaItem(db, clerk, empty, { title: 'Beach hut licences', instruction: 'To note' });
    const late = await publishAgenda(db, storage, printer, clerk, empty, {}, new Date('2030-06-08T09:00:00Z'));
    expect(late).toMatchObject({ ok: false, errors: [{ field: 'lateReason' }] });
    expect(late.ok ? '' : late.errors[0]!.message).toMatch(/^Enter the reason for urgency, because the deadline to publish the agenda was /);
    await db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, empty));
    expect(await publishAgenda(db, storage, printer, clerk, empty, {}, now)).toEqual({
      ok: false,
      errors: [{ field: 'publish', message: 'You cannot publish the agenda of a meeting that is cancelled' }],
    });
    expect(await db.select().from(packs).where(eq(packs.meetingId, empty))).toHaveLength(0);
  });

  it('answers a missing meeting as not found', async () => {
    await expect(publishAgenda(database.db, databaseStorage(database.db), printer, clerk, 999_999, {}, now)).rejects.toMatchObject({
      code: 'not_found',
      message: 'Meeting not found',
    });
  });
});
