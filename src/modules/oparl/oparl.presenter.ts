// Presenters whitelist what leaves the server: every OParl property is named here from a row the
// visibility rules let through; nothing is spread from a row. UK needs OParl lacks are namespaced
// `shirehall:` properties (documented at /oparl).
import type { bodies, decisions, declarations, documents, legislativeTerms, locations, meetings, memberships, organisations, people, reports } from '../../db/schema.ts';
import { toLondonDate } from '../../lib/dates.ts';
import { redact } from '../visibility/index.ts';
import { oparlPaths, oparlTypes, type OparlKind } from './oparl.kinds.ts';
import type { ItemRow, Stamped } from './oparl.repo.ts';

/** Where the OParl API lives. */
export const OPARL_PREFIX = '/oparl/v1';

/** Absolute URLs: the API's objects and lists, and the site's pages. */
export type OparlLinks = { base: string; object: (kind: OparlKind, id: number) => string; list: (path: string) => string; web: (path: string) => string };

/** Links on a site origin. */
export function oparlLinks(origin: string): OparlLinks {
  const base = `${origin}${OPARL_PREFIX}`;
  return { base, object: (kind, id) => `${base}/${oparlPaths[kind]}/${id}`, list: (path) => `${base}${path}`, web: (path) => `${origin}${path}` };
}

type Json = Record<string, unknown>;

/** Drops null, undefined, empty strings and empty arrays: OParl leaves absent properties out (spec 2.4). */
export function compact(o: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}

const head = (kind: OparlKind, id: number, s: { created: string; modified: string }, L: OparlLinks) => ({
  id: L.object(kind, id),
  type: oparlTypes[kind],
  created: s.created,
  modified: s.modified,
});

/** An object that is gone: what a syncing client needs to drop its copy. */
export function presentDeleted(kind: OparlKind, id: number, s: { created: string; modified: string }, L: OparlLinks): Json {
  return { ...head(kind, id, s, L), deleted: true };
}

const utc = (d: Date | null | undefined) => (d ? `${d.toISOString().slice(0, 19)}+00:00` : undefined);

/** The System: the entry point. */
export function presentSystem(body: typeof bodies.$inferSelect | undefined, stamps: { created: string; modified: string }, L: OparlLinks): Json {
  return compact({
    id: L.base,
    type: oparlTypes.system,
    oparlVersion: 'https://schema.oparl.org/1.1/',
    name: body ? `${body.name} (Shirehall)` : 'Shirehall',
    body: L.list('/bodies'),
    website: L.web('/'),
    product: 'https://github.com/shirehall/shirehall',
    contactEmail: body?.email,
    created: stamps.created,
    modified: stamps.modified,
    web: L.web('/oparl'),
  });
}

/** A legislative term (council term between elections). */
export function presentLegislativeTerm(t: Stamped<typeof legislativeTerms.$inferSelect>, L: OparlLinks): Json {
  const r = t.row;
  return compact({ ...head('legislativeTerm', r.id, t, L), body: L.object('body', r.bodyId), name: r.name, startDate: r.startDate, endDate: r.endDate });
}

/** The council, with its lists and embedded terms. */
export function presentBody(b: Stamped<typeof bodies.$inferSelect>, terms: Stamped<typeof legislativeTerms.$inferSelect>[], L: OparlLinks, omitInternal = false): Json {
  const r = b.row;
  const list = (p: string) => L.list(`/bodies/${r.id}/${p}`);
  const out = compact({
    ...head('body', r.id, b, L),
    system: L.base,
    name: r.name,
    shortName: r.shortName,
    website: r.website,
    contactEmail: r.email,
    organization: list('organizations'),
    person: list('people'),
    meeting: list('meetings'),
    paper: list('papers'),
    agendaItem: list('agenda-items'),
    consultation: list('consultations'),
    file: list('files'),
    locationList: list('locations'),
    legislativeTermList: list('legislative-terms'),
    membership: list('memberships'),
    classification: 'Local authority',
    web: L.web('/'),
    'shirehall:nation': r.nation,
    'shirehall:gssCode': r.gssCode,
  });
  // Required by the schema, even when empty; left out only when omit_internal asks for that.
  if (!omitInternal) out.legislativeTerm = terms.map((t) => presentLegislativeTerm(t, L));
  return out;
}

/** An organisation (committee, Cabinet, board…). */
export function presentOrganization(o: Stamped<typeof organisations.$inferSelect>, L: OparlLinks): Json {
  const r = o.row;
  return compact({
    ...head('organization', r.id, o, L),
    body: L.object('body', r.bodyId),
    name: r.name,
    subOrganizationOf: r.parentId ? L.object('organization', r.parentId) : undefined,
    organizationType: 'Gremium',
    classification: r.kind,
    startDate: r.startDate,
    endDate: r.endDate,
    meeting: L.list(`/organizations/${r.id}/meetings`),
    web: L.web(`/committees/${r.slug}`),
    'shirehall:purpose': r.purpose,
  });
}

/** A membership of a person in an organisation. */
export function presentMembership(m: Stamped<typeof memberships.$inferSelect>, L: OparlLinks): Json {
  const r = m.row;
  return compact({
    ...head('membership', r.id, m, L),
    person: L.object('person', r.personId),
    organization: L.object('organization', r.organisationId),
    role: r.roleLabel ?? r.role,
    votingRight: r.votingRight,
    startDate: r.startDate,
    endDate: r.endDate,
    'shirehall:onBehalfOf': r.onBehalfOf,
  });
}

/** A person, with memberships embedded unless omit_internal. */
export function presentPerson(p: Stamped<typeof people.$inferSelect>, ms: Stamped<typeof memberships.$inferSelect>[], L: OparlLinks, omitInternal = false): Json {
  const r = p.row;
  return compact({
    ...head('person', r.id, p, L),
    body: L.object('body', r.bodyId),
    name: r.printedName,
    familyName: r.familyName,
    givenName: r.givenName,
    formOfAddress: r.honorific,
    email: r.email ? [r.email] : [],
    phone: r.phone ? [r.phone] : [],
    status: [r.kind],
    membership: omitInternal ? [] : ms.filter((m) => m.row.personId === r.id).map((m) => presentMembership(m, L)),
    web: L.web(`/people/${r.slug}`),
    'shirehall:jobTitle': r.jobTitle,
    'shirehall:division': r.division,
    'shirehall:party': r.party,
  });
}

/** A place. */
export function presentLocation(l: Stamped<typeof locations.$inferSelect>, L: OparlLinks): Json {
  const r = l.row;
  return compact({ ...head('location', r.id, l, L), description: r.description, room: r.room, streetAddress: r.streetAddress, postalCode: r.postcode });
}

/** A file the public may download. */
export function presentFile(f: Stamped<typeof documents.$inferSelect>, L: OparlLinks): Json {
  const r = f.row;
  return compact({
    ...head('file', r.id, f, L),
    name: r.title,
    fileName: r.fileName,
    mimeType: r.mimeType,
    date: r.publishedAt ? toLondonDate(r.publishedAt) : undefined,
    size: r.byteSize,
    accessUrl: `${L.object('file', r.id)}/access`,
    downloadUrl: `${L.object('file', r.id)}/download`,
    meeting: r.meetingId ? [L.object('meeting', r.meetingId)] : [],
    agendaItem: r.agendaItemId ? [L.object('agendaItem', r.agendaItemId)] : [],
    'shirehall:sha256': r.sha256,
    'shirehall:kind': r.kind,
    'shirehall:publicationNote': r.publicationNote,
  });
}

/**
 * An agenda item through the one redaction: an exempt item keeps its number, title and Schedule 12A
 * paragraph (the law makes them public) and nothing else.
 */
export function presentAgendaItem(i: ItemRow, files: Stamped<typeof documents.$inferSelect>[], L: OparlLinks, omitInternal = false): Json {
  const r = redact('agenda_item', { ...i.row, readable: i.readable });
  return compact({
    ...head('agendaItem', r.id, i, L),
    meeting: L.object('meeting', r.meetingId),
    number: r.number,
    order: r.position,
    name: r.title,
    public: r.access === 'public',
    auxiliaryFile: omitInternal || r.withheld ? [] : files.filter((f) => f.row.agendaItemId === r.id).map((f) => presentFile(f, L)),
    web: L.web(`/meetings/${r.meetingId}`),
    'shirehall:exemptParagraph': r.access === 'exempt' ? r.exemptParagraph : undefined,
    'shirehall:exemptNotice': r.exemptNotice,
    'shirehall:instruction': r.instruction,
    'shirehall:pageFrom': r.pageFrom,
    'shirehall:pageTo': r.pageTo,
  });
}

/** The UK decision record (reg 12/13) with its call-in state. */
function presentDecision(d: typeof decisions.$inferSelect, L: OparlLinks): Json {
  return compact({
    web: L.web(`/decisions/${d.id}`),
    title: d.title,
    decisionMaker: d.makerText,
    decision: d.decisionText,
    decidedOn: d.decidedOn,
    reasons: d.reasons,
    alternativesRejected: d.alternativesRejected,
    conflictsOfInterest: d.conflicts,
    dispensations: d.dispensations,
    keyDecision: d.isKey,
    forwardPlanReference: d.forwardPlanRef,
    callInStatus: d.callInStatus,
    callInDeadline: utc(d.callInDeadline),
    effectiveFrom: utc(d.effectiveFrom),
    version: d.version,
  });
}

/** What a meeting embeds: its venue, agenda, files, decisions and declarations. */
export type MeetingParts = {
  organisationName: string;
  location?: Stamped<typeof locations.$inferSelect>;
  items: ItemRow[];
  files: Stamped<typeof documents.$inferSelect>[];
  decisions: (typeof decisions.$inferSelect)[];
  declarations: { d: typeof declarations.$inferSelect; itemNumber: string | null; itemTitle: string | null }[];
};

/** A meeting with its venue, and its agenda and files unless omit_internal. */
export function presentMeeting(m: Stamped<typeof meetings.$inferSelect>, parts: MeetingParts, L: OparlLinks, omitInternal = false): Json {
  const r = m.row;
  return compact({
    ...head('meeting', r.id, m, L),
    name: r.title ?? parts.organisationName,
    meetingState: r.status,
    cancelled: r.status === 'cancelled',
    start: utc(r.startAt),
    end: utc(r.endAt),
    location: parts.location ? presentLocation(parts.location, L) : undefined,
    organization: [L.object('organization', r.organisationId)],
    agendaItem: omitInternal ? [] : parts.items.filter((i) => i.row.meetingId === r.id).map((i) => presentAgendaItem(i, parts.files, L)),
    auxiliaryFile: omitInternal ? [] : parts.files.filter((f) => f.row.meetingId === r.id && f.row.agendaItemId === null).map((f) => presentFile(f, L)),
    web: L.web(`/meetings/${r.id}`),
    'shirehall:statusNote': r.statusNote,
    'shirehall:decisions': parts.decisions.filter((d) => d.meetingId === r.id).map((d) => presentDecision(d, L)),
    'shirehall:declarations': parts.declarations
      .filter((x) => x.d.meetingId === r.id)
      .map((x) =>
        compact({
          person: x.d.personId ? L.object('person', x.d.personId) : undefined,
          name: x.d.printedName,
          interest: x.d.interest,
          kind: x.d.kind,
          action: x.d.action,
          dispensation: x.d.dispensation,
          agendaItem: x.d.agendaItemId ? L.object('agendaItem', x.d.agendaItemId) : undefined,
          agendaItemNumber: x.itemNumber,
        }),
      ),
  });
}

/** The consultation of a paper: the agenda item (or meeting) that considers it. */
export function presentConsultation(c: Stamped<typeof reports.$inferSelect>, organisationId: number | undefined, L: OparlLinks): Json {
  const r = c.row;
  return compact({
    ...head('consultation', r.id, c, L),
    paper: L.object('paper', r.id),
    agendaItem: r.agendaItemId ? L.object('agendaItem', r.agendaItemId) : undefined,
    meeting: r.meetingId ? L.object('meeting', r.meetingId) : undefined,
    organization: organisationId ? [L.object('organization', organisationId)] : [],
    authoritative: /decision/i.test(r.kind ?? '') || undefined,
    role: r.kind,
  });
}

/** A report (Paper) with its consultation embedded. */
export function presentPaper(p: Stamped<typeof reports.$inferSelect>, organisationId: number | undefined, L: OparlLinks): Json {
  const r = p.row;
  const considered = r.agendaItemId !== null || r.meetingId !== null;
  return compact({
    ...head('paper', r.id, p, L),
    body: L.object('body', r.bodyId),
    name: r.title,
    date: r.reportDate,
    paperType: r.kind,
    consultation: considered ? [presentConsultation(p, organisationId, L)] : [],
    web: L.web(`/reports/${r.id}`),
    'shirehall:keyDecision': /key decision/i.test(r.kind ?? ''),
    'shirehall:forwardPlanReference': r.forwardPlanRef,
    'shirehall:summary': r.summary,
    'shirehall:recommendations': r.recommendations,
    'shirehall:leadOfficer': r.leadOfficer,
  });
}
