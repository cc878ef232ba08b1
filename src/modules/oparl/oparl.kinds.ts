// What each OParl object type is made of in Shirehall's own tables, read as the public sees them:
// which rows are live (visible to the public through the visibility module), which are tombstones
// (deleted or no longer public, but once public: a syncing client must learn they are gone), and
// when each was created and last modified. Nothing is copied: every answer is built from the records.
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { agendaItems, bodies, documents, legislativeTerms, locations, meetings, memberships, organisations, people, reports } from '../../db/schema.ts';
import { publicViewer, visible } from '../visibility/index.ts';

/** The OParl object types Shirehall serves, by the path segment of their URLs. */
export const oparlPaths = {
  body: 'bodies',
  legislativeTerm: 'legislative-terms',
  organization: 'organizations',
  person: 'people',
  membership: 'memberships',
  meeting: 'meetings',
  agendaItem: 'agenda-items',
  paper: 'papers',
  consultation: 'consultations',
  file: 'files',
  location: 'locations',
} as const;

/** An OParl object type served here. */
export type OparlKind = keyof typeof oparlPaths;

/** The OParl 1.1 type URL of each kind. */
export const oparlTypes: Record<OparlKind | 'system', string> = {
  system: 'https://schema.oparl.org/1.1/System',
  body: 'https://schema.oparl.org/1.1/Body',
  legislativeTerm: 'https://schema.oparl.org/1.1/LegislativeTerm',
  organization: 'https://schema.oparl.org/1.1/Organization',
  person: 'https://schema.oparl.org/1.1/Person',
  membership: 'https://schema.oparl.org/1.1/Membership',
  meeting: 'https://schema.oparl.org/1.1/Meeting',
  agendaItem: 'https://schema.oparl.org/1.1/AgendaItem',
  paper: 'https://schema.oparl.org/1.1/Paper',
  consultation: 'https://schema.oparl.org/1.1/Consultation',
  file: 'https://schema.oparl.org/1.1/File',
  location: 'https://schema.oparl.org/1.1/Location',
};

/** A table an OParl kind reads: identity id and the timestamps every record carries. */
export type OparlTable = PgTable & { id: PgColumn; createdAt: PgColumn; updatedAt: PgColumn; deletedAt: PgColumn };

/** How one kind is read: its table, which rows are live or tombstones, its modification time, and its scope within a body. */
export type KindSpec = {
  table: OparlTable;
  /** Rows the public may see now. */
  live: SQL;
  /** Rows gone from `live` that the public once saw: listed as `deleted: true` under modified_since. */
  tombstone: SQL;
  /** The object's `modified`: its own change time, or later when something embedded in it changed. */
  modified: SQL;
  /** Rows of one body. */
  inBody: (bodyId: number) => SQL;
};

const orgLive = sql`exists (select 1 from organisations ol where ol.id = ${meetings.organisationId} and ol.deleted_at is null)`;

// A paper the public saw once: published, public, and now out of view (withdrawn, deleted, under a deleted meeting…).
const oncePublic = (t: { publishedAt: PgColumn; access: PgColumn }, live: SQL) => sql`(${t.publishedAt} is not null and ${t.access} = 'public' and not ${live})`;

const docLive = visible(publicViewer, 'document');
const reportLive = visible(publicViewer, 'report');
const itemLive = visible(publicViewer, 'agenda_item');
const consultationOf = sql`(${reports.agendaItemId} is not null or ${reports.meetingId} is not null)`;
// An agenda item's title and paragraph are public once published, even when the item is exempt.
const itemTombstone = sql`(${agendaItems.publishedAt} is not null and not ${itemLive})`;
// A paper under an agenda item leaves the public's view when the item does (withdrawn, deleted): that is a change to it.
const underItem = (itemId: PgColumn, meetingId: PgColumn) =>
  sql`(select ai.updated_at from agenda_items ai where ai.id = ${itemId}), (select mm.deleted_at from meetings mm where mm.id = ${meetingId})`;
const meetingInBody = (meetingId: SQL, bodyId: number) => sql`exists (select 1 from meetings mb where mb.id = ${meetingId} and mb.body_id = ${bodyId})`;

/**
 * A meeting's `modified`: its own change, its venue's, and the decisions and declarations shown with it
 * (a decision counts once published, so withdrawing one changes the meeting too).
 */
const meetingModified = sql`greatest(${meetings.updatedAt},
  (select l.updated_at from locations l where l.id = ${meetings.locationId}),
  (select o.updated_at from organisations o where o.id = ${meetings.organisationId}),
  (select max(d.updated_at) from decisions d where d.meeting_id = ${meetings.id} and d.published_at is not null),
  (select max(mn.updated_at) from minutes mn where mn.meeting_id = ${meetings.id} and mn.published_at is not null),
  (select max(x.updated_at) from declarations x where x.meeting_id = ${meetings.id}))`;

/** Every kind's reading rules. */
export const kindSpecs: Record<OparlKind, KindSpec> = {
  body: {
    table: bodies as unknown as OparlTable,
    live: sql`${bodies.deletedAt} is null`,
    tombstone: sql`${bodies.deletedAt} is not null`,
    modified: sql`greatest(${bodies.updatedAt}, (select max(t.updated_at) from legislative_terms t where t.body_id = ${bodies.id}))`,
    inBody: (id) => sql`${bodies.id} = ${id}`,
  },
  legislativeTerm: {
    table: legislativeTerms as unknown as OparlTable,
    live: sql`${legislativeTerms.deletedAt} is null`,
    tombstone: sql`${legislativeTerms.deletedAt} is not null`,
    modified: sql`${legislativeTerms.updatedAt}`,
    inBody: (id) => sql`${legislativeTerms.bodyId} = ${id}`,
  },
  organization: {
    table: organisations as unknown as OparlTable,
    live: sql`${organisations.deletedAt} is null`,
    tombstone: sql`${organisations.deletedAt} is not null`,
    modified: sql`${organisations.updatedAt}`,
    inBody: (id) => sql`${organisations.bodyId} = ${id}`,
  },
  person: {
    table: people as unknown as OparlTable,
    live: sql`${people.deletedAt} is null`,
    tombstone: sql`${people.deletedAt} is not null`,
    modified: sql`${people.updatedAt}`,
    inBody: (id) => sql`${people.bodyId} = ${id}`,
  },
  membership: {
    table: memberships as unknown as OparlTable,
    live: sql`(${memberships.deletedAt} is null
      and exists (select 1 from organisations mo where mo.id = ${memberships.organisationId} and mo.deleted_at is null)
      and exists (select 1 from people mp where mp.id = ${memberships.personId} and mp.deleted_at is null))`,
    tombstone: sql`not (${memberships.deletedAt} is null
      and exists (select 1 from organisations mo where mo.id = ${memberships.organisationId} and mo.deleted_at is null)
      and exists (select 1 from people mp where mp.id = ${memberships.personId} and mp.deleted_at is null))`,
    modified: sql`greatest(${memberships.updatedAt},
      (select mo.deleted_at from organisations mo where mo.id = ${memberships.organisationId}),
      (select mp.deleted_at from people mp where mp.id = ${memberships.personId}))`,
    inBody: (id) => sql`exists (select 1 from organisations mb where mb.id = ${memberships.organisationId} and mb.body_id = ${id})`,
  },
  meeting: {
    table: meetings as unknown as OparlTable,
    live: sql`(${meetings.deletedAt} is null and ${orgLive})`,
    tombstone: sql`not (${meetings.deletedAt} is null and ${orgLive})`,
    modified: meetingModified,
    inBody: (id) => sql`${meetings.bodyId} = ${id}`,
  },
  agendaItem: {
    table: agendaItems as unknown as OparlTable,
    live: itemLive,
    tombstone: itemTombstone,
    modified: sql`greatest(${agendaItems.updatedAt}, (select mm.deleted_at from meetings mm where mm.id = ${agendaItems.meetingId}))`,
    inBody: (id) => meetingInBody(sql`${agendaItems.meetingId}`, id),
  },
  paper: {
    table: reports as unknown as OparlTable,
    live: reportLive,
    tombstone: oncePublic(reports, reportLive),
    modified: sql`greatest(${reports.updatedAt}, ${underItem(reports.agendaItemId, reports.meetingId)})`,
    inBody: (id) => sql`${reports.bodyId} = ${id}`,
  },
  consultation: {
    table: reports as unknown as OparlTable,
    live: sql`(${consultationOf} and ${reportLive})`,
    tombstone: sql`(${consultationOf} and ${oncePublic(reports, reportLive)})`,
    modified: sql`greatest(${reports.updatedAt}, ${underItem(reports.agendaItemId, reports.meetingId)})`,
    inBody: (id) => sql`${reports.bodyId} = ${id}`,
  },
  file: {
    table: documents as unknown as OparlTable,
    live: docLive,
    tombstone: oncePublic(documents, docLive),
    modified: sql`greatest(${documents.updatedAt}, ${underItem(documents.agendaItemId, documents.meetingId)})`,
    inBody: (id) => sql`${documents.bodyId} = ${id}`,
  },
  location: {
    table: locations as unknown as OparlTable,
    live: sql`${locations.deletedAt} is null`,
    tombstone: sql`${locations.deletedAt} is not null`,
    modified: sql`${locations.updatedAt}`,
    inBody: (id) => sql`${locations.bodyId} = ${id}`,
  },
};
