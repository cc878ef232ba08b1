import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { actorOf, dateField, formBody, idOf } from '../../web/route-helpers.ts';
import { publicationLabel, publishRecords } from '../visibility/index.ts';
import { eiaDecision, findEia, listEias } from './eias.repo.ts';
import { findReport } from './reports.repo.ts';
import { eiaCharacteristics, eiaOutcomes } from './reports.schema.ts';
import { saveEia } from './commands/save-eia.ts';
import { addEiaAction } from './commands/add-eia-action.ts';

const FORM = 'web/views/form.njk';
const T = 'modules/reports/views/';
type Values = Record<string, unknown>;
const dates = ['completedOn', 'signedOffOn', 'reviewOn'] as const;
const outcomeText = { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' } as const;

/** An EIA for its pages: each characteristic with its heading and outcome in words. */
function presentEia(found: NonNullable<Awaited<ReturnType<typeof findEia>>>) {
  const { eia, actions } = found;
  return {
    ...eia,
    rows: eia.characteristics.map((c) => ({
      heading: eiaCharacteristics[c.key as keyof typeof eiaCharacteristics] ?? c.key,
      summary: c.summary,
      outcome: c.outcome ? outcomeText[c.outcome] : 'Not assessed',
    })),
    actions,
  };
}

/** The EIA register and pages, and the officer screens that keep equality impact assessments. */
export async function eiasRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const clerk = app.requireCan('records:edit');
  const clerkForm = { preHandler: [clerk, app.csrfProtection] };
  const eiaOr404 = async (request: FastifyRequest) => {
    const found = await findEia(db, request.viewer, idOf(request, 'Assessment'));
    if (!found) throw notFound('Assessment');
    return found;
  };

  app.get('/eias', async (request, reply) =>
    reply.render(`${T}eias.njk`, {
      title: 'Equality impact assessments',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Equality impact assessments' }],
      eias: await listEias(db, request.viewer),
    }),
  );

  app.get('/eias/:id', async (request, reply) => {
    const e = presentEia(await eiaOr404(request));
    const report = e.reportId ? await findReport(db, request.viewer, e.reportId) : undefined;
    const decision = e.decisionId ? await eiaDecision(db, request.viewer, e.decisionId) : undefined;
    return reply.render(`${T}eia.njk`, {
      title: e.title,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Equality impact assessments', href: '/eias' }, { text: 'Assessment' }],
      e,
      report: report ? { id: report.id, title: report.title } : null,
      decision: decision?.publication === 'published' ? { id: decision.id, title: decision.title } : null,
    });
  });

  app.get('/officer/eias', { preHandler: clerk }, async (request, reply) => {
    const q = request.query as { saved?: string };
    return reply.render(`${T}officer-eias.njk`, {
      title: 'Equality impact assessments',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Decision reports', href: '/officer/reports' }, { text: 'Equality impact assessments' }],
      eias: (await listEias(db, request.viewer)).map((e) => ({ ...e, state: publicationLabel(e.publication) })),
      flash:
        q.saved === 'published'
          ? 'The assessment has been published'
          : q.saved === 'saved'
            ? 'The assessment has been saved'
            : q.saved === 'action'
              ? 'The action has been added'
              : undefined,
    });
  });

  const eiaForm = (id: number | null, values: Values, errors: FieldError[] = []) => ({
    title: id ? 'Change the equality impact assessment' : 'Add an equality impact assessment',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Equality impact assessments', href: '/officer/eias' }, { text: id ? 'Change' : 'Add' }],
    action: id ? `/officer/eias/${id}` : '/officer/eias',
    back: '/officer/eias',
    values,
    errors: dates.reduce((es, d) => es.map(dateField(d)), errors),
    submitText: 'Save the assessment',
    fields: [
      { type: 'hidden', name: 'reportId' },
      { type: 'hidden', name: 'decisionId' },
      { type: 'input', name: 'title', label: 'Title of the assessment' },
      ...Object.entries(eiaCharacteristics).flatMap(([k, heading]) => [
        { type: 'textarea', name: `c_${k}_summary`, label: `${heading}: summary of impact (optional)`, rows: 2 },
        {
          type: 'radios',
          name: `c_${k}_outcome`,
          label: `${heading}: outcome`,
          items: eiaOutcomes.map((o) => ({ value: o, text: outcomeText[o], checked: values[`c_${k}_outcome`] === o })),
        },
      ]),
      { type: 'textarea', name: 'evidence', label: 'Evidence (optional)', rows: 4 },
      { type: 'textarea', name: 'consulted', label: 'Who was consulted (optional)', rows: 3 },
      { type: 'input', name: 'completedBy', label: 'Completed by (optional)' },
      {
        type: 'date',
        name: 'completedOn',
        errorField: 'completedOn-day',
        label: 'Date completed (optional)',
        hint: 'For example, 27 3 2031',
        parts: dateParts(joinDateParts(values, 'completedOn')),
      },
      { type: 'input', name: 'signedOffBy', label: 'Signed off by (optional)' },
      {
        type: 'date',
        name: 'signedOffOn',
        errorField: 'signedOffOn-day',
        label: 'Date signed off (optional)',
        hint: 'For example, 27 3 2031',
        parts: dateParts(joinDateParts(values, 'signedOffOn')),
      },
      {
        type: 'date',
        name: 'reviewOn',
        errorField: 'reviewOn-day',
        label: 'Review date (optional)',
        hint: 'For example, 27 3 2032',
        parts: dateParts(joinDateParts(values, 'reviewOn')),
      },
    ],
  });
  const eiaBody = (request: FastifyRequest) => {
    const b = formBody(request);
    return { ...b, ...Object.fromEntries(dates.map((d) => [d, joinDateParts(b, d)])) };
  };
  const idQuery = z.object({ reportId: z.coerce.number().int().positive().max(2147483647) }).or(z.object({ decisionId: z.coerce.number().int().positive().max(2147483647) }));

  // An assessment belongs to a report, or to a decision taken without one (?reportId= or ?decisionId=).
  app.get('/officer/eias/new', { preHandler: clerk }, async (request, reply) => {
    const q = idQuery.safeParse(request.query);
    if (q.success && 'decisionId' in q.data) {
      const decision = await eiaDecision(db, request.viewer, q.data.decisionId);
      if (!decision) throw notFound('Decision');
      return reply.render(FORM, { ...eiaForm(null, { decisionId: decision.id, title: `Equality impact assessment: ${decision.title}` }), caption: decision.title });
    }
    const report = q.success && 'reportId' in q.data ? await findReport(db, request.viewer, q.data.reportId) : undefined;
    if (!report) throw notFound('Report');
    return reply.render(FORM, { ...eiaForm(null, { reportId: report.id, title: `Equality impact assessment: ${report.title}` }), caption: report.title });
  });
  app.post('/officer/eias', clerkForm, async (request, reply) => {
    const r = await saveEia(db, actorOf(request), null, eiaBody(request));
    if (!r.ok) return reply.code(400).render(FORM, eiaForm(null, formBody(request), r.errors));
    return reply.redirect(`/officer/eias?saved=saved`, 303);
  });
  app.get('/officer/eias/:id/edit', { preHandler: clerk }, async (request, reply) => {
    const { eia } = await eiaOr404(request);
    const values: Values = { ...eia };
    for (const c of eia.characteristics) Object.assign(values, { [`c_${c.key}_summary`]: c.summary, [`c_${c.key}_outcome`]: c.outcome });
    return reply.render(FORM, eiaForm(eia.id, values));
  });
  app.post('/officer/eias/:id', clerkForm, async (request, reply) => {
    const { eia } = await eiaOr404(request);
    const r = await saveEia(db, actorOf(request), eia.id, eiaBody(request));
    if (!r.ok) return reply.code(400).render(FORM, eiaForm(eia.id, formBody(request), r.errors));
    return reply.redirect(`/officer/eias?saved=saved`, 303);
  });

  const actionForm = (eia: { id: number; title: string }, values: Values, errors: FieldError[] = []) => ({
    title: 'Add an action for a negative outcome',
    caption: eia.title,
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Equality impact assessments', href: '/officer/eias' }, { text: 'Add an action' }],
    action: `/officer/eias/${eia.id}/actions`,
    back: '/officer/eias',
    values,
    errors: errors.map(dateField('dueOn')),
    submitText: 'Add the action',
    fields: [
      { type: 'textarea', name: 'action', label: 'Action', rows: 3 },
      { type: 'date', name: 'dueOn', errorField: 'dueOn-day', label: 'Date due (optional)', hint: 'For example, 27 3 2031', parts: dateParts(joinDateParts(values, 'dueOn')) },
      { type: 'input', name: 'responsible', label: 'Person responsible (optional)' },
      { type: 'textarea', name: 'monitoring', label: 'Monitoring (optional)', rows: 2 },
      {
        type: 'radios',
        name: 'complete',
        label: 'Is the action complete?',
        items: [
          { value: 'no', text: 'No', checked: values.complete !== 'yes' },
          { value: 'yes', text: 'Yes', checked: values.complete === 'yes' },
        ],
      },
    ],
  });
  app.get('/officer/eias/:id/actions/new', { preHandler: clerk }, async (request, reply) => reply.render(FORM, actionForm((await eiaOr404(request)).eia, {})));
  app.post('/officer/eias/:id/actions', clerkForm, async (request, reply) => {
    const { eia } = await eiaOr404(request);
    const b = formBody(request);
    const r = await addEiaAction(db, actorOf(request), eia.id, { ...b, dueOn: joinDateParts(b, 'dueOn') });
    if (!r.ok) return reply.code(400).render(FORM, actionForm(eia, b, r.errors));
    return reply.redirect(`/officer/eias?saved=action`, 303);
  });

  app.post('/officer/eias/:id/publish', clerkForm, async (request, reply) => {
    const { eia } = await eiaOr404(request);
    await db.transaction((trx) => publishRecords(trx, actorOf(request), 'eia', [eia.id]));
    return reply.redirect(`/officer/eias?saved=published`, 303);
  });
}
