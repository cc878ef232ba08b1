import type { FastifyInstance } from 'fastify';
import { actorOf, formBody, idOf } from '../../web/route-helpers.ts';
import { notFound } from '../../lib/errors.ts';
import { recordCallIn } from './commands/record-call-in.ts';
import { findDecision } from './decisions.repo.ts';
import { presentDecision } from './decisions.presenter.ts';

const body = formBody;

/** Recording a call-in of a published executive decision and what scrutiny decided. */
export async function callInRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };
  const callInContext = (d: ReturnType<typeof presentDecision>, values: Record<string, unknown>) => ({
    title: 'Record call-in',
    caption: d.title,
    intro: d.callInOpen
      ? 'Record a call-in received before the call-in deadline. The decision will not take effect until scrutiny has considered it.'
      : 'The decision has been called in. Record what scrutiny decided.',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Decisions', href: '/officer/decisions' }, { text: 'Call-in' }],
    action: `/officer/decisions/${d.id}/call-in`,
    back: `/officer/decisions/${d.id}`,
    values,
    submitText: 'Save',
    fields: [
      {
        type: 'radios',
        name: 'outcome',
        label: 'What happened?',
        items: d.callInOpen
          ? [{ value: 'called-in', text: 'Called in by scrutiny', checked: values.outcome === 'called-in' }]
          : [
              { value: 'no-further-action', text: 'Scrutiny took no further action: the decision takes effect now', checked: values.outcome === 'no-further-action' },
              { value: 'referred-back', text: 'Referred back to the decision maker', checked: values.outcome === 'referred-back' },
            ],
      },
      { type: 'textarea', name: 'note', label: 'Note', hint: 'Who called it in and why, or what scrutiny decided and when', rows: 3 },
    ],
  });
  app.get('/officer/decisions/:id/call-in', { preHandler: edit }, async (request, reply) => {
    const row = await findDecision(db, request.viewer, idOf(request, 'Decision'));
    if (!row || row.decision.publication !== 'published') throw notFound('Decision');
    return reply.render('web/views/form.njk', callInContext(presentDecision(row.decision), {}));
  });
  app.post('/officer/decisions/:id/call-in', editForm, async (request, reply) => {
    const id = idOf(request, 'Decision');
    const r = await recordCallIn(db, actorOf(request), id, body(request));
    if (!r.ok) {
      const row = await findDecision(db, request.viewer, id);
      if (!row) throw notFound('Decision');
      return reply.code(400).render('web/views/form.njk', { ...callInContext(presentDecision(row.decision), body(request)), errors: r.errors });
    }
    return reply.redirect(`/officer/decisions/${id}`, 303);
  });
}
