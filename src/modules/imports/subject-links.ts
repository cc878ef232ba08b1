import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { subjects, type SubjectType } from '../../import/load/subjects.ts';
import { actionPlans } from '../../db/schema.ts';
import { minuteItems, minutes } from '../../db/schema.ts';

/** A readable name of an imported record for lists. */
export function subjectName(type: SubjectType, row: Record<string, unknown>): string {
  const pick = ['title', 'name', 'printedName', 'ref', 'item', 'action', 'text', 'role', 'description', 'interest'].find((k) => typeof row[k] === 'string' && row[k]);
  const number = typeof row.number === 'string' && row.number ? `${row.number} ` : '';
  const text = pick ? String(row[pick]) : `${subjects[type].label} ${String(row.id)}`;
  return `${number}${text}`.slice(0, 140);
}

/** The public page of an imported record, when it has one. */
export async function subjectHref(ex: Executor, type: SubjectType, row: Record<string, unknown>): Promise<string | null> {
  switch (type) {
    case 'meeting':
      return `/meetings/${String(row.id)}`;
    case 'agenda_item':
      return `/meetings/${String(row.meetingId)}#item-${String(row.id)}`;
    case 'minutes':
      return `/meetings/${String(row.meetingId)}#minutes`;
    case 'minute_item': {
      const [m] = await ex
        .select({ meetingId: minutes.meetingId })
        .from(minutes)
        .where(eq(minutes.id, row.minutesId as number));
      return m ? `/meetings/${m.meetingId}#minute-${String(row.id)}` : null;
    }
    case 'report':
      return `/reports/${String(row.id)}`;
    case 'report_sign_off':
      return `/reports/${String(row.reportId)}`;
    case 'forward_plan_entry':
      return `/forward-plan/${String(row.id)}`;
    case 'work_programme_item':
      return '/work-programme';
    case 'tracker_outcome':
      return '/outcome-tracker';
    case 'action_plan':
      return `/action-plans/${String(row.slug)}`;
    case 'plan_action': {
      const [p] = await ex
        .select({ slug: actionPlans.slug })
        .from(actionPlans)
        .where(eq(actionPlans.id, row.actionPlanId as number));
      return p ? `/action-plans/${p.slug}#action-${String(row.id)}` : null;
    }
    case 'organisation':
      return `/committees/${String(row.slug)}`;
    case 'person':
      return `/people/${String(row.slug)}`;
    case 'attendance':
    case 'declaration':
      return `/meetings/${String(row.meetingId)}#minutes`;
    case 'resolution': {
      const [m] = await ex
        .select({ meetingId: minutes.meetingId })
        .from(minuteItems)
        .innerJoin(minutes, eq(minutes.id, minuteItems.minutesId))
        .where(eq(minuteItems.id, row.minuteItemId as number));
      return m ? `/meetings/${m.meetingId}#minutes` : null;
    }
    default:
      return null;
  }
}
