// How a part of a plan is rated: its RAG and direction of travel rolled up from its action plans'
// actions, its measures and the parts beneath it.
import type { Direction } from '../measures/index.ts';
import type { partRags } from './plans.table.ts';

/** A part's RAG rating. */
export type PartRag = (typeof partRags)[number];

const order: Record<PartRag, number> = { Green: 0, Amber: 1, Red: 2 };

/** What one part holds directly: its actions' RAG ratings and its measures' computed RAG and direction. */
export type PartEvidence = { actionRags: (string | null)[]; measures: { rag: string | null; direction: Direction }[] };

/** A part's roll-up. */
export type RollUp = { rag: PartRag | null; direction: Direction; rated: number };

/** The words every page shows to say how a part's RAG and direction are worked out. */
export const rollUpExplained =
  'A part’s RAG rating is the worst of its actions’ RAG ratings, its measures’ RAG ratings (worked out from their targets) and those of the parts beneath it: one Red makes it Red, otherwise one Amber makes it Amber. A complete (Blue) action counts as Green; actions and measures not yet rated are left out. Its direction of travel compares how many of its measures (and those beneath it) are improving with how many are worsening.';

/**
 * The worst of some RAG ratings; Blue (complete) counts as Green, unrated ones are left out; null when none is rated.
 * @example worstRag(['Green', 'Blue', 'Amber', null]) // 'Amber'
 */
export function worstRag(rags: readonly (string | null | undefined)[]): PartRag | null {
  let worst: PartRag | null = null;
  for (const r of rags) {
    const rag = r === 'Blue' ? 'Green' : r;
    if (rag !== 'Red' && rag !== 'Amber' && rag !== 'Green') continue;
    if (worst === null || order[rag] > order[worst]) worst = rag;
  }
  return worst;
}

/**
 * The direction of travel of many measures together: improving when more improve than worsen,
 * worsening when more worsen, no change when as many do each; not enough data when none has two values.
 * @example overallDirection(['improving', 'improving', 'worsening']) // 'improving'
 */
export function overallDirection(directions: readonly Direction[]): Direction {
  const known = directions.filter((d) => d !== 'not-enough-data');
  if (!known.length) return 'not-enough-data';
  const up = known.filter((d) => d === 'improving').length;
  const down = known.filter((d) => d === 'worsening').length;
  return up > down ? 'improving' : down > up ? 'worsening' : 'no-change';
}

/**
 * Every part's roll-up: what it holds directly and what every part beneath it holds.
 * @example rollUpParts([{ id: 1, parentId: null }, { id: 2, parentId: 1 }], new Map([[2, { actionRags: ['Red'], measures: [] }]])).get(1)!.rag // 'Red'
 */
export function rollUpParts(parts: readonly { id: number; parentId: number | null }[], evidence: ReadonlyMap<number, PartEvidence>): Map<number, RollUp> {
  const children = new Map<number, number[]>();
  for (const p of parts) if (p.parentId !== null) children.set(p.parentId, [...(children.get(p.parentId) ?? []), p.id]);
  const gathered = new Map<number, { rags: (string | null)[]; directions: Direction[] }>();
  const gather = (id: number, seen: Set<number>): { rags: (string | null)[]; directions: Direction[] } => {
    const done = gathered.get(id);
    if (done) return done;
    const own = evidence.get(id) ?? { actionRags: [], measures: [] };
    const out = { rags: [...own.actionRags, ...own.measures.map((m) => m.rag)], directions: own.measures.map((m) => m.direction) };
    for (const c of children.get(id) ?? []) {
      if (seen.has(c)) continue;
      const sub = gather(c, new Set([...seen, c]));
      out.rags.push(...sub.rags);
      out.directions.push(...sub.directions);
    }
    gathered.set(id, out);
    return out;
  };
  const result = new Map<number, RollUp>();
  for (const p of parts) {
    const g = gather(p.id, new Set([p.id]));
    result.set(p.id, { rag: worstRag(g.rags), direction: overallDirection(g.directions), rated: g.rags.filter((r) => r !== null).length });
  }
  return result;
}
