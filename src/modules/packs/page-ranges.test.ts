import { describe, expect, it } from 'vitest';
import { formatPages, packLayout, sectionPageCounts } from './page-ranges.ts';

describe('pack page ranges', () => {
  it('counts each section from where the next starts', () => {
    expect(sectionPageCounts([2, 5, 6], 9)).toEqual([3, 1, 3]);
    expect(() => sectionPageCounts([2, 2], 4)).toThrow(RangeError);
  });

  it('adds attached PDF pages after each item’s printed pages', () => {
    const layout = packLayout(2, [
      { agendaItemId: 7, htmlPages: 1, attachedPages: [10] },
      { agendaItemId: 9, htmlPages: 2, attachedPages: [] },
      { agendaItemId: 11, htmlPages: 1, attachedPages: [3, 57] },
    ]);
    expect(layout.ranges).toEqual([
      { agendaItemId: 7, from: 3, to: 13 },
      { agendaItemId: 9, from: 14, to: 15 },
      { agendaItemId: 11, from: 16, to: 76 },
    ]);
    expect(layout.totalPages).toBe(76);
    // Printed pages: cover 0, agenda 1, item 7 at 2, item 9 at 3-4, item 11 at 5.
    expect(layout.insertAfter).toEqual([2, 4, 5]);
  });

  it('has no ranges without sections', () => {
    expect(packLayout(3, [])).toEqual({ ranges: [], totalPages: 3, insertAfter: [] });
  });

  it('writes ranges as the agenda prints them', () => {
    expect(formatPages(13, 72)).toBe('Pages 13 - 72');
    expect(formatPages(5, 5)).toBe('Page 5');
  });
});
