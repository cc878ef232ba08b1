import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createLogger } from '../../lib/logger.ts';
import { createServices } from '../../services.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { formState, signIn } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { textPdfRenderer } from '../../../test/text-pdf-renderer.ts';
import type { Database } from '../../db/connect.ts';
import { createAgendaItem, createMeeting } from '../meetings/index.ts';
import { runPendingJobs } from '../jobs/index.ts';
import { printPack } from './commands/print-pack.ts';
import { PRINT_PACK_JOB } from './packs.rules.ts';

// In a served app (src/main.ts) the job runner prints packs, so publishing answers the clerk at once.
let database: Database;
let app: Awaited<ReturnType<typeof buildApp>>;
let meetingId: number;
let clerk: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO: 'off' });
  app = await buildApp(createServices(config, database, createLogger('silent'), { backgroundJobs: true }));
  await app.ready();
  const c = await makeCouncil(database.db);
  const u = await makeUser(database.db, 'democratic-services');
  const actor = { userId: u.id, label: u.email };
  const m = await createMeeting(database.db, actor, { organisationId: c.org.id, date: '2030-06-10', startTime: '10:00' });
  if (!m.ok) throw new Error('meeting');
  meetingId = m.value.id;
  await createAgendaItem(database.db, actor, meetingId, { title: 'Ferry timetable', instruction: 'To agree the timetable' });
  clerk = await signIn(app, u.email, u.password);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('publishing an agenda with the pack printed in the background', () => {
  it('answers the clerk at once, shows the pack being prepared with its progress, then the PDF once the job has run', async () => {
    const form = await app.inject({ url: `/officer/meetings/${meetingId}/publish`, headers: { cookie: clerk } });
    const { token, cookie } = formState(form, Object.fromEntries(clerk.split('; ').map((p) => p.split('=') as [string, string])));
    const posted = await app.inject({
      method: 'POST',
      url: `/officer/meetings/${meetingId}/publish`,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, issuedBy: 'Head of Legal Services' }).toString(),
    });
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toContain('pdf=printing');
    const banner = await app.inject({ url: posted.headers.location as string, headers: { cookie } });
    expect(banner.body).toContain('The PDF is being prepared and appears there when it is ready');

    const before = await app.inject(`/meetings/${meetingId}`);
    expect(before.body).toContain('Pack being prepared… The PDF appears here when it is ready.');
    expect(before.body).not.toContain('Download the agenda pack (PDF');
    expect((await app.inject({ url: `/officer/meetings/${meetingId}`, headers: { cookie } })).body).toContain('PDF being prepared: Waiting to start');

    const storage = app.services.storage;
    const ran = await runPendingJobs(database.db, {
      [PRINT_PACK_JOB]: async (payload, { progress }) =>
        void (await printPack(database.db, storage, textPdfRenderer(), { userId: null, label: 'job' }, Number(payload.packId), progress)),
    });
    expect(ran).toBe(1);
    const after = await app.inject(`/meetings/${meetingId}`);
    expect(after.body).toContain('Download the agenda pack (PDF');
    expect(after.body).not.toContain('Pack being prepared');
  });
});
