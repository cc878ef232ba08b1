import type { FastifyInstance } from 'fastify';
import { notFound } from '../../lib/errors.ts';
import { actorOf, formBody, idOf, invalidForm } from '../../web/route-helpers.ts';
import { organisationKinds } from '../../db/schema.ts';
import { createOrganisation } from './commands/create-organisation.ts';
import { updateOrganisation } from './commands/update-organisation.ts';
import { findOrganisation, listMembers, listOrganisations } from './organisations.repo.ts';
import { organisationKindLabel } from './organisations.presenter.ts';

const T = 'modules/organisations/views/';

/** The officer screens for organisations: list, add, edit. */
export async function officerOrganisationsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };

  const formContext = async (values: Record<string, unknown>, id?: number) => ({
    title: id ? 'Edit organisation' : 'Add an organisation',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Organisations', href: '/officer/organisations' }, { text: id ? 'Edit' : 'Add' }],
    action: id ? `/officer/organisations/${id}` : '/officer/organisations',
    values,
    kinds: organisationKinds.map((k) => ({ value: k, text: organisationKindLabel(k), selected: k === values.kind })),
    parents: [
      { value: '', text: 'None' },
      ...(await listOrganisations(db)).filter((o) => o.id !== id).map((o) => ({ value: String(o.id), text: o.name, selected: String(o.id) === String(values.parentId ?? '') })),
    ],
  });

  app.get('/officer/organisations', { preHandler: view }, async (_request, reply) =>
    reply.render(`${T}officer-list.njk`, {
      title: 'Organisations',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Organisations' }],
      organisations: (await listOrganisations(db)).map((o) => ({ ...o, kindLabel: organisationKindLabel(o.kind) })),
    }),
  );
  app.get('/officer/organisations/new', { preHandler: edit }, async (_request, reply) => reply.render(`${T}officer-form.njk`, await formContext({})));
  app.post('/officer/organisations', editForm, async (request, reply) => {
    const r = await createOrganisation(db, actorOf(request), formBody(request));
    if (!r.ok) return invalidForm(reply, `${T}officer-form.njk`, await formContext(formBody(request)), r.errors);
    return reply.redirect(`/committees/${r.value.slug}`, 303);
  });
  app.get('/officer/organisations/:id/edit', { preHandler: edit }, async (request, reply) => {
    const org = await findOrganisation(db, idOf(request, 'Organisation'));
    if (!org) throw notFound('Organisation');
    const values = { ...org, publicQuestionRule: org.rules.publicQuestions ?? '' };
    return reply.render(`${T}officer-form.njk`, { ...(await formContext(values, org.id)), members: await listMembers(db, org.id) });
  });
  app.post('/officer/organisations/:id', editForm, async (request, reply) => {
    const id = idOf(request, 'Organisation');
    const r = await updateOrganisation(db, actorOf(request), id, formBody(request));
    if (!r.ok) return invalidForm(reply, `${T}officer-form.njk`, await formContext(formBody(request), id), r.errors);
    return reply.redirect(`/committees/${r.value.slug}`, 303);
  });
}
