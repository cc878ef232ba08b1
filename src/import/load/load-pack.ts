import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import type { Actor } from '../../db/audit.ts';
import { audit } from '../../db/audit.ts';
import type { Db, Executor, Tx } from '../../db/connect.ts';
import { uniqueSlug } from '../../db/slug.ts';
import { addDays, fromLondonLocal, toLondonDate } from '../../lib/dates.ts';
import { slugify } from '../../lib/validation.ts';
import { actionPlans, agendaItems, bodies, forwardPlanEntries, imports, locations, meetings, minutes, provenance, reports } from '../../db/schema.ts';
import { saveBodies } from '../../modules/bodies/index.ts';
import { advanceStatus } from '../../modules/meetings/index.ts';
import { saveMinutes } from '../../modules/minutes/index.ts';
import { recordMembershipsSeen } from '../../modules/people/index.ts';
import { saveForwardPlanEntries, statusEnds } from '../../modules/forward-plan/index.ts';
import { savePlanActions } from '../../modules/action-plans/index.ts';
import { expectWritten, type Row } from '../../modules/records/index.ts';
import type { AccessChoice } from '../../modules/visibility/index.ts';
import { extractPack } from '../extract/index.ts';
import type { ExtractResult, Meeting as ExtractedMeeting } from '../extract/contract.ts';
import { decodeSource } from '../extract/detect-format.ts';
import { locateLines, searchLines, type LineRange, type SearchLines } from './locate-lines.ts';
import { orgKey, PackDirectory } from './pack-directory.ts';
import { PackWriter, type LoadWarning, type PackEntry, type Place } from './pack-writer.ts';
import { parseName } from './person-match.ts';
import { delegateOf, linkedText } from './minute-text.ts';

/** The label of a group of substitutes in a set of minutes ("Substitutes", "Substitute members present"). */
const SUBSTITUTES_LABEL = /\bsubstitut/i;

/**
 * The label of a group of people who attended, beyond the members present, apologies and officers: "Also present",
 * "Honorary Aldermen", "Observers", "Parties present". A label that reads as none of these ("Copies to", "Premises",
 * "Declarations of interest", the tail of a bracket) is not loaded as attendance: the import warns instead.
 */
const ATTENDANCE_GROUP_LABEL =
  /\b(?:present|attend\w*|alderm[ae]n|freem[ae]n|observers?|members?|co-opted|substitut\w*|parties|guests?|witness(?:es)?|advisers?|representatives?|in the chair)\b/i;
const NOT_ATTENDANCE_LABEL = /^(?:apolog|declar|cop(?:y|ies)\b|distribution|circulat|premises|decision|resolved)|^[^(]*\)$/i;

/**
 * The label of a group of the body's own members printed apart ("Co-opted members", "Voting members", "Members
 * present"): they count as present. Any other group (parties to a hearing, observers, honorary aldermen) attended
 * without being members, and a councillor among them attended as another member.
 */
const MEMBERS_LABEL = /^(?!.*\b(?:public|press)\b)(?:.*\bco-?opted\b|.*\bvoting\b|(?:committee\s+|board\s+|panel\s+)?members?\b(?!\s+of\b))/i;

/** Whom a substitute stood in for, in brackets after the name ("(for Cllr A Bell)", "(substituting for …)", "(in place of …)"). */
const SUBSTITUTE_FOR = /\((?:(?:substituting|substitute|deputising)\s+)?(?:for|in place of)\s+([^)]+)\)/i;

/** Words of a post, not of a personal name: "Monitoring Officer", "Head of Legal Services", "Clerk". */
const POST_WORDS =
  /\b(?:officer|executive|director|manager|head|clerk|secretary|adviser|advisor|solicitor|lawyer|accountant|engineer|planner|assistant|chief|deputy|services|team|consultant|inspector|commissioner|analyst|co-?ordinator|treasurer|auditor|representative|minute[- ]taker|governance|legal|democratic|support|superintendent|constable)\b/i;

/**
 * An officer in attendance as printed, split into a name and a post: "Jo Pike (Chief Executive)",
 * "Jo Pike, Chief Executive", "Jo Pike – Chief Executive", "Clerk J Pike". A post printed alone
 * ("Monitoring Officer") has no name: it is recorded as printed, linked to no one.
 * @example officerOf('Mr J Pike (Clerk)') // { name: 'Mr J Pike', post: 'Clerk' }
 */
export function officerOf(printed: string): { name: string | null; post: string | null } {
  const text = printed.replace(/\s+/g, ' ').trim();
  const split = /^(.+?)\s*\(([^)]+)\)$/.exec(text) ?? /^([^,]+?),\s*(.+)$/.exec(text) ?? /^(.+?)\s+[–—-]\s+(.+)$/.exec(text);
  let name = split ? split[1]!.trim() : text;
  let post = split ? split[2]!.trim() : null;
  const lead = /^((?:the\s+)?(?:town\s+|parish\s+|deputy\s+)?clerk)\s+(.+)$/i.exec(name);
  if (lead && !POST_WORDS.test(lead[2]!)) [post, name] = [lead[1]!, lead[2]!];
  if (POST_WORDS.test(name) && post && !POST_WORDS.test(post)) [name, post] = [post, name];
  if (POST_WORDS.test(name) || !/[A-Za-z]{2}/.test(name)) return { name: null, post: text };
  return { name, post };
}

export { organisationKind } from './pack-directory.ts';

/** What one pack import did. */
export type ImportSummary = {
  status: 'imported' | 'updated' | 'unchanged';
  importId: number;
  fileName: string;
  sha256: string;
  packKey: string | null;
  /** Records the pack produced, per kind. */
  records: Record<string, number>;
  created: number;
  updated: number;
  deleted: number;
  corrections: number;
  warnings: number;
};

/** The actor used when no user runs the import. */
export const importActor: Actor = { userId: null, label: 'import' };

/** The stable identity of a pack across corrected versions: its meeting's organisation and date, or its file name. */
export function packKeyOf(extracted: ExtractResult, fileName: string): string {
  const m = extracted.meeting;
  if (m) return `meeting:${slugify(orgKey(m.body))}:${m.date}`;
  return `file:${fileName.split(/[\\/]/).pop()}`;
}

const linesOf = (record: unknown): LineRange | null => {
  const l = (record as { lines?: { from?: unknown; to?: unknown } } | null)?.lines;
  return l && typeof l.from === 'number' && typeof l.to === 'number' ? { from: l.from, to: l.to } : null;
};

const paragraphOf = (...texts: (string | null | undefined)[]): number | null => {
  for (const t of texts) {
    const m = t ? /paragraphs?\s+([1-7])\b/i.exec(t) : null;
    if (m) return Number(m[1]);
  }
  return null;
};

const membershipRole = (printed: string | null): 'chair' | 'vice-chair' | 'member' => {
  if (!printed) return 'member';
  if (/^vice/i.test(printed)) return 'vice-chair';
  if (/^chair/i.test(printed)) return 'chair';
  return 'member';
};

const standingItem = /^(apologies|declarations? of interest|minutes|public question|any other (urgent )?(items of )?business|urgent business)/i;

/** Finds records in the source lines in order: each range runs to the line before the next record. */
function rangesInOrder(src: SearchLines, needles: (string | null | undefined)[][], start: number, end: number, cap = 120): (LineRange | null)[] {
  const found: (LineRange | null)[] = [];
  let cursor = start;
  for (const n of needles) {
    const r = locateLines(src, n, cursor);
    if (r && r.from <= end) {
      found.push(r);
      cursor = r.from + 1;
    } else found.push(null);
  }
  const starts = found.map((r) => r?.from ?? null);
  return found.map((r, i) => {
    if (!r) return null;
    const next = starts.slice(i + 1).find((s) => s !== null) ?? end + 1;
    return { from: r.from, to: Math.max(r.from, Math.min(next - 1, end, r.from + cap)) };
  });
}

const spanOf = (ranges: (LineRange | null)[]): LineRange | null => {
  const xs = ranges.filter((r): r is LineRange => !!r);
  return xs.length ? { from: Math.min(...xs.map((r) => r.from)), to: Math.max(...xs.map((r) => r.to)) } : null;
};

/** The first council in the database, or a placeholder "Imported council" when there is none. */
export async function ensureBody(ex: Executor, actor: Actor): Promise<number> {
  const [b] = await ex.select({ id: bodies.id }).from(bodies).where(isNull(bodies.deletedAt)).orderBy(asc(bodies.id)).limit(1);
  if (b) return b.id;
  const slug = await uniqueSlug(ex, bodies, bodies.slug, bodies.id, 'Imported council');
  return expectWritten(await saveBodies(ex, actor, [{ values: { name: 'Imported council', slug } }]), 'council').ids[0]!;
}

/** Page number of each source line: form feeds mark page breaks in text read from a PDF. */
function pagesOfLines(lineText: string): number[] {
  let page = 1;
  return lineText.split('\n').map((l) => {
    if (l.includes('\f')) page += (l.match(/\f/g) ?? []).length;
    return page;
  });
}

/**
 * Imports one document pack in one transaction: extracts it, then creates or updates organisations,
 * people, meetings, agenda, minutes, reports, Forward Plan, work programme, tracker and action plans,
 * each with provenance. The same bytes again change nothing; a corrected version of the same pack
 * updates what the earlier one produced, soft-deletes what vanished and keeps officer corrections.
 * Throws ExtractError for unusable input, before writing anything.
 * @example const summary = await importPack(db, importActor, readFileSync('pack.txt'), 'pack.txt');
 */
export async function importPack(db: Db, actor: Actor, bytes: Buffer, fileName: string, opts: { extracted?: ExtractResult } = {}): Promise<ImportSummary> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const [same] = await db.select().from(imports).where(eq(imports.sha256, sha256)).limit(1);
  if (same) return unchangedSummary(same);
  const extracted = opts.extracted ?? extractPack(bytes, name);
  const decoded = decodeSource(bytes);
  const lineText = decoded.lineText.replace(/\r\n?/g, '\n');
  const packKey = packKeyOf(extracted, name);

  return db.transaction(async (trx) => {
    const bodyId = await ensureBody(trx, actor);
    const [prev] = await trx
      .select({ id: imports.id })
      .from(imports)
      .where(and(eq(imports.packKey, packKey), eq(imports.bodyId, bodyId), isNull(imports.supersededById), isNull(imports.deletedAt)))
      .orderBy(desc(imports.id))
      .limit(1);
    const warnings = extracted.warnings.map((w) => ({ line: w.line, message: w.message, code: w.code }));
    const [imp] = await trx
      .insert(imports)
      .values({
        bodyId,
        fileName: name,
        sha256,
        format: extracted.source.format,
        byteSize: bytes.length,
        sourceText: lineText,
        packKey,
        extracted,
        warnings,
        importedBy: actor.label,
      })
      .returning();
    const previous = new Map<string, number>();
    if (prev) {
      const rows = await trx.select().from(provenance).where(eq(provenance.importId, prev.id));
      for (const r of rows) previous.set(`${r.subjectType}|${r.sourceKey}`, r.subjectId);
    }
    const extraWarnings: LoadWarning[] = [];
    const w = new PackWriter(trx, actor, bodyId, imp!.id, previous, extracted.source.format === 'pdf' ? pagesOfLines(lineText) : null, extraWarnings);
    await loadRecords(w, extracted, searchLines(lineText), lineText.split('\n').length);
    await w.finish();
    const allWarnings = [...warnings, ...extraWarnings];
    const summary: ImportSummary = {
      status: prev ? 'updated' : 'imported',
      importId: imp!.id,
      fileName: name,
      sha256,
      packKey,
      records: w.records,
      created: w.created,
      updated: w.updated,
      deleted: w.deleted,
      corrections: w.corrections,
      warnings: allWarnings.length,
    };
    await trx
      .update(imports)
      .set({ warnings: allWarnings, summary: { ...w.records, created: w.created, updated: w.updated, deleted: w.deleted } })
      .where(eq(imports.id, imp!.id));
    if (prev) await trx.update(imports).set({ supersededById: imp!.id, updatedAt: new Date() }).where(eq(imports.id, prev.id));
    await audit(trx, actor, prev ? 'import.update' : 'import.create', 'import', imp!.id, prev ? { supersedes: prev.id } : null, summary);
    return summary;
  });
}

function unchangedSummary(row: typeof imports.$inferSelect): ImportSummary {
  const { created: _c, updated: _u, deleted: _d, ...records } = row.summary;
  return {
    status: 'unchanged',
    importId: row.id,
    fileName: row.fileName,
    sha256: row.sha256,
    packKey: row.packKey,
    records,
    created: 0,
    updated: 0,
    deleted: 0,
    corrections: 0,
    warnings: row.warnings.length,
  };
}

async function meetingOn(trx: Tx, organisationId: number, date: string): Promise<number | undefined> {
  const [m] = await trx
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      and(
        eq(meetings.organisationId, organisationId),
        isNull(meetings.deletedAt),
        gte(meetings.startAt, fromLondonLocal(`${date}T00:00`)),
        lt(meetings.startAt, fromLondonLocal(`${addDays(date, 1)}T00:00`)),
      ),
    )
    .orderBy(asc(meetings.id))
    .limit(1);
  return m?.id;
}

/**
 * Where each record sits in the source: the extractor's `lines` when it gives them, otherwise found by
 * its distinctive text, each range clipped at the start of the next record or section.
 */
function planRanges(x: ExtractResult, src: SearchLines, lineCount: number) {
  const m = x.meeting;
  const agenda = m
    ? rangesInOrder(
        src,
        m.agenda.map((a) => [`${a.number} ${a.title}`, a.title]),
        1,
        lineCount,
        6,
      )
    : [];
  const agendaEnd = Math.max(1, ...agenda.map((r) => r?.to ?? 1));
  let cursor = agendaEnd;
  const minutes = x.minutes.map((set) => {
    const r = rangesInOrder(
      src,
      set.items.map((it) => [it.minute && `${it.minute} ${it.title}`, it.title]),
      cursor,
      lineCount,
      400,
    );
    cursor = Math.max(cursor, ...r.map((x) => (x ? x.from + 1 : cursor)));
    return r;
  });
  const reports = rangesInOrder(
    src,
    x.reports.map((r) => [r.title]),
    cursor,
    lineCount,
    100000,
  );
  const forwardPlan = rangesInOrder(
    src,
    x.forwardPlan.map((f) => [f.ref]),
    agendaEnd,
    lineCount,
    40,
  );
  const wpStart = x.workProgramme.length ? (locateLines(src, ['work programme'], agendaEnd)?.from ?? agendaEnd) : agendaEnd;
  const workProgramme = rangesInOrder(
    src,
    x.workProgramme.map((r) => [r.item]),
    wpStart,
    lineCount,
    12,
  );
  const trStart = x.outcomeTracker.length ? (locateLines(src, ['outcome tracker'], agendaEnd)?.from ?? agendaEnd) : agendaEnd;
  const tracker = rangesInOrder(
    src,
    x.outcomeTracker.map((r) => [r.item, r.outcome]),
    trStart,
    lineCount,
    30,
  );
  const actionPlans = x.actionPlans.map((p) => {
    const start = locateLines(src, [p.title], 1);
    return {
      start,
      actions: rangesInOrder(
        src,
        p.actions.map((a) => [a.action, a.success]),
        start?.from ?? 1,
        lineCount,
        30,
      ),
    };
  });
  // A record never runs into the next section.
  const boundaries = [
    ...minutes.map((r) => r.find((x) => x)?.from),
    ...reports.map((r) => r?.from),
    forwardPlan.find((r) => r)?.from,
    workProgramme.find((r) => r)?.from,
    tracker.find((r) => r)?.from,
    ...actionPlans.map((p) => p.start?.from),
  ]
    .filter((b): b is number => typeof b === 'number')
    .sort((a, b) => a - b);
  const clip = (r: LineRange | null): LineRange | null => {
    if (!r) return null;
    const next = boundaries.find((b) => b > r.from);
    return next !== undefined && r.to >= next ? { from: r.from, to: Math.max(r.from, next - 1) } : r;
  };
  const pick = <T>(records: T[], ranges: (LineRange | null)[]) => ranges.map((r, i) => linesOf(records[i]) ?? clip(r));
  return {
    agendaEnd,
    agenda: pick(m?.agenda ?? [], agenda),
    minutes: minutes.map((r, i) => pick(x.minutes[i]!.items, r)),
    reports: pick(x.reports, reports),
    forwardPlan: pick(x.forwardPlan, forwardPlan),
    workProgramme: pick(x.workProgramme, workProgramme),
    tracker: pick(x.outcomeTracker, tracker),
    actionPlans: actionPlans.map((p, i) => {
      const actions = pick(x.actionPlans[i]!.actions, p.actions);
      return { plan: linesOf(x.actionPlans[i]) ?? spanOf([p.start, ...actions]), actions };
    }),
  };
}

const titleWords = (t: string) =>
  new Set(
    t
      .toLowerCase()
      .replace(/[^a-z0-9 ]+/g, ' ')
      .split(/\s+/)
      .filter((x) => x.length > 2),
  );

/**
 * Whether a report's title plausibly names the agenda item it is linked to: most of the shorter
 * title's words appear in the longer one. A report that fails this is kept private until a clerk
 * reviews it, because it may belong to another (possibly exempt) item.
 */
export function titlesAgree(a: string, b: string): boolean {
  const [x, y] = [titleWords(a), titleWords(b)];
  const small = x.size <= y.size ? x : y;
  const large = small === x ? y : x;
  if (small.size === 0) return false;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / small.size >= 0.6;
}

/** Writes every record of the extraction through the domain commands; adds its own warnings (with line numbers) to the writer's. */
async function loadRecords(w: PackWriter, x: ExtractResult, src: SearchLines, lineCount: number): Promise<void> {
  const { trx, bodyId, warnings } = w;
  const dir = new PackDirectory(w);
  const today = toLondonDate(w.now);
  const plan = planRanges(x, src, lineCount);
  /**
   * Records of a council's published pack are published, as they were; a record a clerk has since
   * withdrawn (or that was kept back for review) keeps its state on re-import.
   */
  const published = (e: Row | undefined, keepBack = false) =>
    e?.publication
      ? { publication: e.publication, publishedAt: e.publishedAt ?? null, publishedBy: e.publishedBy ?? null }
      : keepBack
        ? { publication: 'draft' }
        : { publication: 'published', publishedAt: w.now, publishedBy: w.actor.label };

  const location = async (venue: string | null, place: Place) => {
    if (!venue) return null;
    const [loc] = await trx
      .select({ id: locations.id })
      .from(locations)
      .where(and(eq(locations.bodyId, bodyId), isNull(locations.deletedAt), sql`lower(${locations.description}) = lower(${venue})`))
      .limit(1);
    return w.put(
      'location',
      w.uniqueKey(`venue:${slugify(venue)}`),
      place,
      (e) => (e ? {} : { bodyId, description: venue }),
      async () => loc?.id,
    );
  };
  const personKind = (printed: string) => (parseName(printed).councillor ? 'councillor' : 'co-opted');

  // The meeting this pack summons, its members (as at its date) and its agenda.
  let packMeeting: { id: number; organisationId: number; date: string; startAt: Date } | null = null;
  const agendaIds = new Map<string, { id: number; access: 'public' | 'exempt'; exemptParagraph: number | null; title: string }>();
  const m: ExtractedMeeting | null = x.meeting;
  if (m) {
    const agendaRanges = plan.agenda;
    const meetingLines = linesOf(m) ?? spanOf([locateLines(src, [m.body]), ...agendaRanges]);
    const place: Place = { lines: meetingLines };
    const organisationId = await dir.organisation(m.body, place);
    const locationId = await location(m.venue, place);
    const startAt = fromLondonLocal(`${m.date}T${m.time ?? '00:00'}`);
    if (!m.time)
      warnings.push({ line: meetingLines?.from ?? null, code: 'meeting-time-unknown', message: `the meeting of ${m.body} on ${m.date} has no start time; midnight is shown` });
    const issuedAt = m.issuedOn ? fromLondonLocal(`${m.issuedOn}T00:00`) : null;
    if (issuedAt && issuedAt.getTime() > w.now.getTime())
      warnings.push({
        line: meetingLines?.from ?? null,
        code: 'issue-date-future',
        message: `the agenda of ${m.body} on ${m.date} says it was issued on ${m.issuedOn}, a day still to come, so it was not recorded as published`,
      });
    const meetingId = await w.put(
      'meeting',
      'meeting',
      place,
      (e) => ({
        bodyId,
        organisationId,
        startAt,
        locationId: locationId ?? (e?.locationId as number | null) ?? null,
        issuedBy: m.issuedBy,
        issuedOn: m.issuedOn,
        // The pack is the published agenda: it was issued on the day it says (a day still to come proves nothing).
        agendaPublishedAt: (e?.agendaPublishedAt as Date | null) ?? (issuedAt && issuedAt.getTime() <= w.now.getTime() ? issuedAt : null),
        status: advanceStatus(e?.status as never, 'agenda-published'),
      }),
      () => meetingOn(trx, organisationId, m.date),
    );
    packMeeting = { id: meetingId, organisationId, date: m.date, startAt };
    const at = { organisationId, date: m.date };
    const members = [];
    for (const member of m.members) {
      const mPlace: Place = { lines: locateLines(src, [member.name], meetingLines?.from ?? 1) };
      const personId = await dir.person(member.name, personKind(member.name), mPlace, at);
      members.push({ personId, role: membershipRole(member.role), roleLabel: member.role, place: mPlace, key: w.uniqueKey(`member:${slugify(member.name)}`) });
    }
    // Who the pack lists is history at its date: never the committee's current members.
    const seen = expectWritten(await recordMembershipsSeen(trx, w.actor, { organisationId, date: m.date, members }, { now: w.now }), 'membership');
    members.forEach((mm, i) => w.record('membership', mm.key, mm.place, seen.ids[i]!, seen.outcomes[i]));

    const entries = m.agenda.map((a, i) => {
      const lines = agendaRanges[i] ?? null;
      const near = lines ? src.normalised.slice(lines.from - 1, lines.to + 1).join(' ') : '';
      const access: 'public' | 'exempt' = a.exempt === true ? 'exempt' : 'public';
      let exemptParagraph: number | null = null;
      if (a.exempt) {
        exemptParagraph = paragraphOf(a.note, a.title, near);
        if (exemptParagraph === null) {
          // Fail closed: exempt with the paragraph not stated, so its papers and minutes stay private too.
          warnings.push({
            line: lines?.from ?? null,
            code: 'exempt-paragraph-unknown',
            message: `agenda item ${a.number} is exempt but names no paragraph of Schedule 12A; it is kept exempt ("paragraph not stated") with its papers and minutes`,
          });
        }
      }
      const parentNumber = /^\d+\.\d+/.test(a.number) ? a.number.split('.')[0]! : /^[a-z]\)$/i.test(a.number) ? null : undefined;
      return { a, i, lines, access, exemptParagraph, parentNumber, key: w.uniqueKey(`agenda:${a.number}`) };
    });
    // Items first, then the sub-items (6.1, a)) that point at them.
    const lastTop: (number | null)[] = [];
    let top: number | null = null;
    for (const e of entries) {
      lastTop.push(top);
      if (/^\d+$/.test(e.a.number)) top = e.i;
    }
    const write = async (batch: typeof entries, parentOf: (e: (typeof entries)[number]) => number | null) => {
      const ids = await w.putAll(
        'agenda_item',
        batch.map((e) => ({
          key: e.key,
          place: { lines: e.lines, pages: e.a.pages },
          values: (existing: Row | undefined) => ({
            meetingId,
            parentId: parentOf(e),
            position: e.i + 1,
            number: e.a.number,
            title: e.a.title,
            instruction: e.a.note,
            pageFrom: e.a.pages?.from ?? null,
            pageTo: e.a.pages?.to ?? null,
            access: e.access,
            exemptParagraph: e.exemptParagraph,
            ...published(existing),
            isStanding: standingItem.test(e.a.title),
          }),
        })),
      );
      batch.forEach((e, n) => agendaIds.set(e.a.number, { id: ids[n]!, access: e.access, exemptParagraph: e.exemptParagraph, title: e.a.title }));
      return ids;
    };
    const idAt = new Map<number, number>();
    const firsts = entries.filter((e) => e.parentNumber === undefined);
    (await write(firsts, () => null)).forEach((id, n) => idAt.set(firsts[n]!.i, id));
    await write(
      entries.filter((e) => e.parentNumber !== undefined),
      (e) => (e.parentNumber ? (agendaIds.get(e.parentNumber)?.id ?? null) : lastTop[e.i] !== null ? (idAt.get(lastTop[e.i]!) ?? null) : null),
    );
  }

  // Minutes of earlier meetings: a draft filled in, then approved when a later meeting's pack presents it.
  for (const [setIndex, set] of x.minutes.entries()) {
    const itemRanges = plan.minutes[setIndex]!;
    const setLines = linesOf(set) ?? spanOf(itemRanges);
    const place: Place = { lines: setLines };
    if (set.date > today) {
      warnings.push({ line: setLines?.from ?? null, code: 'minutes-in-future', message: `minutes dated ${set.date} are for a meeting still to come, so they were not imported` });
      continue;
    }
    const organisationId = await dir.organisation(set.body, place);
    const locationId = await location(set.venue, place);
    const approved = !!packMeeting && packMeeting.date > set.date && packMeeting.date <= today;
    const meetingId = await w.put(
      'meeting',
      w.uniqueKey(`meeting:${set.date}`),
      place,
      (e) => ({
        bodyId,
        organisationId,
        startAt: e && !set.time ? (e.startAt as Date) : fromLondonLocal(`${set.date}T${set.time ?? '00:00'}`),
        endAt: set.endedAt ? fromLondonLocal(`${set.date}T${set.endedAt}`) : ((e?.endAt as Date | null) ?? null),
        locationId: locationId ?? (e?.locationId as number | null) ?? null,
        // Published minutes prove the meeting was held; their approval at a later meeting, that they were approved.
        status: advanceStatus(e?.status as never, approved ? 'minutes-approved' : 'minutes-draft'),
      }),
      () => meetingOn(trx, organisationId, set.date),
    );
    const minutesId = await w.put('minutes', w.uniqueKey(`minutes:${set.date}`), place, (e) => ({
      meetingId,
      ...(e ? {} : { version: 1 }),
      status: (e?.status as string | undefined) ?? 'draft',
      ...published(e),
      endedAt: set.endedAt ? `${set.endedAt}:00` : null,
    }));
    const earlierAgenda = await trx
      .select({ id: agendaItems.id, number: agendaItems.number })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meetingId), isNull(agendaItems.deletedAt)));
    const at = { organisationId, date: set.date };
    const attendedAs = (g: { label: string; names: string[] }) => {
      if (ATTENDANCE_GROUP_LABEL.test(g.label) && !NOT_ATTENDANCE_LABEL.test(g.label.trim())) return true;
      warnings.push({
        line: setLines?.from ?? null,
        code: 'attendance-group-skipped',
        message: `the minutes of ${set.date} list ${g.names.length} under "${g.label}", which does not read as attendance; they were not recorded as attending`,
      });
      return false;
    };
    // A labelled group of substitutes sat in members' places: substitutes, not members present; a group of the body's
    // own members (co-opted members) was present; any other labelled group (a borough's freemen, observers, parties
    // to a hearing) also attended, noted with its label.
    type Kind = 'present' | 'apologies' | 'other-member' | 'substitute' | 'also-attending';
    const attendance: [string[], Kind, string | null][] = [
      [set.present, 'present', null],
      [set.apologies, 'apologies', null],
      [set.otherMembersPresent ?? [], 'other-member', null],
      ...(set.otherAttendance ?? [])
        .filter(attendedAs)
        .map((g): [string[], Kind, string] => [
          g.names,
          SUBSTITUTES_LABEL.test(g.label) ? 'substitute' : MEMBERS_LABEL.test(g.label.trim()) ? 'present' : 'also-attending',
          g.label,
        ]),
    ];
    const attendanceRows: PackEntry[] = [];
    for (const [names, group, note] of attendance) {
      for (const printed of names) {
        const aPlace: Place = { lines: locateLines(src, [printed], setLines ? Math.max(1, setLines.from - 40) : plan.agendaEnd) };
        // A substitute is recorded with the member they stood in for, as printed; one printed without is noted as attending.
        const forMember = group === 'substitute' ? SUBSTITUTE_FOR.exec(printed) : null;
        const kind = group === 'substitute' && !forMember ? 'present' : group === 'also-attending' && parseName(printed).councillor ? 'other-member' : group;
        // Someone else attending (an applicant, an observer) is recorded as printed, not made a person of the council.
        const personId = kind === 'also-attending' ? null : await dir.person(printed, personKind(printed), aPlace, at);
        const substituteFor = forMember ? (forMember[1] ?? '').trim() : null;
        attendanceRows.push({
          key: w.uniqueKey(`attendance:${set.date}:${kind}:${slugify(printed)}`),
          place: aPlace,
          values: () => ({ meetingId, personId, printedName: printed, kind, note, ...(substituteFor ? { substituteFor } : {}) }),
        });
      }
    }
    // Officers in attendance: each linked to an officer of that name (never to a councillor), with the post printed
    // beside the name kept as their job title; a post printed alone is recorded as printed, linked to no one. A
    // councillor printed among them attended as another member.
    for (const printed of set.inAttendance ?? []) {
      const aPlace: Place = { lines: locateLines(src, [printed], setLines ? Math.max(1, setLines.from - 40) : plan.agendaEnd) };
      const councillor = parseName(printed).councillor;
      const { name, post } = councillor ? { name: printed, post: null } : officerOf(printed);
      const personId = name ? await dir.person(name, councillor ? 'councillor' : 'officer', aPlace, at, post) : null;
      const kind = councillor ? 'other-member' : 'officer';
      attendanceRows.push({
        key: w.uniqueKey(`attendance:${set.date}:${kind}:${slugify(printed)}`),
        place: aPlace,
        values: () => ({ meetingId, personId, printedName: printed, kind, note: null }),
      });
    }
    await w.putAll('attendance', attendanceRows);
    const items = set.items.map((it, i) => {
      const lines = itemRanges[i] ?? null;
      const agenda = it.agendaItem ? earlierAgenda.find((a) => a.number === it.agendaItem) : undefined;
      if (!it.minute) warnings.push({ line: lines?.from ?? null, code: 'minute-number-missing', message: `a minute titled "${it.title}" has no printed number` });
      return { it, i, lines, agenda, key: w.uniqueKey(`minute:${it.minute || `@${i + 1}`}`) };
    });
    const itemIds = await w.putAll(
      'minute_item',
      items.map(({ it, i, lines, agenda, key }) => ({
        key,
        place: { lines },
        access: {} as AccessChoice,
        values: (e: Row | undefined) => ({
          minutesId,
          organisationId,
          position: i + 1,
          number: it.minute,
          agendaItemId: agenda?.id ?? null,
          agendaNumber: it.agendaItem,
          title: it.title,
          narrative: linkedText(it.text, it.resolutions) || null,
          ...published(e),
        }),
      })),
    );
    await w.putAll(
      'resolution',
      items.flatMap(({ it, lines, key }, n) =>
        uniqueTexts(it.resolutions).map((text, j) => {
          const rLines = lines ? (locateLines(src, [text], lines.from) ?? lines) : null;
          return {
            key: `${key}:res:${j + 1}`,
            place: { lines: rLines && lines && rLines.from <= lines.to ? rLines : lines },
            values: () => ({ minuteItemId: itemIds[n]!, position: j + 1, number: null, text, delegation: delegateOf(text) }),
          };
        }),
      ),
    );
    const declarationRows: PackEntry[] = [];
    for (const [n, { it, i, lines }] of items.entries()) {
      for (const [j, d] of (it.declarations ?? []).entries()) {
        if (!d.member) continue;
        const dLines = lines ? (locateLines(src, [d.member], lines.from) ?? lines) : null;
        const personId = await dir.person(d.member, personKind(d.member), { lines: dLines }, at);
        // A declaration is made under the "declarations" minute; it is about an item only when it names one.
        const about = /\b(?:agenda\s+)?item\s+(\d+(?:\.\d+)?)\b/i.exec(d.interest ?? '')?.[1];
        const aboutId = about ? (earlierAgenda.find((a) => a.number === about)?.id ?? null) : null;
        declarationRows.push({
          key: `declaration:${set.date}:${it.minute || i + 1}:${j + 1}`,
          place: { lines: dLines },
          values: () => ({ meetingId, agendaItemId: aboutId, minuteItemId: itemIds[n]!, personId, printedName: d.member, interest: d.interest ?? '' }),
        });
      }
    }
    await w.putAll('declaration', declarationRows);
    if (approved) {
      const [current] = await trx.select({ status: minutes.status }).from(minutes).where(eq(minutes.id, minutesId));
      if (current?.status === 'draft') {
        const r = await saveMinutes(
          trx,
          w.actor,
          [
            {
              id: minutesId,
              values: {
                status: 'approved',
                approvedAt: packMeeting!.startAt,
                approvedAtMeetingId: packMeeting!.id,
                approvalNote: `Presented for approval at the meeting of ${packMeeting!.date}`,
              },
            },
          ],
          { now: w.now, verb: 'approve' },
        );
        if (!r.ok)
          warnings.push({ line: setLines?.from ?? null, code: 'minutes-approval-unknown', message: `the minutes of ${set.date} were kept as a draft: ${r.errors[0]!.message}` });
      }
    }
  }

  // Reports, attached to the agenda items they were printed for.
  const reportRanges = plan.reports;
  const reportIds = new Map<string, number>();
  for (const [i, r] of x.reports.entries()) {
    const lines = reportRanges[i] ?? null;
    const agenda = r.agendaItem ? agendaIds.get(r.agendaItem) : undefined;
    // Fail closed: a report whose title does not name the item it was matched to may belong to another item.
    // Fail closed too for a report printed in an agenda pack that names none of its items: it may be an exempt item's.
    const unplaced = !agenda && agendaIds.size > 0;
    const doubtful = (!!agenda && !titlesAgree(r.title, agenda.title)) || unplaced;
    if (doubtful && agenda) {
      warnings.push({
        line: lines?.from ?? null,
        code: 'report-link-doubtful',
        message: `the report "${r.title}" was matched to agenda item ${r.agendaItem} ("${agenda.title}"), whose title differs; it is kept private until a clerk reviews and publishes it`,
      });
    } else if (doubtful) {
      warnings.push({
        line: lines?.from ?? null,
        code: 'report-link-doubtful',
        message: `the report "${r.title}" names none of the pack’s agenda items; it is kept private until a clerk reviews and publishes it`,
      });
    }
    const statedExempt = /\b(exempt|confidential|not for publication)\b/i.test(`${r.kind ?? ''} ${r.title}`);
    const access: AccessChoice =
      statedExempt && agenda?.access !== 'exempt' ? { access: 'exempt', exemptParagraph: paragraphOf(r.kind, r.title) } : agenda ? {} : { access: 'public' };
    const key = w.uniqueKey(`report:${slugify(r.title).slice(0, 80)}`);
    const reportId = await w.put(
      'report',
      key,
      { lines },
      (e) => ({
        bodyId,
        meetingId: packMeeting?.id ?? null,
        agendaItemId: agenda?.id ?? null,
        title: r.title,
        kind: r.kind,
        reportDate: r.date,
        forwardPlanRef: r.forwardPlanRef,
        cabinetMembers: r.cabinetMembers,
        leadOfficer: r.leadOfficer,
        author: r.author,
        contact: r.contact,
        summary: r.summary,
        recommendations: uniqueTexts(r.recommendations),
        riskLikelihood: r.risk?.likelihood ?? null,
        riskImpact: r.risk?.impact ?? null,
        riskScore: r.risk?.score ?? null,
        priorityLinks: r.priorityLinks,
        sections: r.sections,
        ...published(e, doubtful),
      }),
      undefined,
      access,
    );
    if (r.forwardPlanRef) reportIds.set(r.forwardPlanRef, reportId);
    await w.putAll(
      'report_sign_off',
      r.signOffs.map((s, j) => {
        const sLines = lines ? (locateLines(src, [s.name && `${s.role} ${s.name}`, s.name, s.role], lines.from) ?? lines) : null;
        return {
          key: `${key}:signoff:${j + 1}`,
          place: { lines: sLines && lines && sLines.from <= lines.to ? sLines : lines },
          values: () => ({ reportId, position: j + 1, role: s.role, name: s.name, signedOn: s.date, dateText: s.dateText }),
        };
      }),
    );
  }
  for (const [ref, reportId] of reportIds) {
    const unlinked = await trx
      .select({ id: forwardPlanEntries.id })
      .from(forwardPlanEntries)
      .where(and(eq(forwardPlanEntries.bodyId, bodyId), eq(forwardPlanEntries.ref, ref), isNull(forwardPlanEntries.reportId), isNull(forwardPlanEntries.deletedAt)));
    if (unlinked.length)
      expectWritten(
        await saveForwardPlanEntries(
          trx,
          w.actor,
          unlinked.map((l) => ({ id: l.id, values: { reportId } })),
          { now: w.now },
        ),
        'Forward Plan entry',
      );
  }

  // Forward Plan: one entry per reference across the council, as printed in the plan of the pack's date.
  const fpRanges = plan.forwardPlan;
  const planDate = m ? (m.issuedOn ?? m.date) : null;
  for (const [i, f] of x.forwardPlan.entries()) {
    const [existing] = await trx
      .select({ id: forwardPlanEntries.id })
      .from(forwardPlanEntries)
      .where(and(eq(forwardPlanEntries.bodyId, bodyId), eq(forwardPlanEntries.ref, f.ref), isNull(forwardPlanEntries.deletedAt)))
      .limit(1);
    const [report] = await trx
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.bodyId, bodyId), eq(reports.forwardPlanRef, f.ref), isNull(reports.deletedAt)))
      .limit(1);
    await w.put(
      'forward_plan_entry',
      w.uniqueKey(`fp:${f.ref}`),
      { lines: fpRanges[i] ?? null },
      (e) => ({
        bodyId,
        ref: f.ref,
        access: 'public',
        ...published(e),
        firstPublished: f.firstPublished,
        // The entry as the plan of the pack's date printed it; a later pack's plan moves it on.
        planDate: planDate && (!e?.planDate || String(e.planDate) < planDate) ? planDate : ((e?.planDate as string | null) ?? planDate),
        decisionDateText: f.decisionDate.text,
        decisionDate: f.decisionDate.date,
        decisionDateQualifier: f.decisionDate.qualifier,
        decisionMakers: f.decisionMakers,
        issue: f.issue,
        decision: f.decision,
        documents: f.documents,
        exempt: f.exempt,
        contacts: f.contacts,
        reportId: report?.id ?? null,
        statusText: f.status ?? null,
        ended: statusEnds(f.status),
      }),
      async () => existing?.id,
    );
  }

  // Scrutiny work programme and outcome tracker.
  const packOrg = packMeeting?.organisationId ?? null;
  const wpRanges = plan.workProgramme;
  const perDate = new Map<string, number>();
  const wpRows: PackEntry[] = [];
  for (const [i, r] of x.workProgramme.entries()) {
    const lines = wpRanges[i] ?? null;
    const organisationId = r.body ? await dir.organisation(r.body, { lines }) : packOrg;
    const date = r.meetingDate ?? 'undated';
    perDate.set(date, (perDate.get(date) ?? 0) + 1);
    wpRows.push({
      key: w.uniqueKey(`wp:${date}:${perDate.get(date)}`),
      place: { lines },
      values: (e) => ({ bodyId, organisationId, bodyName: r.body ?? null, meetingDate: r.meetingDate, item: r.item, leads: r.leads ?? [], access: 'public', ...published(e) }),
    });
  }
  await w.putAll('work_programme_item', wpRows);
  const trRanges = plan.tracker;
  await w.putAll(
    'tracker_outcome',
    x.outcomeTracker.map((r, i) => ({
      key: w.uniqueKey(`tracker:${i + 1}`),
      place: { lines: trRanges[i] ?? null },
      values: (e: Row | undefined) => ({
        bodyId,
        organisationId: packOrg,
        meetingDate: r.meetingDate,
        item: r.item,
        link: r.link ?? null,
        owner: r.owner,
        outcome: r.outcome,
        statusText: r.status,
        access: 'public',
        ...published(e),
      }),
    })),
  );

  // Action plans and their actions, with parent links.
  for (const [planIndex, actionPlan] of x.actionPlans.entries()) {
    const { plan: planLines, actions: actionRanges } = plan.actionPlans[planIndex]!;
    const planKey = slugify(actionPlan.title).slice(0, 80);
    const [byTitle] = await trx
      .select({ id: actionPlans.id })
      .from(actionPlans)
      .where(and(eq(actionPlans.bodyId, bodyId), eq(actionPlans.title, actionPlan.title), isNull(actionPlans.deletedAt)))
      .limit(1);
    const slug = await uniqueSlug(trx, actionPlans, actionPlans.slug, actionPlans.id, actionPlan.title, byTitle?.id);
    const planId = await w.put(
      'action_plan',
      w.uniqueKey(`plan:${planKey}`),
      { lines: planLines },
      (e) => ({ bodyId, title: actionPlan.title, slug: (e?.slug as string) ?? slug, access: 'public', ...published(e) }),
      async () => byTitle?.id,
    );
    const ids = new Map<string, number>();
    const orphans: { id: number; parent: string }[] = [];
    for (const [i, a] of actionPlan.actions.entries()) {
      const parentId = a.parent ? (ids.get(a.parent) ?? null) : null;
      const id = await w.put('plan_action', w.uniqueKey(`action:${planKey}:${a.number}`), { lines: actionRanges[i] ?? null }, (e) => ({
        actionPlanId: planId,
        parentId,
        position: i + 1,
        number: a.number,
        action: a.action,
        success: a.success,
        owners: a.owners,
        rag: a.rag,
        status: a.status,
        dueText: a.due?.text ?? null,
        dueDate: a.due?.date ?? null,
        progress: a.progress,
        access: 'public',
        ...published(e),
      }));
      ids.set(a.number, id);
      if (a.parent && parentId === null) orphans.push({ id, parent: a.parent });
    }
    const adopted = orphans.flatMap((o) => {
      const parentId = ids.get(o.parent);
      if (!parentId) warnings.push({ line: null, code: 'action-parent-missing', message: `action ${o.parent} is named as a parent but is not in the plan` });
      return parentId ? [{ id: o.id, values: { parentId } }] : [];
    });
    if (adopted.length) expectWritten(await savePlanActions(trx, w.actor, adopted, { now: w.now }), 'action');
  }
}

/** Texts printed twice (a recommendation repeated in the summary and the body) counted once, in order. */
function uniqueTexts(texts: string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((t) => {
    const k = t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
