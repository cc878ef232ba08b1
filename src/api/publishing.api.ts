import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { decisions, minutes } from '../db/schema.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { publishDecision } from '../modules/decisions/index.ts';
import { publishDocument, uploadDocument } from '../modules/documents/index.ts';
import { publishDraftMinutes } from '../modules/minutes/index.ts';
import { publishAgenda, sharedPdfRenderer } from '../modules/packs/index.ts';
import { accessChoiceFields, visible } from '../modules/visibility/index.ts';
import { actorOf, defineRoute, unwrap, type ApiRoute } from './api-route.ts';
import { findAgendaItemRow, findDocumentMeta, findMeetingRow } from './api.repo.ts';
import { linksFor, presentDocument } from './api.presenter.ts';
import { apiSchemas, idParams, instant } from './common.schema.ts';
import { documentDetailSchema } from './documents.schema.ts';
import { documentKinds } from '../db/schema.ts';

/** The fields of a document upload beside its `file`. */
const uploadBody = z.object({
  title: z.string().describe('The document title'),
  kind: z.enum(documentKinds).optional().describe('Defaults to report'),
  ...accessChoiceFields,
});

const publishAgendaBody = z.object({
  issuedBy: z.string().optional().describe('Who issues the agenda, as printed on the front sheet'),
  lateReason: z.string().optional().describe('Needed when publishing after the agenda deadline: the reason for urgency'),
});

const publishOutcomeSchema = z
  .object({
    packId: z.number().int(),
    version: z.number().int(),
    label: z.string().describe('"Agenda pack", then "Supplementary pack 1", …'),
    pdf: z.boolean().describe('Whether the PDF pack could be printed'),
    pdfProblem: z.string().nullable(),
    warnings: z.array(z.string()),
    totalPages: z.number().int(),
    late: z.boolean(),
  })
  .register(apiSchemas, { id: 'PublishOutcome' });

const reasonBody = z.object({ reason: z.string().describe('Why the paper is published after the agenda') });

const minutesStateSchema = z
  .object({
    id: z.number().int(),
    meetingId: z.number().int(),
    status: z.enum(['draft', 'approved', 'signed']),
    publication: z.enum(['draft', 'published', 'withdrawn']),
    publishedAt: instant.nullable(),
  })
  .register(apiSchemas, { id: 'MinutesState' });

const decisionStateSchema = z
  .object({
    id: z.number().int(),
    publication: z.enum(['draft', 'published', 'withdrawn']),
    publishedAt: instant.nullable(),
    callInStatus: z.string(),
    callInDeadline: instant.nullable(),
    effectiveFrom: instant.nullable(),
  })
  .register(apiSchemas, { id: 'DecisionState' });

/**
 * Publishing acts, through the same commands as the officer pages: upload a paper (a draft that
 * inherits its item's access class), publish an agenda, a late paper, draft minutes, a decision.
 */
export function publishingRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'POST',
      path: '/agenda-items/:id/documents',
      operationId: 'uploadAgendaItemDocument',
      summary: 'Upload a paper to an agenda item',
      description:
        'multipart/form-data with `file` and `title`. The paper is a draft until the agenda (or, after it, the paper) is published. Without `access` it has its agenda item’s access class: a paper of an exempt item is exempt with the same paragraph. `access: public` under an exempt item needs `accessReason`.',
      tag: 'Publishing',
      resource: 'Agenda item',
      permission: 'documents:upload',
      params: idParams,
      body: uploadBody,
      multipart: true,
      status: 201,
      response: documentDetailSchema,
      handler: async ({ request, reply, params, user }) => {
        const { db, storage } = request.server.services;
        const item = await findAgendaItemRow(db, request.viewer, params.id);
        if (!item) throw notFound('Agenda item');
        const fields: Record<string, unknown> = {};
        let file: { fileName: string; bytes: Buffer } | null = null;
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            const bytes = await part.toBuffer();
            if (part.filename && part.fieldname === 'file') file = { fileName: part.filename, bytes };
          } else fields[part.fieldname] = part.value;
        }
        const { id } = unwrap(
          await uploadDocument(db, storage, actorOf(user, request.viaToken), { kind: 'report', ...fields, meetingId: item.meetingId, agendaItemId: item.id }, file),
        );
        const doc = (await findDocumentMeta(db, request.viewer, id))!;
        const created = { ...presentDocument(doc, linksFor(request)), text: doc.textContent };
        reply.header('location', created.url);
        return created;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/meetings/:id/publish-agenda',
      operationId: 'publishAgenda',
      summary: 'Publish a meeting’s agenda (or a supplement)',
      description:
        'Builds the numbered HTML and PDF packs and publishes every draft item and paper of the meeting; exempt ones stay exempt. A second publication is a supplement. After the agenda deadline a `lateReason` is required.',
      tag: 'Publishing',
      resource: 'Meeting',
      permission: 'records:edit',
      params: idParams,
      body: publishAgendaBody,
      response: publishOutcomeSchema,
      handler: async ({ request, params, body, user }) => {
        const { db, storage } = request.server.services;
        if (!(await findMeetingRow(db, params.id))) throw notFound('Meeting');
        return unwrap(await publishAgenda(db, storage, sharedPdfRenderer, { ...actorOf(user, request.viaToken), displayName: user?.displayName }, params.id, body));
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/documents/:id/publish',
      operationId: 'publishDocument',
      summary: 'Publish a late paper',
      description: 'For a paper added after its meeting’s agenda was published; the reason is shown beside it. Before the agenda is published, papers are published with it.',
      tag: 'Publishing',
      resource: 'Document',
      permission: 'records:edit',
      params: idParams,
      body: reasonBody,
      response: documentDetailSchema,
      handler: async ({ request, params, body, user }) => {
        const { db } = request.server.services;
        if (!(await findDocumentMeta(db, request.viewer, params.id))) throw notFound('Document');
        unwrap(await publishDocument(db, actorOf(user, request.viaToken), params.id, body));
        const doc = (await findDocumentMeta(db, request.viewer, params.id))!;
        return { ...presentDocument(doc, linksFor(request)), text: doc.textContent };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/meetings/:id/publish-draft-minutes',
      operationId: 'publishDraftMinutes',
      summary: 'Publish a meeting’s draft minutes before their approval',
      description: 'Only once the meeting has taken place. Exempt minutes stay exempt.',
      tag: 'Publishing',
      resource: 'Meeting',
      permission: 'records:edit',
      params: idParams,
      response: minutesStateSchema,
      handler: async ({ request, params, user }) => {
        const { db } = request.server.services;
        if (!(await findMeetingRow(db, params.id))) throw notFound('Meeting');
        const [current] = await db
          .select()
          .from(minutes)
          .where(and(eq(minutes.meetingId, params.id), visible(request.viewer, 'minutes')))
          .orderBy(desc(minutes.version))
          .limit(1);
        if (!current) throw new AppError('conflict', 'This meeting has no minutes yet');
        unwrap(await publishDraftMinutes(db, actorOf(user, request.viaToken), current.id));
        const [m] = await db.select().from(minutes).where(eq(minutes.id, current.id));
        return { id: m!.id, meetingId: m!.meetingId, status: m!.status, publication: m!.publication, publishedAt: m!.publishedAt?.toISOString() ?? null };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/decisions/:id/publish',
      operationId: 'publishDecision',
      summary: 'Publish a decision',
      description: 'An executive decision’s call-in window is counted from now; it takes effect when the window closes.',
      tag: 'Publishing',
      resource: 'Decision',
      permission: 'records:edit',
      params: idParams,
      response: decisionStateSchema,
      handler: async ({ request, params, user }) => {
        const { db } = request.server.services;
        const [found] = await db
          .select({ id: decisions.id })
          .from(decisions)
          .where(and(eq(decisions.id, params.id), visible(request.viewer, 'decision')));
        if (!found) throw notFound('Decision');
        await publishDecision(db, actorOf(user, request.viaToken), params.id);
        const [d] = await db.select().from(decisions).where(eq(decisions.id, params.id));
        return {
          id: d!.id,
          publication: d!.publication,
          publishedAt: d!.publishedAt?.toISOString() ?? null,
          callInStatus: d!.callInStatus,
          callInDeadline: d!.callInDeadline?.toISOString() ?? null,
          effectiveFrom: d!.effectiveFrom?.toISOString() ?? null,
        };
      },
    }),
  ];
}
