import { z } from 'zod';
import type { forwardPlanEntries } from '../db/schema.ts';
import { notFound } from '../lib/errors.ts';
import {
  createForwardPlanEntry,
  createNotice,
  findEntry,
  forwardPlanVersion,
  forwardPlanVersionsFor,
  listEntries,
  noticeFor,
  noticesFor,
  publishForwardPlanVersion,
  publishNotice,
  updateForwardPlanEntry,
} from '../modules/forward-plan/index.ts';
import { toLondonDate } from '../lib/dates.ts';
import { actorOf, defineRoute, unwrap, type ApiRoute } from './api-route.ts';
import { idParams } from './common.schema.ts';
import { entryBody, forwardPlanEntrySchema, forwardPlanVersionSchema, noticeBody, noticeSchema, versionBody, versionParams } from './forward-plan.schema.ts';

type EntryRow = typeof forwardPlanEntries.$inferSelect;
type NoticeRow = NonNullable<Awaited<ReturnType<typeof noticeFor>>>;

/** Whitelists what of an entry leaves the server: never its private details. */
const presentEntry = (e: EntryRow): z.infer<typeof forwardPlanEntrySchema> => ({
  id: e.id,
  ref: e.ref,
  publication: e.publication,
  firstPublished: e.firstPublished,
  decisionDateText: e.decisionDateText,
  decisionDate: e.decisionDate,
  decisionDateQualifier: e.decisionDateQualifier,
  decisionMakers: e.decisionMakers,
  issue: e.issue,
  decision: e.decision,
  documents: e.documents,
  exempt: e.exempt,
  exemptMatterParagraph: e.exemptMatterParagraph,
  contacts: e.contacts,
  keySpend: e.keySpend,
  keyDivisions: e.keyDivisions,
  divisionsAffected: e.divisionsAffected,
  reportId: e.reportId,
  historical: !e.managed,
  statusText: e.statusText,
  ended: e.ended,
});
const presentNotice = (n: NoticeRow): z.infer<typeof noticeSchema> => ({
  id: n.id,
  kind: n.kind,
  forwardPlanEntryId: n.forwardPlanEntryId,
  title: n.title,
  decisionMaker: n.decisionMaker,
  decisionDate: n.decisionDate,
  reasons: n.reasons,
  scrutinyChair: n.scrutinyChair,
  chairInformedOn: n.chairInformedOn,
  chairAgreedOn: n.chairAgreedOn,
  privateStage: n.privateStage,
  representations: n.representations,
  publication: n.publication,
  publishedAt: n.publishedAt?.toISOString() ?? null,
});
const presentVersion = (v: { number: number; publishedOn: string; note: string | null; entries: unknown[] }) => ({
  number: v.number,
  publishedOn: v.publishedOn,
  note: v.note,
  entries: v.entries as Record<string, unknown>[],
});

/** The Forward Plan: entries, published versions and notices; reads through the visibility checkpoint, writes through the commands. */
export function forwardPlanApiRoutes(): ApiRoute[] {
  const T = 'Forward Plan';
  const entry = async (db: Parameters<typeof forwardPlanVersionsFor>[0], viewer: Parameters<typeof forwardPlanVersionsFor>[1], id: number) =>
    (await findEntry(db, viewer, id, toLondonDate(new Date())))?.entry;
  return [
    defineRoute({
      method: 'GET',
      path: '/forward-plan/entries',
      operationId: 'listForwardPlanEntries',
      summary: 'Forward Plan entries',
      tag: T,
      response: z.object({ data: z.array(forwardPlanEntrySchema) }),
      handler: async ({ request }) => ({
        data: (await listEntries(request.server.services.db, request.viewer)).map(presentEntry),
      }),
    }),
    defineRoute({
      method: 'GET',
      path: '/forward-plan/entries/:id',
      operationId: 'getForwardPlanEntry',
      summary: 'One Forward Plan entry',
      tag: T,
      resource: 'Forward Plan entry',
      params: idParams,
      response: forwardPlanEntrySchema,
      handler: async ({ request, params }) => {
        const e = await entry(request.server.services.db, request.viewer, params.id);
        if (!e) throw notFound('Forward Plan entry');
        return presentEntry(e);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/forward-plan/entries',
      operationId: 'createForwardPlanEntry',
      summary: 'Add a draft Forward Plan entry',
      description: 'It is numbered FP/YY/MM/NN when the Forward Plan is next published. `privateDetails` is kept for officers and never returned.',
      tag: T,
      permission: 'records:edit',
      body: entryBody,
      status: 201,
      response: forwardPlanEntrySchema,
      handler: async ({ request, body, user }) => {
        const { db } = request.server.services;
        const { id } = unwrap(await createForwardPlanEntry(db, actorOf(user, request.viaToken), body));
        return presentEntry((await entry(db, request.viewer, id))!);
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/forward-plan/entries/:id',
      operationId: 'updateForwardPlanEntry',
      summary: 'Change a Forward Plan entry written in Shirehall',
      description: 'Send every field (the entry is validated whole). Imported entries are historical and answer 409.',
      tag: T,
      resource: 'Forward Plan entry',
      permission: 'records:edit',
      params: idParams,
      body: entryBody,
      response: forwardPlanEntrySchema,
      handler: async ({ request, params, body, user }) => {
        const { db } = request.server.services;
        if (!(await entry(db, request.viewer, params.id))) throw notFound('Forward Plan entry');
        unwrap(await updateForwardPlanEntry(db, actorOf(user, request.viaToken), params.id, body));
        return presentEntry((await entry(db, request.viewer, params.id))!);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/forward-plan/versions',
      operationId: 'listForwardPlanVersions',
      summary: 'Every published version of the Forward Plan, newest first',
      tag: T,
      response: z.object({ data: z.array(forwardPlanVersionSchema) }),
      handler: async ({ request }) => ({ data: (await forwardPlanVersionsFor(request.server.services.db, request.viewer)).map(presentVersion) }),
    }),
    defineRoute({
      method: 'GET',
      path: '/forward-plan/versions/:number',
      operationId: 'getForwardPlanVersion',
      summary: 'One published version of the Forward Plan, with its entries as published',
      tag: T,
      resource: 'Forward Plan version',
      params: versionParams,
      response: forwardPlanVersionSchema,
      handler: async ({ request, params }) => {
        const v = await forwardPlanVersion(request.server.services.db, request.viewer, params.number);
        if (!v) throw notFound('Forward Plan version');
        return presentVersion(v);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/forward-plan/versions',
      operationId: 'publishForwardPlanVersion',
      summary: 'Publish the next version of the Forward Plan',
      tag: T,
      permission: 'records:edit',
      body: versionBody,
      status: 201,
      response: forwardPlanVersionSchema,
      handler: async ({ request, body, user }) => {
        const { db } = request.server.services;
        const { number } = unwrap(await publishForwardPlanVersion(db, actorOf(user, request.viaToken), { note: typeof body.note === 'string' ? body.note : undefined }));
        return presentVersion((await forwardPlanVersion(db, request.viewer, number))!);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/notices',
      operationId: 'listNotices',
      summary: 'General exception, special urgency and private meeting notices',
      tag: T,
      response: z.object({ data: z.array(noticeSchema) }),
      handler: async ({ request }) => ({ data: (await noticesFor(request.server.services.db, request.viewer)).map(presentNotice) }),
    }),
    defineRoute({
      method: 'GET',
      path: '/notices/:id',
      operationId: 'getNotice',
      summary: 'One notice',
      tag: T,
      resource: 'Notice',
      params: idParams,
      response: noticeSchema,
      handler: async ({ request, params }) => {
        const n = await noticeFor(request.server.services.db, request.viewer, params.id);
        if (!n) throw notFound('Notice');
        return presentNotice(n);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/notices',
      operationId: 'createNotice',
      summary: 'Write a draft notice',
      tag: T,
      permission: 'records:edit',
      body: noticeBody,
      status: 201,
      response: noticeSchema,
      handler: async ({ request, body, user }) => {
        const { db } = request.server.services;
        const { id } = unwrap(await createNotice(db, actorOf(user, request.viaToken), body));
        return presentNotice((await noticeFor(db, request.viewer, id))!);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/notices/:id/publish',
      operationId: 'publishNotice',
      summary: 'Publish a notice',
      tag: T,
      resource: 'Notice',
      permission: 'records:edit',
      params: idParams,
      response: noticeSchema,
      handler: async ({ request, params, user }) => {
        const { db } = request.server.services;
        if (!(await noticeFor(db, request.viewer, params.id))) throw notFound('Notice');
        unwrap(await publishNotice(db, actorOf(user, request.viaToken), params.id));
        return presentNotice((await noticeFor(db, request.viewer, params.id))!);
      },
    }),
  ];
}
