// Server-rendered bar charts: the numbers a template draws as SVG and prints as a table beside it.

/** One bar: its label, its number and a GOV.UK tag colour name. */
export type Bar = { label: string; value: number; colour?: string };

/** A chart ready to draw: bars with their lengths and positions in a 600-wide view box. */
export type BarChart = { id: string; title: string; desc: string; height: number; max: number; bars: (Bar & { y: number; width: number; fill: string })[] };

// GOV.UK colours that keep 3:1 contrast against white.
const fills: Record<string, string> = { red: '#d4351c', orange: '#f47738', green: '#00703c', blue: '#1d70b8', grey: '#505a5f', purple: '#4c2c92' };
const ROW = 36;

/**
 * Lays out a horizontal bar chart; the description says every number so a screen reader hears what
 * the table beside it shows.
 * @example barChart('rag', 'Actions by RAG rating', [{ label: 'Red', value: 2, colour: 'red' }]).bars[0].width // 340
 */
export function barChart(id: string, title: string, bars: Bar[]): BarChart {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return {
    id,
    title,
    desc: bars.length ? bars.map((b) => `${b.label}: ${b.value}`).join('; ') : 'No data',
    height: Math.max(1, bars.length) * ROW + 8,
    max,
    bars: bars.map((b, i) => ({ ...b, y: 4 + i * ROW, width: Math.round((b.value / max) * 340), fill: fills[b.colour ?? 'blue'] ?? fills.blue! })),
  };
}
