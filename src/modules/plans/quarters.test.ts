import { describe, expect, it } from 'vitest';
import { parseQuarter, quarterOf, quarterSlug } from './quarters.ts';

describe('quarters of the financial year', () => {
  it('reads a label or a web address, and nothing else', () => {
    expect(parseQuarter('Q2 2026/27')).toEqual({ start: '2026-07-01', label: 'Q2 2026/27' });
    expect(parseQuarter('q4-2026-27')).toEqual({ start: '2027-01-01', label: 'Q4 2026/27' });
    expect(parseQuarter('Q1 2026/28')).toBeUndefined();
    expect(parseQuarter('Q5 2026/27')).toBeUndefined();
    expect(parseQuarter('July 2026')).toBeUndefined();
  });

  it('names the quarter of a day, and writes it into a web address', () => {
    expect(quarterOf('2027-02-14')).toEqual({ start: '2027-01-01', label: 'Q4 2026/27' });
    expect(quarterSlug('Q2 2026/27')).toBe('q2-2026-27');
  });
});
