import { describe, expect, it } from 'vitest';
import { monthGrid, monthKey, monthLabel, monthRange, shiftMonth } from './calendar.ts';

describe('calendar months', () => {
  it('starts weeks on Monday', () => {
    const grid = monthGrid('2019-05');
    expect(grid[0]).toEqual([null, null, '2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04', '2019-05-05']);
    expect(grid.at(-1)?.filter(Boolean).at(-1)).toBe('2019-05-31');
  });

  it('bounds a month in London time across the clock change', () => {
    const { from, to } = monthRange('2019-04');
    expect(from.toISOString()).toBe('2019-03-31T23:00:00.000Z');
    expect(to.toISOString()).toBe('2019-04-30T23:00:00.000Z');
  });

  it('rejects malformed month values and moves across years', () => {
    expect(monthKey('2019-13', new Date('2020-02-10T12:00:00Z'))).toBe('2020-02');
    expect(shiftMonth('2019-12', 1)).toBe('2020-01');
    expect(shiftMonth('2019-01', -1)).toBe('2018-12');
  });

  it('names a month as the calendar heading shows it', () => {
    expect(monthLabel('2019-05')).toBe('May 2019');
    expect(monthLabel('2030-12')).toBe('December 2030');
    expect(monthLabel('2031-01')).toBe('January 2031');
  });
});
