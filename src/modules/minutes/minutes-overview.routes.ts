import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { actorOf, idOf } from '../../web/route-helpers.ts';
import { seesEverything } from '../visibility/index.ts';
import { listAgendaItems, registerMeetingPanel, registerPublicMeetingSection } from '../meetings/index.ts';
import { publishDraftMinutes } from './commands/publish-draft-minutes.ts';
import { startMinutes } from './commands/start-minutes.ts';
import { meetingRecordLocked, notStartedError } from './minutes-workflow.guard.ts';
import { presentMeetingRecord, presentPublicRecord, presentRecordHistory, recordSubjects } from './minutes-workflow.presenter.ts';
import { listMeetingRecordHistory, loadMeetingRecord, meetingRecordRows, nextMinuteNumber } from './minutes-workflow.repo.ts';
import { workflowKit } from './minutes-workflow.kit.ts';

const T = 'modules/minutes/views/workflow/';

/** The minutes overview (officer panel, public meeting section, overview page), starting the minutes and publishing them as a draft. */
export async function minutesOverviewRoutes(app: FastifyInstance): Promise<void> {
  const { db, view, editForm, heading, refuse, minutesOf } = workflowKit(app);
  registerMeetingPanel({
    template: `${T}panel.njk`,
    key: 'minutesWorkflow',
    load: async (ex, meeting, viewer) => {
      const record = presentMeetingRecord(await loadMeetingRecord(ex, viewer, meeting.id));
      const c = record.current;
      return {
        status: c?.status,
        statusLabel: c?.statusLabel.toLowerCase(),
        version: c?.version,
        items: c?.items.length ?? 0,
        attendance: record.attendanceCount,
        declarations: record.declarations.length,
      };
    },
  });

  registerPublicMeetingSection({
    template: `${T}public-minutes.njk`,
    key: 'minutesWorkflow',
    select: (meetingId, viewer) => meetingRecordRows(viewer, meetingId),
    // Attendance and declarations show only with minutes.
    when: (meetingId) => sql`exists (select 1 from minutes m where m.meeting_id = ${meetingId} and m.deleted_at is null)`,
    present: (data, meeting) => ({ meetingId: meeting.id, ...presentPublicRecord(data) }),
  });

  // Overview
  app.get('/officer/meetings/:id/minutes', { preHandler: view }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const h = await heading(id);
    const record = presentMeetingRecord(await loadMeetingRecord(db, request.viewer, id));
    const items = await listAgendaItems(db, request.viewer, id);
    return reply.render(`${T}overview.njk`, {
      title: 'Attendance, declarations and minutes',
      caption: h.caption,
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Meeting', href: `/officer/meetings/${id}` }, { text: 'Minutes' }],
      meetingId: id,
      ...record,
      locked: await meetingRecordLocked(db, id),
      clerk: seesEverything(request.viewer),
      notStarted: notStartedError(h.meeting, 'minutes')?.message ?? null,
      hasExemptItems: items.some((i) => i.access === 'exempt'),
      // Agenda items the current minutes do not minute yet: each offers a minute with its title filled in.
      unminuted: items.filter((i) => !record.current?.items.some((m) => m.agendaItemId === i.id)).map((i) => ({ id: i.id, number: i.number, title: i.title })),
      nextNumber: await nextMinuteNumber(db, h.meeting.organisationId),
      history: presentRecordHistory(await listMeetingRecordHistory(db, id, recordSubjects(record))),
      flash: (request.query as { saved?: string }).saved ? 'Your changes have been saved' : undefined,
    });
  });
  app.post('/officer/meetings/:id/minutes', editForm, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const notStarted = notStartedError((await heading(id)).meeting, 'minutes');
    if (notStarted) return refuse(reply, id, notStarted.message);
    await startMinutes(db, actorOf(request), id);
    return reply.redirect(`/officer/meetings/${id}/minutes?saved=1`, 303);
  });
  app.post('/officer/minutes/:id/publish-draft', editForm, async (request, reply) => {
    const m = await minutesOf(request);
    const r = await publishDraftMinutes(db, actorOf(request), m.id);
    if (!r.ok) return refuse(reply, m.meetingId, r.errors[0]!.message);
    return reply.redirect(`/officer/meetings/${m.meetingId}/minutes?saved=1`, 303);
  });
}
