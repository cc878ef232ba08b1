import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, asc, desc, eq, isNotNull, lte } from 'drizzle-orm';
import type { PDFHexString } from 'pdf-lib';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import type { Database } from '../../db/connect.ts';
import { systemActor } from '../../db/audit.ts';
import { agendaItems, documents, meetings, organisations, packs } from '../../db/schema.ts';
import { seedDemoIfEmpty } from '../../db/seed/demo.ts';
import { databaseStorage } from '../../lib/storage/storage.ts';
import { toLondonDate } from '../../lib/dates.ts';
import { membersOn } from '../people/index.ts';
import { buildAgendaPack } from './commands/build-agenda-pack.ts';
import { meetingsWithoutPacks } from './packs.repo.ts';
import { chromiumExecutable, openPdfRenderer, type PdfRenderer } from './pdf-renderer.ts';

// The acceptance check of the printed pack, on a demo meeting with a long report: every page carries its
// page number, and every line of the report is in the pack (nothing hidden under the stamp).
const hasChromium = existsSync(chromiumExecutable()) && existsSync('/usr/bin/pdftotext');
const now = new Date('2026-03-20T12:00:00Z');
let database: Database;
let renderer: PdfRenderer;

function pdftotext(bytes: Uint8Array, page?: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'demo-pack-'));
  writeFileSync(join(dir, 'p.pdf'), bytes);
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('/usr/bin/pdftotext', [...range, join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoIfEmpty(database.db, { now });
  if (hasChromium) renderer = await openPdfRenderer();
}, 180_000);
afterAll(async () => {
  await renderer?.close();
  await database?.close();
});

describe.runIf(hasChromium)('the demo council’s printed agenda pack', () => {
  it('numbers every page in the footer, hides no report line, and lists the members on the front sheet', async () => {
    const db = database.db;
    const storage = databaseStorage(db);
    // A published Cabinet agenda whose report is a PDF of several pages.
    const candidates = await db
      .select({ meetingId: meetings.id, docId: documents.id, storageKey: documents.storageKey })
      .from(documents)
      .innerJoin(meetings, eq(meetings.id, documents.meetingId))
      .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
      .where(
        and(
          eq(organisations.slug, 'cabinet'),
          eq(documents.kind, 'report'),
          eq(documents.mimeType, 'application/pdf'),
          eq(documents.publication, 'published'),
          isNotNull(meetings.agendaPublishedAt),
          lte(meetings.startAt, new Date('2026-06-01')),
        ),
      )
      .orderBy(desc(meetings.startAt));
    const pick = candidates[0]!;
    expect((await meetingsWithoutPacks(db)).map((m) => m.id)).toContain(pick.meetingId);
    const reportBytes = (await storage.get(pick.storageKey))!;
    const report = await PDFDocument.load(reportBytes);
    expect(report.getPageCount()).toBeGreaterThan(1);

    expect(await buildAgendaPack(db, storage, renderer, systemActor, pick.meetingId, now)).toBe(true);
    const [pack] = await db.select().from(packs).where(eq(packs.meetingId, pick.meetingId));
    const [pdfDoc] = await db.select().from(documents).where(eq(documents.id, pack!.pdfDocumentId!));
    const pdf = (await storage.get(pdfDoc!.storageKey))!;
    const total = (await PDFDocument.load(pdf)).getPageCount();

    // Every page shows its number; no page is near-empty or says only "(follows)".
    for (let p = 1; p <= total; p++) {
      const text = pdftotext(pdf, p);
      expect(text, `page ${p}`).toContain(`Page ${p} of ${total}`);
      const body = words(text.replace(/.*\|\s+Page \d+ of \d+/, ''));
      expect(body.length, `page ${p} has content`).toBeGreaterThan(80);
      expect(text).not.toContain('(follows)');
    }

    // Every line of the report is in the pack's text.
    const packText = words(pdftotext(pdf));
    const reportLines = pdftotext(reportBytes).split('\n').map(words).filter(Boolean);
    expect(reportLines.length).toBeGreaterThan(40);
    for (const line of reportLines) expect(packText, line).toContain(line);

    // The front sheet: members with roles, the venue, the contact officer, and the officer the
    // constitution names as issuing the summons (never an account's name).
    const front = words(pdftotext(pdf, 1));
    expect(front).toContain('Membership');
    const [meeting] = await db.select().from(meetings).where(eq(meetings.id, pick.meetingId));
    const members = await membersOn(db, meeting!.organisationId, toLondonDate(meeting!.startAt));
    expect(members.length).toBeGreaterThan(3);
    for (const m of members) expect(front).toContain(m.roleLabel ? `${m.printedName}, ${m.roleLabel}` : m.printedName);
    expect(front).toContain('Venue');
    expect(front).toContain('Contact officer');
    expect(front).toMatch(/Issued by Joanna Fielding, Head of Democratic Services on \d{1,2} [A-Z][a-z]+ 20\d\d/);
    expect(front).not.toMatch(/Demo Clerk|system/);

    // The outline names every item that has pages, and each item's page range is the pack's.
    const loaded = await PDFDocument.load(pdf);
    const titles: string[] = [];
    let entry = loaded.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict);
    while (entry) {
      titles.push((entry.lookup(PDFName.of('Title')) as PDFHexString).decodeText());
      expect(entry.lookupMaybe(PDFName.of('Dest'), PDFArray)).toBeTruthy();
      entry = entry.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
    const items = await db
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, pick.meetingId), isNotNull(agendaItems.pageFrom)))
      .orderBy(asc(agendaItems.position));
    expect(titles).toEqual(['Front sheet and agenda', ...items.map((i) => `Item ${i.number}: ${i.title}`)]);
    expect(pack!.pageMap.map((r) => r.agendaItemId)).toEqual(items.map((i) => i.id));
    for (const r of pack!.pageMap) expect(words(pdftotext(pdf, r.from))).toContain(`Page ${r.from} of ${total}`);
  }, 120_000);
});
