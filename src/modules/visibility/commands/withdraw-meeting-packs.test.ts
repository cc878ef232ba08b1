import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../db/audit.ts';
import { bodies } from '../../../db/schema.ts';
import { addDays, toLondonDate } from '../../../lib/dates.ts';
import { createTestApp, signIn, type TestApp } from '../../../../test/build-app.ts';
import { makeUser } from '../../../../test/factories.ts';
import { textPdfRenderer, pdfText } from '../../../../test/text-pdf-renderer.ts';
import { uploadDocument } from '../../documents/index.ts';
import { createAgendaItem, createMeeting, updateAgendaItem } from '../../meetings/index.ts';
import { createOrganisation } from '../../organisations/index.ts';
import { publishAgenda } from '../../packs/index.ts';
import { withdrawRecord } from '../index.ts';

let t: TestApp;
let clerk: Actor;
let clerkCookie: string;
let committeeId: number;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await db.insert(bodies).values({ name: 'Packford Borough Council', slug: 'packford' });
  const user = await makeUser(db, 'democratic-services');
  clerk = { userId: user.id, label: user.email, role: 'democratic-services' };
  clerkCookie = await signIn(t.app, user.email, user.password);
  const org = await createOrganisation(db, clerk, { name: 'Harbour Committee', kind: 'committee' });
  if (!org.ok) throw new Error('committee');
  committeeId = org.value.id;
});

afterAll(async () => {
  await t?.close();
});

/** A future meeting with one public item and a public text paper, its agenda published with a PDF; the pack's file ids. */
async function publishedPack(paperText: string) {
  const db = t.database.db;
  const meeting = await createMeeting(db, clerk, { organisationId: committeeId, date: addDays(toLondonDate(new Date()), 30), startTime: '18:00' });
  if (!meeting.ok) throw new Error('meeting');
  const item = await createAgendaItem(db, clerk, meeting.value.id, { title: 'Mooring fees', instruction: 'To agree the fees' });
  if (!item.ok) throw new Error('item');
  const doc = await uploadDocument(
    db,
    t.app.services.storage,
    clerk,
    { meetingId: meeting.value.id, agendaItemId: item.value.id, title: 'Mooring fees report' },
    { fileName: 'fees.txt', bytes: Buffer.from(paperText) },
  );
  if (!doc.ok) throw new Error('paper');
  const published = await publishAgenda(db, t.app.services.storage, async () => textPdfRenderer(), clerk, meeting.value.id, { lateReason: 'Urgent' });
  if (!published.ok) throw new Error(published.errors[0]!.message);
  const pack = (await t.app.inject(`/meetings/${meeting.value.id}/pack`)).headers.location as string;
  const page = await t.app.inject(`/meetings/${meeting.value.id}`);
  const pdfHref = /href="(\/documents\/\d+)">Download the agenda pack/.exec(page.body)?.[1];
  return { meetingId: meeting.value.id, itemId: item.value.id, docId: doc.value.id, pack, pdfHref: pdfHref! };
}

describe('a published pack is withdrawn with what it printed', () => {
  it('withdrawing a paper withdraws the packs that carry it: the web page, the PDF and search no longer show it', async () => {
    const p = await publishedPack('Fees rise by tenpercentwords for visiting yachts.');
    expect((await t.app.inject(p.pack)).body).toContain('tenpercentwords');
    expect(pdfText((await t.app.inject(p.pdfHref)).rawPayload)).toContain('tenpercentwords');

    await t.database.db.transaction((trx) => withdrawRecord(trx, clerk, 'document', p.docId, 'Published by mistake'));

    const missing = await t.app.inject('/packs/2147483647');
    for (const url of [p.pack, p.pdfHref, `/documents/${p.docId}`]) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('tenpercentwords');
    }
    expect((await t.app.inject(p.pack)).body.replace(/nonce="[^"]*"/g, '')).toBe(missing.body.replace(/nonce="[^"]*"/g, ''));
    expect((await t.app.inject('/search?q=tenpercentwords')).body).toContain('No results');
    const page = await t.app.inject(`/meetings/${p.meetingId}`);
    expect(page.body).toContain('This pack has been withdrawn');
    expect(page.body).not.toContain('Read the agenda pack as a web page');
    // The clerk still sees the pack, marked withdrawn with the reason.
    const panel = await t.app.inject({ url: `/officer/meetings/${p.meetingId}`, headers: { cookie: clerkCookie } });
    expect(panel.body).toContain('Withdrawn: It contained a paper that was withdrawn: Published by mistake');
  });

  it('making an item exempt after publication withdraws the packs that printed it as public', async () => {
    const p = await publishedPack('Harbour wall repair costs ninetythousandwords in total.');
    const changed = await updateAgendaItem(t.database.db, clerk, p.itemId, { title: 'Mooring fees', instruction: 'To agree the fees', exempt: 'yes', exemptParagraph: 3 });
    expect(changed.ok).toBe(true);
    for (const url of [p.pack, p.pdfHref, `/documents/${p.docId}`]) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('ninetythousandwords');
    }
    expect((await t.app.inject('/search?q=ninetythousandwords')).body).toContain('No results');
  });
});
