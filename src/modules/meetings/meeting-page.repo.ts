import { and, asc, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { jsonRows } from '../../db/json-rows.ts';
import { pageQuery, slot } from '../../db/page-query.ts';
import { agendaItems, bodies, documents, locations, meetings, organisations, people, reports } from '../../db/schema.ts';
import { readable, viewerKey, visible, type Viewer } from '../visibility/index.ts';
import { publicMeetingSections } from './meeting-sections.ts';
import { documentSummary, notReplacedOnItem } from './meetings.repo.ts';

const core = {
  id: meetings.id,
  bodyId: meetings.bodyId,
  organisationId: meetings.organisationId,
  title: meetings.title,
  startAt: meetings.startAt,
  endAt: meetings.endAt,
  status: meetings.status,
  statusNote: meetings.statusNote,
  issuedBy: meetings.issuedBy,
  issuedOn: meetings.issuedOn,
  agendaPublishedAt: meetings.agendaPublishedAt,
};

/** The sections' columns by kind of viewer and list of sections (see `columnsOf`). */
const sectionColumnsByShape = new Map<string, Record<string, SQL>>();

/** The meeting fields the public meeting page and its sections use. */
export type MeetingCore = { [K in keyof typeof core]: (typeof meetings.$inferSelect)[K] };

/** The agenda item fields the meeting page shows (the redaction empties the content of one the viewer may not read). */
const itemFields = (v: Viewer) => ({
  id: agendaItems.id,
  number: agendaItems.number,
  title: agendaItems.title,
  instruction: agendaItems.instruction,
  pageFrom: agendaItems.pageFrom,
  pageTo: agendaItems.pageTo,
  access: agendaItems.access,
  exemptParagraph: agendaItems.exemptParagraph,
  accessReason: agendaItems.accessReason,
  publicInterestReason: agendaItems.publicInterestReason,
  publication: agendaItems.publication,
  paperSource: agendaItems.paperSource,
  readable: readable(v, 'agenda_item'),
});

/**
 * Everything the public meeting page shows, as the viewer may see it: the meeting with its committee,
 * venue, contact and deadline rules; its agenda items, papers and reports; and the data of every
 * registered section (public questions, packs, minutes, sources). One SQL statement, and a second only
 * for sections that have something for this meeting (minutes, packs, imported sources: planning their
 * SQL costs more than running it). Undefined if there is no such meeting.
 */
export async function findMeetingPage(ex: Executor, v: Viewer, meetingId: number) {
  // The SQL is built once per kind of viewer and run for every meeting with the meeting as a placeholder.
  const id = slot('id');
  // Sections' columns go in flat, as "key:field" (a select nests one level), and are regrouped below;
  // a section with a `when` condition is read only if the first statement finds it true.
  const always = publicMeetingSections.filter((s) => !s.when);
  const gated = publicMeetingSections.filter((s) => s.when);
  // Built once per kind of viewer and list of sections, like the statement: building the sections' SQL
  // on every request cost about 2 % of an uncached page's CPU.
  const columnsOf = (list: typeof publicMeetingSections, flags: typeof publicMeetingSections = []) => {
    const shape = `${viewerKey(v)}|${list.map((s) => s.key).join(',')}|${flags.map((s) => s.key).join(',')}`;
    let columns = sectionColumnsByShape.get(shape);
    if (!columns) {
      columns = {};
      for (const s of list) for (const [field, column] of Object.entries(s.select(id, v))) columns[`${s.key}:${field}`] = column;
      for (const s of flags) columns[`${s.key}?`] = sql<boolean>`${s.when!(id)}`.mapWith(Boolean);
      if (sectionColumnsByShape.size >= 500) sectionColumnsByShape.clear();
      sectionColumnsByShape.set(shape, columns);
    }
    return columns;
  };
  const sectionColumns = columnsOf(always, gated);
  const [row] = await pageQuery(
    ex,
    `meeting-page:${viewerKey(v)}`,
    (ex) =>
      ex
        .select({
          meeting: core,
          organisation: { name: organisations.name, slug: organisations.slug, rules: organisations.rules },
          body: { name: bodies.name, rules: bodies.rules, nation: bodies.nation },
          location: { room: locations.room, description: locations.description, streetAddress: locations.streetAddress, postcode: locations.postcode },
          contact: { id: people.id, printedName: people.printedName, slug: people.slug, email: people.email, phone: people.phone },
          items: jsonRows(itemFields(v), (q) =>
            q
              .from(agendaItems)
              .where(and(eq(agendaItems.meetingId, id), visible(v, 'agenda_item')))
              .orderBy(asc(agendaItems.position), asc(agendaItems.id)),
          ),
          documents: jsonRows(documentSummary, (q) =>
            q
              .from(documents)
              .where(and(eq(documents.meetingId, id), ne(documents.kind, 'pack'), visible(v, 'document')))
              .orderBy(asc(documents.id)),
          ),
          reports: jsonRows({ id: reports.id, title: reports.title, agendaItemId: reports.agendaItemId }, (q) =>
            q
              .from(reports)
              .where(and(eq(reports.meetingId, id), sql`${reports.agendaItemId} is not null`, visible(v, 'report'), notReplacedOnItem))
              .orderBy(asc(reports.id)),
          ),
          ...sectionColumns,
        })
        .from(meetings)
        .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
        .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
        .leftJoin(locations, eq(locations.id, meetings.locationId))
        .leftJoin(people, eq(people.id, meetings.contactPersonId))
        .where(and(eq(meetings.id, id), isNull(meetings.deletedAt))),
    { id: meetingId },
  );
  if (!row) return undefined;
  const flat = row as unknown as Record<string, unknown>;
  const wanted = gated.filter((s) => flat[`${s.key}?`] === true);
  const sections: Record<string, Record<string, unknown> | null> = {};
  for (const s of publicMeetingSections) sections[s.key] = wanted.includes(s) || always.includes(s) ? {} : null;
  const regroup = (columns: Record<string, SQL>, values: Record<string, unknown>) => {
    for (const name of Object.keys(columns)) {
      const [key, field] = name.split(':') as [string, string];
      if (field !== undefined) sections[key]![field] = values[name];
    }
  };
  regroup(sectionColumns, flat);
  if (wanted.length) {
    const columns = columnsOf(wanted);
    const [more] = await pageQuery(ex, `meeting-page:${viewerKey(v)}:${wanted.map((s) => s.key).join(',')}`, (ex) => ex.select(columns).from(sql`(select 1) as page`), {
      id: meetingId,
    });
    regroup(columns, more as Record<string, unknown>);
  }
  return {
    meeting: row.meeting,
    organisation: row.organisation,
    body: row.body,
    location: row.location,
    contact: row.contact,
    items: row.items,
    documents: row.documents,
    reports: row.reports,
    sections,
  };
}
