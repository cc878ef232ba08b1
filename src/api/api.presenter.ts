import type { FastifyRequest } from 'fastify';
import type { bodies } from '../db/schema.ts';
import type { locations, organisations, people } from '../db/schema.ts';
import { redact } from '../modules/visibility/index.ts';
import type { ApiAgendaItem } from './agenda-items.schema.ts';
import type { DocumentMeta, ItemRow, MeetingRow, MembershipRow } from './api.repo.ts';
import type { ApiBody } from './body.schema.ts';
import { oparlType } from './common.schema.ts';
import type { ApiDocument } from './documents.schema.ts';
import type { ApiLocation } from './locations.schema.ts';
import type { ApiMeeting } from './meetings.schema.ts';
import type { ApiMembership } from './memberships.schema.ts';
import type { ApiOrganisation } from './organisations.schema.ts';
import { originOf } from './pagination.ts';
import type { ApiPerson } from './people.schema.ts';

// Presenters whitelist what leaves the server: every field is named here, nothing is spread from a row.

/** Absolute URLs for API objects and their public web pages. */
export type Links = { api: (path: string) => string; web: (path: string) => string };

/** Links on the host the client used. */
export function linksFor(request: FastifyRequest): Links {
  const origin = originOf(request);
  return { api: (path) => `${origin}/api/v1${path}`, web: (path) => `${origin}${path}` };
}

/** The council. */
export function presentBody(b: typeof bodies.$inferSelect, L: Links): ApiBody {
  return {
    id: b.id,
    type: oparlType.body,
    url: L.api('/body'),
    web: L.web('/'),
    name: b.name,
    shortName: b.shortName,
    slug: b.slug,
    nation: b.nation,
    gssCode: b.gssCode,
    website: b.website,
    email: b.email,
    organisations: L.api('/organisations'),
    people: L.api('/people'),
    meetings: L.api('/meetings'),
    locations: L.api('/locations'),
    createdAt: b.createdAt.toISOString(),
    updatedAt: b.updatedAt.toISOString(),
  };
}

/** An organisation. */
export function presentOrganisation(o: typeof organisations.$inferSelect, L: Links): ApiOrganisation {
  return {
    id: o.id,
    type: oparlType.organisation,
    url: L.api(`/organisations/${o.id}`),
    web: L.web(`/committees/${o.slug}`),
    name: o.name,
    slug: o.slug,
    kind: o.kind,
    purpose: o.purpose,
    parentId: o.parentId,
    parent: o.parentId ? L.api(`/organisations/${o.parentId}`) : null,
    startDate: o.startDate,
    endDate: o.endDate,
    memberships: L.api(`/memberships?organisation=${o.id}`),
    meetings: L.api(`/meetings?organisation=${o.id}`),
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

/** A person, with contact details as published. */
export function presentPerson(p: typeof people.$inferSelect, L: Links): ApiPerson {
  return {
    id: p.id,
    type: oparlType.person,
    url: L.api(`/people/${p.id}`),
    web: L.web(`/people/${p.slug}`),
    name: p.printedName,
    slug: p.slug,
    kind: p.kind,
    honorific: p.honorific,
    givenName: p.givenName,
    familyName: p.familyName,
    jobTitle: p.jobTitle,
    email: p.email,
    phone: p.phone,
    division: p.division,
    party: p.party,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** A membership with links to its organisation and person. */
export function presentMembership(r: MembershipRow, L: Links): ApiMembership {
  const m = r.membership;
  return {
    id: m.id,
    type: oparlType.membership,
    url: L.api(`/memberships/${m.id}`),
    organisation: { id: r.organisation.id, name: r.organisation.name, url: L.api(`/organisations/${r.organisation.id}`) },
    person: { id: r.person.id, name: r.person.name, url: L.api(`/people/${r.person.id}`) },
    role: m.role,
    roleLabel: m.roleLabel,
    votingRight: m.votingRight,
    startDate: m.startDate,
    endDate: m.endDate,
    onBehalfOf: m.onBehalfOf,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

/** A location. */
export function presentLocation(l: typeof locations.$inferSelect, L: Links): ApiLocation {
  return {
    id: l.id,
    type: oparlType.location,
    url: L.api(`/locations/${l.id}`),
    description: l.description,
    room: l.room,
    streetAddress: l.streetAddress,
    postcode: l.postcode,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
}

/** A meeting without its agenda. */
export function presentMeeting(r: MeetingRow, L: Links): ApiMeeting {
  const m = r.meeting;
  return {
    id: m.id,
    type: oparlType.meeting,
    url: L.api(`/meetings/${m.id}`),
    web: L.web(`/meetings/${m.id}`),
    name: m.title ?? r.organisation.name,
    organisation: { id: r.organisation.id, name: r.organisation.name, url: L.api(`/organisations/${r.organisation.id}`) },
    startAt: m.startAt.toISOString(),
    endAt: m.endAt?.toISOString() ?? null,
    status: m.status,
    cancelled: m.status === 'cancelled',
    statusNote: m.statusNote,
    location: r.location ? presentLocation(r.location, L) : null,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

/** A document's metadata; `accessUrl` serves the bytes. */
export function presentDocument(d: DocumentMeta, L: Links): ApiDocument {
  return {
    id: d.id,
    type: oparlType.file,
    url: L.api(`/documents/${d.id}`),
    accessUrl: L.web(`/documents/${d.id}`),
    name: d.title,
    fileName: d.fileName,
    mimeType: d.mimeType,
    size: d.byteSize,
    sha256: d.sha256,
    kind: d.kind,
    meetingId: d.meetingId,
    agendaItemId: d.agendaItemId,
    access: d.access,
    exemptParagraph: d.exemptParagraph,
    publication: d.publication,
    publishedAt: d.publishedAt?.toISOString() ?? null,
    publicationNote: d.publicationNote,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

/**
 * An agenda item through the one redaction: an exempt item the caller may not read keeps its number,
 * title and Schedule 12A paragraph and nothing else. `docs` are only those the caller may see.
 */
export function presentAgendaItem(item: ItemRow, docs: DocumentMeta[], L: Links): ApiAgendaItem {
  const r = redact('agenda_item', item);
  const head = {
    id: r.id,
    type: oparlType.agendaItem,
    url: L.api(`/agenda-items/${r.id}`),
    meetingId: r.meetingId,
    meeting: L.api(`/meetings/${r.meetingId}`),
    number: r.number,
    title: r.title,
  };
  if (r.withheld) return { ...head, access: 'exempt', exemptParagraph: r.exemptParagraph, withheld: true };
  return {
    ...head,
    position: r.position,
    access: r.access,
    exemptParagraph: r.exemptParagraph,
    publication: r.publication,
    publicInterestReason: r.publicInterestReason,
    instruction: r.instruction,
    pageFrom: r.pageFrom,
    pageTo: r.pageTo,
    documents: docs.filter((d) => d.agendaItemId === r.id).map((d) => presentDocument(d, L)),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
