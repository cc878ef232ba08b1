import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import type { FieldError } from '../../lib/result.ts';
import { actorOf, flashFor, formBody, idOf } from '../../web/route-helpers.ts';
import { can } from '../accounts/index.ts';
import { publishRecords } from '../visibility/index.ts';
import { createMeasure } from './commands/create-measure.ts';
import { importMeasureValuesCsv } from './commands/import-measure-values-csv.ts';
import { recordMeasureValue } from './commands/record-measure-value.ts';
import { updateMeasure } from './commands/update-measure.ts';
import { periodOf } from './measure-periods.ts';
import { findMeasure, listMeasures, planChoices, valuesOf, type Measure } from './measures.repo.ts';
import { presentMeasure } from './measures.presenter.ts';
import { measureValuesCsv } from './measures.query.ts';
import { toLondonDate } from '../../lib/dates.ts';

const T = 'modules/measures/views/';
const FORM_FIELDS = ['name', 'unit', 'polarity', 'frequency', 'baseline', 'target', 'tolerance', 'actionPlanId', 'source', 'owner', 'officerRag', 'commentary'] as const;

/** Reads a multipart form: the text of its one file (null when no file was chosen). */
async function readCsvUpload(request: FastifyRequest): Promise<string | null> {
  let text: string | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.filename && bytes.length) text = bytes.toString('utf8');
    }
  }
  return text;
}

/** A measure's columns as the form shows them (numbers as text). */
const formValues = (m: Measure): Record<string, unknown> => Object.fromEntries(FORM_FIELDS.map((k) => [k, m[k] === null || m[k] === undefined ? '' : String(m[k])]));

const flashes: Record<string, string> = {
  created: 'The measure has been saved as a draft. Publish it when it is ready for the public.',
  updated: 'The measure has been updated',
  value: 'The value has been recorded',
  published: 'The measure has been published',
};

/** The officer screens of measures: create and edit them, record values one at a time or many with a CSV file, publish. */
export async function measuresOfficerRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const manage = app.requireCan('measures:manage');
  const manageForm = { preHandler: [manage, app.csrfProtection] };
  const officer = { text: 'Officer area', href: '/officer' };
  const list = { text: 'Performance measures', href: '/officer/measures' };

  app.get('/officer/measures', { preHandler: view }, async (request, reply) => {
    const rows = await listMeasures(db, request.viewer);
    const values = await valuesOf(
      db,
      rows.map((r) => r.measure.id),
    );
    const q = request.query as { saved?: string; changed?: string };
    const changed = Number(q.changed ?? 0);
    return reply.render(`${T}officer-measures.njk`, {
      title: 'Performance measures',
      breadcrumbs: [officer, { text: 'Performance measures' }],
      measures: rows.map((r) => ({ ...presentMeasure(r.measure, values.get(r.measure.id)), planTitle: r.planTitle })),
      canManage: can(request.user, 'measures:manage'),
      flash:
        q.saved === 'import'
          ? changed
            ? `The file has been imported: ${changed} ${changed === 1 ? 'value' : 'values'} changed`
            : 'The file has been imported: no value changed'
          : undefined,
    });
  });

  const measureOr404 = async (request: FastifyRequest) => {
    const found = await findMeasure(db, request.viewer, idOf(request, 'Measure'));
    if (!found) throw notFound('Measure');
    return found;
  };

  const measureForm = async (request: FastifyRequest, measure: Measure | null, values: Record<string, unknown>, errors: FieldError[] = []) => ({
    title: measure ? `Edit ${measure.name}` : 'Add a performance measure',
    breadcrumbs: [officer, list, ...(measure ? [{ text: measure.name, href: `/officer/measures/${measure.id}` }] : []), { text: measure ? 'Edit' : 'Add' }],
    measure,
    values,
    planItems: [
      { value: '', text: 'None' },
      ...(await planChoices(db, request.viewer)).map((p) => ({ value: String(p.id), text: p.title, selected: String(values.actionPlanId ?? '') === String(p.id) })),
    ],
    errors,
  });
  app.get('/officer/measures/new', { preHandler: manage }, async (request, reply) =>
    reply.render(`${T}measure-form.njk`, await measureForm(request, null, { polarity: 'higher', frequency: 'quarterly', tolerance: '0' })),
  );
  app.post('/officer/measures', manageForm, async (request, reply) => {
    const b = formBody(request);
    const r = await db.transaction((trx) => createMeasure(trx, actorOf(request), b));
    if (!r.ok) return reply.code(400).render(`${T}measure-form.njk`, await measureForm(request, null, b, r.errors));
    return reply.redirect(`/officer/measures/${r.value.id}?saved=created`, 303);
  });

  app.get('/officer/measures/:id', { preHandler: view }, async (request, reply) => {
    const found = await measureOr404(request);
    const values = (await valuesOf(db, [found.measure.id])).get(found.measure.id) ?? [];
    const q = request.query as { saved?: string };
    return reply.render(`${T}officer-measure.njk`, {
      title: found.measure.name,
      breadcrumbs: [officer, list, { text: found.measure.name }],
      m: presentMeasure(found.measure, values),
      planTitle: found.planTitle,
      values: [...values].reverse(),
      canManage: can(request.user, 'measures:manage'),
      flash: flashFor(flashes, q.saved),
    });
  });

  app.get('/officer/measures/:id/edit', { preHandler: manage }, async (request, reply) => {
    const { measure } = await measureOr404(request);
    return reply.render(`${T}measure-form.njk`, await measureForm(request, measure, formValues(measure)));
  });
  app.post('/officer/measures/:id', manageForm, async (request, reply) => {
    const { measure } = await measureOr404(request);
    const b = formBody(request);
    const r = await db.transaction((trx) => updateMeasure(trx, actorOf(request), measure.id, b));
    if (!r.ok) return reply.code(400).render(`${T}measure-form.njk`, await measureForm(request, measure, b, r.errors));
    return reply.redirect(`/officer/measures/${measure.id}?saved=updated`, 303);
  });

  app.post('/officer/measures/:id/publish', manageForm, async (request, reply) => {
    const { measure } = await measureOr404(request);
    await db.transaction((trx) => publishRecords(trx, actorOf(request), 'measure', [measure.id]));
    return reply.redirect(`/officer/measures/${measure.id}?saved=published`, 303);
  });

  const valueForm = (measure: Measure, values: Record<string, unknown>, errors: FieldError[] = []) => ({
    title: `Record a value: ${measure.name}`,
    breadcrumbs: [officer, list, { text: measure.name, href: `/officer/measures/${measure.id}` }, { text: 'Record a value' }],
    measure,
    values,
    example: periodOf(toLondonDate(new Date()), measure.frequency).label,
    errors,
  });
  app.get('/officer/measures/:id/values/new', { preHandler: manage }, async (request, reply) => {
    const { measure } = await measureOr404(request);
    return reply.render(`${T}record-value.njk`, valueForm(measure, {}));
  });
  app.post('/officer/measures/:id/values', manageForm, async (request, reply) => {
    const { measure } = await measureOr404(request);
    const b = formBody(request);
    const r = await db.transaction((trx) => recordMeasureValue(trx, actorOf(request), measure.id, b));
    if (!r.ok) return reply.code(400).render(`${T}record-value.njk`, valueForm(measure, b, r.errors));
    return reply.redirect(`/officer/measures/${measure.id}?saved=value`, 303);
  });

  app.get('/officer/measures/values.csv', { preHandler: view }, async (request, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="measure-values.csv"')
      .send(await measureValuesCsv(db, request.viewer)),
  );

  const importContext = (errors: FieldError[] = []) => ({
    title: 'Upload a CSV file of values',
    breadcrumbs: [officer, list, { text: 'Upload' }],
    errors: errors.map((e) => ({ ...e, field: 'file' })),
  });
  app.get('/officer/measures/import', { preHandler: manage }, async (_request, reply) => reply.render(`${T}import-values.njk`, importContext()));
  app.post('/officer/measures/import', manageForm, async (request, reply) => {
    const text = await readCsvUpload(request);
    if (text === null) return reply.code(400).render(`${T}import-values.njk`, importContext([{ field: 'file', message: 'Select a CSV file' }]));
    const r = await db.transaction((trx) => importMeasureValuesCsv(trx, actorOf(request), text));
    if (!r.ok) return reply.code(400).render(`${T}import-values.njk`, importContext(r.errors));
    return reply.redirect(`/officer/measures?saved=import&changed=${r.value.changed}`, 303);
  });
}
