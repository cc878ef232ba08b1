import type { FastifyInstance, FastifyRequest } from 'fastify';
import { and, desc, eq, gte, isNull, or } from 'drizzle-orm';
import { toLondonDate } from '../../lib/dates.ts';
import { auditEvents, documents, meetings, memberships, organisations, people, users } from '../../db/schema.ts';
import { notFound } from '../../lib/errors.ts';
import type { FieldError } from '../../lib/result.ts';
import { actorOf, formBody, idOf } from '../../web/route-helpers.ts';
import { listUsersWithRoles } from '../accounts/index.ts';
import { grantAccess } from './commands/grant-access.ts';
import { revokeAccess } from './commands/revoke-access.ts';
import { accessLabel } from './visibility.presenter.ts';
import { accessGrants } from './visibility.table.ts';

const historyWords: Record<string, string> = {
  'document.upload': 'Uploaded as a draft',
  'document.publish': 'Published',
  'document.withdraw': 'Withdrawn',
  'document.access-inherited': 'Access changed with its agenda item',
  'access.grant': 'Access granted',
  'access.revoke': 'Access revoked',
};

/** The reason or note an audit event recorded, for the history table. */
const detailOf = (after: unknown): string => {
  const a = (after ?? {}) as Record<string, unknown>;
  return [a.note, a.reason, a.access && `now ${String(a.access)}${a.exemptParagraph ? `, paragraph ${String(a.exemptParagraph)}` : ''}`]
    .filter((x) => typeof x === 'string' && x)
    .join('; ');
};

/**
 * A paper's access and history, for the clerk: the committee members entitled by membership, and
 * councillors granted access (with the reason, who granted it and when); grant and revoke, audited.
 */
export async function accessRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };

  const page = async (request: FastifyRequest, values: Record<string, unknown> = {}, errors?: FieldError[]) => {
    const [doc] = await db
      .select()
      .from(documents)
      .where(eq(documents.id, idOf(request, 'Document')));
    if (!doc || doc.deletedAt) throw notFound('Document');
    const [meeting] = doc.meetingId
      ? await db
          .select({ startAt: meetings.startAt, organisationId: meetings.organisationId, organisationName: organisations.name })
          .from(meetings)
          .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
          .where(eq(meetings.id, doc.meetingId))
      : [];
    const members = meeting
      ? await db
          .select({ name: people.printedName, role: memberships.role, startDate: memberships.startDate, endDate: memberships.endDate })
          .from(memberships)
          .innerJoin(people, eq(people.id, memberships.personId))
          .where(
            and(
              eq(memberships.organisationId, meeting.organisationId),
              isNull(memberships.deletedAt),
              or(isNull(memberships.endDate), gte(memberships.endDate, toLondonDate(meeting.startAt))),
            ),
          )
      : [];
    const grants = await db
      .select({ grant: accessGrants, userName: users.displayName, email: users.email })
      .from(accessGrants)
      .innerJoin(users, eq(users.id, accessGrants.userId))
      .where(and(eq(accessGrants.subjectType, 'document'), eq(accessGrants.subjectId, doc.id)))
      .orderBy(desc(accessGrants.createdAt));
    const candidates = await listUsersWithRoles(db, ['councillor', 'report-author']);
    const history = await db
      .select({ at: auditEvents.at, actorLabel: auditEvents.actorLabel, action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'document'), eq(auditEvents.subjectId, String(doc.id))))
      .orderBy(desc(auditEvents.id))
      .limit(50);
    return {
      title: 'Who can read this paper, and its history',
      caption: doc.title,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, ...(doc.meetingId ? [{ text: 'Meeting', href: `/officer/meetings/${doc.meetingId}` }] : []), { text: 'Access' }],
      doc: { ...doc, accessText: accessLabel(doc) },
      committee: meeting?.organisationName ?? null,
      members,
      grants: grants.map((g) => ({ ...g.grant, userName: g.userName, email: g.email })),
      history: history.map((h) => ({ ...h, what: historyWords[h.action] ?? h.action, detail: detailOf(h.after) })),
      values,
      errors,
      users: [
        { value: '', text: 'Select a councillor' },
        ...candidates.map((u) => ({ value: String(u.id), text: `${u.displayName} (${u.email})`, selected: String(u.id) === String(values.userId ?? '') })),
      ],
    };
  };

  app.get('/officer/documents/:id/access', { preHandler: edit }, async (request, reply) => reply.render('modules/visibility/views/access.njk', await page(request)));
  app.post('/officer/documents/:id/access', editForm, async (request, reply) => {
    const id = idOf(request, 'Document');
    const b = formBody(request);
    const r = await grantAccess(db, actorOf(request), { subjectType: 'document', subjectId: id, userId: b.userId, reason: b.reason });
    if (!r.ok) return reply.code(400).render('modules/visibility/views/access.njk', await page(request, b, r.errors));
    return reply.redirect(`/officer/documents/${id}/access`, 303);
  });
  app.post('/officer/documents/:id/access/:grantId/revoke', editForm, async (request, reply) => {
    const id = idOf(request, 'Document');
    const grantId = idOf(request, 'Grant', 'grantId');
    const [g] = await db
      .select()
      .from(accessGrants)
      .where(and(eq(accessGrants.id, grantId), eq(accessGrants.subjectType, 'document'), eq(accessGrants.subjectId, id)));
    if (!g) throw notFound('Grant');
    if (!g.revokedAt) await revokeAccess(db, actorOf(request), grantId);
    return reply.redirect(`/officer/documents/${id}/access`, 303);
  });
}
