// A server-rendered line chart of a measure's values: the numbers a template draws as SVG and prints
// as a table of the same numbers.
import { withUnit } from './measures.presenter.ts';

/** A point of the chart: its period, its value, and where it is drawn in the view box. */
export type ChartPoint = { label: string; axisLabel: string; value: number; valueText: string; x: number; y: number };

/** A line chart ready to draw in a 640 × 320 view box. */
export type LineChart = {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  points: ChartPoint[];
  path: string;
  target: { y: number; text: string };
  ticks: { y: number; text: string }[];
  plot: { left: number; right: number; top: number; bottom: number };
};

const W = 640;
const H = 320;
const plot = { left: 90, right: W - 20, top: 20, bottom: H - 60 };

/** A round step for about four gridlines over a range. */
function step(range: number): number {
  const raw = range / 4 || 1;
  const mag = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((s) => s * mag >= raw) ?? 10) * mag;
}

/**
 * Lays out the values (oldest first) and the target line; the description says every value and the
 * target, so a screen reader hears what the table beside the chart shows.
 * @example lineChart('m3', 'Households helped', 'households', [{ label: 'Q1 2026/27', value: 90 }], 120).desc // 'Target: 120 households. Q1 2026/27: 90 households.'
 */
export function lineChart(id: string, title: string, unit: string, values: { label: string; value: number }[], target: number): LineChart {
  const all = [...values.map((v) => v.value), target];
  const [min, max] = [Math.min(...all), Math.max(...all)];
  // The axis starts at zero unless the values sit in a narrow band far from it, where a zero axis would flatten the line.
  const fromZero = min <= 0 || max - min > max / 2;
  const s = step(fromZero ? max - Math.min(0, min) : max - min);
  const lo = fromZero ? Math.min(0, Math.floor(min / s) * s) : Math.floor(min / s) * s - s;
  const hi = Math.max(lo + s, Math.ceil(Math.max(...all) / s) * s);
  const y = (n: number) => Math.round((plot.bottom - ((n - lo) / (hi - lo)) * (plot.bottom - plot.top)) * 10) / 10;
  const gap = values.length > 1 ? (plot.right - plot.left - 40) / (values.length - 1) : 0;
  // Month names are shortened under the axis (Nov 2026) so that eight of them fit; the table has them in full.
  const points = values.map((v, i) => ({
    ...v,
    axisLabel: v.label.replace(/^([A-Z][a-z]{2})[a-z]+ (\d{4})$/, '$1 $2'),
    valueText: withUnit(v.value, unit),
    x: Math.round(values.length > 1 ? plot.left + 20 + i * gap : (plot.left + plot.right) / 2),
    y: y(v.value),
  }));
  const ticks: { y: number; text: string }[] = [];
  for (let n = lo; n <= hi + s / 1000; n += s) ticks.push({ y: y(n), text: withUnit(Math.round(n * 1e6) / 1e6, unit) });
  return {
    id,
    title,
    desc: [`Target: ${withUnit(target, unit)}.`, ...(values.length ? points.map((p) => `${p.label}: ${p.valueText}.`) : ['No values yet.'])].join(' '),
    width: W,
    height: H,
    points,
    path: points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' '),
    target: { y: y(target), text: `Target ${withUnit(target, unit)}` },
    ticks,
    plot,
  };
}
