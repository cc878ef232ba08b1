import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, notFound } from '../../lib/errors.ts';
import { joinDateParts, dateParts } from '../../lib/form-dates.ts';
import { actorOf, dateField, formBody, idOf, invalidForm } from '../../web/route-helpers.ts';
import { membershipRoles, personKinds } from '../../db/schema.ts';
import { findOrganisation, listOrganisations } from '../organisations/index.ts';
import { createPerson } from './commands/create-person.ts';
import { updatePerson } from './commands/update-person.ts';
import { createMembership } from './commands/create-membership.ts';
import { mergePeople } from './commands/merge-people.ts';
import { undoPersonMerge } from './commands/undo-person-merge.ts';
import { findPerson, listPeople } from './people.repo.ts';

const T = 'modules/people/views/';
const sentence = (s: string) => (s.charAt(0).toUpperCase() + s.slice(1)).replace(/-/g, ' ');

/** The officer screens for people and committee memberships. */
export async function officerPeopleRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };

  const personContext = (values: Record<string, unknown>, id?: number) => ({
    title: id ? 'Edit person' : 'Add a person',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'People', href: '/officer/people' }, { text: id ? 'Edit' : 'Add' }],
    action: id ? `/officer/people/${id}` : '/officer/people',
    values,
    kinds: personKinds.map((k) => ({ value: k, text: sentence(k), selected: k === values.kind })),
  });
  // Merging two records of one person (from the import review page) and undoing it; back to where the officer was.
  const back = (request: FastifyRequest, fallback: string) => {
    const to = formBody(request).returnTo;
    return typeof to === 'string' && /^\/officer\/[a-z0-9/-]*$/.test(to) ? to : fallback;
  };
  app.post('/officer/people/merge', editForm, async (request, reply) => {
    const r = await mergePeople(db, actorOf(request), formBody(request));
    if (!r.ok) throw new AppError('validation_failed', r.errors[0]!.message, r.errors);
    return reply.redirect(`${back(request, '/officer/people')}?merged=1`, 303);
  });
  app.post('/officer/people/merges/:id/undo', editForm, async (request, reply) => {
    await undoPersonMerge(db, actorOf(request), idOf(request, 'Merge'));
    return reply.redirect(`${back(request, '/officer/people')}?unmerged=1`, 303);
  });
  app.get('/officer/people', { preHandler: view }, async (_request, reply) =>
    reply.render(`${T}officer-list.njk`, {
      title: 'People',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'People' }],
      people: await listPeople(db),
    }),
  );
  app.get('/officer/people/new', { preHandler: edit }, async (_request, reply) => reply.render(`${T}officer-form.njk`, personContext({})));
  app.post('/officer/people', editForm, async (request, reply) => {
    const r = await createPerson(db, actorOf(request), formBody(request));
    if (!r.ok) return invalidForm(reply, `${T}officer-form.njk`, personContext(formBody(request)), r.errors);
    return reply.redirect(`/people/${r.value.slug}`, 303);
  });
  app.get('/officer/people/:id/edit', { preHandler: edit }, async (request, reply) => {
    const p = await findPerson(db, idOf(request, 'Person'));
    if (!p) throw notFound('Person');
    return reply.render(`${T}officer-form.njk`, personContext(p as unknown as Record<string, unknown>, p.id));
  });
  app.post('/officer/people/:id', editForm, async (request, reply) => {
    const id = idOf(request, 'Person');
    const r = await updatePerson(db, actorOf(request), id, formBody(request));
    if (!r.ok) return invalidForm(reply, `${T}officer-form.njk`, personContext(formBody(request), id), r.errors);
    return reply.redirect(`/people/${r.value.slug}`, 303);
  });

  const membershipContext = async (values: Record<string, unknown>) => ({
    title: 'Add a member to a committee',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Add a member' }],
    values: { ...values, start: dateParts(joinDateParts(values, 'startDate')) },
    organisations: [
      { value: '', text: 'Select a committee' },
      ...(await listOrganisations(db)).map((o) => ({ value: String(o.id), text: o.name, selected: String(o.id) === String(values.organisationId ?? '') })),
    ],
    people: [
      { value: '', text: 'Select a person' },
      ...(await listPeople(db)).map((p) => ({
        value: String(p.id),
        text: p.printedName + (p.jobTitle ? `, ${p.jobTitle}` : ''),
        selected: String(p.id) === String(values.personId ?? ''),
      })),
    ],
    roles: membershipRoles.map((r) => ({ value: r, text: sentence(r), selected: r === (values.role ?? 'member') })),
  });
  app.get('/officer/memberships/new', { preHandler: edit }, async (request, reply) =>
    reply.render(`${T}membership-form.njk`, await membershipContext({ organisationId: (request.query as { organisation?: string }).organisation, votingRight: 'yes' })),
  );
  app.post('/officer/memberships', editForm, async (request, reply) => {
    const b = formBody(request);
    const r = await createMembership(db, actorOf(request), { ...b, startDate: joinDateParts(b, 'startDate') });
    if (!r.ok) return invalidForm(reply, `${T}membership-form.njk`, await membershipContext(b), r.errors.map(dateField('startDate')));
    const org = await findOrganisation(db, Number(b.organisationId));
    return reply.redirect(`/committees/${org?.slug ?? ''}`, 303);
  });
}
