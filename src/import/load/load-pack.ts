import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Actor } from '../../db/audit.ts';
import { audit } from '../../db/audit.ts';
import type { Db, Tx } from '../../db/connect.ts';
import { uniqueSlug } from '../../db/slug.ts';
import { addDays, fromLondonLocal, toLondonDate } from '../../lib/dates.ts';
import { slugify } from '../../lib/validation.ts';
import { auditEvents } from '../../db/schema.ts';
import { bodies } from '../../db/schema.ts';
import { importCorrections, imports, provenance } from '../../db/schema.ts';
import { organisations, type organisationKinds } from '../../db/schema.ts';
import { memberships, people } from '../../db/schema.ts';
import { agendaItems, locations, meetings } from '../../db/schema.ts';
import { minuteItems, minutes } from '../../db/schema.ts';
import { reports } from '../../db/schema.ts';
import { forwardPlanEntries } from '../../db/schema.ts';
import { actionPlans } from '../../db/schema.ts';
import { extractPack } from '../extract/index.ts';
import type { ExtractResult, Meeting as ExtractedMeeting } from '../extract/contract.ts';
import { decodeSource } from '../extract/detect-format.ts';
import { locateLines, searchLines, type LineRange, type SearchLines } from './locate-lines.ts';
import { matchPerson, parseName, type KnownPerson } from './person-match.ts';
import { subjects, type SubjectType } from './subjects.ts';

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

type OrgKind = (typeof organisationKinds)[number];
type Pages = { from: number; to: number } | null;
type Place = { lines: LineRange | null; pages?: Pages };
type Row = Record<string, unknown>;

/**
 * Guesses an organisation's kind from words in its name; committee when nothing fits.
 * @example organisationKind('Scrutiny for Policies Committee') // 'scrutiny-committee'
 */
export function organisationKind(name: string): OrgKind {
  const n = name.toLowerCase();
  if (/\bscrutiny\b/.test(n)) return 'scrutiny-committee';
  if (/\bcabinet\b/.test(n)) return 'cabinet';
  if (/\btask (and|&) finish\b/.test(n)) return 'task-and-finish-group';
  if (/\bboard\b/.test(n)) return 'board';
  if (/\bpartnership\b/.test(n)) return 'partnership';
  if (/\bcommittee\b|\bpanel\b|\bsub-committee\b/.test(n)) return 'committee';
  if (/\bcouncil$/.test(n.trim())) return 'full-council';
  return 'committee';
}

const orgKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

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

const sameValue = (a: unknown, b: unknown): boolean => {
  if (a instanceof Date || b instanceof Date) return new Date(a as Date).getTime() === new Date(b as Date).getTime();
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return (a ?? null) === (b ?? null);
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

/** The pack's records written in one transaction, matched to what an earlier version of the pack produced. */
class PackWriter {
  readonly records: Record<string, number> = {};
  created = 0;
  updated = 0;
  deleted = 0;
  corrections = 0;
  private readonly seen = new Set<string>();
  private readonly keys = new Map<string, number>();
  private readonly provenanceRows: (typeof provenance.$inferInsert)[] = [];
  private readonly auditRows: (typeof auditEvents.$inferInsert)[] = [];
  private orgCache: { id: number; key: string }[] | null = null;
  private readonly orgIds = new Map<string, number>();
  private readonly personIds = new Map<string, number>();
  private peopleCache: KnownPerson[] | null = null;
  /** Records of approved minutes the corrected pack would have changed: kept as they are (legal records). */
  readonly keptLegalRecords = new Set<string>();

  /** Whether a row belongs to approved minutes, which are never changed in place (a correction is a new version). */
  private async legalRecord(type: SubjectType, row: Row): Promise<boolean> {
    if (type === 'minutes') return row.status !== 'draft';
    let minutesId: number | undefined;
    if (type === 'minute_item') minutesId = row.minutesId as number;
    else if (type === 'resolution') {
      const [mi] = await this.trx.select({ minutesId: minuteItems.minutesId }).from(minuteItems).where(eq(minuteItems.id, row.minuteItemId as number));
      minutesId = mi?.minutesId;
    } else return false;
    if (minutesId === undefined) return false;
    const [m] = await this.trx.select({ status: minutes.status }).from(minutes).where(eq(minutes.id, minutesId));
    return !!m && m.status !== 'draft';
  }

  constructor(
    readonly trx: Tx,
    readonly actor: Actor,
    readonly bodyId: number,
    readonly importId: number,
    private readonly previous: Map<string, number>,
    private readonly pageOfLine: number[] | null,
  ) {}

  /** A key unique within the pack: a repeated key gets "#2", "#3". */
  uniqueKey(key: string): string {
    const n = (this.keys.get(key) ?? 0) + 1;
    this.keys.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  }

  private pagesFor(lines: LineRange | null, pages?: Pages): Pages {
    if (pages) return pages;
    if (!lines || !this.pageOfLine) return null;
    return { from: this.pageOfLine[lines.from - 1] ?? 1, to: this.pageOfLine[lines.to - 1] ?? 1 };
  }

  private log(action: string, type: string, id: number, before: unknown, after: unknown) {
    this.auditRows.push({ actorUserId: this.actor.userId, actorLabel: this.actor.label, action, subjectType: type, subjectId: String(id), before: before ?? null, after: after ?? null });
  }

  /**
   * Creates or updates one record: the row this pack's earlier version produced under `key`, else
   * the row `find` returns, else a new row. Records provenance either way.
   */
  async put(type: SubjectType, key: string, place: Place, values: (existing: Row | undefined) => Row, find?: () => Promise<number | undefined>): Promise<number> {
    const { table } = subjects[type];
    let id = this.previous.get(`${type}|${key}`);
    if (id === undefined && find) id = await find();
    let existing: Row | undefined;
    if (id !== undefined) {
      [existing] = (await this.trx.select().from(table).where(eq(table.id, id))) as Row[];
      if (!existing) id = undefined;
    }
    const v = values(existing);
    if (existing && id !== undefined && Object.keys(subjects[type].correctable).length > 0) {
      // An officer's correction wins over the pack's text, so a re-import does not flip the field back and forth.
      const fixes = await this.trx.select().from(importCorrections).where(and(eq(importCorrections.subjectType, type), eq(importCorrections.subjectId, id), isNull(importCorrections.deletedAt)));
      for (const fix of fixes) if (Object.hasOwn(subjects[type].correctable, fix.field) && fix.field in v) v[fix.field] = fix.value;
    }
    if (existing && id !== undefined) {
      const changed = Object.keys(v).filter((k) => !sameValue(existing[k], v[k]));
      if ((changed.length > 0 || existing.deletedAt) && (await this.legalRecord(type, existing))) {
        this.keptLegalRecords.add(`${type}|${id}`);
      } else if (changed.length > 0 || existing.deletedAt) {
        await this.trx.update(table).set({ ...v, updatedAt: new Date(), deletedAt: null }).where(eq(table.id, id));
        this.log('import.update', type, id, Object.fromEntries(changed.map((k) => [k, existing[k]])), Object.fromEntries(changed.map((k) => [k, v[k]])));
        this.updated++;
      }
    } else {
      const [row] = (await this.trx.insert(table).values(v).returning({ id: table.id })) as { id: number }[];
      id = row!.id;
      this.log('import.create', type, id, null, v);
      this.created++;
    }
    this.seen.add(`${type}|${id}`);
    this.records[type] = (this.records[type] ?? 0) + 1;
    const pages = this.pagesFor(place.lines, place.pages);
    this.provenanceRows.push({
      importId: this.importId,
      subjectType: type,
      subjectId: id,
      sourceKey: key,
      lineFrom: place.lines?.from ?? null,
      lineTo: place.lines?.to ?? null,
      pageFrom: pages?.from ?? null,
      pageTo: pages?.to ?? null,
    });
    return id;
  }

  /**
   * Like put() for many records of one kind with no outside match: records new to this pack go in
   * one multi-row insert.
   */
  async putAll(type: SubjectType, entries: { key: string; place: Place; values: Row }[]): Promise<number[]> {
    const ids: (number | undefined)[] = [];
    const fresh: number[] = [];
    for (const [i, e] of entries.entries()) {
      if (this.previous.has(`${type}|${e.key}`)) ids[i] = await this.put(type, e.key, e.place, () => e.values);
      else fresh.push(i);
    }
    if (fresh.length) {
      const { table } = subjects[type];
      const rows = (await this.trx.insert(table).values(fresh.map((i) => entries[i]!.values)).returning({ id: table.id })) as { id: number }[];
      for (const [n, i] of fresh.entries()) {
        const id = rows[n]!.id;
        const e = entries[i]!;
        ids[i] = id;
        this.log('import.create', type, id, null, e.values);
        this.created++;
        this.seen.add(`${type}|${id}`);
        this.records[type] = (this.records[type] ?? 0) + 1;
        const pages = this.pagesFor(e.place.lines, e.place.pages);
        this.provenanceRows.push({ importId: this.importId, subjectType: type, subjectId: id, sourceKey: e.key, lineFrom: e.place.lines?.from ?? null, lineTo: e.place.lines?.to ?? null, pageFrom: pages?.from ?? null, pageTo: pages?.to ?? null });
      }
    }
    return ids as number[];
  }

  /** The organisation named (case and punctuation ignored), created with a guessed kind when missing. */
  async organisation(name: string, place: Place): Promise<number> {
    this.orgCache ??= (await this.trx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(and(eq(organisations.bodyId, this.bodyId), isNull(organisations.deletedAt)))).map((o) => ({ id: o.id, key: orgKey(o.name) }));
    const key = orgKey(name);
    const done = this.orgIds.get(key);
    if (done !== undefined) return done;
    const known = this.orgCache.find((o) => o.key === key);
    const slug = known ? '' : await uniqueSlug(this.trx, organisations, organisations.slug, organisations.id, name);
    const id = await this.put('organisation', this.uniqueKey(`org:${slugify(key)}`), place, (e) => (e ? {} : { bodyId: this.bodyId, name: name.trim(), slug, kind: organisationKind(name) }), async () => known?.id);
    if (!known) this.orgCache.push({ id, key });
    this.orgIds.set(key, id);
    return id;
  }

  /** The person a printed name links to, or a new person; never merged on family name alone. */
  async person(printed: string, kind: 'councillor' | 'officer' | 'co-opted', place: Place): Promise<number> {
    this.peopleCache ??= await this.trx
      .select({ id: people.id, printedName: people.printedName, givenName: people.givenName, familyName: people.familyName, kind: people.kind })
      .from(people)
      .where(and(eq(people.bodyId, this.bodyId), isNull(people.deletedAt)));
    const done = this.personIds.get(printed);
    if (done !== undefined) return done;
    const match = matchPerson(printed, this.peopleCache);
    const parsed = parseName(printed);
    const printedName = printed.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    const personKind = parsed.councillor ? 'councillor' : kind;
    const slug = match ? '' : await uniqueSlug(this.trx, people, people.slug, people.id, printedName.replace(/^(cllr|councillor)\s+/i, ''));
    const given = parsed.given.join(' ');
    const id = await this.put(
      'person',
      this.uniqueKey(`person:${slugify(printedName)}`),
      place,
      (e) =>
        e
          ? {}
          : { bodyId: this.bodyId, slug, kind: personKind, printedName, honorific: parsed.honorific, givenName: given.length > 1 && !/^[A-Z]( [A-Z])*$/.test(given) ? given : null, familyName: parsed.family },
      async () => match?.id,
    );
    if (!match) this.peopleCache.push({ id, printedName, givenName: null, familyName: parsed.family, kind: personKind });
    this.personIds.set(printed, id);
    return id;
  }

  /** Soft-deletes what the earlier version produced and this one did not; re-applies officer corrections; writes provenance and audit. */
  async finish(): Promise<void> {
    const now = new Date();
    for (const [k, id] of this.previous) {
      const type = k.split('|')[0] as SubjectType;
      if (!subjects[type]?.owned || this.seen.has(`${type}|${id}`)) continue;
      this.seen.add(`${type}|${id}`);
      const { table } = subjects[type];
      const [row] = (await this.trx.select().from(table).where(eq(table.id, id))) as Row[];
      if (row && (await this.legalRecord(type, row))) {
        this.keptLegalRecords.add(`${type}|${id}`);
        continue;
      }
      const gone = (await this.trx.update(table).set({ deletedAt: now, updatedAt: now }).where(and(eq(table.id, id), isNull(table.deletedAt))).returning({ id: table.id })) as { id: number }[];
      if (gone.length) {
        this.log('import.delete', type, id, null, { deletedAt: now });
        this.deleted++;
      }
    }
    const byType = new Map<string, number[]>();
    for (const s of this.seen) {
      const [type, id] = s.split('|');
      byType.set(type!, [...(byType.get(type!) ?? []), Number(id)]);
    }
    for (const [type, ids] of byType) {
      const spec = subjects[type as SubjectType];
      if (Object.keys(spec.correctable).length === 0) continue;
      const fixes = await this.trx
        .select()
        .from(importCorrections)
        .where(and(eq(importCorrections.subjectType, type), inArray(importCorrections.subjectId, ids), isNull(importCorrections.deletedAt)));
      for (const fix of fixes) {
        if (!Object.hasOwn(spec.correctable, fix.field)) continue;
        const [row] = (await this.trx.select().from(spec.table).where(eq(spec.table.id, fix.subjectId))) as Row[];
        if (!row || sameValue(row[fix.field], fix.value)) continue;
        await this.trx.update(spec.table).set({ [fix.field]: fix.value, updatedAt: now }).where(eq(spec.table.id, fix.subjectId));
        this.log('import.correction.reapply', type, fix.subjectId, { [fix.field]: row[fix.field] }, { [fix.field]: fix.value });
        this.corrections++;
      }
    }
    for (let i = 0; i < this.provenanceRows.length; i += 500) await this.trx.insert(provenance).values(this.provenanceRows.slice(i, i + 500));
    // One multi-row insert instead of an audit() call per record keeps a large pack fast; same rows as audit() writes.
    for (let i = 0; i < this.auditRows.length; i += 500) await this.trx.insert(auditEvents).values(this.auditRows.slice(i, i + 500));
  }
}

/** The first council in the database, or a placeholder "Imported council" when there is none. */
export async function ensureBody(ex: Db | Tx, actor: Actor): Promise<number> {
  const [b] = await ex.select({ id: bodies.id }).from(bodies).where(isNull(bodies.deletedAt)).orderBy(asc(bodies.id)).limit(1);
  if (b) return b.id;
  const slug = await uniqueSlug(ex, bodies, bodies.slug, bodies.id, 'Imported council');
  const [row] = await ex.insert(bodies).values({ name: 'Imported council', slug }).returning();
  await audit(ex, actor, 'body.create', 'body', row!.id, null, row);
  return row!.id;
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
      .values({ bodyId, fileName: name, sha256, format: extracted.source.format, byteSize: bytes.length, sourceText: lineText, packKey, extracted, warnings, importedBy: actor.label })
      .returning();
    const previous = new Map<string, number>();
    if (prev) {
      const rows = await trx.select().from(provenance).where(eq(provenance.importId, prev.id));
      for (const r of rows) previous.set(`${r.subjectType}|${r.sourceKey}`, r.subjectId);
    }
    const w = new PackWriter(trx, actor, bodyId, imp!.id, previous, extracted.source.format === 'pdf' ? pagesOfLines(lineText) : null);
    const extraWarnings = await loadRecords(w, extracted, searchLines(lineText), lineText.split('\n').length);
    await w.finish();
    if (w.keptLegalRecords.size > 0) {
      extraWarnings.push({ line: null, code: 'approved-minutes-kept', message: `${w.keptLegalRecords.size} record(s) of approved minutes differ in this version of the pack and were kept as approved; make a correction in the officer area if the approved minutes are wrong` });
    }
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
    await trx.update(imports).set({ warnings: allWarnings, summary: { ...w.records, created: w.created, updated: w.updated, deleted: w.deleted } }).where(eq(imports.id, imp!.id));
    if (prev) await trx.update(imports).set({ supersededById: imp!.id, updatedAt: new Date() }).where(eq(imports.id, prev.id));
    await audit(trx, actor, prev ? 'import.update' : 'import.create', 'import', imp!.id, prev ? { supersedes: prev.id } : null, summary);
    return summary;
  });
}

function unchangedSummary(row: typeof imports.$inferSelect): ImportSummary {
  const { created: _c, updated: _u, deleted: _d, ...records } = row.summary;
  return { status: 'unchanged', importId: row.id, fileName: row.fileName, sha256: row.sha256, packKey: row.packKey, records, created: 0, updated: 0, deleted: 0, corrections: 0, warnings: row.warnings.length };
}

async function meetingOn(trx: Tx, organisationId: number, date: string): Promise<number | undefined> {
  const [m] = await trx
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.organisationId, organisationId), isNull(meetings.deletedAt), gte(meetings.startAt, fromLondonLocal(`${date}T00:00`)), lt(meetings.startAt, fromLondonLocal(`${addDays(date, 1)}T00:00`))))
    .orderBy(asc(meetings.id))
    .limit(1);
  return m?.id;
}

const statusRank = ['scheduled', 'agenda-published', 'held', 'minutes-draft', 'minutes-approved'];
/** A status that never moves a meeting backwards (cancelled and postponed stay). */
const advance = (existing: unknown, wanted: string): string => {
  const e = typeof existing === 'string' ? existing : undefined;
  if (!e) return wanted;
  if (!statusRank.includes(e)) return e;
  return statusRank.indexOf(e) >= statusRank.indexOf(wanted) ? e : wanted;
};

/**
 * Where each record sits in the source: the extractor's `lines` when it gives them, otherwise found by
 * its distinctive text, each range clipped at the start of the next record or section.
 */
function planRanges(x: ExtractResult, src: SearchLines, lineCount: number) {
  const m = x.meeting;
  const agenda = m ? rangesInOrder(src, m.agenda.map((a) => [`${a.number} ${a.title}`, a.title]), 1, lineCount, 6) : [];
  const agendaEnd = Math.max(1, ...agenda.map((r) => r?.to ?? 1));
  let cursor = agendaEnd;
  const minutes = x.minutes.map((set) => {
    const r = rangesInOrder(src, set.items.map((it) => [it.minute && `${it.minute} ${it.title}`, it.title]), cursor, lineCount, 400);
    cursor = Math.max(cursor, ...r.map((x) => (x ? x.from + 1 : cursor)));
    return r;
  });
  const reports = rangesInOrder(src, x.reports.map((r) => [r.title]), cursor, lineCount, 100000);
  const forwardPlan = rangesInOrder(src, x.forwardPlan.map((f) => [f.ref]), agendaEnd, lineCount, 40);
  const wpStart = x.workProgramme.length ? (locateLines(src, ['work programme'], agendaEnd)?.from ?? agendaEnd) : agendaEnd;
  const workProgramme = rangesInOrder(src, x.workProgramme.map((r) => [r.item]), wpStart, lineCount, 12);
  const trStart = x.outcomeTracker.length ? (locateLines(src, ['outcome tracker'], agendaEnd)?.from ?? agendaEnd) : agendaEnd;
  const tracker = rangesInOrder(src, x.outcomeTracker.map((r) => [r.item, r.outcome]), trStart, lineCount, 30);
  const actionPlans = x.actionPlans.map((p) => {
    const start = locateLines(src, [p.title], 1);
    return { start, actions: rangesInOrder(src, p.actions.map((a) => [a.action, a.success]), start?.from ?? 1, lineCount, 30) };
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
  const pick = <T,>(records: T[], ranges: (LineRange | null)[]) => ranges.map((r, i) => linesOf(records[i]) ?? clip(r));
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

const titleWords = (t: string) => new Set(t.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter((x) => x.length > 2));

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

/** Writes every record of the extraction; returns warnings of its own (with line numbers). */
async function loadRecords(w: PackWriter, x: ExtractResult, src: SearchLines, lineCount: number) {
  const { trx, bodyId } = w;
  const warnings: { line: number | null; message: string; code: string }[] = [];
  const today = toLondonDate(new Date());
  const plan = planRanges(x, src, lineCount);
  const importedAt = new Date();
  const approvals: { minutesId: number; approvedAtMeetingId: number; approvalNote: string }[] = [];
  /**
   * Records of a council's published pack are published, as they were; a record a clerk has since
   * withdrawn (or that was kept back for review) keeps its state on re-import.
   */
  const published = (e: Row | undefined, keepBack = false) =>
    e?.publication
      ? { publication: e.publication, publishedAt: e.publishedAt ?? null, publishedBy: e.publishedBy ?? null }
      : keepBack
        ? { publication: 'draft' }
        : { publication: 'published', publishedAt: importedAt, publishedBy: w.actor.label };

  const location = async (venue: string | null, place: Place) => {
    if (!venue) return null;
    const [loc] = await trx.select({ id: locations.id }).from(locations).where(and(eq(locations.bodyId, bodyId), isNull(locations.deletedAt), sql`lower(${locations.description}) = lower(${venue})`)).limit(1);
    return w.put('location', w.uniqueKey(`venue:${slugify(venue)}`), place, (e) => (e ? {} : { bodyId, description: venue }), async () => loc?.id);
  };

  // The meeting this pack summons, its members and agenda.
  let packMeeting: { id: number; organisationId: number; date: string } | null = null;
  const agendaIds = new Map<string, { id: number; access: 'public' | 'exempt'; exemptParagraph: number | null; title: string }>();
  const m: ExtractedMeeting | null = x.meeting;
  if (m) {
    const agendaRanges = plan.agenda;
    const meetingLines = linesOf(m) ?? spanOf([locateLines(src, [m.body]), ...agendaRanges]);
    const place: Place = { lines: meetingLines };
    const organisationId = await w.organisation(m.body, place);
    const locationId = await location(m.venue, place);
    const startAt = fromLondonLocal(`${m.date}T${m.time ?? '00:00'}`);
    if (!m.time) warnings.push({ line: meetingLines?.from ?? null, code: 'meeting-time-unknown', message: `the meeting of ${m.body} on ${m.date} has no start time; midnight is shown` });
    const meetingId = await w.put(
      'meeting',
      'meeting',
      place,
      (e) => ({ bodyId, organisationId, startAt, locationId: locationId ?? (e?.locationId as number | null) ?? null, issuedBy: m.issuedBy, issuedOn: m.issuedOn, status: advance(e?.status, 'agenda-published') }),
      () => meetingOn(trx, organisationId, m.date),
    );
    packMeeting = { id: meetingId, organisationId, date: m.date };
    for (const member of m.members) {
      const mPlace: Place = { lines: locateLines(src, [member.name], meetingLines?.from ?? 1) };
      const personId = await w.person(member.name, parseName(member.name).councillor ? 'councillor' : 'co-opted', mPlace);
      const [existing] = await trx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.organisationId, organisationId), eq(memberships.personId, personId), isNull(memberships.deletedAt), isNull(memberships.endDate)))
        .limit(1);
      await w.put(
        'membership',
        w.uniqueKey(`member:${slugify(member.name)}`),
        mPlace,
        (e) => (e && !member.role ? {} : { organisationId, personId, role: membershipRole(member.role), roleLabel: member.role }),
        async () => existing?.id,
      );
    }
    let lastTop: number | null = null;
    for (const [i, a] of m.agenda.entries()) {
      const lines = agendaRanges[i] ?? null;
      const near = lines ? src.normalised.slice(lines.from - 1, lines.to + 1).join(' ') : '';
      const access: 'public' | 'exempt' = a.exempt === true ? 'exempt' : 'public';
      let exemptParagraph: number | null = null;
      if (a.exempt) {
        exemptParagraph = paragraphOf(a.note, a.title, near);
        if (exemptParagraph === null) {
          // Fail closed: exempt with the paragraph not stated, so its papers and minutes stay private too.
          warnings.push({ line: lines?.from ?? null, code: 'exempt-paragraph-unknown', message: `agenda item ${a.number} is exempt but names no paragraph of Schedule 12A; it is kept exempt ("paragraph not stated") with its papers and minutes` });
        }
      }
      const parentNumber = /^\d+\.\d+/.test(a.number) ? a.number.split('.')[0]! : /^[a-z]\)$/i.test(a.number) ? null : undefined;
      const parentId = parentNumber ? (agendaIds.get(parentNumber)?.id ?? null) : parentNumber === null ? lastTop : null;
      const id = await w.put('agenda_item', w.uniqueKey(`agenda:${a.number}`), { lines, pages: a.pages }, (e) => ({
        meetingId,
        parentId,
        position: i + 1,
        number: a.number,
        title: a.title,
        instruction: a.note,
        pageFrom: a.pages?.from ?? null,
        pageTo: a.pages?.to ?? null,
        access,
        exemptParagraph,
        ...published(e),
        isStanding: standingItem.test(a.title),
      }));
      agendaIds.set(a.number, { id, access, exemptParagraph, title: a.title });
      if (/^\d+$/.test(a.number)) lastTop = id;
    }
  }

  // Minutes of earlier meetings.
  for (const [setIndex, set] of x.minutes.entries()) {
    const itemRanges = plan.minutes[setIndex]!;
    const setLines = linesOf(set) ?? spanOf(itemRanges);
    const place: Place = { lines: setLines };
    const organisationId = await w.organisation(set.body, place);
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
        status: advance(e?.status, approved ? 'minutes-approved' : 'minutes-draft'),
      }),
      () => meetingOn(trx, organisationId, set.date),
    );
    // New minutes are written as a draft with their items and approved last (approved minutes are a legal record the database keeps unchanged).
    const minutesId = await w.put('minutes', w.uniqueKey(`minutes:${set.date}`), place, (e) =>
      e && e.status !== 'draft'
        ? {}
        : { meetingId, ...published(e), status: 'draft', endedAt: set.endedAt ? `${set.endedAt}:00` : null },
    );
    if (approved) approvals.push({ minutesId, approvedAtMeetingId: packMeeting!.id, approvalNote: `Presented for approval at the meeting of ${packMeeting!.date}` });
    const earlierAgenda = await trx
      .select({ id: agendaItems.id, number: agendaItems.number, access: agendaItems.access, exemptParagraph: agendaItems.exemptParagraph })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meetingId), isNull(agendaItems.deletedAt)));
    const attendance: [string[], 'present' | 'apologies' | 'other-member', string | null][] = [
      [set.present, 'present', null],
      [set.apologies, 'apologies', null],
      [set.otherMembersPresent ?? [], 'other-member', null],
      ...(set.otherAttendance ?? []).map((g): [string[], 'present', string] => [g.names, 'present', g.label]),
    ];
    const attendanceRows = [];
    for (const [names, kind, note] of attendance) {
      for (const printed of names) {
        const aPlace: Place = { lines: locateLines(src, [printed], setLines ? Math.max(1, setLines.from - 40) : plan.agendaEnd) };
        const personId = await w.person(printed, parseName(printed).councillor ? 'councillor' : 'co-opted', aPlace);
        attendanceRows.push({ key: w.uniqueKey(`attendance:${set.date}:${kind}:${slugify(printed)}`), place: aPlace, values: { meetingId, personId, printedName: printed, kind, note } });
      }
    }
    await w.putAll('attendance', attendanceRows);
    for (const [i, it] of set.items.entries()) {
      const lines = itemRanges[i] ?? null;
      const agenda = it.agendaItem ? earlierAgenda.find((a) => a.number === it.agendaItem) : undefined;
      if (!it.minute) warnings.push({ line: lines?.from ?? null, code: 'minute-number-missing', message: `a minute titled "${it.title}" has no printed number` });
      const itemKey = w.uniqueKey(`minute:${it.minute || `@${i + 1}`}`);
      const itemId = await w.put('minute_item', itemKey, { lines }, (e) => ({
        minutesId,
        organisationId,
        position: i + 1,
        number: it.minute,
        agendaItemId: agenda?.id ?? null,
        agendaNumber: it.agendaItem,
        title: it.title,
        narrative: it.text || null,
        access: agenda?.access ?? 'public',
        exemptParagraph: agenda?.exemptParagraph ?? null,
        accessInherited: true,
        ...published(e),
      }));
      await w.putAll(
        'resolution',
        it.resolutions.map((text, j) => {
          const rLines = lines ? (locateLines(src, [text], lines.from) ?? lines) : null;
          return {
            key: `${itemKey}:res:${j + 1}`,
            place: { lines: rLines && lines && rLines.from <= lines.to ? rLines : lines },
            values: { minuteItemId: itemId, position: j + 1, number: null, text, delegation: /\bdelegat/i.test(text) ? text : null },
          };
        }),
      );
      for (const [j, d] of (it.declarations ?? []).entries()) {
        if (!d.member) continue;
        const dLines = lines ? (locateLines(src, [d.member], lines.from) ?? lines) : null;
        const personId = await w.person(d.member, parseName(d.member).councillor ? 'councillor' : 'co-opted', { lines: dLines });
        await w.put('declaration', `declaration:${set.date}:${it.minute || i + 1}:${j + 1}`, { lines: dLines }, () => ({
          meetingId,
          agendaItemId: agenda?.id ?? null,
          minuteItemId: itemId,
          personId,
          printedName: d.member,
          interest: d.interest ?? '',
        }));
      }
    }
  }

  for (const a of approvals) {
    await trx
      .update(subjects.minutes.table)
      .set({ status: 'approved', approvedAtMeetingId: a.approvedAtMeetingId, approvalNote: a.approvalNote })
      .where(and(eq(subjects.minutes.table.id, a.minutesId), eq(minutes.status, 'draft')));
  }

  // Reports.
  const reportRanges = plan.reports;
  const reportIds = new Map<string, number>();
  for (const [i, r] of x.reports.entries()) {
    const lines = reportRanges[i] ?? null;
    const agenda = r.agendaItem ? agendaIds.get(r.agendaItem) : undefined;
    // Fail closed: a report whose title does not name the item it was matched to may belong to another item.
    const doubtful = !!agenda && !titlesAgree(r.title, agenda.title);
    if (doubtful) {
      warnings.push({ line: lines?.from ?? null, code: 'report-link-doubtful', message: `the report "${r.title}" was matched to agenda item ${r.agendaItem} ("${agenda!.title}"), whose title differs; it is kept private until a clerk reviews and publishes it` });
    }
    const statedExempt = /\b(exempt|confidential|not for publication)\b/i.test(`${r.kind ?? ''} ${r.title}`);
    const reportAccess = agenda?.access === 'exempt' || statedExempt ? 'exempt' : 'public';
    const key = w.uniqueKey(`report:${slugify(r.title).slice(0, 80)}`);
    const reportId = await w.put('report', key, { lines }, (e) => ({
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
      recommendations: r.recommendations,
      riskLikelihood: r.risk?.likelihood ?? null,
      riskImpact: r.risk?.impact ?? null,
      riskScore: r.risk?.score ?? null,
      priorityLinks: r.priorityLinks,
      sections: r.sections,
      access: reportAccess,
      exemptParagraph: reportAccess === 'exempt' ? (agenda?.exemptParagraph ?? paragraphOf(r.kind, r.title)) : null,
      accessInherited: !!agenda && !statedExempt,
      ...published(e, doubtful),
    }));
    if (r.forwardPlanRef) reportIds.set(r.forwardPlanRef, reportId);
    await w.putAll(
      'report_sign_off',
      r.signOffs.map((s, j) => {
        const sLines = lines ? (locateLines(src, [s.name && `${s.role} ${s.name}`, s.name, s.role], lines.from) ?? lines) : null;
        return {
          key: `${key}:signoff:${j + 1}`,
          place: { lines: sLines && lines && sLines.from <= lines.to ? sLines : lines },
          values: { reportId, position: j + 1, role: s.role, name: s.name, signedOn: s.date, dateText: s.dateText },
        };
      }),
    );
  }
  for (const [ref, reportId] of reportIds) {
    const linked = await trx
      .update(forwardPlanEntries)
      .set({ reportId, updatedAt: new Date() })
      .where(and(eq(forwardPlanEntries.bodyId, bodyId), eq(forwardPlanEntries.ref, ref), isNull(forwardPlanEntries.reportId), isNull(forwardPlanEntries.deletedAt)))
      .returning({ id: forwardPlanEntries.id });
    for (const l of linked) await audit(trx, w.actor, 'import.link', 'forward_plan_entry', l.id, { reportId: null }, { reportId });
  }

  // Forward Plan: one entry per reference across the council.
  const fpRanges = plan.forwardPlan;
  for (const [i, f] of x.forwardPlan.entries()) {
    const [existing] = await trx
      .select({ id: forwardPlanEntries.id })
      .from(forwardPlanEntries)
      .where(and(eq(forwardPlanEntries.bodyId, bodyId), eq(forwardPlanEntries.ref, f.ref), isNull(forwardPlanEntries.deletedAt)))
      .limit(1);
    const [report] = await trx.select({ id: reports.id }).from(reports).where(and(eq(reports.bodyId, bodyId), eq(reports.forwardPlanRef, f.ref), isNull(reports.deletedAt))).limit(1);
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
      }),
      async () => existing?.id,
    );
  }

  // Scrutiny work programme and outcome tracker.
  const packOrg = packMeeting?.organisationId ?? null;
  const wpRanges = plan.workProgramme;
  const perDate = new Map<string, number>();
  const wpRows = [];
  for (const [i, r] of x.workProgramme.entries()) {
    const lines = wpRanges[i] ?? null;
    const organisationId = r.body ? await w.organisation(r.body, { lines }) : packOrg;
    const date = r.meetingDate ?? 'undated';
    perDate.set(date, (perDate.get(date) ?? 0) + 1);
    wpRows.push({ key: w.uniqueKey(`wp:${date}:${perDate.get(date)}`), place: { lines }, values: { bodyId, organisationId, bodyName: r.body ?? null, meetingDate: r.meetingDate, item: r.item, leads: r.leads ?? [], access: 'public', ...published(undefined) } });
  }
  await w.putAll('work_programme_item', wpRows);
  const trRanges = plan.tracker;
  await w.putAll(
    'tracker_outcome',
    x.outcomeTracker.map((r, i) => ({
      key: w.uniqueKey(`tracker:${i + 1}`),
      place: { lines: trRanges[i] ?? null },
      values: { bodyId, organisationId: packOrg, meetingDate: r.meetingDate, item: r.item, link: r.link ?? null, owner: r.owner, outcome: r.outcome, statusText: r.status, access: 'public', ...published(undefined) },
    })),
  );

  // Action plans and their actions, with parent links.
  for (const [planIndex, actionPlan] of x.actionPlans.entries()) {
    const { plan: planLines, actions: actionRanges } = plan.actionPlans[planIndex]!;
    const planKey = slugify(actionPlan.title).slice(0, 80);
    const [byTitle] = await trx.select({ id: actionPlans.id }).from(actionPlans).where(and(eq(actionPlans.bodyId, bodyId), eq(actionPlans.title, actionPlan.title), isNull(actionPlans.deletedAt))).limit(1);
    const slug = await uniqueSlug(trx, actionPlans, actionPlans.slug, actionPlans.id, actionPlan.title, byTitle?.id);
    const planId = await w.put('action_plan', w.uniqueKey(`plan:${planKey}`), { lines: planLines }, (e) => ({ bodyId, title: actionPlan.title, slug: (e?.slug as string) ?? slug, access: 'public', ...published(e) }), async () => byTitle?.id);
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
    for (const o of orphans) {
      const parentId = ids.get(o.parent);
      if (parentId) await trx.update(subjects.plan_action.table).set({ parentId }).where(eq(subjects.plan_action.table.id, o.id));
      else warnings.push({ line: null, code: 'action-parent-missing', message: `action ${o.parent} is named as a parent but is not in the plan` });
    }
  }
  return warnings;
}
