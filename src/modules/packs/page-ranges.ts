/** One agenda item's part of a pack: pages Chromium printed for it, then the pages of each attached PDF. */
export type SectionPages = { agendaItemId: number; htmlPages: number; attachedPages: number[] };

/** An item's page range in the pack, 1-based and inclusive. */
export type PageRange = { agendaItemId: number; from: number; to: number };

/** Where the pages of attached PDFs go in the printed document, and the resulting pack. */
export type PackLayout = {
  ranges: PageRange[];
  totalPages: number;
  /** For each section (in order): the 0-based index in the printed document after which its attachments follow. */
  insertAfter: number[];
};

/**
 * Counts each section's printed pages from where the sections start in the printed document.
 * @example sectionPageCounts([2, 5, 6], 9) // [3, 1, 3]
 */
export function sectionPageCounts(starts: number[], printedPages: number): number[] {
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : printedPages;
    if (end <= start) throw new RangeError(`Section ${i + 1} starts on printed page ${start + 1} but has no pages`);
    return end - start;
  });
}

/**
 * The pack's page ranges once attached PDFs follow each item's printed pages. `frontPages` are the
 * cover and agenda before the first item's section.
 * @example packLayout(2, [{ agendaItemId: 7, htmlPages: 1, attachedPages: [10] }, { agendaItemId: 9, htmlPages: 2, attachedPages: [] }])
 * // { ranges: [{ agendaItemId: 7, from: 3, to: 13 }, { agendaItemId: 9, from: 14, to: 15 }], totalPages: 15, insertAfter: [2, 4] }
 */
export function packLayout(frontPages: number, sections: SectionPages[]): PackLayout {
  let next = frontPages + 1;
  let printed = frontPages;
  const ranges: PageRange[] = [];
  const insertAfter: number[] = [];
  for (const s of sections) {
    const pages = s.htmlPages + s.attachedPages.reduce((a, b) => a + b, 0);
    ranges.push({ agendaItemId: s.agendaItemId, from: next, to: next + pages - 1 });
    printed += s.htmlPages;
    insertAfter.push(printed - 1);
    next += pages;
  }
  return { ranges, totalPages: next - 1, insertAfter };
}

/**
 * A page range as the agenda prints it.
 * @example formatPages(13, 72) // 'Pages 13 - 72'
 * @example formatPages(5, 5) // 'Page 5'
 */
export function formatPages(from: number, to: number): string {
  return to !== from ? `Pages ${from} - ${to}` : `Page ${from}`;
}
