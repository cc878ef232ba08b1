import type { Executor } from '../../db/connect.ts';
import { toLondonDate } from '../../lib/dates.ts';
import type { GeneratedPaper, PaperBlock } from '../../lib/generated-paper.ts';
import { publicViewer } from '../visibility/index.ts';
import { rollUpExplained } from './plan-rollup.ts';
import { presentHighlightReport, presentTree } from './plans.presenter.ts';
import { findPlan, highlightReportsOf, planContents } from './plans.repo.ts';
import { parseQuarter, quarterSlug } from './quarters.ts';

/**
 * A plan's highlight reports for a quarter as an agenda pack prints them: what the public page
 * `/plans/{slug}/highlight-reports/{quarter}` shows — the executive summary across the parts, then
 * each part's report or nil return — from published records only. Undefined when the public may not
 * see the plan or the quarter is not one.
 * @example await highlightReportsPaper(db, 4, 'Q2 2026/27')
 */
export async function highlightReportsPaper(ex: Executor, planId: number, quarterLabel: string): Promise<GeneratedPaper | undefined> {
  const quarter = parseQuarter(quarterLabel);
  const plan = quarter && (await findPlan(ex, publicViewer, { id: planId }));
  if (!quarter || !plan) return undefined;
  const href = `/plans/${plan.slug}/highlight-reports/${quarterSlug(quarter.label)}`;
  const title = `${plan.title}: highlight reports ${quarter.label}`;
  const reports = await highlightReportsOf(ex, publicViewer, plan.id, quarter.start);
  if (!reports.length) return { title, href, blocks: [{ text: `No highlight reports for ${quarter.label} had been published when this pack was printed.` }] };
  const tree = presentTree(plan, await planContents(ex, publicViewer, plan.id), toLondonDate(new Date()));
  const rows = tree.parts.flatMap((part) => reports.filter((r) => r.partId === part.id).map((r) => ({ part, report: presentHighlightReport(r) })));
  const nil = rows.filter((r) => r.report.nilReturn).length;
  const blocks: PaperBlock[] = [
    { text: `${rows.length} ${rows.length === 1 ? 'report' : 'reports'}${nil ? `, ${nil} ${nil === 1 ? 'a nil return' : 'nil returns'}` : ''}.` },
    { heading: 'Executive summary' },
    {
      table: {
        caption: `Each part’s RAG rating and direction for ${quarter.label}`,
        head: ['Part', 'RAG worked out', 'Officer’s RAG', 'Direction', 'Nil return'],
        rows: rows.map(({ part, report: r }) => [
          `${part.number} ${part.title}`,
          r.computedRag ?? 'Not rated',
          r.officerRag ?? 'Not given',
          r.officerDirectionText || r.computedDirectionText || '–',
          r.nilReturn ? 'Yes' : 'No',
        ]),
      },
    },
    { text: `${rollUpExplained} The RAG worked out is as it stood when the report was written.` },
  ];
  for (const { part, report: r } of rows) {
    blocks.push({ heading: `${part.levelName} ${part.number}: ${part.title}` });
    blocks.push({
      text: [
        `RAG worked out: ${r.computedRag ?? 'Not rated'}. Officer’s RAG: ${r.officerRag ?? 'Not given'}.`,
        `Direction worked out: ${r.computedDirectionText || 'Not known'}. Officer’s direction: ${r.officerDirectionText || 'Not given'}.`,
      ].join('\n'),
    });
    if (r.nilReturn) blocks.push({ label: 'Nil return', text: 'Nothing has changed since the last report.' });
    for (const [heading, text] of [
      ['Key achievements', r.achievements],
      ['Risks and issues', r.risksAndIssues],
      ['Next steps', r.nextSteps],
    ] as const)
      if (text) blocks.push({ label: heading, text });
  }
  return { title, href, blocks };
}
