import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import { toLondonDate } from '../../lib/dates.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { actorOf, dateField, flashFor, formBody, idOf } from '../../web/route-helpers.ts';
import { listDeclarationsOfPerson } from '../minutes/index.ts';
import { can } from '../accounts/index.ts';
import { findPerson, findPersonBySlug } from '../people/index.ts';
import { publishRecords, type Viewer } from '../visibility/index.ts';
import { registerInterest } from './commands/register-interest.ts';
import { updateInterest } from './commands/update-interest.ts';
import { findInterest, listDraftInterests, listInterestEvents, listInterests } from './interests.repo.ts';
import { presentRegister } from './interests.presenter.ts';
import { categoryLabels, interestCategoryOrder, NOTIFY_WITHIN_DAYS } from './interests.rules.ts';
import type { Executor } from '../../db/connect.ts';

const T = 'modules/interests/views/';
const FORM = 'web/views/form.njk';
const DATES = ['arose', 'notified', 'ended'] as const;

/** A member's register as the viewer may see it. */
async function register(ex: Executor, v: Viewer, personId: number) {
  const entries = await listInterests(ex, v, personId);
  const [events, declarations] = await Promise.all([
    listInterestEvents(
      ex,
      entries.map((e) => e.entry.id),
    ),
    listDeclarationsOfPerson(ex, v, personId),
  ]);
  return presentRegister({ entries, events, declarations }, toLondonDate(new Date()));
}

/** The form's posted values with its GOV.UK date inputs joined into ISO dates. */
function formValues(request: FastifyRequest) {
  const b = formBody(request);
  return { ...b, ...Object.fromEntries(DATES.map((d) => [d, joinDateParts(b, d)])) };
}

/** The register of members' interests: each councillor's public register, and the monitoring officer's screens that keep it. */
export async function interestsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };

  app.get('/people/:slug/interests', async (request, reply) => {
    const person = await findPersonBySlug(db, (request.params as { slug: string }).slug);
    if (!person || person.kind !== 'councillor') throw notFound('Person');
    return reply.render(`${T}register.njk`, {
      title: `Register of interests: ${person.printedName}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Councillors and officers', href: '/people' },
        { text: person.printedName, href: `/people/${person.slug}` },
        { text: 'Register of interests' },
      ],
      person,
      register: await register(db, request.viewer, person.id),
      officer: false,
      notifyWithin: NOTIFY_WITHIN_DAYS,
    });
  });

  const personOr404 = async (request: FastifyRequest) => {
    const person = await findPerson(db, idOf(request, 'Person'));
    if (!person) throw notFound('Person');
    return person;
  };

  app.get('/officer/people/:id/interests', { preHandler: view }, async (request, reply) => {
    const person = await personOr404(request);
    const saved = (request.query as { saved?: string }).saved;
    const flashes: Record<string, string> = {
      added: 'The interest has been added as a draft. It is not on the public register until you publish it',
      changed: 'The interest has been changed',
      published: 'The register has been published',
    };
    const reg = await register(db, request.viewer, person.id);
    return reply.render(`${T}register.njk`, {
      title: `Register of interests: ${person.printedName}`,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'People', href: '/officer/people' }, { text: 'Register of interests' }],
      person,
      register: reg,
      officer: true,
      canEdit: can(request.user, 'records:edit'),
      drafts: [...reg.headings.flatMap((h) => h.entries), ...reg.ended].filter((e) => e.row.publication === 'draft').length,
      notifyWithin: NOTIFY_WITHIN_DAYS,
      flash: flashFor(flashes, saved),
    });
  });

  const form = (person: { id: number; printedName: string }, action: string, values: Record<string, unknown>, errors: FieldError[], existing: boolean) => ({
    title: existing ? 'Change an interest' : 'Add an interest',
    caption: person.printedName,
    intro: existing
      ? 'A published interest stays on the public register; the change history shows the date of the change.'
      : `Members must register an interest within ${NOTIFY_WITHIN_DAYS} days of it arising. The interest stays a draft until you publish the register.`,
    breadcrumbs: [
      { text: 'Officer area', href: '/officer' },
      { text: 'Register of interests', href: `/officer/people/${person.id}/interests` },
      { text: existing ? 'Change' : 'Add' },
    ],
    action,
    back: `/officer/people/${person.id}/interests`,
    values,
    errors: errors.map((e) => DATES.reduce((x, d) => dateField(d)(x), e)),
    submitText: existing ? 'Save the change' : 'Add the interest',
    fields: [
      {
        type: 'select',
        name: 'category',
        label: 'Kind of interest',
        items: [{ value: '', text: 'Choose the kind of interest' }, ...interestCategoryOrder.map((c) => ({ value: c, text: categoryLabels[c], selected: values.category === c }))],
      },
      { type: 'textarea', name: 'description', label: 'Description', hint: 'As the member notified it, for example the employer, the land or the body', rows: 3 },
      {
        type: 'radios',
        name: 'sensitive',
        label: 'Is this a sensitive interest?',
        hint: 'A sensitive interest could lead to the member or someone connected with them being subject to violence or intimidation. Its details are withheld from the public register.',
        items: [
          { value: 'yes', text: 'Yes, withhold the details', checked: values.sensitive === 'yes' },
          { value: 'no', text: 'No, publish the details', checked: values.sensitive === 'no' },
        ],
      },
      { type: 'input', name: 'donor', label: 'Gifts and hospitality only: who gave it', classes: 'govuk-!-width-two-thirds' },
      { type: 'input', name: 'value', label: 'Gifts and hospitality only: estimated value in pounds', hint: 'For example, 75 or 75.50', classes: 'govuk-input--width-10' },
      {
        type: 'date',
        name: 'arose',
        errorField: 'arose-day',
        label: 'Date the interest arose or the gift was received',
        hint: 'For example, 27 3 2027',
        parts: dateParts(values.arose as string),
      },
      { type: 'date', name: 'notified', errorField: 'notified-day', label: 'Date the member notified the monitoring officer', parts: dateParts(values.notified as string) },
      ...(existing ? [{ type: 'date', name: 'ended', errorField: 'ended-day', label: 'Date the interest ended (optional)', parts: dateParts(values.ended as string) }] : []),
    ],
  });

  app.get('/officer/people/:id/interests/new', { preHandler: edit }, async (request, reply) => {
    const person = await personOr404(request);
    return reply.render(FORM, form(person, `/officer/people/${person.id}/interests`, {}, [], false));
  });
  app.post('/officer/people/:id/interests', editForm, async (request, reply) => {
    const person = await personOr404(request);
    const values = formValues(request);
    const r = await db.transaction((trx) => registerInterest(trx, actorOf(request), person.id, values));
    if (!r.ok) return reply.code(400).render(FORM, form(person, `/officer/people/${person.id}/interests`, values, r.errors, false));
    return reply.redirect(`/officer/people/${person.id}/interests?saved=added`, 303);
  });

  const interestOr404 = async (request: FastifyRequest) => {
    const entry = await findInterest(db, request.viewer, idOf(request, 'Interest'));
    if (!entry) throw notFound('Interest');
    const person = await findPerson(db, entry.personId);
    if (!person) throw notFound('Interest');
    return { entry, person };
  };
  app.get('/officer/interests/:id/edit', { preHandler: edit }, async (request, reply) => {
    const { entry, person } = await interestOr404(request);
    const values = {
      ...entry,
      sensitive: entry.sensitive ? 'yes' : 'no',
      value: entry.valuePence === null ? undefined : (entry.valuePence / 100).toFixed(2),
    };
    return reply.render(FORM, form(person, `/officer/interests/${entry.id}`, values, [], true));
  });
  app.post('/officer/interests/:id', editForm, async (request, reply) => {
    const { entry, person } = await interestOr404(request);
    const values = formValues(request);
    const r = await db.transaction((trx) => updateInterest(trx, actorOf(request), entry.id, values));
    if (!r.ok) return reply.code(400).render(FORM, form(person, `/officer/interests/${entry.id}`, values, r.errors, true));
    return reply.redirect(`/officer/people/${person.id}/interests?saved=changed`, 303);
  });

  app.post('/officer/people/:id/interests/publish', editForm, async (request, reply) => {
    const person = await personOr404(request);
    const drafts = await listDraftInterests(db, request.viewer, person.id);
    await db.transaction((trx) =>
      publishRecords(
        trx,
        actorOf(request),
        'interest',
        drafts.map((d) => d.id),
      ),
    );
    return reply.redirect(`/officer/people/${person.id}/interests?saved=published`, 303);
  });
}
