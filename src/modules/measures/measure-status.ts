// What a measure's values say: its direction of travel and its computed RAG rating.
import type { MeasureRag, polarities } from './measures.table.ts';

/** Which way is better for a measure. */
export type Polarity = (typeof polarities)[number];

/** How the latest value compares with the one before it. */
export type Direction = 'improving' | 'worsening' | 'no-change' | 'not-enough-data';

/**
 * The direction of travel from the last two values (oldest first) and the polarity.
 * @example directionOfTravel([61, 64], 'higher') // 'improving'
 * @example directionOfTravel([12, 15], 'lower') // 'worsening'
 */
export function directionOfTravel(values: readonly number[], polarity: Polarity): Direction {
  if (values.length < 2) return 'not-enough-data';
  const [previous, latest] = values.slice(-2) as [number, number];
  if (latest === previous) return 'no-change';
  return latest > previous === (polarity === 'higher') ? 'improving' : 'worsening';
}

/**
 * The RAG rating a value earns against its target: Green at or better than the target, Amber worse
 * by no more than the tolerance (absolute, in the measure's unit), Red beyond; null without a value.
 * @example computedRag(86, { target: 90, tolerance: 5, polarity: 'higher' }) // 'Amber'
 * @example computedRag(9, { target: 10, tolerance: 2, polarity: 'lower' }) // 'Green'
 */
export function computedRag(latest: number | null | undefined, m: { target: number; tolerance: number; polarity: Polarity }): MeasureRag | null {
  if (latest === null || latest === undefined) return null;
  // How far the value falls short of the target; negative or zero when it meets it.
  const shortfall = m.polarity === 'higher' ? m.target - latest : latest - m.target;
  if (shortfall <= 0) return 'Green';
  return shortfall <= Math.abs(m.tolerance) ? 'Amber' : 'Red';
}
