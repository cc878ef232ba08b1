import type { Executor } from '../../db/connect.ts';
import type { GeneratedPaper, PaperSource } from '../../lib/generated-paper.ts';
import { highlightReportsPaper } from '../plans/index.ts';
import { trackerPaper } from '../scrutiny/index.ts';

/**
 * The paper Shirehall writes for an agenda item that carries one, from published records as the
 * public sees them when the pack is built (so a draft outcome or report never reaches a pack).
 * Undefined when there is nothing the public may see (a plan not published).
 * @example await generatedPaper(db, meeting, { kind: 'outcome-tracker' })
 */
export function generatedPaper(ex: Executor, meeting: { id: number; organisationId: number; startAt: Date }, source: PaperSource): Promise<GeneratedPaper | undefined> {
  switch (source.kind) {
    case 'outcome-tracker':
      return trackerPaper(ex, meeting);
    case 'highlight-reports':
      return highlightReportsPaper(ex, source.planId, source.quarter);
  }
}
