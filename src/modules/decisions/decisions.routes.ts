import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../db/audit.ts';
import { toLondonDate } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import { dateParts, joinDateParts } from '../../lib/form-dates.ts';
import type { FieldError } from '../../lib/result.ts';
import { meetings } from '../meetings/meetings.table.ts';
import { declarations, minuteItems, minutes, resolutions } from '../minutes/minutes.table.ts';
import { listOrganisations } from '../organisations/index.ts';
import { listPeople } from '../people/index.ts';
import { schedule12a } from '../officer/officer.routes.ts';
import { correctDecision, recordDecision, updateDecision } from './commands/record-decision.ts';
import { publishDecision } from './commands/publish-decision.ts';
import { recordCallIn } from './commands/record-call-in.ts';
import { decisionMakers, decisionVersions, findDecision, listDecisionsForOfficers, searchPublicDecisions } from './decisions.repo.ts';
import { presentDecision } from './decisions.presenter.ts';
import type { decisions } from './decisions.table.ts';

const idParam = z.object({ id: z.coerce.number().int().positive().max(2147483647) });
const T = 'modules/decisions/views/';
const PAGE_SIZE = 20;
const day = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T12:00:00Z`)) && new Date(`${s}T12:00:00Z`).toISOString().startsWith(s));
const listQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  maker: z.string().trim().max(100).optional().catch(undefined),
  from: z.string().trim().max(20).optional().catch(undefined),
  to: z.string().trim().max(20).optional().catch(undefined),
  key: z.union([z.string(), z.array(z.string())]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).catch(1).default(1),
});

function actorOf(request: FastifyRequest): Actor {
  const u = request.user!;
  return { userId: u.id, label: u.email, role: u.role };
}

function idOf(request: FastifyRequest, what: string): number {
  const p = idParam.safeParse(request.params);
  if (!p.success) throw notFound(what);
  return p.data.id;
}

const body = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>;
const dateError = (name: string) => (e: FieldError) => (e.field === name ? { ...e, field: `${name}-day` } : e);

type Decision = typeof decisions.$inferSelect;

/** The form values of a stored decision. */
function valuesOf(d: Decision, organisationKind: string | null, personKind: string | null): Record<string, unknown> {
  const makerKind = d.makerOrganisationId ? (organisationKind === 'cabinet' ? 'cabinet' : 'committee') : personKind === 'officer' ? 'officer' : 'cabinet-member';
  return { ...d, makerKind, decidedOn: d.decidedOn, isKey: d.isKey ? 'yes' : 'no', exempt: d.isPublic ? 'no' : 'yes' };
}

/** Public decisions register and the clerk's decision pages: record, publish (call-in), correct, call-in outcomes. */
export async function decisionsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const view = app.requireCan('officer-area:view');
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };

  // Public register
  app.get('/decisions', async (request, reply) => {
    const q = listQuery.parse(request.query);
    const errors: FieldError[] = [];
    if (q.from && !day.safeParse(q.from).success) errors.push({ field: 'from', message: 'Enter a real date, like 2026-01-31' });
    if (q.to && !day.safeParse(q.to).success) errors.push({ field: 'to', message: 'Enter a real date, like 2026-12-31' });
    const keyOnly = [q.key].flat().includes('yes');
    const filters = { q: q.q || undefined, maker: q.maker || undefined, from: errors.some((e) => e.field === 'from') ? undefined : q.from || undefined, to: errors.some((e) => e.field === 'to') ? undefined : q.to || undefined, keyOnly };
    const { rows, total } = await searchPublicDecisions(db, { ...filters, limit: PAGE_SIZE, offset: (q.page - 1) * PAGE_SIZE });
    const pages = Math.ceil(total / PAGE_SIZE);
    const link = (page: number) => {
      const sp = new URLSearchParams();
      for (const [k, v] of Object.entries({ q: filters.q, maker: filters.maker, from: q.from, to: q.to, key: keyOnly ? 'yes' : undefined })) if (v) sp.set(k, v);
      sp.set('page', String(page));
      return `/decisions?${sp.toString()}`;
    };
    const makers = await decisionMakers(db);
    return reply.code(errors.length ? 400 : 200).render(`${T}list.njk`, {
      title: 'Decisions',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Decisions' }],
      decisions: rows.map((d) => presentDecision(d)),
      total,
      errors,
      filters: { ...filters, from: q.from, to: q.to },
      makers: [
        { value: '', text: 'All decision makers' },
        ...makers.map((m) => ({ value: m.slug, text: m.name, selected: m.slug === filters.maker })),
        { value: 'cabinet-member', text: 'Cabinet Members', selected: filters.maker === 'cabinet-member' },
        { value: 'officer', text: 'Officers', selected: filters.maker === 'officer' },
      ],
      pagination: pages > 1 ? { previous: q.page > 1 ? { href: link(q.page - 1) } : undefined, next: q.page < pages ? { href: link(q.page + 1) } : undefined, items: Array.from({ length: Math.min(pages, 10) }, (_, i) => ({ number: i + 1, href: link(i + 1), current: i + 1 === q.page })) } : undefined,
    });
  });

  const versionsContext = async (d: Decision) => {
    const versions = await decisionVersions(db, d.id);
    const replacedBy = versions.find((v) => v.supersedesId === d.id && v.publishedAt);
    const earlier = versions
      .filter((v) => v.version < d.version && v.publishedAt)
      .map((v) => ({ id: v.id, version: v.version, publishedAt: v.publishedAt, replacedReason: versions.find((n) => n.supersedesId === v.id)?.correctionReason }));
    return { replacedBy, earlier };
  };

  app.get('/decisions/:id', async (request, reply) => {
    const row = await findDecision(db, idOf(request, 'Decision'));
    // Exempt decisions and drafts never reach the public, whoever asks.
    if (!row || !row.decision.publishedAt || !row.decision.isPublic) throw notFound('Decision');
    const d = presentDecision(row.decision);
    return reply.render(`${T}decision.njk`, {
      title: d.title,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Decisions', href: '/decisions' }, { text: 'Decision' }],
      d,
      ...(await versionsContext(row.decision)),
    });
  });

  // Officer pages
  app.get('/officer/decisions', { preHandler: view }, async (_request, reply) =>
    reply.render(`${T}officer-list.njk`, {
      title: 'Decisions',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Decisions' }],
      decisions: (await listDecisionsForOfficers(db)).map((d) => presentDecision(d)),
    }),
  );

  const formContext = async (values: Record<string, unknown>, opts: { action: string; title: string; correcting?: boolean }) => {
    const [orgs, people] = await Promise.all([listOrganisations(db), listPeople(db)]);
    const decided = typeof values.decidedOn === 'string' ? values.decidedOn : joinDateParts(values, 'decidedOn');
    return {
      title: opts.title,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Decisions', href: '/officer/decisions' }, { text: opts.title }],
      action: opts.action,
      back: '/officer/decisions',
      values,
      submitText: opts.correcting ? 'Publish the corrected version' : 'Save draft decision',
      intro: opts.correcting ? 'A published decision is never changed. The correction is published as a new version; the earlier version stays public with your reason.' : 'The decision is saved as a draft. It is published, and any call-in period starts, when you publish it.',
      fields: [
        ...(opts.correcting ? [{ type: 'textarea', name: 'correctionReason', label: 'Reason for the correction', hint: 'This is published with both versions', rows: 3 }] : []),
        { type: 'hidden', name: 'meetingId' },
        { type: 'hidden', name: 'minuteItemId' },
        { type: 'hidden', name: 'resolutionId' },
        { type: 'radios', name: 'makerKind', label: 'Who made the decision?', items: [
          { value: 'cabinet', text: 'Cabinet', checked: values.makerKind === 'cabinet' },
          { value: 'cabinet-member', text: 'A Cabinet Member', checked: values.makerKind === 'cabinet-member' },
          { value: 'committee', text: 'A committee or Full Council', checked: values.makerKind === 'committee' },
          { value: 'officer', text: 'An officer, under delegated powers', checked: values.makerKind === 'officer' },
        ] },
        { type: 'select', name: 'makerOrganisationId', label: 'Cabinet or committee (for Cabinet and committee decisions)', items: [{ value: '', text: 'Select a committee' }, ...orgs.map((o) => ({ value: String(o.id), text: o.name, selected: String(o.id) === String(values.makerOrganisationId ?? '') }))] },
        { type: 'select', name: 'makerPersonId', label: 'Person (for Cabinet Member and officer decisions)', items: [{ value: '', text: 'Select a person' }, ...people.map((p) => ({ value: String(p.id), text: `${p.printedName}${p.jobTitle ? `, ${p.jobTitle}` : ''}`, selected: String(p.id) === String(values.makerPersonId ?? '') }))] },
        { type: 'input', name: 'title', label: 'Title' },
        { type: 'textarea', name: 'decisionText', label: 'Decision', rows: 6 },
        { type: 'date', name: 'decidedOn', errorField: 'decidedOn-day', label: 'Date of the decision', hint: 'For example, 11 11 2026', parts: dateParts(decided) },
        { type: 'textarea', name: 'reasons', label: 'Reasons for the decision', rows: 4 },
        { type: 'textarea', name: 'alternativesRejected', label: 'Alternative options considered and rejected (optional)', rows: 3 },
        { type: 'textarea', name: 'conflicts', label: 'Conflicts of interest declared (optional)', rows: 2 },
        { type: 'textarea', name: 'dispensations', label: 'Dispensations granted (optional)', rows: 2 },
        { type: 'radios', name: 'isKey', label: 'Is this a key decision?', items: [{ value: 'no', text: 'No', checked: values.isKey !== 'yes' }, { value: 'yes', text: 'Yes', checked: values.isKey === 'yes' }] },
        { type: 'input', name: 'forwardPlanRef', label: 'Forward Plan reference (for key decisions)', hint: 'For example, FP/26/11/03', classes: 'govuk-input--width-10' },
        { type: 'radios', name: 'exempt', label: 'Is the decision exempt from publication?', hint: 'An exempt decision is never shown to the public', items: [{ value: 'no', text: 'No, it is public', checked: values.exempt !== 'yes' }, { value: 'yes', text: 'Yes, it contains exempt information', checked: values.exempt === 'yes' }] },
        { type: 'select', name: 'exemptParagraph', label: 'Paragraph of Schedule 12A (for exempt decisions)', items: [{ value: '', text: 'Select a paragraph' }, ...schedule12a.map((t, i) => ({ value: String(i + 1), text: `Paragraph ${i + 1}: ${t}`, selected: String(i + 1) === String(values.exemptParagraph ?? '') }))] },
      ],
    };
  };
  const input = (b: Record<string, unknown>) => ({ ...b, decidedOn: joinDateParts(b, 'decidedOn') });
  const invalidForm = async (reply: FastifyReply, b: Record<string, unknown>, opts: Parameters<typeof formContext>[1], errors: FieldError[]) =>
    reply.code(400).render(`${T}form.njk`, { ...(await formContext(b, opts)), errors: errors.map(dateError('decidedOn')) });

  /** Prefills a new decision from a minute's resolution (?resolution=) or a meeting (?meeting=). */
  const prefill = async (query: { resolution?: string; meeting?: string }): Promise<Record<string, unknown>> => {
    const resolutionId = Number(query.resolution);
    if (Number.isInteger(resolutionId) && resolutionId > 0) {
      const [r] = await db
        .select({ resolution: resolutions, item: minuteItems, meeting: meetings })
        .from(resolutions)
        .innerJoin(minuteItems, eq(minuteItems.id, resolutions.minuteItemId))
        .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
        .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
        .where(eq(resolutions.id, resolutionId));
      if (!r) throw notFound('Resolution');
      const orgs = await listOrganisations(db);
      const org = orgs.find((o) => o.id === r.meeting.organisationId);
      const declared = r.item.agendaItemId
        ? await db.select().from(declarations).where(and(eq(declarations.meetingId, r.meeting.id), eq(declarations.agendaItemId, r.item.agendaItemId), isNull(declarations.deletedAt)))
        : [];
      return {
        meetingId: r.meeting.id,
        minuteItemId: r.item.id,
        resolutionId: r.resolution.id,
        makerKind: org?.kind === 'cabinet' ? 'cabinet' : 'committee',
        makerOrganisationId: r.meeting.organisationId,
        title: r.item.title,
        decisionText: r.resolution.text + (r.resolution.delegation ? ` Delegated: ${r.resolution.delegation}` : ''),
        decidedOn: toLondonDate(r.meeting.startAt),
        reasons: r.item.reasons,
        alternativesRejected: r.item.alternativesConsidered,
        conflicts: declared.map((d) => `${d.printedName}: ${d.interest}${d.action ? ` (${d.action})` : ''}`).join('\n') || undefined,
        dispensations: declared.map((d) => d.dispensation).filter(Boolean).join('\n') || undefined,
        exempt: r.item.isPublic ? 'no' : 'yes',
        exemptParagraph: r.item.exemptParagraph,
      };
    }
    const meetingId = Number(query.meeting);
    if (Number.isInteger(meetingId) && meetingId > 0) {
      const [m] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
      if (!m) throw notFound('Meeting');
      const org = (await listOrganisations(db)).find((o) => o.id === m.organisationId);
      return { meetingId: m.id, makerKind: org?.kind === 'cabinet' ? 'cabinet' : 'committee', makerOrganisationId: m.organisationId, decidedOn: toLondonDate(m.startAt) };
    }
    return {};
  };

  const newOpts = { action: '/officer/decisions', title: 'Record a decision' };
  app.get('/officer/decisions/new', { preHandler: edit }, async (request, reply) =>
    reply.render(`${T}form.njk`, await formContext(await prefill(request.query as { resolution?: string; meeting?: string }), newOpts)),
  );
  app.post('/officer/decisions', editForm, async (request, reply) => {
    const b = body(request);
    const r = await recordDecision(db, actorOf(request), input(b));
    if (!r.ok) return invalidForm(reply, b, newOpts, r.errors);
    return reply.redirect(`/officer/decisions/${r.value.id}`, 303);
  });

  app.get('/officer/decisions/:id', { preHandler: view }, async (request, reply) => {
    const row = await findDecision(db, idOf(request, 'Decision'));
    if (!row) throw notFound('Decision');
    const d = presentDecision(row.decision);
    return reply.render(`${T}officer-decision.njk`, {
      title: d.title,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Decisions', href: '/officer/decisions' }, { text: 'Decision' }],
      d,
      ...(await versionsContext(row.decision)),
    });
  });

  const refuse = (reply: FastifyReply, id: number) =>
    reply.code(409).render('modules/minutes/views/workflow/locked.njk', {
      title: 'This decision cannot be changed',
      message: 'This decision has been published and is a legal record. It cannot be changed: make a correction, which publishes a new version with a reason.',
      back: `/officer/decisions/${id}`,
    });

  app.get('/officer/decisions/:id/edit', { preHandler: edit }, async (request, reply) => {
    const row = await findDecision(db, idOf(request, 'Decision'));
    if (!row) throw notFound('Decision');
    if (row.decision.publishedAt) return refuse(reply, row.decision.id);
    return reply.render(`${T}form.njk`, await formContext(valuesOf(row.decision, row.organisation?.kind ?? null, row.person?.kind ?? null), { action: `/officer/decisions/${row.decision.id}`, title: 'Edit draft decision' }));
  });
  app.post('/officer/decisions/:id', editForm, async (request, reply) => {
    const id = idOf(request, 'Decision');
    const b = body(request);
    const r = await updateDecision(db, actorOf(request), id, input(b));
    if (!r.ok) return invalidForm(reply, b, { action: `/officer/decisions/${id}`, title: 'Edit draft decision' }, r.errors);
    return reply.redirect(`/officer/decisions/${id}`, 303);
  });
  app.post('/officer/decisions/:id/publish', editForm, async (request, reply) => {
    const id = idOf(request, 'Decision');
    await publishDecision(db, actorOf(request), id);
    return reply.redirect(`/officer/decisions/${id}`, 303);
  });

  const correctOpts = (id: number) => ({ action: `/officer/decisions/${id}/correct`, title: 'Correct a published decision', correcting: true });
  app.get('/officer/decisions/:id/correct', { preHandler: edit }, async (request, reply) => {
    const row = await findDecision(db, idOf(request, 'Decision'));
    if (!row) throw notFound('Decision');
    if (!row.decision.publishedAt) return reply.redirect(`/officer/decisions/${row.decision.id}/edit`, 303);
    return reply.render(`${T}form.njk`, await formContext({ ...valuesOf(row.decision, row.organisation?.kind ?? null, row.person?.kind ?? null), correctionReason: '' }, correctOpts(row.decision.id)));
  });
  app.post('/officer/decisions/:id/correct', editForm, async (request, reply) => {
    const id = idOf(request, 'Decision');
    const b = body(request);
    const r = await correctDecision(db, actorOf(request), id, input(b));
    if (!r.ok) return invalidForm(reply, b, correctOpts(id), r.errors);
    return reply.redirect(`/officer/decisions/${r.value.id}`, 303);
  });

  const callInContext = (d: ReturnType<typeof presentDecision>, values: Record<string, unknown>) => ({
    title: 'Record call-in',
    caption: d.title,
    intro: d.callInOpen ? 'Record a call-in received before the call-in deadline. The decision will not take effect until scrutiny has considered it.' : 'The decision has been called in. Record what scrutiny decided.',
    breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Decisions', href: '/officer/decisions' }, { text: 'Call-in' }],
    action: `/officer/decisions/${d.id}/call-in`,
    back: `/officer/decisions/${d.id}`,
    values,
    submitText: 'Save',
    fields: [
      { type: 'radios', name: 'outcome', label: 'What happened?', items: d.callInOpen
        ? [{ value: 'called-in', text: 'Called in by scrutiny', checked: values.outcome === 'called-in' }]
        : [
            { value: 'no-further-action', text: 'Scrutiny took no further action: the decision takes effect now', checked: values.outcome === 'no-further-action' },
            { value: 'referred-back', text: 'Referred back to the decision maker', checked: values.outcome === 'referred-back' },
          ] },
      { type: 'textarea', name: 'note', label: 'Note', hint: 'Who called it in and why, or what scrutiny decided and when', rows: 3 },
    ],
  });
  app.get('/officer/decisions/:id/call-in', { preHandler: edit }, async (request, reply) => {
    const row = await findDecision(db, idOf(request, 'Decision'));
    if (!row || !row.decision.publishedAt) throw notFound('Decision');
    return reply.render(`${T}form.njk`, callInContext(presentDecision(row.decision), {}));
  });
  app.post('/officer/decisions/:id/call-in', editForm, async (request, reply) => {
    const id = idOf(request, 'Decision');
    const r = await recordCallIn(db, actorOf(request), id, body(request));
    if (!r.ok) {
      const row = await findDecision(db, id);
      if (!row) throw notFound('Decision');
      return reply.code(400).render(`${T}form.njk`, { ...callInContext(presentDecision(row.decision), body(request)), errors: r.errors });
    }
    return reply.redirect(`/officer/decisions/${id}`, 303);
  });
}
