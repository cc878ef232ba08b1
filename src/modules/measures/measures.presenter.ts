// Measures as pages and the API show them: values with their unit, RAG tags and the direction of travel in words.
import type { Measure, MeasureValue } from './measures.repo.ts';
import { computedRag, directionOfTravel, type Direction } from './measure-status.ts';

const ragColours = { Red: 'red', Amber: 'orange', Green: 'green' } as const;

/** The words and arrow of each direction of travel; the arrow is decoration, the words carry the meaning. */
export const directionWords: Record<Direction, { text: string; arrow: string }> = {
  improving: { text: 'Improving', arrow: '↑' },
  worsening: { text: 'Worsening', arrow: '↓' },
  'no-change': { text: 'No change', arrow: '→' },
  'not-enough-data': { text: 'Not enough data', arrow: '' },
};

/**
 * A number with its unit: a percentage sign joins the number, other units follow it after a space.
 * @example withUnit(87.5, '%') // '87.5%'
 * @example withUnit(12, 'days') // '12 days'
 */
export function withUnit(n: number | null | undefined, unit: string): string {
  if (n === null || n === undefined) return '–';
  const text = n.toLocaleString('en-GB', { maximumFractionDigits: 4 });
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

const ragTag = (rag: string | null) => (rag ? { text: rag, colour: ragColours[rag as keyof typeof ragColours] } : null);

/** A measure with what its values say: the latest value, the computed and officer's RAG, the direction of travel. */
export function presentMeasure(m: Measure, values: MeasureValue[] = []) {
  const latest = values.at(-1) ?? null;
  const nums = values.map((v) => v.value);
  const direction = directionOfTravel(nums, m.polarity);
  const rag = computedRag(latest?.value, m);
  // Rounding keeps the API's numbers clean (PostgreSQL numeric comes back exact, JavaScript adds noise).
  return {
    id: m.id,
    name: m.name,
    unit: m.unit,
    polarity: m.polarity,
    polarityText: m.polarity === 'higher' ? 'Higher is better' : 'Lower is better',
    frequency: m.frequency,
    baseline: m.baseline,
    target: m.target,
    tolerance: m.tolerance,
    source: m.source,
    owner: m.owner,
    actionPlanId: m.actionPlanId,
    officerRag: m.officerRag,
    commentary: m.commentary,
    latest: latest ? { label: latest.label, value: latest.value, note: latest.note } : null,
    latestText: latest ? withUnit(latest.value, m.unit) : 'No values yet',
    targetText: withUnit(m.target, m.unit),
    baselineText: withUnit(m.baseline, m.unit),
    toleranceText: withUnit(m.tolerance, m.unit),
    computedRag: rag,
    computedRagTag: ragTag(rag),
    officerRagTag: ragTag(m.officerRag),
    direction,
    directionText: directionWords[direction].text,
    directionArrow: directionWords[direction].arrow,
    publication: m.publication,
  };
}

/** A presented measure. */
export type PresentedMeasure = ReturnType<typeof presentMeasure>;

/** Measures grouped under their plan, in the order given; measures in no plan come under "Other measures". */
export function groupByPlan<T>(rows: { planTitle: string | null; planSlug: string | null; item: T }[]): { title: string; slug: string | null; items: T[] }[] {
  const groups: { title: string; slug: string | null; items: T[] }[] = [];
  for (const r of rows) {
    const title = r.planTitle ?? 'Other measures';
    const g = groups.find((x) => x.title === title && x.slug === r.planSlug);
    if (g) g.items.push(r.item);
    else groups.push({ title, slug: r.planSlug, items: [r.item] });
  }
  return groups;
}
