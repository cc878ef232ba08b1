import { formatDate } from '../../lib/dates.ts';
import type { Risk, RiskScore } from './risks.repo.ts';

/** How a score is rated: 1–4 low, 5–12 medium, 15–25 high. */
export function scoreBand(score: number): { text: string; colour: 'green' | 'yellow' | 'red'; fill: string } {
  if (score >= 15) return { text: 'High', colour: 'red', fill: '#f4cdc6' };
  if (score >= 5) return { text: 'Medium', colour: 'yellow', fill: '#fff7bf' };
  return { text: 'Low', colour: 'green', fill: '#cce2d8' };
}

/** A risk as the register shows it: its score band and whether its review is overdue (the review date has passed). */
export function presentRisk(r: Risk, today: string) {
  return { ...r, band: scoreBand(r.score), targetBand: r.targetScore === null ? null : scoreBand(r.targetScore), reviewOverdue: r.reviewDate !== null && r.reviewDate < today };
}

/** One cell of the heat map: a likelihood and an impact, how many risks sit there, and where it is drawn. */
export type HeatCell = { likelihood: number; impact: number; score: number; count: number; x: number; y: number; fill: string };

const CELL = 64;
const LEFT = 96;
const TOP = 16;

/**
 * The 5 × 5 heat map of risks by current likelihood and impact: the same counts drawn as SVG and
 * printed as a table. Rows run from likelihood 5 (top) to 1; columns from impact 1 to 5.
 * @example heatMap([{ likelihood: 3, impact: 4 }]).rows[2].cells[3].count // 1
 */
export function heatMap(list: { likelihood: number; impact: number }[]) {
  const rows = [5, 4, 3, 2, 1].map((likelihood, r) => ({
    likelihood,
    cells: [1, 2, 3, 4, 5].map((impact, c): HeatCell => ({
      likelihood,
      impact,
      score: likelihood * impact,
      count: list.filter((x) => x.likelihood === likelihood && x.impact === impact).length,
      x: LEFT + c * CELL,
      y: TOP + r * CELL,
      fill: scoreBand(likelihood * impact).fill,
    })),
  }));
  const filled = rows.flatMap((r) => r.cells).filter((c) => c.count);
  return {
    id: 'heat-map',
    title: 'Risks by likelihood and impact',
    desc: filled.length
      ? `${list.length} ${list.length === 1 ? 'risk' : 'risks'}. ${filled.map((c) => `Likelihood ${c.likelihood}, impact ${c.impact}: ${c.count}`).join('; ')}. Every other cell: 0.`
      : 'No risks',
    width: LEFT + 5 * CELL + 8,
    height: TOP + 5 * CELL + 56,
    cell: CELL,
    left: LEFT,
    top: TOP,
    rows,
    total: list.length,
  };
}

/**
 * A small line chart of a risk's score over time (0 to 25), with the same points as the table beside it.
 * @example scoreChart([{ recordedOn: '2031-01-05', score: 12, … }]).points[0].score // 12
 */
export function scoreChart(history: Pick<RiskScore, 'recordedOn' | 'likelihood' | 'impact' | 'score' | 'note'>[]) {
  const W = 560;
  const H = 240;
  const left = 48;
  const bottom = 32;
  const plotW = W - left - 24;
  const plotH = H - bottom - 16;
  const n = history.length;
  const points = history.map((h, i) => ({
    ...h,
    label: formatDate(h.recordedOn),
    x: Math.round(left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1))),
    y: Math.round(16 + plotH - (h.score / 25) * plotH),
  }));
  return {
    id: 'score-chart',
    title: 'Score over time',
    desc: points.length ? points.map((p) => `${p.label}: ${p.score}`).join('; ') : 'No scores recorded',
    width: W,
    height: H,
    points,
    line: points.map((p) => `${p.x},${p.y}`).join(' '),
    axis: [0, 5, 10, 15, 20, 25].map((s) => ({ score: s, y: Math.round(16 + plotH - (s / 25) * plotH) })),
    left,
    right: W - 24,
    baseline: 16 + plotH,
  };
}
