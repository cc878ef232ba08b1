// Packs: publishing a meeting's agenda as numbered HTML and PDF document packs, public and restricted.
import type { FastifyInstance } from 'fastify';
import { registerMeetingPanel, registerPublicMeetingSection } from '../meetings/index.ts';
import { packsForPage, packsRoutes } from './packs.routes.ts';

export { publishAgenda, packLabel } from './commands/publish-agenda.ts';
export { buildPack } from './build-pack.ts';
export { buildAgendaPack, buildMissingPacks, meetingsWithoutPacks } from './commands/build-missing-packs.ts';
export { issuingOfficer, loadPackInput } from './pack-input.ts';
export { packLayout, formatPages, sectionPageCounts } from './page-ranges.ts';
export { openPdfRenderer, sharedPdfRenderer, closeSharedPdfRenderer, PdfUnavailableError, type PdfRenderer } from './pdf-renderer.ts';
export { listPacks } from './packs.repo.ts';
export { assemblePack, loadStampFont } from './pack-pdf.ts';

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
    load: async (db, meeting, viewer) => {
      const all = await packsForPage(db, viewer, meeting.id);
      return { latest: all[0] ?? null, all, earlier: all.slice(1), urgent: all.filter((p) => p.lateReason).reverse(), agendaPublishedAt: meeting.agendaPublishedAt };
    },
  });
  await packsRoutes(app);
}
export { type PackDocument, type PackInput, type PackItem } from './build-pack.ts';
