import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { addDays, fromLondonLocal, type IsoDate } from '../../lib/dates.ts';
import { organisations } from '../../db/schema.ts';
import { rule, visible, type Viewer } from '../visibility/index.ts';

/** The kinds of record the site search finds, in the order their filters are listed. */
export const searchTypes = ['committee', 'person', 'meeting', 'agenda-item', 'document', 'report', 'decision', 'forward-plan', 'minute'] as const;

/** A kind of record the site search finds. */
export type SearchType = (typeof searchTypes)[number];

/** One search hit. `snippet` comes from public text only, with matches between HIGHLIGHT_START and HIGHLIGHT_END. */
export type SearchHit = {
  type: SearchType;
  id: number;
  title: string;
  url: string | null;
  rank: number;
  at: Date | null;
  context: string | null;
  snippet: string | null;
};

/** Marks the start of a matched word in a snippet (a private-use character, never in real text). */
export const HIGHLIGHT_START = '\uE000';
/** Marks the end of a matched word in a snippet. */
export const HIGHLIGHT_END = '\uE001';

const headlineOptions = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Every record the viewer may see that matches the query, as one ranked set, through the visibility
 * rules: drafts and withdrawn records never enter it for anyone but clerks; an exempt agenda item or
 * minute the viewer may not read matches on its title alone and brings no other text; exempt
 * documents, reports and decisions the viewer is not entitled to are left out entirely. `body` (the
 * only text a snippet is cut from) is text the viewer may read.
 */
function hits(v: Viewer, query: string): SQL {
  const item = rule(v, 'agenda_item');
  const minute = rule(v, 'minute_item');
  return sql`
    with q as (select websearch_to_tsquery('english', ${query}) as tsq, ${query}::text as raw),
    hits as (
      select 'committee'::text as type, o.id, o.name as title, '/committees/' || o.slug as url,
             ts_rank(o.search, q.tsq) * 2 as rank, null::timestamptz as at, o.purpose as body, null::text as context,
             o.slug as org, null::text as maker, false as key
        from organisations o, q
       where o.deleted_at is null and o.search @@ q.tsq
      union all
      -- Names are also matched by trigram word similarity, whole query or word by word, to forgive typos.
      select 'person', p.id, p.printed_name, '/people/' || p.slug,
             greatest(ts_rank(p.search, q.tsq) * 2, word_similarity(q.raw, p.printed_name)), null,
             concat_ws(', ', p.job_title, p.party, p.division), null, null, null, false
        from people p, q
       where p.deleted_at is null
         and (p.search @@ q.tsq or q.raw <% p.printed_name
              or exists (select 1 from unnest(string_to_array(q.raw, ' ')) w where length(w) >= 4 and w <% p.printed_name))
      union all
      select 'meeting', m.id, coalesce(m.title, o.name), '/meetings/' || m.id,
             ts_rank(m.search, q.tsq) * 0.5, m.start_at, null, o.name, o.slug, null, false
        from meetings m join organisations o on o.id = m.organisation_id, q
       where m.deleted_at is null and m.search @@ q.tsq
      union all
      select 'agenda-item', agenda_items.id, agenda_items.title, '/meetings/' || agenda_items.meeting_id || '#item-' || agenda_items.id,
             ts_rank(agenda_items.search, q.tsq), m.start_at, agenda_items.instruction, coalesce(m.title, o.name), o.slug, null, false
        from agenda_items join meetings m on m.id = agenda_items.meeting_id join organisations o on o.id = m.organisation_id, q
       where ${item.visible} and ${item.readable} and agenda_items.search @@ q.tsq
      union all
      select 'agenda-item', agenda_items.id, agenda_items.title, '/meetings/' || agenda_items.meeting_id || '#item-' || agenda_items.id,
             ts_rank(to_tsvector('english', agenda_items.title), q.tsq), m.start_at, null, coalesce(m.title, o.name), o.slug, null, false
        from agenda_items join meetings m on m.id = agenda_items.meeting_id join organisations o on o.id = m.organisation_id, q
       where ${item.visible} and not ${item.readable} and to_tsvector('english', agenda_items.title) @@ q.tsq
      union all
      select 'document', documents.id, documents.title, '/documents/' || documents.id,
             ts_rank(documents.search, q.tsq), coalesce(documents.published_at, m.start_at), documents.text_content, coalesce(m.title, o.name), o.slug, null, false
        from documents left join meetings m on m.id = documents.meeting_id left join organisations o on o.id = m.organisation_id, q
       where ${visible(v, 'document')} and documents.search @@ q.tsq
      union all
      select 'report', reports.id, reports.title, '/reports/' || reports.id,
             ts_rank(reports.search, q.tsq), coalesce(m.start_at, reports.report_date::timestamptz), reports.summary, reports.kind,
             (select ro.slug from organisations ro where ro.id = m.organisation_id), null, false
        from reports left join meetings m on m.id = reports.meeting_id, q
       where ${visible(v, 'report')} and reports.search @@ q.tsq
      union all
      select 'decision', decisions.id, decisions.title, '/decisions/' || decisions.id,
             ts_rank(decisions.search, q.tsq), decisions.decided_on::timestamptz, decisions.decision_text, decisions.maker_text,
             (select dmo.slug from meetings dm join organisations dmo on dmo.id = dm.organisation_id where dm.id = decisions.meeting_id),
             coalesce((select mo.slug from organisations mo where mo.id = decisions.maker_organisation_id),
                      (select case mp.kind when 'councillor' then 'cabinet-member' else 'officer' end from people mp where mp.id = decisions.maker_person_id)),
             decisions.is_key
        from decisions, q
       where ${visible(v, 'decision')} and decisions.publication = 'published' and decisions.search @@ q.tsq
         and not exists (select 1 from decisions n where n.supersedes_id = decisions.id and n.deleted_at is null and n.publication = 'published')
      union all
      select 'forward-plan', forward_plan_entries.id, coalesce(forward_plan_entries.decision, forward_plan_entries.issue, forward_plan_entries.ref), '/forward-plan/' || forward_plan_entries.id,
             ts_rank(forward_plan_entries.search, q.tsq), forward_plan_entries.decision_date::timestamptz, forward_plan_entries.issue,
             forward_plan_entries.ref || ', decision ' || lower(left(forward_plan_entries.decision_date_text, 1)) || substr(forward_plan_entries.decision_date_text, 2),
             null, null, false
        from forward_plan_entries, q
       where ${visible(v, 'forward_plan_entry')} and forward_plan_entries.search @@ q.tsq
      union all
      select 'minute', minute_items.id, 'Minute ' || minute_items.number || ': ' || minute_items.title, '/meetings/' || mn.meeting_id || '#minute-' || minute_items.id,
             ts_rank(minute_items.search, q.tsq), m.start_at, case when ${minute.readable} then minute_items.narrative end, coalesce(m.title, o.name), o.slug, null, false
        from minute_items join minutes mn on mn.id = minute_items.minutes_id join meetings m on m.id = mn.meeting_id join organisations o on o.id = m.organisation_id, q
       where ${minute.visible}
         and (case when ${minute.readable} then minute_items.search else to_tsvector('english', minute_items.title) end) @@ q.tsq
         and not exists (select 1 from minutes n where n.supersedes_id = mn.id and n.deleted_at is null and n.publication = 'published')
    )`;
}

/** Narrowing a search: a committee (by slug), a date range (London days, both ends included), a decision maker (a committee's slug, or `cabinet-member` / `officer` for individual decisions), key decisions only. */
export type SearchFilters = { committee?: string; from?: IsoDate; to?: IsoDate; maker?: string; keyOnly?: boolean };

/** The order of results: best match first, or newest first. */
export type SearchSort = 'relevance' | 'newest';

/** The condition on `hits` rows for the filters: a record without a date, committee or maker is left out when one is asked for. */
function narrowed(f: SearchFilters): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.committee) parts.push(sql`org = ${f.committee}`);
  if (f.maker) parts.push(sql`maker = ${f.maker}`);
  if (f.keyOnly) parts.push(sql`key`);
  if (f.from) parts.push(sql`at >= ${fromLondonLocal(`${f.from}T00:00`)}`);
  if (f.to) parts.push(sql`at < ${fromLondonLocal(`${addDays(f.to, 1)}T00:00`)}`);
  return sql.join(parts, sql` and `);
}

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** What a search finds: how many records of each type match (after the filters, before the type), and the page asked for. */
export type SearchResults = { counts: Record<SearchType, number>; hits: SearchHit[] };

/** One page of a search: the filters, a type to show, the order, and which rows. */
export type SearchPageOptions = SearchFilters & { type?: SearchType; sort?: SearchSort; limit: number; offset: number };

/**
 * The counts by type and one page of records the viewer may see matching the query, in one statement:
 * the matches are found once and both the counts and the page are taken from them. Snippets are cut for
 * the page's rows only.
 * @example await searchResults(db, publicViewer, 'library', { limit: 20, offset: 0 }) // { counts: { meeting: 0, … }, hits: [...] }
 */
export async function searchResults(ex: Executor, v: Viewer, query: string, opts: SearchPageOptions): Promise<SearchResults> {
  const order = opts.sort === 'newest' ? sql`at desc nulls last, rank desc, type, id` : sql`rank desc, at desc nulls last, type, id`;
  const outer = opts.sort === 'newest' ? sql`h.at desc nulls last, h.rank desc, h.type, h.id` : sql`h.rank desc, h.at desc nulls last, h.type, h.id`;
  const rows = rowsOf<{
    counts: Partial<Record<SearchType, number>> | null;
    type: SearchType | null;
    id: number;
    title: string;
    url: string | null;
    rank: number;
    at_ms: number | null;
    context: string | null;
    snippet: string | null;
  }>(
    await ex.execute(sql`${hits(v, query)},
      matched as (select * from hits where ${narrowed(opts)}),
      counts as (select json_object_agg(type, n) as counts from (select type, count(*)::int as n from matched group by type) c),
      page as (select * from matched where (${opts.type ?? null}::text is null or type = ${opts.type ?? null}::text)
                order by ${order} limit ${opts.limit} offset ${opts.offset})
      select c.counts, h.type, h.id, h.title, h.url, h.rank::float8 as rank, (extract(epoch from h.at) * 1000)::float8 as at_ms, h.context,
             case when h.body is not null and h.body <> '' then ts_headline('english', h.body, q.tsq, ${headlineOptions}) end as snippet
        from counts c left join (page h cross join q) on true
       order by ${outer}`),
  );
  const counts = Object.fromEntries(searchTypes.map((t) => [t, 0])) as Record<SearchType, number>;
  // One row even when nothing matches (the page is left-joined to the counts); its counts are null then.
  for (const [t, n] of Object.entries(rows[0]?.counts ?? {})) counts[t as SearchType] = Number(n);
  return {
    counts,
    hits: rows.flatMap((r) =>
      r.type === null
        ? []
        : [
            {
              type: r.type,
              id: Number(r.id),
              title: r.title,
              url: r.url,
              rank: Number(r.rank),
              at: r.at_ms === null ? null : new Date(Number(r.at_ms)),
              context: r.context,
              snippet: r.snippet,
            },
          ],
    ),
  };
}

/** The committees a search can be narrowed to, by name. */
export function searchCommittees(ex: Executor) {
  return ex
    .select({ name: organisations.name, slug: organisations.slug })
    .from(organisations)
    .where(sql`${organisations.deletedAt} is null`)
    .orderBy(organisations.name);
}
