import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { documents, meetings, type bodies, type legislativeTerms, type locations, type memberships, type organisations, type people, type reports } from '../../db/schema.ts';
import { AppError, fromPostgresError } from '../../lib/errors.ts';
import { fileHeaders } from '../../lib/file-types.ts';
import { siteOrigin } from '../../web/site-url.ts';
import { publicViewer, visible } from '../visibility/index.ts';
import { kindSpecs, oparlPaths, type OparlKind } from './oparl.kinds.ts';
import {
  OPARL_PREFIX,
  oparlLinks,
  presentAgendaItem,
  presentBody,
  presentConsultation,
  presentDeleted,
  presentFile,
  presentLegislativeTerm,
  presentLocation,
  presentMeeting,
  presentMembership,
  presentOrganization,
  presentPaper,
  presentPerson,
  presentSystem,
  type OparlLinks,
} from './oparl.presenter.ts';
import { listParams, omits, oparlListQuery, oparlObjectQuery } from './oparl.query.ts';
import {
  declarationsOfMeetings,
  decisionsOfMeetings,
  filesOf,
  findRow,
  firstBody,
  itemReadability,
  itemsOfMeetings,
  locationsById,
  meetingOrganisations,
  membershipsOf,
  organisationNames,
  pageRows,
  termsOf,
  type ItemRow,
  type Stamped,
} from './oparl.repo.ts';

type Json = Record<string, unknown>;
type AnyStamped = Stamped<Record<string, unknown>>;

const OPARL_ERROR = 'https://schema.oparl.org/1.1/Error';

/** The OParl error object (spec 2.8), carrying the house `{ error: { code, message } }` too. */
function errorBody(code: string, message: string, details?: unknown): Json {
  return { type: OPARL_ERROR, message, error: details === undefined ? { code, message } : { code, message, details } };
}

const idOf = (request: FastifyRequest, name = 'id'): number => {
  const raw = (request.params as Record<string, string>)[name] ?? '';
  const n = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n > 2_147_483_647) throw new AppError('not_found', 'No such object');
  return n;
};

/** Presents rows of one kind (live or tombstones), loading what they embed in a few queries. */
async function present(ex: Executor, kind: OparlKind, rows: AnyStamped[], L: OparlLinks, omitInternal: boolean): Promise<Json[]> {
  const live = rows.filter((r) => r.live);
  const ids = live.map((r) => r.row.id as number);
  const out = new Map<AnyStamped, Json>();
  switch (kind) {
    case 'body': {
      const terms = await termsOf(ex, ids);
      for (const r of live)
        out.set(
          r,
          presentBody(
            r as Stamped<typeof bodies.$inferSelect>,
            terms.filter((t) => t.row.bodyId === r.row.id),
            L,
            omitInternal,
          ),
        );
      break;
    }
    case 'legislativeTerm':
      for (const r of live) out.set(r, presentLegislativeTerm(r as Stamped<typeof legislativeTerms.$inferSelect>, L));
      break;
    case 'organization':
      for (const r of live) out.set(r, presentOrganization(r as Stamped<typeof organisations.$inferSelect>, L));
      break;
    case 'person': {
      const ms = omitInternal ? [] : await membershipsOf(ex, ids);
      for (const r of live) out.set(r, presentPerson(r as Stamped<typeof people.$inferSelect>, ms, L, omitInternal));
      break;
    }
    case 'membership':
      for (const r of live) out.set(r, presentMembership(r as Stamped<typeof memberships.$inferSelect>, L));
      break;
    case 'location':
      for (const r of live) out.set(r, presentLocation(r as Stamped<typeof locations.$inferSelect>, L));
      break;
    case 'file':
      for (const r of live) out.set(r, presentFile(r as Stamped<typeof documents.$inferSelect>, L));
      break;
    case 'meeting': {
      const ms = live as Stamped<typeof meetings.$inferSelect>[];
      const [names, locs, items, files, decided, declared] = await Promise.all([
        organisationNames(ex, [...new Set(ms.map((m) => m.row.organisationId))]),
        locationsById(ex, [...new Set(ms.map((m) => m.row.locationId).filter((x): x is number => x !== null))]),
        omitInternal ? Promise.resolve([] as ItemRow[]) : itemsOfMeetings(ex, ids),
        omitInternal ? Promise.resolve([]) : filesOf(ex, { meetingIds: ids }),
        decisionsOfMeetings(ex, ids),
        declarationsOfMeetings(ex, ids),
      ]);
      for (const m of ms) {
        const parts = {
          organisationName: names.get(m.row.organisationId) ?? '',
          location: locs.find((l) => l.row.id === m.row.locationId),
          items,
          files,
          decisions: decided,
          declarations: declared,
        };
        out.set(m as AnyStamped, presentMeeting(m, parts, L, omitInternal));
      }
      break;
    }
    case 'agendaItem': {
      const [readability, files] = await Promise.all([itemReadability(ex, ids), omitInternal ? Promise.resolve([]) : filesOf(ex, { itemIds: ids })]);
      for (const r of live) {
        const item = { ...(r as unknown as Stamped<ItemRow['row']>), readable: readability.get(r.row.id as number) ?? false };
        out.set(r, presentAgendaItem(item, files, L, omitInternal));
      }
      break;
    }
    case 'paper':
    case 'consultation': {
      const ps = live as Stamped<typeof reports.$inferSelect>[];
      const orgs = await meetingOrganisations(ex, [...new Set(ps.map((p) => p.row.meetingId).filter((x): x is number => x !== null))]);
      for (const p of ps) {
        const org = p.row.meetingId ? orgs.get(p.row.meetingId) : undefined;
        out.set(p as AnyStamped, kind === 'paper' ? presentPaper(p, org, L) : presentConsultation(p, org, L));
      }
      break;
    }
  }
  return rows.map((r) => (r.live ? out.get(r)! : presentDeleted(kind, r.row.id as number, r, L)));
}

/** The links of a list page, keeping the client's filters (spec 2.5). */
function pageLinks(request: FastifyRequest, page: number, totalPages: number): Json {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const url = (n: number) => {
    const q = new URLSearchParams();
    for (const name of listParams) {
      const v = query[name];
      if (typeof v === 'string') q.set(name, v);
    }
    q.set('page', String(n));
    return `${siteOrigin(request)}${request.url.split('?')[0]}?${q.toString()}`;
  };
  const last = totalPages;
  return {
    first: url(1),
    ...(page > 1 ? { prev: url(Math.min(page - 1, last)) } : {}),
    ...(page < totalPages ? { next: url(page + 1) } : {}),
    last: url(last),
    self: url(page),
  };
}

function parse<T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
): T {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const details = r.error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'query', message: i.message }));
  throw new AppError('validation_failed', details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
}

/** An external list of one kind within a scope. */
async function sendList(request: FastifyRequest, kind: OparlKind, scope: SQL | undefined): Promise<Json> {
  const q = parse(oparlListQuery, request.query);
  const { db } = request.server.services;
  const f = { page: q.page, limit: q.limit, createdSince: q.created_since, createdUntil: q.created_until, modifiedSince: q.modified_since, modifiedUntil: q.modified_until };
  const { rows, total } = await pageRows(db, kind, scope, f);
  const L = oparlLinks(siteOrigin(request));
  // An empty list is still one (empty) page.
  const totalPages = Math.max(1, Math.ceil(total / q.limit));
  return {
    data: await present(db, kind, rows, L, omits(q.omit_internal)),
    pagination: { totalElements: total, elementsPerPage: q.limit, currentPage: q.page, totalPages },
    links: pageLinks(request, q.page, totalPages),
  };
}

/** One object by its own URL: live, or `deleted: true` if the public once saw it; otherwise 404. */
async function sendObject(request: FastifyRequest, kind: OparlKind): Promise<Json> {
  const q = parse(oparlObjectQuery, request.query);
  const { db } = request.server.services;
  const row = await findRow(db, kind, idOf(request));
  if (!row) throw new AppError('not_found', 'No such object');
  const [obj] = await present(db, kind, [row], oparlLinks(siteOrigin(request)), omits(q.omit_internal));
  return obj!;
}

/** A live body, or 404: the scope of its lists. */
async function liveBody(request: FastifyRequest): Promise<number> {
  const id = idOf(request);
  const row = await findRow(request.server.services.db, 'body', id);
  if (!row?.live) throw new AppError('not_found', 'No such object');
  return id;
}

/** Marks an answer as the same for everyone, with a validator for conditional GET. */
function conditional(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  if (request.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
  const etag = `W/"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag);
  const match = request.headers['if-none-match'];
  if (match && match.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
    reply.code(304);
    reply.removeHeader('content-type');
    return '';
  }
  return payload;
}

/** The body lists: path below /bodies/:id and the kind they hold. */
const bodyLists: [string, OparlKind][] = [
  ['organizations', 'organization'],
  ['people', 'person'],
  ['meetings', 'meeting'],
  ['papers', 'paper'],
  ['agenda-items', 'agendaItem'],
  ['consultations', 'consultation'],
  ['files', 'file'],
  ['locations', 'location'],
  ['legislative-terms', 'legislativeTerm'],
  ['memberships', 'membership'],
];

/**
 * The OParl 1.1 API at /oparl/v1, read as the public sees the records (drafts and exempt papers are
 * absent; an exempt item shows its title and paragraph): System, Body and every body list, each
 * object at its canonical URL. Answers carry CORS, ETag and the OParl error object.
 */
export async function oparlApi(app: FastifyInstance): Promise<void> {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-expose-headers', 'ETag');
    // Everyone gets the same answer (the public's view), so shared caches may keep it, revalidating.
    if (reply.statusCode < 400) reply.header('cache-control', 'public, no-cache');
    return conditional(request, reply, payload);
  });
  app.setNotFoundHandler(async (_request, reply) => reply.code(404).send(errorBody('not_found', 'No such object')));
  app.setErrorHandler(async (error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode;
    const e =
      error instanceof AppError
        ? error
        : (fromPostgresError(error) ??
          (status !== undefined && status < 500 ? new AppError('bad_request', 'The request could not be understood') : new AppError('internal', 'Something went wrong')));
    if (e.status >= 500) request.log.error({ err: error }, 'oparl request failed');
    return reply
      .code(e.status)
      .type('application/json; charset=utf-8')
      .send(errorBody(e.code, e.message, e.details));
  });

  // A browser asks before a cross-origin request with If-None-Match: any origin may read.
  app.options('/*', async (_request, reply) =>
    reply
      .code(204)
      .headers({
        'access-control-allow-methods': 'GET, HEAD, OPTIONS',
        'access-control-allow-headers': 'Accept, If-None-Match, If-Modified-Since',
        'access-control-max-age': '86400',
      })
      .send(),
  );
  app.get('/', async (request) => {
    const { db } = request.server.services;
    const body = await firstBody(db);
    const at = (d: Date | undefined) => (d ? `${d.toISOString().slice(0, 19)}+00:00` : '2026-01-01T00:00:00+00:00');
    return presentSystem(body, { created: at(body?.createdAt), modified: at(body?.updatedAt) }, oparlLinks(siteOrigin(request)));
  });
  app.get('/bodies', async (request) => sendList(request, 'body', undefined));
  for (const [path, kind] of bodyLists) {
    app.get(`/bodies/:id/${path}`, async (request) => sendList(request, kind, kindSpecs[kind].inBody(await liveBody(request))));
  }
  app.get('/organizations/:id/meetings', async (request) => {
    const id = idOf(request);
    const org = await findRow(request.server.services.db, 'organization', id);
    if (!org?.live) throw new AppError('not_found', 'No such object');
    return sendList(request, 'meeting', eq(meetings.organisationId, id));
  });
  // A file's bytes: accessUrl shows it (inline, sandboxed as every stored file is), downloadUrl saves it.
  for (const [path, disposition] of [
    ['access', 'inline'],
    ['download', 'attachment'],
  ] as const) {
    app.get(`/files/:id/${path}`, async (request, reply) => {
      const { db, storage } = request.server.services;
      const [doc] = await db
        .select()
        .from(documents)
        .where(and(eq(documents.id, idOf(request)), visible(publicViewer, 'document')));
      const bytes = doc ? await storage.get(doc.storageKey) : undefined;
      if (!doc || !bytes) throw new AppError('not_found', 'No such object');
      const headers = fileHeaders(doc.mimeType, doc.fileName);
      headers['content-disposition'] = headers['content-disposition']!.replace(/^\w+/, disposition);
      return reply.headers(headers).send(Buffer.from(bytes));
    });
  }
  for (const kind of Object.keys(oparlPaths) as OparlKind[]) {
    app.get(`/${oparlPaths[kind]}/:id`, async (request) => sendObject(request, kind));
  }
}

const documentedObjects: [string, string][] = [
  ['System', 'The entry point: the OParl version and the list of bodies'],
  ['Body', 'The council, its terms of office and links to every list below'],
  ['LegislativeTerm', 'A council term between elections'],
  ['Organization', 'A committee, the Cabinet, a board, a partnership or an outside body'],
  ['Person', 'A councillor, officer, co-opted or partner member, with their memberships'],
  ['Membership', 'A person’s place in an organisation: role, voting right, dates'],
  ['Meeting', 'Date, times, venue, status, the agenda and the meeting’s papers'],
  ['AgendaItem', 'A numbered item of an agenda, with its papers'],
  ['Paper', 'A report in the council’s template'],
  ['Consultation', 'Where a report is considered: the agenda item and meeting'],
  ['File', 'A published document, to read in the browser or download'],
  ['Location', 'A venue'],
];

const documentedExtensions: [string, string][] = [
  ['shirehall:exemptParagraph', 'AgendaItem: the paragraph (1 to 7) of Schedule 12A that makes the item exempt; absent if it is public'],
  ['shirehall:exemptNotice', 'AgendaItem: the statutory wording shown in place of exempt information'],
  ['shirehall:instruction, shirehall:pageFrom, shirehall:pageTo', 'AgendaItem: what the meeting is asked to do, and the pages of the agenda pack'],
  ['shirehall:keyDecision', 'Paper: whether the report asks for a key decision'],
  ['shirehall:forwardPlanReference', 'Paper: its Forward Plan entry, such as FP/30/01/07'],
  ['shirehall:summary, shirehall:recommendations, shirehall:leadOfficer', 'Paper: the report’s summary, numbered recommendations and lead officer'],
  [
    'shirehall:decisions',
    'Meeting: the published decision records (regulations 12 and 13): decision, decision maker, date, reasons, alternatives rejected, conflicts of interest, dispensations, key decision, Forward Plan reference, callInStatus, callInDeadline and effectiveFrom',
  ],
  ['shirehall:declarations', 'Meeting: declarations of interest, once the meeting’s minutes are published: who, the interest, its kind, the agenda item and any dispensation'],
  ['shirehall:statusNote', 'Meeting: the public notice of a cancellation or postponement'],
  ['shirehall:party, shirehall:division, shirehall:jobTitle', 'Person: political party, electoral division, job title'],
  ['shirehall:onBehalfOf', 'Membership: whom a co-opted or partner member represents'],
  ['shirehall:purpose', 'Organization: its terms of reference in brief'],
  ['shirehall:sha256, shirehall:kind, shirehall:publicationNote', 'File: checksum, kind of document, and why it was published late'],
  ['shirehall:nation, shirehall:gssCode', 'Body: whose bank holidays count, and the council’s GSS code'],
];

/** The module entry: mounts the OParl API under /oparl/v1 and its documentation page at /oparl. */
export async function oparlRoutes(app: FastifyInstance): Promise<void> {
  app.get('/oparl', async (request, reply) =>
    reply.render('modules/oparl/views/oparl.njk', {
      title: 'OParl API',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'OParl API' }],
      base: `${siteOrigin(request)}${OPARL_PREFIX}`,
      objects: documentedObjects,
      extensions: documentedExtensions,
    }),
  );
  await app.register(oparlApi, { prefix: OPARL_PREFIX });
}
