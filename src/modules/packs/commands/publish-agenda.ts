import { and, eq, isNull, max, ne } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { formatDateTime, toLondonDate } from '../../../lib/dates.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Storage } from '../../../lib/storage/storage.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors, slugify } from '../../../lib/validation.ts';
import { agendaItems, documents, meetings, packs, reports } from '../../../db/schema.ts';
import { findMeeting, listAgendaItems } from '../../meetings/index.ts';
import { enqueueJob } from '../../jobs/index.ts';
import { publishRecords, recordsViewer } from '../../visibility/index.ts';
import { agendaDeadline, meetingRules } from '../../deadlines/index.ts';
import { reportPublicationGaps } from '../../reports/index.ts';
import { buildPack, type BuiltPack } from '../build-pack.ts';
import { loadPackInput } from '../pack-input.ts';
import { PdfUnavailableError, type PdfRenderer } from '../pdf-renderer.ts';
import { publishInput } from '../packs.schema.ts';
import { packLabel, PRINT_PACK_JOB } from '../packs.rules.ts';
import { storePack } from './store-pack.ts';

/** What publishing did: the pack version, and whether the PDF could be made. */
export type PublishOutcome = {
  packId: number;
  version: number;
  label: string;
  pdf: boolean;
  /** The PDFs are being printed in the background (`print: 'later'`). */
  printing: boolean;
  pdfProblem: string | null;
  warnings: string[];
  totalPages: number;
  late: boolean;
};

/** Where the command gets a PDF renderer; rejects with PdfUnavailableError when there is none. */
export type RendererSource = () => Promise<PdfRenderer>;

/**
 * Publishes a meeting's agenda, the clerk's act that makes it public: builds the HTML pack and (with
 * Chromium) the numbered PDF pack, plus a restricted pack of the exempt items; stores them as
 * documents; publishes every draft agenda item, paper and report of the meeting (exempt ones stay
 * exempt: publication never changes who may read them); writes each item's page range; records the
 * pack version and marks the meeting's agenda published. A second publication is a supplement that
 * publishes what was added since. Publishing after the agenda deadline needs a reason of urgency.
 * One transaction, audited. With `renderer` 'later' it publishes the web page at once and queues a
 * job (PRINT_PACK_JOB) in the same transaction that prints the PDFs in the background.
 */
export async function publishAgenda(
  ex: Executor,
  storage: Storage,
  renderer: RendererSource | 'later',
  actor: Actor & { displayName?: string },
  meetingId: number,
  raw: Record<string, unknown>,
  now = new Date(),
): Promise<Result<PublishOutcome>> {
  const parsed = publishInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const row = await findMeeting(ex, meetingId);
  if (!row) throw new AppError('not_found', 'Meeting not found');
  const m = row.meeting;
  if (!['scheduled', 'agenda-published'].includes(m.status)) {
    return invalid([{ field: 'publish', message: `You cannot publish the agenda of a meeting that is ${m.status.replace(/-/g, ' ')}` }]);
  }
  const items = (await listAgendaItems(ex, recordsViewer, meetingId)).filter((i) => i.publication !== 'withdrawn');
  if (items.length === 0) return invalid([{ field: 'publish', message: 'Add at least one item to the agenda before publishing it' }]);
  const drafts = await ex
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.meetingId, meetingId), eq(reports.publication, 'draft'), isNull(reports.deletedAt)));
  const gaps = await reportPublicationGaps(
    ex,
    drafts.map((r) => r.id),
  );
  if (gaps.length) return invalid(gaps.map((g) => ({ ...g, field: 'publish' })));
  const rules = await meetingRules(ex, m);
  const deadline = agendaDeadline(m.startAt, rules.organisationRules, rules.bodyRules, rules.nation, now);
  if (deadline.late && !parsed.data.lateReason) {
    return invalid([{ field: 'lateReason', message: `Enter the reason for urgency, because the deadline to publish the agenda was ${formatDateTime(deadline.due)}` }]);
  }
  const lateReason = deadline.late ? parsed.data.lateReason! : null;

  const [last] = await ex
    .select({ v: max(packs.version) })
    .from(packs)
    .where(and(eq(packs.meetingId, meetingId), isNull(packs.deletedAt)));
  const version = (last?.v ?? 0) + 1;
  const label = packLabel(version);
  // The summons is issued by the officer the constitution names, never by the account that publishes.
  const loaded = (await loadPackInput(ex, storage, recordsViewer, meetingId, { label, lateReason: lateReason ?? m.lateReason, issuedBy: parsed.data.issuedBy ?? null, now }))!;
  const { input, hasExempt, issuedBy, issuedOn } = loaded;

  let pdfProblem: string | null = null;
  let publicPack: BuiltPack;
  let restrictedPack: BuiltPack | null = null;
  if (renderer === 'later') {
    publicPack = await buildPack(input, 'public', null);
  } else {
    try {
      const r = await renderer();
      publicPack = await buildPack(input, 'public', r);
      if (hasExempt) restrictedPack = await buildPack(input, 'restricted', r);
    } catch (err) {
      pdfProblem = err instanceof PdfUnavailableError ? err.message : `Printing failed: ${(err as Error).message.split('\n')[0]}`;
      publicPack = await buildPack(input, 'public', null);
      restrictedPack = null;
    }
  }

  const base = `${slugify(row.organisation.name)}-${toLondonDate(m.startAt)}-${slugify(label)}`;
  const paragraphs = [...new Set(items.filter((i) => i.access === 'exempt').map((i) => i.exemptParagraph))];
  // One paragraph for the restricted pack when its items share one; otherwise "not stated" (each item prints its own).
  const exemptParagraph = paragraphs.length === 1 ? (paragraphs[0] ?? null) : null;
  return ex.transaction(async (trx) => {
    const { pack } = await storePack(trx, storage, actor, { meetingId, bodyId: m.bodyId, base, version, label, lateReason, exemptParagraph, publicPack, restrictedPack, now });
    if (renderer === 'later') await enqueueJob(trx, PRINT_PACK_JOB, { packId: pack.id, userId: actor.userId, label: actor.label });
    const ranges = new Map(publicPack.ranges.map((r) => [r.agendaItemId, r]));
    for (const item of items) {
      const range = ranges.get(item.id);
      const pageFrom = range?.from ?? null;
      const pageTo = range?.to ?? null;
      if (item.pageFrom === pageFrom && item.pageTo === pageTo) continue;
      await trx.update(agendaItems).set({ pageFrom, pageTo, updatedAt: now }).where(eq(agendaItems.id, item.id));
    }
    // Publication is the act that makes the meeting's drafts public; who may read exempt ones is unchanged.
    const note = m.agendaPublishedAt ? (lateReason ?? `Published with ${label}`) : lateReason;
    await publishRecords(
      trx,
      actor,
      'agenda_item',
      items.filter((i) => i.publication === 'draft').map((i) => i.id),
      { now, note },
    );
    const draftDocs = await trx
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.meetingId, meetingId), eq(documents.publication, 'draft'), ne(documents.kind, 'pack'), isNull(documents.deletedAt)));
    await publishRecords(
      trx,
      actor,
      'document',
      draftDocs.map((d) => d.id),
      { now, note },
    );
    const draftReports = await trx
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.meetingId, meetingId), eq(reports.publication, 'draft'), isNull(reports.deletedAt)));
    await publishRecords(
      trx,
      actor,
      'report',
      draftReports.map((r) => r.id),
      { now, note },
    );
    const [after] = await trx
      .update(meetings)
      .set({
        status: 'agenda-published',
        agendaPublishedAt: m.agendaPublishedAt ?? now,
        issuedOn,
        issuedBy,
        lateReason: m.agendaPublishedAt ? m.lateReason : lateReason,
        updatedAt: now,
      })
      .where(eq(meetings.id, meetingId))
      .returning();
    await audit(trx, actor, 'agenda.publish', 'meeting', meetingId, m, {
      meeting: after,
      pack,
      pdfProblem,
      warnings: [...publicPack.warnings, ...(restrictedPack?.warnings ?? [])],
    });
    return ok({
      packId: pack!.id,
      version,
      label,
      pdf: !!pack.pdfDocumentId,
      printing: renderer === 'later',
      pdfProblem,
      warnings: [...publicPack.warnings, ...(restrictedPack?.warnings ?? [])],
      totalPages: publicPack.totalPages,
      late: deadline.late,
    });
  });
}
