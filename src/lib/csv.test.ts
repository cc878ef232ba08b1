import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from './csv.ts';

describe('CSV', () => {
  it('prefixes cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+44 1632', '-2', '@SUM(A1)', '\tx', '\rx']) expect(safeCell(bad)).toBe(`'${bad}`);
    expect(safeCell('Budget = 3')).toBe('Budget = 3');
    expect(safeCell(-2)).toBe(-2);
    expect(safeCell(null)).toBe('');
    expect(safeCell(true)).toBe('Yes');
  });

  it('writes a heading row and quotes commas, quotes and line breaks', () => {
    const csv = toCsv(
      [
        { header: 'Title', value: (r: { t: string; n: number }) => r.t },
        { header: 'Count', value: (r) => r.n },
      ],
      [
        { t: 'Roads, bridges', n: 3 },
        { t: 'Say "no"\nplease', n: 0 },
        { t: '=cmd', n: -1 },
      ],
    );
    expect(csv).toBe('Title,Count\r\n"Roads, bridges",3\r\n"Say ""no""\nplease",0\r\n\'=cmd,-1\r\n');
  });
});
