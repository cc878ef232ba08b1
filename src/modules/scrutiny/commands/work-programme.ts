import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { AppError } from '../../../lib/errors.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import { invalid, ok, type FieldError, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { meetings, organisations, workProgrammeItems, workProgrammeKinds } from '../../../db/schema.ts';
import { createAgendaItem } from '../../meetings/index.ts';
import { single } from '../../records/index.ts';
import { openMeeting } from './add-to-agenda.ts';
import { saveWorkProgrammeItems } from './save-work-programme-items.ts';

const text = (what: string, label: string, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}` })
    .max(max, { error: `${label} must be ${max} characters or fewer` });
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} must be ${max} characters or fewer` })
    .optional();
const kind = z.enum(workProgrammeKinds, { error: 'Select the kind of item' });
const meetingId = z.coerce.number().int().positive().max(2147483647).optional();

const itemInput = z.object({
  item: text('the title of the item', 'The title', 300),
  kind,
  meetingId,
  leadMember: optionalText('Lead member', 200),
  leadOfficer: optionalText('Lead officer', 200),
  planLink: optionalText('Link to plan', 300),
});

const requestInput = z.object({
  item: text('the title of the item', 'The title', 300),
  kind,
  meetingId,
  requestReason: text('why the committee should look at it', 'The reason', 2000),
});

const decisionInput = z.discriminatedUnion(
  'decision',
  [
    z.object({
      decision: z.literal('accept'),
      meetingId,
      leadMember: optionalText('Lead member', 200),
      leadOfficer: optionalText('Lead officer', 200),
      planLink: optionalText('Link to plan', 300),
    }),
    z.object({ decision: z.literal('decline'), decisionReason: text('the reason for declining the request', 'The reason', 2000) }),
  ],
  { error: 'Select whether to accept or decline the request' },
);

/** The committee, or a 404. */
async function committee(ex: Executor, organisationId: number) {
  const [org] = await ex
    .select({ id: organisations.id, bodyId: organisations.bodyId })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), isNull(organisations.deletedAt)));
  if (!org) throw new AppError('not_found', 'Committee not found');
  return org;
}

/** The meeting's date when it is a meeting of this committee still to be held, or the error to show. */
async function plannedMeeting(
  ex: Executor,
  organisationId: number,
  id: number | undefined,
  now: Date,
): Promise<{ meetingId: number | null; meetingDate: string | null } | FieldError> {
  if (id === undefined) return { meetingId: null, meetingDate: null };
  const [m] = await ex
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), eq(meetings.organisationId, organisationId), isNull(meetings.deletedAt)));
  if (!m) return { field: 'meetingId', message: 'Select a meeting of this committee' };
  const date = toLondonDate(m.startAt);
  if (date < toLondonDate(now) || (m.status !== 'scheduled' && m.status !== 'agenda-published')) return { field: 'meetingId', message: 'Select a meeting still to be held' };
  return { meetingId: m.id, meetingDate: date };
}

const isError = (x: unknown): x is FieldError => typeof x === 'object' && x !== null && 'message' in x;

/**
 * Adds an item to a committee's work programme (the scrutiny manager's own, so accepted), as a draft
 * until published. Audited as `work-programme-item.create`.
 * @example await addProgrammeItem(db, actor, committeeId, { item: 'Winter gritting', kind: 'report', meetingId: 12 })
 */
export async function addProgrammeItem(ex: Executor, actor: Actor, organisationId: number, raw: Record<string, unknown>, now = new Date()): Promise<Result<{ id: number }>> {
  const org = await committee(ex, organisationId);
  const parsed = itemInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const when = await plannedMeeting(ex, org.id, parsed.data.meetingId, now);
  if (isError(when)) return invalid([when]);
  const v = parsed.data;
  const leads = [v.leadMember, v.leadOfficer].filter((x): x is string => !!x);
  const r = single(
    await saveWorkProgrammeItems(
      ex,
      actor,
      [
        {
          values: {
            bodyId: org.bodyId,
            organisationId: org.id,
            item: v.item,
            kind: v.kind,
            ...when,
            leadMember: v.leadMember ?? null,
            leadOfficer: v.leadOfficer ?? null,
            leads,
            planLink: v.planLink ?? null,
            requestState: 'accepted',
            access: 'public',
          },
        },
      ],
      { now },
    ),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}

/**
 * A councillor's request for an item on a committee's work programme: kept as a draft request, which
 * nobody outside the officer area sees, until the scrutiny manager accepts or declines it. Audited as
 * `work-programme-item.request`.
 * @example await requestProgrammeItem(db, actor, committeeId, { item: 'Bus shelters', kind: 'report', requestReason: 'Residents report damage' }, 'Cllr Ada Brook')
 */
export async function requestProgrammeItem(
  ex: Executor,
  actor: Actor,
  organisationId: number,
  raw: Record<string, unknown>,
  requestedBy: string,
  now = new Date(),
): Promise<Result<{ id: number }>> {
  const org = await committee(ex, organisationId);
  const parsed = requestInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const when = await plannedMeeting(ex, org.id, parsed.data.meetingId, now);
  if (isError(when)) return invalid([when]);
  const r = single(
    await saveWorkProgrammeItems(
      ex,
      actor,
      [
        {
          values: {
            bodyId: org.bodyId,
            organisationId: org.id,
            item: parsed.data.item,
            kind: parsed.data.kind,
            ...when,
            requestState: 'requested',
            requestReason: parsed.data.requestReason,
            requestedBy,
            requestedByUserId: actor.userId,
            access: 'public',
          },
        },
      ],
      { now, verb: 'request' },
    ),
  );
  return r.ok ? ok({ id: r.value.id }) : r;
}

/**
 * The scrutiny manager's answer to a request: accepted (with the meeting and leads, when known) or
 * declined with a reason, recorded with who and when. Only a request still waiting can be answered.
 * Audited as `work-programme-item.accept` / `.decline`.
 * @example await decideRequest(db, actor, 5, { decision: 'decline', decisionReason: 'Covered by the audit committee in March' })
 */
export async function decideRequest(
  ex: Executor,
  actor: Actor,
  id: number,
  raw: Record<string, unknown>,
  now = new Date(),
): Promise<Result<{ id: number; decision: 'accept' | 'decline' }>> {
  const [before] = await ex
    .select()
    .from(workProgrammeItems)
    .where(and(eq(workProgrammeItems.id, id), isNull(workProgrammeItems.deletedAt)));
  if (!before) throw new AppError('not_found', 'Work programme item not found');
  if (before.requestState !== 'requested') return invalid([{ field: 'decision', message: 'This request has already been answered' }]);
  const parsed = decisionInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const d = parsed.data;
  const decided = { decidedBy: actor.label, decidedAt: now };
  if (d.decision === 'decline') {
    const r = single(
      await saveWorkProgrammeItems(ex, actor, [{ id, values: { requestState: 'declined', decisionReason: d.decisionReason, ...decided } }], { now, verb: 'decline' }),
    );
    return r.ok ? ok({ id, decision: 'decline' }) : r;
  }
  const when =
    d.meetingId === undefined ? { meetingId: before.meetingId, meetingDate: before.meetingDate } : await plannedMeeting(ex, before.organisationId ?? 0, d.meetingId, now);
  if (isError(when)) return invalid([when]);
  const leads = [d.leadMember, d.leadOfficer].filter((x): x is string => !!x);
  const r = single(
    await saveWorkProgrammeItems(
      ex,
      actor,
      [
        {
          id,
          values: { requestState: 'accepted', ...when, leadMember: d.leadMember ?? null, leadOfficer: d.leadOfficer ?? null, leads, planLink: d.planLink ?? null, ...decided },
        },
      ],
      { now, verb: 'accept' },
    ),
  );
  return r.ok ? ok({ id, decision: 'accept' }) : r;
}

const instructions: Record<(typeof workProgrammeKinds)[number], string> = {
  report: 'To consider the report',
  update: 'To receive an update',
  'development-session': 'Development session',
};

/**
 * Puts an accepted work programme item on the draft agenda of the meeting it is planned for, through
 * the agenda commands, and remembers the agenda item. Audited as `agenda-item.create` and
 * `work-programme-item.add-to-agenda`.
 * @example await addProgrammeItemToAgenda(trx, actor, 5)
 */
export async function addProgrammeItemToAgenda(ex: Executor, actor: Actor, id: number): Promise<Result<{ agendaItemId: number; meetingId: number }>> {
  const [w] = await ex
    .select()
    .from(workProgrammeItems)
    .where(and(eq(workProgrammeItems.id, id), isNull(workProgrammeItems.deletedAt)));
  if (!w) throw new AppError('not_found', 'Work programme item not found');
  if (w.requestState !== 'accepted') return invalid([{ field: 'agenda', message: 'Only an accepted item can go on an agenda' }]);
  if (w.agendaItemId) return invalid([{ field: 'agenda', message: 'This item is already on its meeting’s agenda' }]);
  if (!w.meetingId) return invalid([{ field: 'agenda', message: 'Plan the item for a meeting before adding it to an agenda' }]);
  const { open } = await openMeeting(ex, w.meetingId);
  if (!open) return invalid([{ field: 'agenda', message: 'The meeting has been held, cancelled or postponed' }]);
  const created = await createAgendaItem(ex, actor, w.meetingId, { title: w.item, instruction: w.kind ? instructions[w.kind] : undefined });
  if (!created.ok) return created;
  const r = single(await saveWorkProgrammeItems(ex, actor, [{ id, values: { agendaItemId: created.value.id } }], { verb: 'add-to-agenda' }));
  return r.ok ? ok({ agendaItemId: created.value.id, meetingId: w.meetingId }) : r;
}
