import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { reports } from '../../../db/schema.ts';
import { findAgendaItem, findMeeting } from '../../meetings/index.ts';
import { recordsViewer } from '../../visibility/index.ts';
import { single } from '../../records/index.ts';
import { reportPublicationGaps } from '../reports.rules.ts';
import { saveReports } from './save-reports.ts';

const attachInput = z.object({
  agendaItemId: z.coerce.number({ error: 'Select the agenda item' }).int().positive({ error: 'Select the agenda item' }).max(2147483647),
});

/**
 * Puts a draft report on an agenda item of a meeting that is yet to happen; the report then follows
 * the item's access class and is published with the agenda. Refused while a required sign-off is
 * missing (unless overridden) or an appendix's access is undecided. Audited as `report.attach`.
 * @example await attachReport(trx, actor, 12, { agendaItemId: 40 })
 */
export async function attachReport(
  ex: Executor,
  actor: Actor,
  reportId: number,
  raw: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: number; meetingId: number }>> {
  const [report] = await ex
    .select()
    .from(reports)
    .where(and(eq(reports.id, reportId), isNull(reports.deletedAt)));
  if (!report) throw new AppError('not_found', 'Report not found');
  if (report.publication !== 'draft') return invalid([{ field: 'agendaItemId', message: 'This version has been published: change the report to start a new version first' }]);
  const parsed = attachInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const item = await findAgendaItem(ex, recordsViewer, parsed.data.agendaItemId);
  const meeting = item ? await findMeeting(ex, item.meetingId) : undefined;
  if (!item || !meeting || meeting.meeting.bodyId !== report.bodyId) return invalid([{ field: 'agendaItemId', message: 'Select an agenda item of one of the council’s meetings' }]);
  if (!['scheduled', 'agenda-published'].includes(meeting.meeting.status) || meeting.meeting.startAt <= now) {
    return invalid([{ field: 'agendaItemId', message: 'Select an agenda item of a meeting that has not yet taken place' }]);
  }
  const gaps = await reportPublicationGaps(ex, [reportId]);
  if (gaps.length) return invalid(gaps.map((g) => ({ ...g, field: 'agendaItemId' })));
  const r = single(
    await ex.transaction((trx) => saveReports(trx, actor, [{ id: reportId, values: { meetingId: item.meetingId, agendaItemId: item.id }, access: {} }], { now, verb: 'attach' })),
  );
  return r.ok ? ok({ id: reportId, meetingId: item.meetingId }) : r;
}
