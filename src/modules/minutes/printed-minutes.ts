import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import nunjucks from 'nunjucks';
import type { Executor } from '../../db/connect.ts';
import { formatDate, formatDateWithDay, formatTime, toLondonDate } from '../../lib/dates.ts';
import { bodies, minutes } from '../../db/schema.ts';
import { findMeeting, locationLine } from '../meetings/index.ts';
import { membersOn } from '../people/index.ts';
import { accessLabel, visible, type Viewer } from '../visibility/index.ts';
import { presentMeetingRecord } from './minutes-workflow.presenter.ts';
import { loadMeetingRecord } from './minutes-workflow.repo.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** The printed minutes' stylesheet, inlined so the page and the PDF stand alone. */
export const printedMinutesCss = readFileSync(join(here, 'views', 'printed', 'minutes.css'), 'utf8');

/** The CSP source that lets a browser apply the printed minutes' inline stylesheet and nothing else. */
export const printedMinutesStyleHash = `'sha256-${createHash('sha256').update(printedMinutesCss).digest('base64')}'`;

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(join(here, '..', '..')), { autoescape: true, trimBlocks: true, lstripBlocks: true });
env.addFilter('paragraphs', (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
    : [],
);

/** The sentence that stands in the public minutes for a minute of exempt business, as the law allows. */
export function withheldMinuteText(paragraph: number | null): string {
  return `This minute is not published because it contains exempt information${paragraph ? ` under paragraph ${paragraph}` : ''} of Schedule 12A to the Local Government Act 1972.`;
}

/**
 * The current minutes of a meeting as `viewer` may read them, ready to print: heading, attendance,
 * declarations, numbered minutes with resolutions, the end time and the chair's signature block (signed
 * once the chair has signed). A minute of exempt business the viewer may not read keeps its number and
 * title and says why the rest is left out. Undefined when the viewer may see no minutes of the meeting.
 */
export async function printedMinutesView(ex: Executor, v: Viewer, meetingId: number) {
  const row = await findMeeting(ex, meetingId);
  if (!row) return undefined;
  const record = presentMeetingRecord(await loadMeetingRecord(ex, v, meetingId));
  const current = record.current;
  if (!current) return undefined;
  const m = row.meeting;
  const [body] = await ex.select({ name: bodies.name }).from(bodies).where(eq(bodies.id, m.bodyId));
  const chair = (await membersOn(ex, m.organisationId, toLondonDate(m.startAt))).find((p) => p.role === 'chair');
  const items = current.items.map((i) => ({
    ...i,
    withheldText: i.withheld ? withheldMinuteText(i.exemptParagraph) : null,
    accessText: !i.withheld && i.access === 'exempt' ? accessLabel(i) : null,
  }));
  const withheld = items.filter((i) => i.withheld).length;
  const includesExempt = items.some((i) => i.accessText);
  const status = current.status;
  return {
    lang: 'en-GB',
    title: `${status === 'draft' ? 'Draft minutes' : 'Minutes'}: ${row.organisation.name}, ${formatDate(m.startAt)}`,
    bodyName: body?.name ?? '',
    organisationName: row.organisation.name,
    meetingTitle: m.title && m.title !== row.organisation.name ? m.title : null,
    dateText: formatDateWithDay(m.startAt),
    timeText: formatTime(m.startAt),
    place: locationLine(row.location) || null,
    status,
    version: current.version,
    correctionReason: current.correctionReason,
    approvedText: current.approvedAt ? `Approved as a correct record at the meeting on ${formatDate(current.approvedAtMeetingStart ?? current.approvedAt)}` : null,
    signed: current.signedBy ? { by: current.signedBy, on: current.signedAt ? formatDate(current.signedAt) : null } : null,
    chairName: chair?.printedName ?? null,
    chairLabel: chair?.roleLabel ?? 'Chair',
    endedText: current.endedAt ? `The meeting ended at ${formatTime(current.endedAt.slice(0, 5))}.` : null,
    attendance: record.attendance,
    declarations: record.declarations,
    items,
    withheldNote: withheld
      ? `${withheld === 1 ? 'One minute is' : `${withheld} minutes are`} shown by number and title only: ${withheld === 1 ? 'it records' : 'they record'} business taken in private, with the press and public excluded, and contain${withheld === 1 ? 's' : ''} exempt information under Schedule 12A to the Local Government Act 1972.`
      : null,
    includesExempt,
    htmlHref: `/meetings/${meetingId}/minutes`,
    pdfHref: `/meetings/${meetingId}/minutes.pdf`,
    meetingHref: `/meetings/${meetingId}`,
  };
}

/** What the printed minutes template shows. */
export type PrintedMinutesView = NonNullable<Awaited<ReturnType<typeof printedMinutesView>>>;

/**
 * The printed minutes as one self-contained HTML document (inline styles, no scripts): the web page
 * and the source Chromium prints the PDF from.
 */
export function renderPrintedMinutes(view: PrintedMinutesView, forPdf = false): string {
  return env.render('modules/minutes/views/printed/minutes.njk', { ...view, css: printedMinutesCss, forPdf });
}

/**
 * Which of the given meetings have minutes the viewer may see (for links from lists of meetings).
 * @example await meetingsWithMinutes(db, viewer, [1, 2]) // Set { 2 }
 */
export async function meetingsWithMinutes(ex: Executor, v: Viewer, meetingIds: number[]): Promise<Set<number>> {
  if (meetingIds.length === 0) return new Set();
  const rows = await ex
    .selectDistinct({ meetingId: minutes.meetingId })
    .from(minutes)
    .where(and(inArray(minutes.meetingId, meetingIds), isNull(minutes.deletedAt), visible(v, 'minutes')));
  return new Set(rows.map((r) => r.meetingId));
}
