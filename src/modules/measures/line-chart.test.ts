import { describe, expect, it } from 'vitest';
import { lineChart } from './line-chart.ts';

describe('lineChart', () => {
  it('says every value and the target in its description, and draws the points left to right', () => {
    const c = lineChart(
      'm',
      'Roads',
      '%',
      [
        { label: 'Q1 2026/27', value: 76 },
        { label: 'Q2 2026/27', value: 79 },
      ],
      80,
    );
    expect(c.desc).toBe('Target: 80%. Q1 2026/27: 76%. Q2 2026/27: 79%.');
    expect(c.points.map((p) => p.valueText)).toEqual(['76%', '79%']);
    expect(c.points[0]!.x).toBeLessThan(c.points[1]!.x);
    expect(c.points[1]!.y).toBeLessThan(c.points[0]!.y);
    expect(c.target.y).toBeLessThan(c.points[1]!.y);
    expect(c.path).toMatch(/^M\d+ [\d.]+ L\d+ [\d.]+$/);
  });
  it('keeps every point and the target inside the plot, from zero or from a narrow band', () => {
    for (const values of [
      [85, 86.1, 85.4],
      [3, 40, 12],
      [-5, 4],
    ]) {
      const c = lineChart(
        'm',
        'x',
        'days',
        values.map((value, i) => ({ label: `P${i}`, value })),
        10,
      );
      for (const y of [...c.points.map((p) => p.y), c.target.y]) {
        expect(y).toBeGreaterThanOrEqual(c.plot.top);
        expect(y).toBeLessThanOrEqual(c.plot.bottom);
      }
    }
  });
  it('shortens month names under the axis only', () => {
    const c = lineChart(
      'm',
      'x',
      'days',
      [
        { label: 'November 2026', value: 9 },
        { label: 'Q2 2026/27', value: 8 },
      ],
      10,
    );
    expect(c.points.map((p) => [p.label, p.axisLabel])).toEqual([
      ['November 2026', 'Nov 2026'],
      ['Q2 2026/27', 'Q2 2026/27'],
    ]);
  });
  it('says when there are no values', () => {
    expect(lineChart('m', 'x', 'visits', [], 100).desc).toBe('Target: 100 visits. No values yet.');
  });
});
