/**
 * A paper Shirehall writes itself from its own records for an agenda item — the outcome tracker for a
 * meeting, a quarter's highlight reports — rather than one a clerk uploads. The module that owns the
 * records fills it in; the pack prints it as the public sees it, with a link to its page on the site.
 */
export type GeneratedPaper = {
  title: string;
  /** The public page with the same content. */
  href: string;
  blocks: PaperBlock[];
};

/** A heading, a paragraph (line breaks kept, with an optional bold label before it) or a table with a caption and a header row. */
export type PaperBlock = { heading: string } | { text: string; label?: string } | { table: { caption: string; head: string[]; rows: string[][] } };

/** Which generated paper an agenda item carries (stored on the item as `paper_source`). */
export type PaperSource = { kind: 'outcome-tracker' } | { kind: 'highlight-reports'; planId: number; quarter: string };
