import { z } from 'zod';
import { notFound } from '../lib/errors.ts';
import { decisionInput, findDecision, presentDecision, recordDecision } from '../modules/decisions/index.ts';
import { viewerOf } from '../modules/visibility/index.ts';
import { actorOf, defineRoute, unwrap, type ApiRoute } from './api-route.ts';
import { apiSchemas, calendarDate, idParams, instant } from './common.schema.ts';

const decisionSchema = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    title: z.string(),
    decisionText: z.string(),
    decidedOn: calendarDate,
    makerText: z.string().describe('Who made it: a committee, Cabinet, a Cabinet Member or an officer'),
    individual: z.boolean().describe('Taken by a Cabinet Member or an officer without a meeting'),
    reasons: z.string().nullable(),
    alternativesRejected: z.string().nullable(),
    conflicts: z.string().nullable(),
    dispensations: z.string().nullable(),
    isKey: z.boolean(),
    forwardPlanRef: z.string().nullable(),
    reportId: z.number().int().nullable().describe('The report the decision was taken on'),
    publication: z.string(),
    publishedAt: instant.nullable(),
    callIn: z.string().describe('The call-in state in words'),
    callInDeadline: instant.nullable(),
    effectiveFrom: instant.nullable(),
  })
  .register(apiSchemas, { id: 'Decision' });

type Found = NonNullable<Awaited<ReturnType<typeof findDecision>>>;

/** Whitelists what of a decision leaves the server. */
function present(row: Found): z.infer<typeof decisionSchema> {
  const d = presentDecision(row.decision);
  return {
    id: d.id,
    version: d.version,
    title: d.title,
    decisionText: d.decisionText,
    decidedOn: d.decidedOn,
    makerText: d.makerText,
    individual: row.decision.makerOrganisationId === null && row.decision.meetingId === null,
    reasons: d.reasons,
    alternativesRejected: d.alternativesRejected,
    conflicts: d.conflicts,
    dispensations: d.dispensations,
    isKey: d.isKey,
    forwardPlanRef: d.forwardPlanRef,
    reportId: row.decision.reportId,
    publication: d.publication,
    publishedAt: d.publishedAt?.toISOString() ?? null,
    callIn: d.callInLabel,
    callInDeadline: d.callInDeadline?.toISOString() ?? null,
    effectiveFrom: d.effectiveFrom?.toISOString() ?? null,
  };
}

/** Decisions (by meetings, Cabinet Members and officers): read through the visibility checkpoint, recorded through the same command as the officer screens. */
export function decisionRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/decisions/:id',
      operationId: 'getDecision',
      summary: 'One decision record',
      description: 'A draft or exempt decision answers 404, exactly as a missing one, unless the caller is entitled to it.',
      tag: 'Decisions',
      resource: 'Decision',
      params: idParams,
      response: decisionSchema,
      handler: async ({ request, params }) => {
        const row = await findDecision(request.server.services.db, request.viewer, params.id);
        if (!row) throw notFound('Decision');
        return present(row);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/decisions',
      operationId: 'recordDecision',
      summary: 'Record a decision as a draft',
      description:
        '`makerKind` is `cabinet` or `committee` (with `makerOrganisationId`), or `cabinet-member` or `officer` (with `makerPersonId`) for a decision taken without a meeting. A key decision needs its Forward Plan entry published 28 clear days before (or a published general exception or special urgency notice); an individual key decision needs its report (`reportId`, or the entry’s report) published 5 clear working days before. Publish it with `POST /decisions/{id}/publish`.',
      tag: 'Decisions',
      permission: 'records:edit',
      body: decisionInput,
      status: 201,
      response: decisionSchema,
      handler: async ({ request, reply, body, user }) => {
        const { db } = request.server.services;
        const { id } = unwrap(await recordDecision(db, actorOf(user, request.viaToken), body));
        reply.header('location', `/api/v1/decisions/${id}`);
        return present((await findDecision(db, viewerOf(user), id))!);
      },
    }),
  ];
}
