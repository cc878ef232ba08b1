import type { FastifyInstance, FastifyRequest } from 'fastify';
import { toLondonDate } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { actorOf, dateField, flashFor, formBody, idOf } from '../../web/route-helpers.ts';
import { can } from '../accounts/index.ts';
import { councilBody } from '../reports/index.ts';
import { publicationLabel, publishRecords } from '../visibility/index.ts';
import { createRisk } from './commands/create-risk.ts';
import { importRisksCsv } from './commands/import-risks-csv.ts';
import { updateRisk } from './commands/update-risk.ts';
import { presentRisk } from './risks.presenter.ts';
import { findRisk, listRisks, riskHistory, type Risk } from './risks.repo.ts';
import { risksToCsv } from './risks-csv.ts';

const T = 'modules/risks/views/';
const FORM = 'web/views/form.njk';
type Values = Record<string, unknown>;

/** Reads a multipart form: its fields and the text of its one file (null when no file was chosen). */
async function readCsvUpload(request: FastifyRequest) {
  const fields: Record<string, unknown> = {};
  let text: string | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.filename && bytes.length) text = bytes.toString('utf8');
    } else fields[part.fieldname] = part.value;
  }
  return { fields, text };
}

const flashes: Record<string, string> = {
  created: 'The risk has been added as a draft',
  saved: 'The risk has been saved',
  scored: 'The risk has been saved and its new score added to its history',
  published: 'The risk has been published',
};

/** The officer screens of the risk register: list, add, change, publish, and download and upload as CSV. */
export async function risksOfficerRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const manage = app.requireCan('risks:manage');
  const manageForm = { preHandler: [manage, app.csrfProtection] };
  const publishForm = { preHandler: [app.requireCan('records:edit'), app.csrfProtection] };
  const crumbs = [
    { text: 'Officer area', href: '/officer' },
    { text: 'Risk register', href: '/officer/risks' },
  ];

  app.get('/officer/risks', { preHandler: manage }, async (request, reply) => {
    const today = toLondonDate(new Date());
    const q = request.query as { saved?: string; changed?: string };
    const changed = Number(q.changed ?? 0);
    return reply.render(`${T}officer-risks.njk`, {
      title: 'Risk register',
      breadcrumbs: [crumbs[0], { text: 'Risk register' }],
      risks: (await listRisks(db, request.viewer)).map((r) => ({ ...presentRisk(r, today), state: publicationLabel(r.publication) })),
      canPublish: can(request.user, 'records:edit'),
      flash:
        q.saved === 'import'
          ? changed
            ? `The file has been imported: ${changed} ${changed === 1 ? 'risk' : 'risks'} added or changed`
            : 'The file has been imported: no risk changed'
          : flashFor(flashes, q.saved),
    });
  });

  const riskOr404 = async (request: FastifyRequest) => {
    const risk = await findRisk(db, request.viewer, { id: idOf(request, 'Risk') });
    if (!risk) throw notFound('Risk');
    return risk;
  };
  const riskForm = (risk: Risk | null, values: Values, errors: FieldError[] = [], history: { recordedOn: string; score: number }[] = []) => ({
    title: risk ? `Change risk ${risk.ref}` : 'Add a risk',
    caption: risk?.title,
    breadcrumbs: [...crumbs, { text: risk ? risk.ref : 'Add' }],
    action: risk ? `/officer/risks/${risk.id}` : '/officer/risks',
    back: '/officer/risks',
    values,
    errors: errors.map(dateField('reviewDate')),
    submitText: risk ? 'Save the risk' : 'Add the risk',
    intro: risk
      ? `The score is worked out from the likelihood and impact. A changed rating is added to the risk’s score history${history.length ? ` (last recorded ${history.at(-1)!.recordedOn}: ${history.at(-1)!.score})` : ''}.`
      : 'The score is worked out from the likelihood and impact. The risk is added as a draft: it is not public until it is published.',
    fields: [
      { type: 'input', name: 'ref', label: 'Reference', hint: 'Letters and numbers, for example ORG0009', classes: 'govuk-input--width-10' },
      { type: 'input', name: 'title', label: 'Risk title' },
      { type: 'input', name: 'category', label: 'Category (optional)', hint: 'For example, Finance or Safeguarding' },
      { type: 'input', name: 'owner', label: 'Risk owner', hint: 'The post that owns the risk, for example Director of Resources' },
      { type: 'input', name: 'likelihood', label: 'Likelihood', hint: 'A whole number from 1 (rare) to 5 (almost certain)', classes: 'govuk-input--width-2' },
      { type: 'input', name: 'impact', label: 'Impact', hint: 'A whole number from 1 (minimal) to 5 (severe)', classes: 'govuk-input--width-2' },
      { type: 'textarea', name: 'mitigations', label: 'Mitigations (optional)', hint: 'What is being done to reduce the risk', rows: 5 },
      { type: 'input', name: 'targetLikelihood', label: 'Target likelihood (optional)', hint: 'Once the mitigations work, from 1 to 5', classes: 'govuk-input--width-2' },
      { type: 'input', name: 'targetImpact', label: 'Target impact (optional)', hint: 'Once the mitigations work, from 1 to 5', classes: 'govuk-input--width-2' },
      {
        type: 'date',
        name: 'reviewDate',
        errorField: 'reviewDate-day',
        label: 'Next review date (optional)',
        hint: 'For example, 30 6 2031',
        parts: dateParts(joinDateParts(values, 'reviewDate')),
      },
      { type: 'textarea', name: 'note', label: 'Note for the score history (optional)', hint: 'Why the score changed', rows: 2 },
    ],
  });
  const riskBody = (request: FastifyRequest) => {
    const b = formBody(request);
    return { ...b, reviewDate: joinDateParts(b, 'reviewDate') };
  };

  app.get('/officer/risks/new', { preHandler: manage }, async (_request, reply) => reply.render(FORM, riskForm(null, {})));
  app.post('/officer/risks', manageForm, async (request, reply) => {
    const body = await councilBody(db);
    if (!body) throw notFound('Council');
    const r = await createRisk(db, actorOf(request), body.id, riskBody(request));
    if (!r.ok) return reply.code(400).render(FORM, riskForm(null, formBody(request), r.errors));
    return reply.redirect('/officer/risks?saved=created', 303);
  });

  app.get('/officer/risks/:id/edit', { preHandler: manage }, async (request, reply) => {
    const risk = await riskOr404(request);
    const values = { ...risk, note: '' };
    return reply.render(FORM, riskForm(risk, values, [], await riskHistory(db, risk.id)));
  });
  app.post('/officer/risks/:id', manageForm, async (request, reply) => {
    const risk = await riskOr404(request);
    const r = await updateRisk(db, actorOf(request), risk.id, riskBody(request));
    if (!r.ok) return reply.code(400).render(FORM, riskForm(risk, formBody(request), r.errors, await riskHistory(db, risk.id)));
    return reply.redirect(`/officer/risks?saved=${r.value.scored ? 'scored' : 'saved'}`, 303);
  });

  app.post('/officer/risks/:id/publish', publishForm, async (request, reply) => {
    const risk = await riskOr404(request);
    await db.transaction((trx) => publishRecords(trx, actorOf(request), 'risk', [risk.id]));
    return reply.redirect('/officer/risks?saved=published', 303);
  });

  app.get('/officer/risks.csv', { preHandler: manage }, async (request, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="risks.csv"')
      .header('cache-control', 'private, no-store')
      .send(risksToCsv(await listRisks(db, request.viewer))),
  );

  const importContext = (errors: FieldError[] = []) => ({
    title: 'Upload a CSV file of risks',
    breadcrumbs: [...crumbs, { text: 'Upload' }],
    errors: errors.map((e) => ({ ...e, field: 'file' })),
  });
  app.get('/officer/risks/import', { preHandler: manage }, async (_request, reply) => reply.render(`${T}import-risks.njk`, importContext()));
  app.post('/officer/risks/import', manageForm, async (request, reply) => {
    const { text } = await readCsvUpload(request);
    if (text === null) return reply.code(400).render(`${T}import-risks.njk`, importContext([{ field: 'file', message: 'Select a CSV file' }]));
    const body = await councilBody(db);
    if (!body) throw notFound('Council');
    const r = await db.transaction((trx) => importRisksCsv(trx, actorOf(request), body.id, text));
    if (!r.ok) return reply.code(400).render(`${T}import-risks.njk`, importContext(r.errors));
    return reply.redirect(`/officer/risks?saved=import&changed=${r.value.changed}`, 303);
  });
}
