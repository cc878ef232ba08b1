import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { formatDate } from '../../lib/dates.ts';
import { assemblePack, loadStampFont, sharedPdfRenderer } from '../packs/index.ts';
import { exemptText, keyDecisionText, type PlanRow } from './forward-plan.presenter.ts';

const here = dirname(fileURLToPath(import.meta.url));
const css = readFileSync(join(here, 'views', 'printed', 'forward-plan.css'), 'utf8');
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(join(here, '..', '..')), { autoescape: true, trimBlocks: true, lstripBlocks: true });
env.addFilter('date', (v: unknown) => (v ? formatDate(v as string) : ''));

/** What the printed Forward Plan shows: the current version (if any) and its entries, then the imported entries still to come. */
export type PrintedForwardPlan = {
  bodyName: string;
  version: { number: number; publishedOn: string; note: string | null } | null;
  entries: PlanRow[];
  imported: PlanRow[];
};

/** Printed PDFs by the SHA-256 of their HTML: the same version is printed once, whoever asks. */
const printed = new Map<string, Uint8Array>();
const MAX_PRINTED = 8;

/** The printed Forward Plan as HTML, the source of the PDF. */
function renderPrintedForwardPlan(p: PrintedForwardPlan): string {
  // "Part exempt: paragraph 3" is kept on one line; longer text as an imported plan printed it wraps.
  const present = (rows: PlanRow[]) => rows.map((e) => ({ ...e, exemptText: exemptText(e), exemptNowrap: exemptText(e).length <= 26, keyDecisionText: keyDecisionText(e) }));
  const title = p.version ? `Forward Plan of key decisions, version ${p.version.number}` : 'Forward Plan of key decisions';
  const tables = [
    ...(p.version || p.imported.length === 0 ? [{ heading: null, rows: present(p.entries) }] : []),
    ...(p.imported.length ? [{ heading: p.version ? 'Entries from imported Forward Plans' : null, rows: present(p.imported) }] : []),
  ];
  return env.render('modules/forward-plan/views/printed/forward-plan.njk', { title, bodyName: p.bodyName, version: p.version, tables, css });
}

/**
 * Prints the Forward Plan as an A4 landscape PDF through the packs' Chromium, each page numbered.
 * The rows carry no private details (see `PlanRow`), so none can be printed.
 * @example const pdf = await printForwardPlan({ bodyName, version, entries, imported: [] })
 */
export async function printForwardPlan(p: PrintedForwardPlan): Promise<Uint8Array> {
  const html = renderPrintedForwardPlan(p);
  const key = createHash('sha256').update(html).digest('hex');
  const hit = printed.get(key);
  if (hit) return hit;
  const renderer = await sharedPdfRenderer();
  const title = p.version ? `Forward Plan, version ${p.version.number}` : 'Forward Plan';
  const pdf = await assemblePack(await renderer.render(html), [], { label: `${p.bodyName}: ${title}`, title: `${p.bodyName}: ${title}`, font: await loadStampFont() });
  if (printed.size >= MAX_PRINTED) printed.delete(printed.keys().next().value!);
  printed.set(key, pdf);
  return pdf;
}
