import { formatDate } from '../../web/format.ts';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit, type SearchType, searchTypes } from './search.repo.ts';

/** Singular and plural labels for each type of result. */
export const typeLabels: Record<SearchType, { one: string; many: string }> = {
  committee: { one: 'Committee', many: 'Committees' },
  person: { one: 'Person', many: 'Councillors and officers' },
  meeting: { one: 'Meeting', many: 'Meetings' },
  'agenda-item': { one: 'Agenda item', many: 'Agenda items' },
  document: { one: 'Document', many: 'Documents' },
  report: { one: 'Report', many: 'Reports' },
  decision: { one: 'Decision', many: 'Decisions' },
  'forward-plan': { one: 'Forward Plan', many: 'Forward Plan entries' },
  minute: { one: 'Minute', many: 'Minutes' },
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const marked = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_START}${HIGHLIGHT_END}]*)${HIGHLIGHT_END}`, 'g');
const strayMarks = new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_END}]`, 'g');

/**
 * A snippet as safe HTML: the text escaped, then its matched words in <strong>.
 * @example snippetHtml('a \uE000bridge\uE001 <b>') // 'a <strong>bridge</strong> &lt;b&gt;'
 */
export function snippetHtml(snippet: string | null): string | null {
  if (!snippet) return null;
  return escapeHtml(snippet.replace(/\s+/g, ' ').trim()).replace(marked, '<strong>$1</strong>').replace(strayMarks, '');
}

/** A search hit as the results page shows it. */
export function presentHit(hit: SearchHit) {
  return {
    type: hit.type,
    typeLabel: typeLabels[hit.type].one,
    title: hit.title,
    url: hit.url,
    snippetHtml: snippetHtml(hit.snippet),
    meta: [hit.context, hit.at && hit.type !== 'forward-plan' ? formatDate(hit.at) : null].filter(Boolean).join(', '),
  };
}

/** The type filter links with their counts, "All results" first; types with no hits are left out. */
export function presentFilters(counts: Record<SearchType, number>, current: SearchType | undefined, href: (type?: SearchType) => string) {
  const total = searchTypes.reduce((n, t) => n + counts[t], 0);
  return [
    { text: 'All results', count: total, href: href(), current: current === undefined },
    ...searchTypes.filter((t) => counts[t] > 0).map((t) => ({ text: typeLabels[t].many, count: counts[t], href: href(t), current: current === t })),
  ];
}

/** GOV.UK pagination for a results page: first, last and neighbours of the current page, with ellipses. */
export function presentPagination(page: number, pages: number, href: (page: number) => string) {
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) items.push({ ellipsis: true });
    items.push({ number: n, href: href(n), current: n === page });
  });
  return {
    previous: page > 1 ? { href: href(page - 1) } : undefined,
    next: page < pages ? { href: href(page + 1) } : undefined,
    items,
  };
}
