import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../db/audit.ts';
import type { Tx } from '../../db/connect.ts';
import { AppError } from '../../lib/errors.ts';
import { importCorrections, provenance } from '../../db/schema.ts';
import { sameValue, type Row } from '../../modules/records/index.ts';
import type { AccessChoice } from '../../modules/visibility/index.ts';
import type { LineRange } from './locate-lines.ts';
import { subjects, type SubjectType, type SubjectWrite } from './subjects.ts';

/** A printed page range of the pack. */
export type Pages = { from: number; to: number } | null;

/** Where a record sits in the pack: its source lines and printed pages. */
export type Place = { lines: LineRange | null; pages?: Pages };

/** A warning the loader adds to the extractor's, with its source line. */
export type LoadWarning = { line: number | null; message: string; code: string } & Record<string, unknown>;

/** One record the loader wants written: its key within the pack, where it came from, and its columns given the record it updates. */
export type PackEntry = {
  key: string;
  place: Place;
  values: (existing: Row | undefined) => Row;
  /** A record outside the pack's earlier versions that this one is (the same meeting, person, plan). */
  find?: () => Promise<number | undefined>;
  /** For records that inherit access from their agenda item or minute. */
  access?: AccessChoice;
};

const describe = (type: SubjectType, row: Row | undefined): string => {
  const name = ['number', 'title', 'text', 'printedName', 'interest'].map((k) => row?.[k]).find((v) => typeof v === 'string' && v);
  return `${subjects[type].label.toLowerCase()}${name ? ` "${String(name).slice(0, 80)}"` : ''}`;
};

/**
 * The pack's records written in one transaction through the domain commands, matched to what an
 * earlier version of the pack produced: provenance for every record, officer corrections kept, and
 * legal records (approved minutes, published decisions) left as they are with a warning when a
 * corrected pack differs from them.
 */
export class PackWriter {
  readonly records: Record<string, number> = {};
  created = 0;
  updated = 0;
  deleted = 0;
  corrections = 0;
  readonly now = new Date();
  private readonly seen = new Set<string>();
  private readonly keys = new Map<string, number>();
  private readonly provenanceRows: (typeof provenance.$inferInsert)[] = [];

  constructor(
    readonly trx: Tx,
    readonly actor: Actor,
    readonly bodyId: number,
    readonly importId: number,
    private readonly previous: Map<string, number>,
    private readonly pageOfLine: number[] | null,
    readonly warnings: LoadWarning[],
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

  /** Records where a record written by a domain command came from (provenance), and counts it. */
  record(type: SubjectType, key: string, place: Place, id: number, outcome: 'created' | 'updated' | 'unchanged' = 'unchanged'): void {
    if (outcome === 'created') this.created++;
    if (outcome === 'updated') this.updated++;
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
  }

  /**
   * Writes records of one kind through the domain's command: each is the row this pack's earlier
   * version produced under its key, else the row `find` returns, else new. An officer's correction
   * wins over the pack's text. A legal record the pack would change is kept, with a warning.
   */
  async putAll(type: SubjectType, entries: PackEntry[]): Promise<number[]> {
    if (entries.length === 0) return [];
    const spec = subjects[type];
    const ids: (number | undefined)[] = [];
    const earlier = entries.map((e) => this.previous.get(`${type}|${e.key}`));
    const wanted = [...new Set(earlier.filter((id): id is number => id !== undefined))];
    const existing = new Map<number, Row>();
    if (wanted.length) for (const r of (await this.trx.select().from(spec.table).where(inArray(spec.table.id, wanted))) as Row[]) existing.set(r.id as number, r);
    for (const [i, e] of entries.entries()) {
      let id = earlier[i];
      // A shared record an officer has since removed (a person merged into another) is not brought back: find its successor.
      if (id !== undefined && !spec.owned && existing.get(id)?.deletedAt) id = undefined;
      if (id === undefined && e.find) id = await e.find();
      ids.push(id);
    }
    const found = [...new Set(ids.filter((id): id is number => id !== undefined && !existing.has(id)))];
    if (found.length) for (const r of (await this.trx.select().from(spec.table).where(inArray(spec.table.id, found))) as Row[]) existing.set(r.id as number, r);
    const known = [...new Set(ids.filter((id): id is number => id !== undefined))];
    const fixes = new Map<number, { field: string; value: unknown }[]>();
    if (known.length && Object.keys(spec.correctable).length) {
      const rows = await this.trx
        .select()
        .from(importCorrections)
        .where(and(eq(importCorrections.subjectType, type), inArray(importCorrections.subjectId, known), isNull(importCorrections.deletedAt)));
      for (const f of rows) fixes.set(f.subjectId, [...(fixes.get(f.subjectId) ?? []), f]);
    }
    const writes: SubjectWrite[] = entries.map((e, i) => {
      const id = ids[i];
      const before = id !== undefined ? existing.get(id) : undefined;
      const values = e.values(before);
      if (!before) return { values, access: e.access };
      // An officer's correction wins over the pack's text, so a re-import does not flip the field back and forth.
      for (const fix of fixes.get(id!) ?? []) if (Object.hasOwn(spec.correctable, fix.field) && fix.field in values) values[fix.field] = fix.value;
      if (before.deletedAt) values.deletedAt = null;
      return { id, values, access: e.access };
    });
    const kept = new Set<number>();
    let result = await spec.save(this.trx, this.actor, writes, { now: this.now, allowUnstated: true });
    if (!result.ok) {
      const other = result.errors.filter((e) => e.code !== 'locked');
      if (other.length) throw new AppError('validation_failed', `The pack's ${describe(type, writes[other[0]!.row]?.values)} cannot be stored: ${other[0]!.message}`, other);
      for (const e of result.errors) kept.add(e.row);
      for (const i of kept) {
        const before = existing.get(ids[i]!);
        this.warnings.push({
          line: entries[i]!.place.lines?.from ?? null,
          code: 'legal-record-kept',
          message: `the ${describe(type, before)} belongs to approved minutes or a published decision, a legal record; the pack's different text was not applied (a correction is a new version)`,
        });
      }
      result = await spec.save(
        this.trx,
        this.actor,
        writes.filter((_w, i) => !kept.has(i)),
        { now: this.now, allowUnstated: true },
      );
      if (!result.ok) throw new AppError('validation_failed', result.errors[0]!.message, result.errors);
    }
    const out: number[] = [];
    let n = 0;
    for (const [i, e] of entries.entries()) {
      if (kept.has(i)) {
        out.push(ids[i]!);
        this.record(type, e.key, e.place, ids[i]!);
        continue;
      }
      const id = result.value.ids[n]!;
      this.record(type, e.key, e.place, id, result.value.outcomes[n]);
      out.push(id);
      n++;
    }
    return out;
  }

  /** Like putAll() for one record. */
  async put(
    type: SubjectType,
    key: string,
    place: Place,
    values: (existing: Row | undefined) => Row,
    find?: () => Promise<number | undefined>,
    access?: AccessChoice,
  ): Promise<number> {
    const [id] = await this.putAll(type, [{ key, place, values, find, access }]);
    return id!;
  }

  /** Removes (soft-deletes) what the earlier version produced and this one did not; re-applies officer corrections; writes provenance. */
  async finish(): Promise<void> {
    const gone = new Map<SubjectType, number[]>();
    for (const [k, id] of this.previous) {
      const type = k.split('|')[0] as SubjectType;
      if (!subjects[type]?.owned || this.seen.has(`${type}|${id}`)) continue;
      this.seen.add(`${type}|${id}`);
      gone.set(type, [...(gone.get(type) ?? []), id]);
    }
    for (const [type, ids] of gone) {
      const spec = subjects[type];
      const live = (await this.trx
        .select({ id: spec.table.id })
        .from(spec.table)
        .where(and(inArray(spec.table.id, ids), isNull(spec.table.deletedAt)))) as { id: number }[];
      for (const { id } of live) {
        const r = await spec.save(this.trx, this.actor, [{ id, values: { deletedAt: this.now } }], { now: this.now, allowUnstated: true });
        if (r.ok) this.deleted++;
        else if (r.errors.every((e) => e.code === 'locked')) {
          const [row] = (await this.trx.select().from(spec.table).where(eq(spec.table.id, id))) as Row[];
          this.warnings.push({
            line: null,
            code: 'legal-record-kept',
            message: `the ${describe(type, row)} is no longer in the pack but belongs to approved minutes or a published decision, a legal record, so it was kept`,
          });
        } else throw new AppError('validation_failed', r.errors[0]!.message, r.errors);
      }
    }
    const byType = new Map<SubjectType, number[]>();
    for (const s of this.seen) {
      const [type, id] = s.split('|') as [SubjectType, string];
      byType.set(type, [...(byType.get(type) ?? []), Number(id)]);
    }
    for (const [type, ids] of byType) {
      const spec = subjects[type];
      if (Object.keys(spec.correctable).length === 0) continue;
      const fixes = await this.trx
        .select()
        .from(importCorrections)
        .where(and(eq(importCorrections.subjectType, type), inArray(importCorrections.subjectId, ids), isNull(importCorrections.deletedAt)));
      for (const fix of fixes) {
        if (!Object.hasOwn(spec.correctable, fix.field)) continue;
        const [row] = (await this.trx.select().from(spec.table).where(eq(spec.table.id, fix.subjectId))) as Row[];
        if (!row || sameValue(row[fix.field], fix.value)) continue;
        const r = await spec.save(this.trx, this.actor, [{ id: fix.subjectId, values: { [fix.field]: fix.value } }], { now: this.now, allowUnstated: true });
        if (r.ok) this.corrections++;
      }
    }
    for (let i = 0; i < this.provenanceRows.length; i += 500) await this.trx.insert(provenance).values(this.provenanceRows.slice(i, i + 500));
  }
}
