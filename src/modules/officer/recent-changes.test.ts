import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil } from '../../../test/factories.ts';
import { addUser } from '../accounts/index.ts';
import { createAgendaItem, createMeeting } from '../meetings/index.ts';
import { PdfUnavailableError, publishAgenda } from '../packs/index.ts';
import { databaseStorage } from '../../lib/storage/storage.ts';

let t: TestApp;
let clerk: string;
let meetingId: number;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const c = await makeCouncil(db);
  const added = await addUser(
    db,
    { userId: null, label: 'test' },
    { email: 'ann.lee@test.example', role: 'democratic-services', displayName: 'Ann Lee', password: 'correct horse battery' },
  );
  if (!added.ok) throw new Error(added.errors[0]!.message);
  clerk = await signIn(t.app, 'ann.lee@test.example', 'correct horse battery');
  const ann = { userId: added.value.id, label: 'ann.lee@test.example' };
  const meeting = await createMeeting(db, ann, { organisationId: c.org.id, date: '2030-05-13', startTime: '10:00' });
  if (!meeting.ok) throw new Error(meeting.errors[0]!.message);
  meetingId = meeting.value.id;
  await createAgendaItem(db, ann, meetingId, { title: 'Flood defence review', instruction: 'To consider the report' });
  const noPdf = async () => {
    throw new PdfUnavailableError('No PDF in this test');
  };
  const published = await publishAgenda(db, databaseStorage(db), noPdf, ann, meetingId, {});
  if (!published.ok) throw new Error(published.errors[0]!.message);
});
afterAll(() => t.close());

describe('recent changes on the officer dashboard', () => {
  it('reads as sentences with names and links, one per act, without sign-ins', async () => {
    const page = await t.app.inject({ url: '/officer', headers: { cookie: clerk } });
    expect(page.statusCode).toBe(200);
    const list = /<ul class="govuk-list" id="recent-changes">([\s\S]*?)<\/ul>/.exec(page.body)?.[1] ?? '';
    const sentences = list
      .split('</li>')
      .map((li) =>
        li
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter(Boolean);
    expect(sentences[0]).toMatch(/^Ann Lee published the agenda for Roads and Rivers Committee, 13 May 2030\. \d{1,2}(:\d\d)?(am|pm) today\.$/);
    expect(list).toContain(`<a class="govuk-link" href="/officer/meetings/${meetingId}">Roads and Rivers Committee, 13 May 2030</a>`);
    expect(sentences.some((s) => s.startsWith('Ann Lee added agenda item “Flood defence review” for Roads and Rivers Committee, 13 May 2030.'))).toBe(true);
    // Publishing wrote an audit row for each record it published; the act is said once.
    expect(sentences.filter((s) => s.includes('published'))).toHaveLength(1);
    for (const code of ['session.', 'sign-in', 'agenda_item', 'meeting.create']) expect(list).not.toContain(code);
  });

  it('is shown to clerks only', async () => {
    const viewer = await addUser(
      t.database.db,
      { userId: null, label: 'test' },
      { email: 'vic@test.example', role: 'viewer', displayName: 'Vic Viewer', password: 'correct horse battery' },
    );
    if (!viewer.ok) throw new Error('no viewer');
    const page = await t.app.inject({ url: '/officer', headers: { cookie: await signIn(t.app, 'vic@test.example', 'correct horse battery') } });
    expect(page.body).not.toContain('Recent changes');
  });
});
