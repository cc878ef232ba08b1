import { describe, expect, it } from 'vitest';
import { locateLines, searchLines } from './locate-lines.ts';

describe('locateLines', () => {
  const src = searchLines('Agenda\n**5. Bridges – repairs**\nFp/17/07/04 Sale of land\nBridges – repairs again');
  it('finds text ignoring case, emphasis and dash style', () => {
    expect(locateLines(src, ['Bridges - Repairs'])).toEqual({ from: 2, to: 2 });
    expect(locateLines(src, ['FP/17/07/04'])).toEqual({ from: 3, to: 3 });
  });
  it('searches from a line onwards and tries needles in turn', () => {
    expect(locateLines(src, ['Bridges - repairs'], 3)).toEqual({ from: 4, to: 4 });
    expect(locateLines(src, [null, 'nowhere', 'sale of land'])).toEqual({ from: 3, to: 3 });
    expect(locateLines(src, ['nowhere'])).toBeNull();
  });
});
