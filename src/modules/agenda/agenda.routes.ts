import type { FastifyInstance, FastifyReply } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import { actorOf, idOf } from '../../web/route-helpers.ts';
import type { Viewer } from '../visibility/index.ts';
import type { FieldError } from '../../lib/result.ts';
import { findAgendaItem, findMeeting, listAgendaItems, presentMeeting } from '../meetings/index.ts';
import { agendaTree, exclusionOffer } from './agenda-order.ts';
import { addExclusionItem } from './commands/add-exclusion-item.ts';
import { addStandingItems } from './commands/add-standing-items.ts';
import { moveAgendaItem } from './commands/move-agenda-item.ts';
import { renumberAgenda } from './commands/renumber-agenda.ts';

const T = 'modules/agenda/views/';

/** Officer routes that build an agenda: standing items, moving items up and down, renumbering. */
export async function agendaRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };

  const renderAgenda = async (reply: FastifyReply, viewer: Viewer, meetingId: number, extra: { errors?: FieldError[]; flash?: string } = {}) => {
    const row = await findMeeting(db, meetingId);
    if (!row) throw notFound('Meeting');
    const items = await listAgendaItems(db, viewer, meetingId);
    const tree = agendaTree(items);
    const rows = tree.flatMap((node, i) => [
      { item: node.item, isSub: false, first: i === 0, last: i === tree.length - 1 },
      ...node.children.map((c, j) => ({ item: c, isSub: true, first: j === 0, last: j === node.children.length - 1 })),
    ]);
    const byId = new Map(items.map((i) => [i.id, i]));
    return reply.code(extra.errors?.length ? 400 : 200).render(`${T}agenda.njk`, {
      title: 'Build the agenda',
      breadcrumbs: [
        { text: 'Officer area', href: '/officer' },
        { text: 'Meetings', href: '/officer/meetings' },
        { text: 'Meeting', href: `/officer/meetings/${meetingId}` },
        { text: 'Agenda' },
      ],
      meeting: presentMeeting(row.meeting, row.organisation, row.location),
      rows: rows.map((r) => ({ ...r, item: byId.get(r.item.id)! })),
      hasStanding: items.some((i) => i.isStanding),
      exclusion: exclusionOffer(items.filter((i) => i.publication !== 'withdrawn')),
      errors: extra.errors,
      flash: extra.flash,
    });
  };

  app.get('/officer/meetings/:id/agenda', { preHandler: edit }, async (request, reply) => {
    const saved = (request.query as { saved?: string }).saved;
    return renderAgenda(reply, request.viewer, idOf(request, 'Meeting'), { flash: saved ? 'The agenda has been updated' : undefined });
  });

  app.post('/officer/meetings/:id/agenda/standing-items', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const r = await addStandingItems(db, actorOf(request), id);
    if (!r.ok) return renderAgenda(reply, request.viewer, id, { errors: r.errors });
    return reply.redirect(`/officer/meetings/${id}/agenda?saved=1`, 303);
  });

  app.post('/officer/meetings/:id/agenda/exclusion', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const r = await addExclusionItem(db, actorOf(request), id);
    if (!r.ok) return renderAgenda(reply, request.viewer, id, { errors: r.errors });
    return reply.redirect(`/officer/meetings/${id}/agenda?saved=1#item-${r.value.id}`, 303);
  });

  app.post('/officer/meetings/:id/agenda/renumber', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    await renumberAgenda(db, actorOf(request), id);
    return reply.redirect(`/officer/meetings/${id}/agenda?saved=1`, 303);
  });

  app.post('/officer/agenda-items/:id/move', editForm, async (request, reply) => {
    const id = idOf(request, 'Agenda item');
    const r = await moveAgendaItem(db, actorOf(request), id, (request.body as { direction?: string } | undefined)?.direction);
    if (!r.ok) {
      const item = await findAgendaItem(db, request.viewer, id);
      if (!item) throw notFound('Agenda item');
      return renderAgenda(reply, request.viewer, item.meetingId, { errors: r.errors });
    }
    return reply.redirect(`/officer/meetings/${r.value.meetingId}/agenda?saved=1#item-${id}`, 303);
  });
}
