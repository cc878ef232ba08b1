import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { agendaItems, meetings, plans } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, type Result } from '../../../lib/result.ts';
import { createAgendaItem } from '../../meetings/index.ts';
import { pickedId } from '../part-of-plan.ts';
import { parseQuarter } from '../quarters.ts';

/**
 * Adds a plan's highlight reports for a quarter (the executive summary and each programme's report)
 * to a meeting's agenda as a draft item, once per meeting, through the agenda commands, as the
 * outcome tracker is added. Audited as `agenda-item.create`.
 * @example await addHighlightReportsToAgenda(trx, actor, planId, { meetingId: '9', quarter: 'Q2 2026/27' })
 */
export async function addHighlightReportsToAgenda(ex: Executor, actor: Actor, planId: number, raw: Record<string, unknown>): Promise<Result<{ id: number }>> {
  const [plan] = await ex
    .select()
    .from(plans)
    .where(and(eq(plans.id, planId), isNull(plans.deletedAt)));
  if (!plan) throw new AppError('not_found', 'Plan not found');
  const quarter = parseQuarter(String(raw.quarter ?? ''));
  const meetingId = pickedId(raw.meetingId);
  const errors = [
    ...(meetingId === undefined ? [{ field: 'meetingId', message: 'Select the meeting' }] : []),
    ...(quarter ? [] : [{ field: 'quarter', message: 'Enter the quarter of the financial year, like Q2 2026/27' }]),
  ];
  if (errors.length || meetingId === undefined || !quarter) return invalid(errors);
  const [meeting] = await ex
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
  if (!meeting || meeting.bodyId !== plan.bodyId) return invalid([{ field: 'meetingId', message: 'Select the meeting from the list' }]);
  if (meeting.status !== 'scheduled' && meeting.status !== 'agenda-published')
    return invalid([{ field: 'meetingId', message: 'Highlight reports can only be added to the agenda of a meeting still to be held' }]);
  const title = `${plan.title}: highlight reports ${quarter.label}`;
  const [already] = await ex
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.title, title), isNull(agendaItems.deletedAt)));
  if (already) return invalid([{ field: 'meetingId', message: `The ${quarter.label} highlight reports are already on this meeting’s agenda` }]);
  return createAgendaItem(
    ex,
    actor,
    meeting.id,
    { title, instruction: `To note the executive summary and each programme’s highlight report for ${quarter.label}` },
    { paperSource: { kind: 'highlight-reports', planId: plan.id, quarter: quarter.label } },
  );
}
