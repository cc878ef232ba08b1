import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';

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
 * Every public record that matches the query, as one ranked set. Exempt information never enters it:
 * exempt agenda items match on their title alone and bring no other text; exempt documents, reports,
 * decisions and minutes, and those hanging from an exempt agenda item or minute, are left out entirely;
 * `body` (the only text a snippet is cut from) is public text.
 */
function hits(query: string): SQL {
  return sql`
    with q as (select websearch_to_tsquery('english', ${query}) as tsq, ${query}::text as raw),
    hits as (
      select 'committee'::text as type, o.id, o.name as title, '/committees/' || o.slug as url,
             ts_rank(o.search, q.tsq) * 2 as rank, null::timestamptz as at, o.purpose as body, null::text as context
        from organisations o, q
       where o.deleted_at is null and o.search @@ q.tsq
      union all
      -- Names are also matched by trigram word similarity, whole query or word by word, to forgive typos.
      select 'person', p.id, p.printed_name, '/people/' || p.slug,
             greatest(ts_rank(p.search, q.tsq) * 2, word_similarity(q.raw, p.printed_name)), null,
             concat_ws(', ', p.job_title, p.party, p.division), null
        from people p, q
       where p.deleted_at is null
         and (p.search @@ q.tsq or q.raw <% p.printed_name
              or exists (select 1 from unnest(string_to_array(q.raw, ' ')) w where length(w) >= 4 and w <% p.printed_name))
      union all
      select 'meeting', m.id, coalesce(m.title, o.name), '/meetings/' || m.id,
             ts_rank(m.search, q.tsq) * 0.5, m.start_at, null, o.name
        from meetings m join organisations o on o.id = m.organisation_id, q
       where m.deleted_at is null and m.search @@ q.tsq
      union all
      select 'agenda-item', ai.id, ai.title, '/meetings/' || ai.meeting_id || '#item-' || ai.id,
             ts_rank(ai.search, q.tsq), m.start_at, ai.instruction, coalesce(m.title, o.name)
        from agenda_items ai join meetings m on m.id = ai.meeting_id join organisations o on o.id = m.organisation_id, q
       where ai.is_public and ai.deleted_at is null and m.deleted_at is null and ai.search @@ q.tsq
      union all
      select 'agenda-item', ai.id, ai.title, '/meetings/' || ai.meeting_id || '#item-' || ai.id,
             ts_rank(to_tsvector('english', ai.title), q.tsq), m.start_at, null, coalesce(m.title, o.name)
        from agenda_items ai join meetings m on m.id = ai.meeting_id join organisations o on o.id = m.organisation_id, q
       where not ai.is_public and ai.deleted_at is null and m.deleted_at is null and to_tsvector('english', ai.title) @@ q.tsq
      union all
      select 'document', d.id, d.title, '/documents/' || d.id,
             ts_rank(d.search, q.tsq), coalesce(d.published_at, m.start_at), d.text_content, coalesce(m.title, o.name)
        from documents d left join meetings m on m.id = d.meeting_id left join organisations o on o.id = m.organisation_id, q
       where d.is_public and d.deleted_at is null and d.search @@ q.tsq
         and not exists (select 1 from agenda_items x where x.id = d.agenda_item_id and not x.is_public)
      union all
      select 'report', r.id, r.title, '/reports/' || r.id,
             ts_rank(r.search, q.tsq), coalesce(m.start_at, r.report_date::timestamptz), r.summary, r.kind
        from reports r left join meetings m on m.id = r.meeting_id, q
       where r.is_public and r.deleted_at is null and r.search @@ q.tsq
         and not exists (select 1 from agenda_items x where x.id = r.agenda_item_id and not x.is_public)
      union all
      select 'decision', d.id, d.title, '/decisions/' || d.id,
             ts_rank(d.search, q.tsq), d.decided_on::timestamptz, d.decision_text, d.maker_text
        from decisions d, q
       where d.is_public and d.published_at is not null and d.deleted_at is null and d.search @@ q.tsq
         and not exists (select 1 from decisions n where n.supersedes_id = d.id and n.deleted_at is null)
         and not exists (select 1 from minute_items x where x.id = d.minute_item_id and not x.is_public)
      union all
      select 'forward-plan', f.id, coalesce(f.decision, f.issue, f.ref), '/forward-plan/' || f.id,
             ts_rank(f.search, q.tsq), f.decision_date::timestamptz, f.issue, f.ref || ', decision ' || lower(left(f.decision_date_text, 1)) || substr(f.decision_date_text, 2)
        from forward_plan_entries f, q
       where f.deleted_at is null and f.search @@ q.tsq
      union all
      select 'minute', mi.id, 'Minute ' || mi.number || ': ' || mi.title, '/meetings/' || mn.meeting_id || '#minutes',
             ts_rank(mi.search, q.tsq), m.start_at, mi.narrative, coalesce(m.title, o.name)
        from minute_items mi join minutes mn on mn.id = mi.minutes_id join meetings m on m.id = mn.meeting_id join organisations o on o.id = m.organisation_id, q
       where mi.is_public and mi.deleted_at is null and mn.deleted_at is null and m.deleted_at is null and mi.search @@ q.tsq
         and not exists (select 1 from minutes n where n.supersedes_id = mn.id and n.deleted_at is null)
         and not exists (select 1 from agenda_items x where x.id = mi.agenda_item_id and not x.is_public)
    )`;
}

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/**
 * How many public records of each type match the query.
 * @example await countSearchHits(db, 'school transport') // { meeting: 0, 'agenda-item': 12, … }
 */
export async function countSearchHits(ex: Executor, query: string): Promise<Record<SearchType, number>> {
  const rows = rowsOf<{ type: SearchType; n: number }>(await ex.execute(sql`${hits(query)} select type, count(*)::int as n from hits group by type`));
  const counts = Object.fromEntries(searchTypes.map((t) => [t, 0])) as Record<SearchType, number>;
  for (const r of rows) counts[r.type] = Number(r.n);
  return counts;
}

/**
 * One page of public records matching the query, best first, optionally of one type.
 * @example await searchPage(db, 'library', { limit: 20, offset: 0 })
 */
export async function searchPage(ex: Executor, query: string, opts: { type?: SearchType; limit: number; offset: number }): Promise<SearchHit[]> {
  const rows = rowsOf<{ type: SearchType; id: number; title: string; url: string | null; rank: number; at_ms: number | null; context: string | null; snippet: string | null }>(
    await ex.execute(sql`${hits(query)}
      select h.type, h.id, h.title, h.url, h.rank::float8 as rank, (extract(epoch from h.at) * 1000)::float8 as at_ms, h.context,
             case when h.body is not null and h.body <> '' then ts_headline('english', h.body, q.tsq, ${headlineOptions}) end as snippet
        from (select * from hits where ${opts.type ?? null}::text is null or type = ${opts.type ?? null}::text
               order by rank desc, at desc nulls last, type, id limit ${opts.limit} offset ${opts.offset}) h, q
       order by h.rank desc, h.at desc nulls last, h.type, h.id`),
  );
  return rows.map((r) => ({
    type: r.type,
    id: Number(r.id),
    title: r.title,
    url: r.url,
    rank: Number(r.rank),
    at: r.at_ms === null ? null : new Date(Number(r.at_ms)),
    context: r.context,
    snippet: r.snippet,
  }));
}
