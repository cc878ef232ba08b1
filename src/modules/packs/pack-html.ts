import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import type { PaperBlock } from '../../lib/generated-paper.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** The pack stylesheet, inlined into every pack so the HTML file stands alone. */
export const packCss = readFileSync(join(here, 'views', 'pack.css'), 'utf8');

/** The CSP source that lets a browser apply the pack's inline stylesheet and nothing else. */
export const packStyleHash = `'sha256-${createHash('sha256').update(packCss).digest('base64')}'`;

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(join(here, '..', '..')), { autoescape: true, trimBlocks: true, lstripBlocks: true });

/** A line of the pack's agenda. */
export type PackAgendaLine = {
  number: string;
  title: string;
  instruction: string | null;
  isSub: boolean;
  exemptNotice: string | null;
  pagesText: string | null;
  papers: { title: string; href: string | null }[];
};

/** A document inside an item's section: printed text, image or generated paper, a PDF that follows, or one only listed. */
export type PackSectionDocument = {
  title: string;
  kind: 'text' | 'image' | 'paper' | 'pdf' | 'other';
  text?: string;
  dataUri?: string;
  blocks?: PaperBlock[];
  href?: string;
  note?: string;
};

/** One item's section of the pack. */
export type PackSection = { agendaItemId: number; number: string; title: string; pagesText: string | null; exemptNotice: string | null; documents: PackSectionDocument[] };

/** Everything the pack template shows. */
export type PackView = {
  lang: string;
  title: string;
  bodyName: string;
  label: string;
  restricted: boolean;
  lateReason: string | null;
  meeting: {
    organisationName: string;
    title: string | null;
    dateText: string;
    timeText: string;
    place: string;
    contact: string | null;
    issuedBy: string | null;
    issuedOnText: string | null;
    members: { name: string; role: string }[];
  };
  agenda: PackAgendaLine[];
  sections: PackSection[];
};

/** Renders the pack as one self-contained HTML document (inline styles, no scripts). */
export function renderPackHtml(view: PackView): string {
  return env.render('modules/packs/views/pack.njk', { ...view, css: packCss });
}
