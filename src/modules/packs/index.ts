// Packs: publishing a meeting's agenda as numbered HTML and PDF document packs, public and restricted.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { registerMeetingPanel, registerPublicMeetingSection } from '../meetings/index.ts';
import { packsForPage, packsRoutes } from './packs.routes.ts';
import { packRows } from './packs.repo.ts';
import { presentPack } from './packs.presenter.ts';
import type * as PackPdfModule from './pack-pdf.ts';

export { publishAgenda } from './commands/publish-agenda.ts';
export { buildPack } from './build-pack.ts';
export { buildMissingPacks } from './commands/build-missing-packs.ts';
export { packJobs } from './packs.jobs.ts';
export { openPdfRenderer, sharedPdfRenderer, PdfUnavailableError, type PdfRenderer } from './pdf-renderer.ts';

// pdf-lib and fontkit (about 30 MB) are loaded the first time a PDF is put together, not at start.
type PackPdf = typeof PackPdfModule;

/** Puts a printed PDF together with its attachments, page numbers and outline (see pack-pdf.ts). */
export async function assemblePack(...args: Parameters<PackPdf['assemblePack']>): ReturnType<PackPdf['assemblePack']> {
  const { assemblePack } = await import('./pack-pdf.ts');
  return assemblePack(...args);
}

/** The font page numbers are stamped in, or null when it is not installed (see pack-pdf.ts). */
export async function loadStampFont(...args: Parameters<PackPdf['loadStampFont']>): ReturnType<PackPdf['loadStampFont']> {
  const { loadStampFont } = await import('./pack-pdf.ts');
  return loadStampFont(...args);
}

/** Registers the pack routes, the officer "Agenda and publication" panel and the public pack section. */
export async function packsModule(app: FastifyInstance): Promise<void> {
  registerMeetingPanel({
    key: 'publication',
    template: 'modules/packs/views/publication-panel.njk',
    load: async (db, meeting, viewer) => ({ meetingId: meeting.id, agendaPublishedAt: meeting.agendaPublishedAt, packs: await packsForPage(db, viewer, meeting.id) }),
  });
  registerPublicMeetingSection({
    key: 'packs',
    template: 'modules/packs/views/meeting-packs-history.njk',
    select: (meetingId, viewer) => packRows(viewer, meetingId),
    when: (meetingId) => sql`exists (select 1 from packs p where p.meeting_id = ${meetingId} and p.deleted_at is null)`,
    present: (data, meeting) => {
      const files = new Map(data.files.map((d) => [d.id, d]));
      const all = data.packs.map((p) => presentPack(p, files));
      return { latest: all[0] ?? null, all, earlier: all.slice(1), urgent: all.filter((p) => p.lateReason).reverse(), agendaPublishedAt: meeting.agendaPublishedAt };
    },
  });
  await packsRoutes(app);
}
export { type PackDocument, type PackInput, type PackItem } from './build-pack.ts';
