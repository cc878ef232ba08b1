import type { FastifyInstance, FastifyRequest } from 'fastify';
import { and, asc, desc, eq } from 'drizzle-orm';
import { notFound } from '../../lib/errors.ts';
import { toLondonDate } from '../../lib/dates.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { organisations, recommendations, type recommendationResponses } from '../../db/schema.ts';
import { actorOf, dateField, flashFor, formBody, idOf } from '../../web/route-helpers.ts';
import { can } from '../accounts/index.ts';
import { findOrganisation } from '../organisations/index.ts';
import { publishRecords, visible, type Viewer } from '../visibility/index.ts';
import { makeRecommendation } from './commands/make-recommendation.ts';
import { respondToRecommendation } from './commands/respond-to-recommendation.ts';

const T = 'modules/scrutiny/views/';
const FORM = 'web/views/form.njk';

const responseLabels: Record<(typeof recommendationResponses)[number], { text: string; colour: string }> = {
  accepted: { text: 'Accepted', colour: 'green' },
  'partly-accepted': { text: 'Partly accepted', colour: 'yellow' },
  rejected: { text: 'Rejected', colour: 'red' },
};

/** A recommendation as shown: its response as a tag, or whether the response is overdue (due before today, none recorded). */
export function presentRecommendation(r: typeof recommendations.$inferSelect, today: string) {
  return { ...r, responseTag: r.response ? responseLabels[r.response] : null, overdue: !r.response && r.responseDue < today };
}

/** Scrutiny recommendations to the executive: the public register, and the officer screens that record them and the responses. */
export async function recommendationsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('scrutiny:manage');
  const editForm = { preHandler: [edit, app.csrfProtection] };

  const list = async (v: Viewer, organisationId?: number) => {
    const today = toLondonDate(new Date());
    const rows = await db
      .select({ r: recommendations, committee: organisations.name })
      .from(recommendations)
      .innerJoin(organisations, eq(organisations.id, recommendations.organisationId))
      .where(and(visible(v, 'recommendation'), organisationId ? eq(recommendations.organisationId, organisationId) : undefined))
      .orderBy(desc(recommendations.madeOn), asc(recommendations.id));
    return rows.map((x) => ({ ...presentRecommendation(x.r, today), committee: x.committee }));
  };

  app.get('/recommendations', async (request, reply) => {
    const rows = await list(request.viewer);
    return reply.render(`${T}recommendations.njk`, {
      title: 'Scrutiny recommendations',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Scrutiny recommendations' }],
      rows,
      overdue: rows.filter((r) => r.overdue).length,
      officer: false,
    });
  });

  const committeeOr404 = async (request: FastifyRequest) => {
    const org = await findOrganisation(db, idOf(request, 'Committee'));
    if (!org) throw notFound('Committee');
    return org;
  };
  const recommendationOr404 = async (request: FastifyRequest) => {
    const [r] = await db
      .select()
      .from(recommendations)
      .where(and(eq(recommendations.id, idOf(request, 'Recommendation')), visible(request.viewer, 'recommendation')));
    if (!r) throw notFound('Recommendation');
    return r;
  };

  app.get('/officer/organisations/:id/recommendations', { preHandler: view }, async (request, reply) => {
    const org = await committeeOr404(request);
    const rows = await list(request.viewer, org.id);
    const saved = (request.query as { saved?: string }).saved;
    const flashes: Record<string, string> = {
      added: 'The recommendation has been added as a draft',
      response: 'The response has been recorded',
      published: 'The recommendation has been published',
    };
    return reply.render(`${T}recommendations.njk`, {
      title: `${org.name}: recommendations`,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Scrutiny', href: '/officer/scrutiny' }, { text: 'Recommendations' }],
      org,
      rows,
      overdue: rows.filter((r) => r.overdue).length,
      officer: true,
      canEdit: can(request.user, 'scrutiny:manage'),
      flash: flashFor(flashes, saved),
    });
  });

  const makeForm = (org: { id: number; name: string }, values: Record<string, unknown>, errors: FieldError[] = []) => ({
    title: 'Add a recommendation to the executive',
    caption: org.name,
    intro: 'The response is due 2 months after the recommendation was made. The recommendation stays a draft until you publish it.',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Recommendations', href: `/officer/organisations/${org.id}/recommendations` }, { text: 'Add' }],
    action: `/officer/organisations/${org.id}/recommendations`,
    back: `/officer/organisations/${org.id}/recommendations`,
    values,
    errors: errors.map(dateField('madeOn')),
    submitText: 'Add the recommendation',
    fields: [
      { type: 'textarea', name: 'recommendation', label: 'Recommendation', rows: 4 },
      { type: 'input', name: 'madeTo', label: 'Made to', hint: 'For example, Cabinet or the Cabinet Member for Highways' },
      {
        type: 'input',
        name: 'forwardPlanRef',
        label: 'Forward Plan reference (optional)',
        hint: 'When the committee considered a decision before it was taken, for example FP/27/01/03. The recommendation then shows on that issue’s history',
        classes: 'govuk-input--width-10',
      },
      { type: 'date', name: 'madeOn', errorField: 'madeOn-day', label: 'Date it was made', hint: 'For example, 27 3 2027', parts: dateParts(joinDateParts(values, 'madeOn')) },
    ],
  });

  app.get('/officer/organisations/:id/recommendations/new', { preHandler: edit }, async (request, reply) => reply.render(FORM, makeForm(await committeeOr404(request), {})));
  app.post('/officer/organisations/:id/recommendations', editForm, async (request, reply) => {
    const org = await committeeOr404(request);
    const b = formBody(request);
    const r = await db.transaction((trx) => makeRecommendation(trx, actorOf(request), org.id, { ...b, madeOn: joinDateParts(b, 'madeOn') }));
    if (!r.ok) return reply.code(400).render(FORM, makeForm(org, b, r.errors));
    return reply.redirect(`/officer/organisations/${org.id}/recommendations?saved=added`, 303);
  });

  const respondForm = (rec: typeof recommendations.$inferSelect, values: Record<string, unknown>, errors: FieldError[] = []) => ({
    title: 'Record the executive’s response',
    caption: `Made to ${rec.madeTo}`,
    intro: rec.recommendation,
    breadcrumbs: [
      { text: 'Officer area', href: '/officer' },
      { text: 'Recommendations', href: `/officer/organisations/${rec.organisationId}/recommendations` },
      { text: 'Response' },
    ],
    action: `/officer/recommendations/${rec.id}/response`,
    back: `/officer/organisations/${rec.organisationId}/recommendations`,
    values,
    errors: errors.map(dateField('respondedOn')),
    submitText: 'Save the response',
    fields: [
      {
        type: 'radios',
        name: 'response',
        label: 'Response',
        items: [
          { value: 'accepted', text: 'Accepted', checked: values.response === 'accepted' },
          { value: 'partly-accepted', text: 'Partly accepted', checked: values.response === 'partly-accepted' },
          { value: 'rejected', text: 'Rejected', checked: values.response === 'rejected' },
        ],
      },
      { type: 'textarea', name: 'responseText', label: 'What the executive said', rows: 4 },
      { type: 'date', name: 'respondedOn', errorField: 'respondedOn-day', label: 'Date of the response', parts: dateParts(joinDateParts(values, 'respondedOn')) },
      { type: 'textarea', name: 'followUp', label: 'Actions that follow (optional)', hint: 'Who will do what, and by when', rows: 4 },
    ],
  });

  app.get('/officer/recommendations/:id/response', { preHandler: edit }, async (request, reply) => {
    const rec = await recommendationOr404(request);
    return reply.render(FORM, respondForm(rec, { response: rec.response, responseText: rec.responseText, respondedOn: rec.respondedOn, followUp: rec.followUp }));
  });
  app.post('/officer/recommendations/:id/response', editForm, async (request, reply) => {
    const rec = await recommendationOr404(request);
    const b = formBody(request);
    const r = await db.transaction((trx) => respondToRecommendation(trx, actorOf(request), rec.id, { ...b, respondedOn: joinDateParts(b, 'respondedOn') }));
    if (!r.ok) return reply.code(400).render(FORM, respondForm(rec, b, r.errors));
    return reply.redirect(`/officer/organisations/${rec.organisationId}/recommendations?saved=response`, 303);
  });

  app.post('/officer/recommendations/:id/publish', editForm, async (request, reply) => {
    const rec = await recommendationOr404(request);
    await db.transaction((trx) => publishRecords(trx, actorOf(request), 'recommendation', [rec.id]));
    return reply.redirect(`/officer/organisations/${rec.organisationId}/recommendations?saved=published`, 303);
  });
}
