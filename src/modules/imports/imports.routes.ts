import type { FastifyInstance, FastifyRequest } from 'fastify';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';
import { isSubjectType, subjects, type SubjectType } from '../../import/load/subjects.ts';
import { can } from '../accounts/index.ts';
import { people, personMerges, provenance } from '../../db/schema.ts';
import { accessLabel } from '../visibility/index.ts';
import { importCorrections } from './imports.table.ts';
import { findImport, findProvenance, isSubjectReadable, keptBackRecords, legalRecordIds, listImports, listProvenance, withheldRanges } from './imports.repo.ts';
import { subjectHref, subjectName } from './subject-links.ts';
import { correctField } from './commands/correct-field.ts';
import { publishKeptBack } from './commands/publish-kept-back.ts';
import { registerMeetingSources } from './meeting-sources.ts';
import { actorOf, flashFor, formBody, idOf } from '../../web/route-helpers.ts';
import { fileSize } from '../meetings/index.ts';
import { plural } from '../../web/format.ts';
import { currentJobs, findJob, type Job } from '../jobs/index.ts';
import { queueImports, type UploadedPack } from './commands/queue-imports.ts';
import type { ImportJobResult } from './imports.jobs.ts';
import { IMPORT_PACK_JOB, MAX_PACKS_PER_UPLOAD, sizeText, uploadLimit } from './imports.rules.ts';

const T = 'modules/imports/views/';
const subjectParams = z.object({ type: z.string(), id: z.coerce.number().int().positive().max(2147483647) });

/**
 * Reads the packs of a multipart upload. A file over `maxBytes` is cut short by the parser and
 * counted as too large; once any file is too large the bytes of the rest are not kept, since nothing
 * will be queued. More than MAX_PACKS_PER_UPLOAD files answers `tooMany`.
 */
async function readPacks(request: FastifyRequest, maxBytes: number): Promise<{ packs: UploadedPack[]; tooMany: boolean }> {
  const packs: UploadedPack[] = [];
  let keep = true;
  try {
    for await (const part of request.files({ limits: { fileSize: maxBytes, files: MAX_PACKS_PER_UPLOAD }, throwFileSizeLimit: false })) {
      const chunks: Buffer[] = [];
      let byteSize = 0;
      for await (const chunk of part.file as AsyncIterable<Buffer>) {
        byteSize += chunk.length;
        if (keep) chunks.push(chunk);
      }
      if (part.file.truncated) {
        byteSize = maxBytes + 1;
        keep = false;
      }
      // A file input left empty still sends a part, with no name and no bytes.
      if (!part.filename && byteSize === 0) continue;
      packs.push({ fileName: part.filename, bytes: keep ? Buffer.concat(chunks) : Buffer.alloc(0), byteSize });
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_FILES_LIMIT') return { packs: [], tooMany: true };
    throw err;
  }
  return { packs, tooMany: false };
}

/** An import job's progress as a sentence. */
function progressText(job: Job): string {
  const p = job.progress;
  if (job.status === 'queued' || !p) return 'Waiting to start';
  return `Step ${Math.min(p.done + 1, p.total)} of ${p.total}: ${p.step}`;
}

/** The confirmation after several packs were queued (one pack goes to its own job page instead). */
const savedMessages = { queued: 'Your packs are being imported. Each is listed under “Being imported” until it is done.' };

/** Import review for officers, and the public "Show source" pages. */
export async function importsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const review = app.requireCan('imports:review');
  const run = app.requireCan('imports:run');
  const maxBytes = uploadLimit(app.services.config.maxUploadBytes);
  registerMeetingSources();

  app.get('/sources/:id', async (request, reply) => {
    const row = await findProvenance(db, idOf(request, 'Source'));
    if (!row || !isSubjectType(row.p.subjectType)) throw notFound('Source');
    const type = row.p.subjectType;
    if (!(await isSubjectReadable(db, request.viewer, type, row.p.subjectId))) throw notFound('Source');
    const { table } = subjects[type];
    const [subject] = (await db.select().from(table).where(eq(table.id, row.p.subjectId))) as Record<string, unknown>[];
    if (!subject) throw notFound('Source');
    const all = row.sourceText.split('\n');
    const from = Math.max(1, row.p.lineFrom ?? 1);
    const to = Math.min(all.length, row.p.lineTo ?? from);
    const hidden = await withheldRanges(db, request.viewer, row.importId);
    const lines = [];
    for (let n = from; n <= to && n - from < 2000; n++) {
      const withheld = hidden.some((h) => h.from <= n && n <= h.to);
      lines.push({ n, text: withheld ? null : (all[n - 1] ?? '').replace(/\f/g, '') });
    }
    const name = subjectName(type, subject);
    return reply.render(`${T}source.njk`, {
      title: `Source: ${name}`,
      breadcrumbs: [{ text: 'Home', href: '/' }, ...(await hrefCrumb(type, subject, name)), { text: 'Source' }],
      label: subjects[type].label,
      name,
      fileName: row.fileName,
      located: row.p.lineFrom !== null,
      from,
      to,
      pageFrom: row.p.pageFrom,
      pageTo: row.p.pageTo,
      lines,
      withheld: lines.some((l) => l.text === null),
      reviewHref: can(request.user, 'imports:review') ? `/officer/imports/${row.importId}` : null,
    });
  });

  const hrefCrumb = async (type: SubjectType, subject: Record<string, unknown>, name: string) => {
    const href = await subjectHref(db, type, subject);
    return href ? [{ text: name.length > 60 ? `${name.slice(0, 57)}…` : name, href }] : [];
  };

  const parseSubject = (request: FastifyRequest) => {
    const p = subjectParams.safeParse(request.params);
    if (!p.success || !isSubjectType(p.data.type)) throw notFound('Record');
    return { importId: idOf(request, 'Record', 'importId'), type: p.data.type as SubjectType, id: p.data.id };
  };

  const listContext = async (request: FastifyRequest) => {
    // A pack that failed in the last week stays listed with its reason, for the officer who left its page.
    const [rows, current] = await Promise.all([listImports(db), currentJobs(db, IMPORT_PACK_JOB, new Date(Date.now() - 7 * 24 * 60 * 60 * 1000))]);
    const row = (j: Job) => ({
      href: `/officer/imports/jobs/${j.id}`,
      fileName: String((j.payload as { fileName?: unknown }).fileName ?? 'Pack'),
      by: String((j.payload as { label?: unknown }).label ?? 'unknown'),
      createdAt: j.createdAt,
      progressText: j.status === 'failed' ? (j.lastError ?? 'the import stopped') : progressText(j),
    });
    return {
      title: 'Imported packs',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Officer area', href: '/officer' }, { text: 'Imported packs' }],
      imports: rows,
      jobs: current.filter((j) => j.status !== 'failed').map(row),
      failedJobs: current.filter((j) => j.status === 'failed').map(row),
      canRun: can(request.user, 'imports:run'),
      maxFiles: MAX_PACKS_PER_UPLOAD,
      maxSize: sizeText(maxBytes),
      csrf: true,
    };
  };

  app.get('/officer/imports', { preHandler: review }, async (request, reply) => {
    const q = request.query as { saved?: string };
    return reply.render(`${T}imports.njk`, { ...(await listContext(request)), flash: flashFor(savedMessages, q.saved) });
  });

  app.post('/officer/imports', { preHandler: [run, app.csrfProtection] }, async (request, reply) => {
    const { packs, tooMany } = await readPacks(request, maxBytes);
    const r = tooMany
      ? { ok: false as const, errors: [{ field: 'packs', message: `Select ${MAX_PACKS_PER_UPLOAD} files or fewer` }] }
      : await queueImports(db, app.services.storage, actorOf(request), packs, maxBytes);
    if (!r.ok) return reply.code(400).render(`${T}imports.njk`, { ...(await listContext(request)), errors: r.errors });
    const ids = r.value.jobIds;
    return reply.redirect(ids.length === 1 ? `/officer/imports/jobs/${ids[0]}` : '/officer/imports?saved=queued', 303);
  });

  app.get('/officer/imports/jobs/:id', { preHandler: review }, async (request, reply) => {
    const job = await findJob(db, IMPORT_PACK_JOB, idOf(request, 'Import job'));
    if (!job) throw notFound('Import job');
    const payload = job.payload as { fileName?: unknown; label?: unknown; byteSize?: unknown };
    const result = job.status === 'done' ? (job.result as ImportJobResult | null) : null;
    const fileName = String(payload.fileName ?? 'Pack');
    return reply.render(`${T}import-job.njk`, {
      title: `Import of ${fileName}`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Officer area', href: '/officer' }, { text: 'Imported packs', href: '/officer/imports' }, { text: fileName }],
      job: {
        status: job.status,
        refresh: job.status === 'queued' || job.status === 'running',
        fileName,
        by: String(payload.label ?? 'unknown'),
        createdAt: job.createdAt,
        size: typeof payload.byteSize === 'number' ? fileSize(payload.byteSize) : 'Not known',
        progressText: progressText(job),
        outcome: result
          ? result.status === 'unchanged'
            ? 'This file was imported before: nothing has changed.'
            : `${Object.values(result.records).reduce((a, b) => a + b, 0)} records ${result.status === 'updated' ? 'updated from an earlier version of this pack' : 'imported'}.`
          : 'The pack has been imported.',
        importHref: result ? `/officer/imports/${result.importId}` : null,
        reviewText: result ? (result.warnings ? `${plural(result.warnings, 'warning')} — review them` : 'No warnings — review the import') : '',
        problem: (job.lastError ?? 'the import stopped').replace(/\.$/, ''),
      },
    });
  });

  app.get('/officer/imports/:id', { preHandler: review }, async (request, reply) => {
    const imp = await findImport(db, idOf(request, 'Import'));
    if (!imp) throw notFound('Import');
    const prov = await listProvenance(db, imp.id);
    const legal = new Map<SubjectType, Set<number>>();
    for (const type of new Set(prov.map((p) => p.subjectType).filter(isSubjectType)))
      legal.set(
        type,
        await legalRecordIds(
          db,
          type,
          prov.filter((p) => p.subjectType === type).map((p) => p.subjectId),
        ),
      );
    const records = [];
    for (const p of prov) {
      if (!isSubjectType(p.subjectType)) continue;
      const { table } = subjects[p.subjectType];
      const [row] = (await db.select().from(table).where(eq(table.id, p.subjectId))) as Record<string, unknown>[];
      if (!row) continue;
      const locked = legal.get(p.subjectType)?.has(p.subjectId) ?? false;
      records.push({
        provenanceId: p.id,
        type: p.subjectType,
        label: subjects[p.subjectType].label,
        key: p.sourceKey,
        name: subjectName(p.subjectType, row),
        href: await subjectHref(db, p.subjectType, row),
        lines: p.lineFrom ? (p.lineTo && p.lineTo !== p.lineFrom ? `${p.lineFrom}–${p.lineTo}` : String(p.lineFrom)) : 'Not located',
        deleted: !!row.deletedAt,
        legal: locked,
        correctHref: !locked && Object.keys(subjects[p.subjectType].correctable).length ? `/officer/imports/${imp.id}/correct/${p.subjectType}/${p.subjectId}` : null,
      });
    }
    const warnings = imp.warnings as { line: number | null; message: string; code?: string; personId?: number; candidateIds?: number[] }[];
    const kept = await keptBackRecords(db, imp.id);
    const reasonOf = (line: number | null, type: SubjectType) =>
      warnings.find((w) => w.line !== null && w.line === line && (w.code === 'report-link-doubtful' || type !== 'report'))?.message ?? 'Kept as a draft by the import';
    const keptBack = await Promise.all(
      kept.drafts.map(async (d) => ({
        label: subjects[d.type].label,
        name: subjectName(d.type, d.row),
        href: await subjectHref(db, d.type, d.row),
        access: accessLabel(d.row as { access: 'public' | 'exempt'; exemptParagraph: number | null }),
        reason: reasonOf(d.lineFrom, d.type),
        action: `/officer/imports/${imp.id}/publish/${d.type}/${d.id}`,
      })),
    );
    const unstated = kept.unstated.map((u) => ({ name: subjectName('agenda_item', u.row), editHref: `/officer/agenda-items/${u.id}/edit` }));
    const doubts = warnings.filter((w) => w.code === 'person-ambiguous' && typeof w.personId === 'number');
    const ids = [...new Set(doubts.flatMap((w) => [w.personId!, ...(w.candidateIds ?? [])]))];
    const who = new Map((ids.length ? await db.select().from(people).where(inArray(people.id, ids)) : []).map((p) => [p.id, p]));
    const merges = ids.length
      ? await db
          .select()
          .from(personMerges)
          .where(and(inArray(personMerges.fromPersonId, ids), isNull(personMerges.undoneAt)))
      : [];
    const returnTo = `/officer/imports/${imp.id}`;
    const ambiguous = doubts.flatMap((w) => {
      const person = who.get(w.personId!);
      if (!person) return [];
      const merge = merges.find((m) => m.fromPersonId === person.id);
      return [
        {
          person,
          merged: merge ? { id: merge.id, into: who.get(merge.intoPersonId) ?? null, by: merge.mergedBy, at: merge.createdAt } : null,
          candidates: (w.candidateIds ?? []).map((id) => who.get(id)).filter((c) => c && !c.deletedAt),
          returnTo,
        },
      ];
    });
    const q = request.query as { corrected?: string; published?: string; merged?: string; unmerged?: string };
    return reply.render(`${T}import.njk`, {
      title: `Import: ${imp.fileName}`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Officer area', href: '/officer' }, { text: 'Imported packs', href: '/officer/imports' }, { text: imp.fileName }],
      imp,
      warnings,
      records,
      keptBack,
      unstated,
      ambiguous,
      flash: q.corrected
        ? 'The correction has been saved. It is kept when the pack is imported again.'
        : q.published
          ? 'The record has been published.'
          : q.merged
            ? 'The people have been merged. You can undo the merge below.'
            : q.unmerged
              ? 'The merge has been undone.'
              : undefined,
    });
  });

  app.post('/officer/imports/:importId/publish/:type/:id', { preHandler: [review, app.csrfProtection] }, async (request, reply) => {
    const s = parseSubject(request);
    await publishKeptBack(db, actorOf(request), s.importId, s.type, s.id);
    return reply.redirect(`/officer/imports/${s.importId}?published=1`, 303);
  });

  const formContext = async (importId: number, type: SubjectType, id: number, values: Record<string, unknown>) => {
    const imp = await findImport(db, importId);
    if (!imp) throw notFound('Import');
    const { table, correctable, label } = subjects[type];
    const [row] = (await db.select().from(table).where(eq(table.id, id))) as Record<string, unknown>[];
    const [fromImport] = await db
      .select({ id: provenance.id })
      .from(provenance)
      .where(and(eq(provenance.importId, importId), eq(provenance.subjectType, type), eq(provenance.subjectId, id)))
      .limit(1);
    if (!row || !fromImport) throw notFound('Record');
    const legal = (await legalRecordIds(db, type, [id])).has(id);
    const fixes = await db.select().from(importCorrections).where(eq(importCorrections.subjectId, id));
    const selected = (values.field as string | undefined) ?? Object.keys(correctable)[0];
    return {
      title: `Correct ${label.toLowerCase()}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Officer area', href: '/officer' },
        { text: 'Imported packs', href: '/officer/imports' },
        { text: imp.fileName, href: `/officer/imports/${imp.id}` },
        { text: 'Correct a field' },
      ],
      label,
      name: subjectName(type, row),
      action: `/officer/imports/${imp.id}/correct/${type}/${id}`,
      cancelHref: `/officer/imports/${imp.id}`,
      fields: Object.entries(correctable).map(([value, text]) => ({ value, text, selected: value === selected })),
      current: Object.entries(correctable).map(([field, text]) => ({
        key: { text },
        value: { text: row[field] === null || row[field] === undefined ? 'Not given' : String(row[field]) },
      })),
      corrections: fixes.filter((f) => f.subjectType === type),
      legal,
      values,
      csrf: true,
    };
  };

  app.get('/officer/imports/:importId/correct/:type/:id', { preHandler: review }, async (request, reply) => {
    const s = parseSubject(request);
    return reply.render(`${T}correct.njk`, await formContext(s.importId, s.type, s.id, {}));
  });

  app.post('/officer/imports/:importId/correct/:type/:id', { preHandler: [review, app.csrfProtection] }, async (request, reply) => {
    const s = parseSubject(request);
    const body = formBody(request);
    const context = await formContext(s.importId, s.type, s.id, body);
    const result = await correctField(db, actorOf(request), s.importId, s.type, s.id, body);
    if (!result.ok) return reply.code(400).render(`${T}correct.njk`, { ...context, errors: result.errors });
    return reply.redirect(`/officer/imports/${s.importId}?corrected=1`, 303);
  });
}
