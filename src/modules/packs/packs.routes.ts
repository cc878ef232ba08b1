import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formatDateTime, toLondonDate } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import type { FieldError } from '../../lib/result.ts';
import { actorOf, formBody, idOf } from '../../web/route-helpers.ts';
import { findMeeting, listAgendaItems, presentMeeting } from '../meetings/index.ts';
import type { Viewer } from '../visibility/index.ts';
import { agendaDeadline, meetingRules } from '../deadlines/index.ts';
import { packLabel } from './packs.rules.ts';
import { publishAgenda } from './commands/publish-agenda.ts';
import { packStyleHash } from './pack-html.ts';
import { closeSharedPdfRenderer, PdfUnavailableError, sharedPdfRenderer } from './pdf-renderer.ts';
import { buildPack } from './build-pack.ts';
import { issuingOfficer, loadPackInput } from './pack-input.ts';
import { findPackDocuments, listPacks } from './packs.repo.ts';
import { presentPack } from './packs.presenter.ts';

const T = 'modules/packs/views/';

/** Packs of a meeting ready for a page, newest first, with the files the viewer may open. */
export async function packsForPage(db: FastifyInstance['services']['db'], v: Viewer, meetingId: number) {
  const rows = await listPacks(db, meetingId);
  const ids = rows.flatMap((p) => [p.htmlDocumentId, p.pdfDocumentId, p.restrictedPdfDocumentId]).filter((i): i is number => !!i);
  const docs = new Map((await findPackDocuments(db, v, ids)).map((d) => [d.id, d]));
  return rows.map((p) => presentPack(p, docs));
}

/** Publishing agendas (officers) and reading the published packs (everyone). */
export async function packsRoutes(app: FastifyInstance): Promise<void> {
  const { db, storage } = app.services;
  const edit = app.requireCan('records:edit');
  app.addHook('onClose', async () => closeSharedPdfRenderer());

  const renderPublish = async (reply: FastifyReply, request: FastifyRequest, meetingId: number, extra: { errors?: FieldError[]; values?: Record<string, unknown> } = {}) => {
    const row = await findMeeting(db, meetingId);
    if (!row) throw notFound('Meeting');
    const [items, rules, packList] = await Promise.all([
      listAgendaItems(db, request.viewer, meetingId),
      meetingRules(db, row.meeting),
      packsForPage(db, request.viewer, meetingId),
    ]);
    const deadline = agendaDeadline(row.meeting.startAt, rules.organisationRules, rules.bodyRules, rules.nation, new Date());
    const q = request.query as { published?: string; pdf?: string; preview?: string };
    const next = packLabel(packList.length + 1);
    return reply.code(extra.errors?.length ? 400 : 200).render(`${T}publish.njk`, {
      title: packList.length ? 'Publish a supplementary pack' : 'Publish the agenda',
      breadcrumbs: [
        { text: 'Officer area', href: '/officer' },
        { text: 'Meetings', href: '/officer/meetings' },
        { text: 'Meeting', href: `/officer/meetings/${meetingId}` },
        { text: 'Publish' },
      ],
      meeting: presentMeeting(row.meeting, row.organisation, row.location),
      items,
      deadline: { ...deadline, dueText: formatDateTime(deadline.due) },
      nextLabel: next,
      agendaPublishedAt: row.meeting.agendaPublishedAt,
      packs: packList,
      values: extra.values ?? { issuedBy: row.meeting.issuedBy ?? (await issuingOfficer(db, row.meeting.bodyId, row.meeting.organisationId, toLondonDate(new Date()))) },
      hasExempt: items.some((i) => i.access === 'exempt'),
      previewWithoutPdf: q.preview === 'no-pdf',
      errors: extra.errors,
      published:
        q.published && /^(Agenda pack|Supplementary pack \d{1,4})$/.test(q.published) && !extra.errors
          ? { label: q.published, pdf: q.pdf !== '0' && q.pdf !== 'printing', printing: q.pdf === 'printing' }
          : null,
    });
  };

  app.get('/officer/meetings/:id/publish', { preHandler: edit }, async (request, reply) => renderPublish(reply, request, idOf(request, 'Meeting')));

  app.post('/officer/meetings/:id/publish', { preHandler: [edit, app.csrfProtection] }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const body = formBody(request);
    // With a job runner in this process the PDFs are printed in the background and the clerk is answered at once.
    const r = await publishAgenda(db, storage, app.services.backgroundJobs ? 'later' : sharedPdfRenderer, actorOf(request), id, body);
    if (!r.ok) return renderPublish(reply, request, id, { errors: r.errors, values: body });
    if (r.value.pdfProblem) request.log.warn({ meetingId: id, problem: r.value.pdfProblem }, 'pack published without a PDF');
    const sp = new URLSearchParams({ published: r.value.label, pdf: r.value.pdf ? '1' : r.value.printing ? 'printing' : '0' });
    return reply.redirect(`/officer/meetings/${id}/publish?${sp.toString()}`, 303);
  });

  // A preview of the whole pack as it would be published now (drafts included), for the clerk only:
  // read through the clerk's own viewer, stored nowhere, never cached.
  const previewPack = async (request: FastifyRequest) => {
    const id = idOf(request, 'Meeting');
    const q = request.query as { variant?: unknown };
    const variant = q.variant === 'restricted' ? 'restricted' : 'public';
    const existing = await listPacks(db, id);
    const loaded = await loadPackInput(db, storage, request.viewer, id, { label: `${packLabel(existing.length + 1)} (preview, not published)`, lateReason: null });
    if (!loaded) throw notFound('Meeting');
    return { id, variant, loaded } as const;
  };
  const previewHeaders = (reply: FastifyReply) => reply.header('cache-control', 'private, no-store').header('x-robots-tag', 'noindex');

  app.get('/officer/meetings/:id/pack-preview', { preHandler: edit }, async (request, reply) => {
    const { variant, loaded } = await previewPack(request);
    const built = await buildPack(loaded.input, variant, null);
    return previewHeaders(reply)
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', `default-src 'none'; style-src ${packStyleHash}; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'`)
      .send(built.html);
  });

  app.get('/officer/meetings/:id/pack-preview.pdf', { preHandler: edit }, async (request, reply) => {
    const { id, variant, loaded } = await previewPack(request);
    let pdf: Uint8Array | null;
    try {
      pdf = (await buildPack(loaded.input, variant, await sharedPdfRenderer())).pdf;
    } catch (err) {
      if (!(err instanceof PdfUnavailableError)) throw err;
      pdf = null;
    }
    // Without Chromium there is no PDF: back to the publish page, which says so and offers the web page.
    if (!pdf) return reply.redirect(`/officer/meetings/${id}/publish?preview=no-pdf`, 303);
    return previewHeaders(reply)
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="meeting-${id}-pack-preview${variant === 'restricted' ? '-exempt' : ''}.pdf"`)
      .send(Buffer.from(pdf));
  });

  // The HTML pack: a stored, self-contained page whose only style is its own inline stylesheet.
  app.get('/packs/:id', async (request, reply) => {
    const id = idOf(request, 'Pack');
    const [doc] = await findPackDocuments(db, request.viewer, [id]);
    if (!doc || doc.mimeType !== 'text/html') throw notFound('Pack');
    const bytes = await storage.get(doc.storageKey);
    if (!bytes) throw notFound('Pack');
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', `default-src 'none'; style-src ${packStyleHash}; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'`)
      .header('cache-control', doc.access === 'public' ? 'public, max-age=300' : 'private, no-store')
      .header('etag', `"${doc.sha256}"`)
      .send(Buffer.from(bytes));
  });

  app.get('/meetings/:id/pack', async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const [latest] = await packsForPage(db, request.viewer, id);
    if (!latest?.htmlHref) throw notFound('Pack');
    return reply.redirect(latest.htmlHref, 302);
  });
}
