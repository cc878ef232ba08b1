import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { formatDate } from '../../lib/dates.ts';
import { assemblePack, loadStampFont, sharedPdfRenderer } from '../packs/index.ts';
import type { ReportView } from './reports.presenter.ts';

const here = dirname(fileURLToPath(import.meta.url));
const css = readFileSync(join(here, 'views', 'printed', 'report.css'), 'utf8');
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(join(here, '..', '..')), { autoescape: true, trimBlocks: true, lstripBlocks: true });
env.addFilter('date', (v: unknown) => (v ? formatDate(v as string) : ''));

/**
 * Prints a report as the council's template PDF: the facts, the sign-off table, the risk with its
 * computed score, the sections and the appendices the viewer may see (never an exempt one the
 * viewer is not entitled to, because the caller passes only those).
 * @example const pdf = await printReport(view, 'Testshire District Council')
 */
export async function printReport(r: ReportView, bodyName: string): Promise<Uint8Array> {
  const includesExempt = r.appendices.some((a) => a.access === 'exempt');
  const html = env.render('modules/reports/views/printed/report.njk', { r, css, bodyName, includesExempt });
  const renderer = await sharedPdfRenderer();
  return assemblePack(await renderer.render(html), [], {
    label: `${bodyName}: ${r.kindText}${includesExempt || !r.isPublic ? ' – NOT FOR PUBLICATION' : ''}`,
    title: r.title,
    font: await loadStampFont(),
  });
}
