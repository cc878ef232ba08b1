import { describe, expect, it } from 'vitest';
import { computedRag, directionOfTravel } from './measure-status.ts';
import { parsePeriod, periodOf } from './measure-periods.ts';

describe('direction of travel', () => {
  it('needs two values', () => {
    expect(directionOfTravel([], 'higher')).toBe('not-enough-data');
    expect(directionOfTravel([40], 'lower')).toBe('not-enough-data');
  });
  it('reads the last two values with the polarity', () => {
    expect(directionOfTravel([10, 61, 64], 'higher')).toBe('improving');
    expect(directionOfTravel([64, 61], 'higher')).toBe('worsening');
    expect(directionOfTravel([15, 12], 'lower')).toBe('improving');
    expect(directionOfTravel([12, 15], 'lower')).toBe('worsening');
    expect(directionOfTravel([99, 12.5, 12.5], 'lower')).toBe('no-change');
  });
});

describe('computed RAG', () => {
  const higher = { target: 90, tolerance: 5, polarity: 'higher' as const };
  const lower = { target: 10, tolerance: 2, polarity: 'lower' as const };
  it('is Green at or better than the target, Amber within the tolerance, Red beyond: higher is better', () => {
    expect(computedRag(90, higher)).toBe('Green');
    expect(computedRag(95, higher)).toBe('Green');
    expect(computedRag(85, higher)).toBe('Amber');
    expect(computedRag(84.9, higher)).toBe('Red');
  });
  it('is Green at or better than the target, Amber within the tolerance, Red beyond: lower is better', () => {
    expect(computedRag(10, lower)).toBe('Green');
    expect(computedRag(3, lower)).toBe('Green');
    expect(computedRag(12, lower)).toBe('Amber');
    expect(computedRag(12.01, lower)).toBe('Red');
  });
  it('has no rating without a value, and no Amber with no tolerance', () => {
    expect(computedRag(null, higher)).toBeNull();
    expect(computedRag(89, { ...higher, tolerance: 0 })).toBe('Red');
  });
});

describe('periods', () => {
  it('labels UK financial-year quarters and months', () => {
    expect(periodOf('2026-04-01', 'quarterly')).toEqual({ period: '2026-04-01', label: 'Q1 2026/27' });
    expect(periodOf('2026-08-14', 'quarterly')).toEqual({ period: '2026-07-01', label: 'Q2 2026/27' });
    expect(periodOf('2026-12-31', 'quarterly')).toEqual({ period: '2026-10-01', label: 'Q3 2026/27' });
    expect(periodOf('2027-03-31', 'quarterly')).toEqual({ period: '2027-01-01', label: 'Q4 2026/27' });
    expect(periodOf('1999-02-10', 'quarterly')).toEqual({ period: '1999-01-01', label: 'Q4 1998/99' });
    expect(periodOf('2026-10-09', 'monthly')).toEqual({ period: '2026-10-01', label: 'October 2026' });
  });
  it('reads labels and days, and refuses what does not suit the frequency', () => {
    expect(parsePeriod('Q4 2026/27', 'quarterly')).toEqual({ period: '2027-01-01', label: 'Q4 2026/27' });
    expect(parsePeriod(' q1  2026/2027 ', 'quarterly')).toEqual({ period: '2026-04-01', label: 'Q1 2026/27' });
    expect(parsePeriod('2026-11-20', 'quarterly')).toEqual({ period: '2026-10-01', label: 'Q3 2026/27' });
    expect(parsePeriod('Oct 2026', 'monthly')).toEqual({ period: '2026-10-01', label: 'October 2026' });
    expect(parsePeriod('2026-10', 'monthly')).toEqual({ period: '2026-10-01', label: 'October 2026' });
    expect(parsePeriod('Q2 2026/28', 'quarterly')).toBeUndefined();
    expect(parsePeriod('Q2 2026/27', 'monthly')).toBeUndefined();
    expect(parsePeriod('2026-02-30', 'monthly')).toBeUndefined();
    expect(parsePeriod('Smarch 2026', 'monthly')).toBeUndefined();
  });
});
