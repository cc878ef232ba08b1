import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { toCsv } from '../../lib/csv.ts';
import { dateParts } from '../../lib/form-dates.ts';
import { notFound } from '../../lib/errors.ts';
import { sendCsv } from '../../web/csv-reply.ts';
import { committeeAttendance, personAttendance } from './attendance.repo.ts';
import { attendanceColumns, periodLabel, presentTallies, totalOf } from './attendance.presenter.ts';
import { parsePeriod, periodQuery, type Period } from './attendance.schema.ts';

const slugParam = z.object({ slug: z.string().max(200) });
const VIEW = 'modules/attendance/views/attendance.njk';

/** The period form's values: what was typed when it was wrong, else the period shown. */
function periodForm(entered: { from?: string; to?: string }, period: Period, failed: boolean) {
  return { from: dateParts(failed ? (entered.from ?? period.from) : period.from), to: dateParts(failed ? (entered.to ?? period.to) : period.to) };
}

/** Attendance records: per councillor and per committee, as a table and as CSV, over a chosen period. */
export async function attendanceRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  const person = async (request: FastifyRequest, reply: FastifyReply, csv: boolean) => {
    const { slug } = slugParam.parse(request.params);
    const { period, entered, errors } = parsePeriod(request.query);
    const data = await personAttendance(db, request.viewer, slug, period);
    if (!data) throw notFound('Person');
    const rows = data.rows.map(presentTallies);
    const total = rows.length > 1 ? { ...totalOf(rows), name: 'All committees' } : null;
    if (csv && !errors.length)
      return sendCsv(request, reply, `attendance-${data.person.slug}-${period.from}-to-${period.to}.csv`, toCsv(attendanceColumns('Committee'), total ? [...rows, total] : rows));
    const base = `/people/${data.person.slug}/attendance`;
    return reply.code(errors.length ? 400 : 200).render(VIEW, {
      title: `Attendance: ${data.person.printedName}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Councillors and officers', href: '/people' },
        { text: data.person.printedName, href: `/people/${data.person.slug}` },
        { text: 'Attendance' },
      ],
      heading: data.person.printedName,
      firstColumn: 'Committee',
      rows: rows.map((r) => ({ ...r, href: `/committees/${r.slug}` })),
      total,
      action: base,
      csvHref: `${base}.csv?${periodQuery(period)}`,
      periodLabel: periodLabel(period),
      form: periodForm(entered, period, errors.length > 0),
      errors,
    });
  };

  const committee = async (request: FastifyRequest, reply: FastifyReply, csv: boolean) => {
    const { slug } = slugParam.parse(request.params);
    const { period, entered, errors } = parsePeriod(request.query);
    const data = await committeeAttendance(db, request.viewer, slug, period);
    if (!data) throw notFound('Committee');
    const rows = data.rows.map(presentTallies);
    if (csv && !errors.length) return sendCsv(request, reply, `attendance-${data.organisation.slug}-${period.from}-to-${period.to}.csv`, toCsv(attendanceColumns('Name'), rows));
    const base = `/committees/${data.organisation.slug}/attendance`;
    return reply.code(errors.length ? 400 : 200).render(VIEW, {
      title: `Attendance: ${data.organisation.name}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Committees', href: '/committees' },
        { text: data.organisation.name, href: `/committees/${data.organisation.slug}` },
        { text: 'Attendance' },
      ],
      heading: data.organisation.name,
      firstColumn: 'Name',
      meetings: data.meetings,
      rows: rows.map((r) => ({ ...r, href: r.slug ? `/people/${r.slug}` : null })),
      total: null,
      action: base,
      csvHref: `${base}.csv?${periodQuery(period)}`,
      periodLabel: periodLabel(period),
      form: periodForm(entered, period, errors.length > 0),
      errors,
    });
  };

  app.get('/people/:slug/attendance', (request, reply) => person(request, reply, false));
  app.get('/people/:slug/attendance.csv', (request, reply) => person(request, reply, true));
  app.get('/committees/:slug/attendance', (request, reply) => committee(request, reply, false));
  app.get('/committees/:slug/attendance.csv', (request, reply) => committee(request, reply, true));
}
