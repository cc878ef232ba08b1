import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import { idOf } from '../../web/route-helpers.ts';
import { assemblePack, loadStampFont, sharedPdfRenderer } from '../packs/index.ts';
import { cacheControlFor, type Viewer } from '../visibility/index.ts';
import { printedMinutesStyleHash, printedMinutesView, renderPrintedMinutes, type PrintedMinutesView } from './printed-minutes.ts';

/** Printed PDFs by the SHA-256 of their HTML: the same minutes are printed once, whoever asks. */
const printed = new Map<string, Uint8Array>();
const MAX_PRINTED = 32;

async function printMinutes(view: PrintedMinutesView): Promise<Uint8Array> {
  const html = renderPrintedMinutes(view, true);
  const key = createHash('sha256').update(html).digest('hex');
  const hit = printed.get(key);
  if (hit) return hit;
  const renderer = await sharedPdfRenderer();
  const pdf = await assemblePack(await renderer.render(html), [], {
    label: `${view.organisationName}, ${view.dateText.replace(/^\w+ /, '')}: ${view.status === 'draft' ? 'draft minutes' : 'minutes'}${view.includesExempt ? ' – NOT FOR PUBLICATION' : ''}`,
    title: view.title,
    font: await loadStampFont(),
  });
  if (printed.size >= MAX_PRINTED) printed.delete(printed.keys().next().value!);
  printed.set(key, pdf);
  return pdf;
}

/**
 * The printed minutes of a meeting, as a web page and a PDF from the same source, read through the
 * viewer's visibility: the public see published minutes without the exempt ones (by number and title
 * only), those entitled see them all. A meeting without minutes the viewer may see is a 404.
 */
export async function printedMinutesRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const privacy = (reply: FastifyReply, view: PrintedMinutesView, viewer: Viewer) => reply.header('cache-control', cacheControlFor(viewer, { open: !view.includesExempt }));

  app.get('/meetings/:id/minutes', async (request, reply) => {
    const view = await printedMinutesView(db, request.viewer, idOf(request, 'Meeting'));
    if (!view) throw notFound('Minutes');
    return privacy(reply, view, request.viewer)
      .header('content-type', 'text/html; charset=utf-8')
      .header(
        'content-security-policy',
        `default-src 'none'; style-src ${printedMinutesStyleHash}; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'`,
      )
      .send(renderPrintedMinutes(view));
  });

  app.get('/meetings/:id/minutes.pdf', async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const view = await printedMinutesView(db, request.viewer, id);
    if (!view) throw notFound('Minutes');
    let pdf: Uint8Array;
    try {
      pdf = await printMinutes(view);
    } catch (err) {
      // Without Chromium the web page is the printed minutes.
      request.log.warn({ meetingId: id, problem: (err as Error).message.split('\n')[0] }, 'printed minutes without a PDF');
      return reply.redirect(`/meetings/${id}/minutes`, 303);
    }
    return privacy(reply, view, request.viewer)
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="minutes-${id}${view.status === 'draft' ? '-draft' : ''}.pdf"`)
      .send(Buffer.from(pdf));
  });
}
