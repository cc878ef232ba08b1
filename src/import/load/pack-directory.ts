import { and, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import { uniqueSlug } from '../../db/slug.ts';
import { addDays, fromLondonLocal } from '../../lib/dates.ts';
import { slugify } from '../../lib/validation.ts';
import { attendances, meetings, memberships, organisations, people, type organisationKinds } from '../../db/schema.ts';
import type { PackWriter, Place } from './pack-writer.ts';
import { parseName, resolvePerson, type KnownPerson } from './person-match.ts';

type OrgKind = (typeof organisationKinds)[number];

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

/** An organisation's name compared without case or punctuation. */
export const orgKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Where a printed name was seen: the organisation and the meeting's date, which tell apart people of one family name. */
export type SeenAt = { organisationId: number; date: string };

type Known = KnownPerson & { slug?: string };

/**
 * The council's organisations and people as a pack refers to them: matched once per pack from an
 * in-memory list, created through the domain commands when new. People are linked only when nothing
 * contradicts it; a printed name that might be one of several people becomes a new person and is
 * listed (with who it might be) on the import review page.
 */
export class PackDirectory {
  private orgCache: { id: number; key: string }[] | null = null;
  private readonly orgIds = new Map<string, number>();
  private readonly personIds = new Map<string, number>();
  private peopleCache: Known[] | null = null;
  private readonly committees = new Map<string, Set<number>>();

  constructor(private readonly w: PackWriter) {}

  /** The organisation named (case and punctuation ignored), created with a guessed kind when missing. */
  async organisation(name: string, place: Place): Promise<number> {
    const { trx, bodyId } = this.w;
    this.orgCache ??= (
      await trx
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(and(eq(organisations.bodyId, bodyId), isNull(organisations.deletedAt)))
    ).map((o) => ({
      id: o.id,
      key: orgKey(o.name),
    }));
    const key = orgKey(name);
    const done = this.orgIds.get(key);
    if (done !== undefined) return done;
    const known = this.orgCache.find((o) => o.key === key);
    const slug = known ? '' : await uniqueSlug(trx, organisations, organisations.slug, organisations.id, name);
    const id = await this.w.put(
      'organisation',
      this.w.uniqueKey(`org:${slugify(key)}`),
      place,
      (e) => (e ? {} : { bodyId, name: name.trim(), slug, kind: organisationKind(name) }),
      async () => known?.id,
    );
    if (!known) this.orgCache.push({ id, key });
    this.orgIds.set(key, id);
    return id;
  }

  /** People on the organisation at that date: members then, or anyone recorded at its meeting that day. */
  private async onCommittee(at: SeenAt): Promise<Set<number>> {
    const key = `${at.organisationId}|${at.date}`;
    const cached = this.committees.get(key);
    if (cached) return cached;
    const { trx } = this.w;
    const members = await trx
      .select({ personId: memberships.personId })
      .from(memberships)
      .where(
        and(
          eq(memberships.organisationId, at.organisationId),
          isNull(memberships.deletedAt),
          or(isNull(memberships.startDate), sql`${memberships.startDate} <= ${at.date}`),
          or(isNull(memberships.endDate), sql`${memberships.endDate} >= ${at.date}`),
        ),
      );
    const attended = await trx
      .select({ personId: attendances.personId })
      .from(attendances)
      .innerJoin(meetings, eq(meetings.id, attendances.meetingId))
      .where(
        and(
          eq(meetings.organisationId, at.organisationId),
          isNull(attendances.deletedAt),
          gte(meetings.startAt, fromLondonLocal(`${at.date}T00:00`)),
          lt(meetings.startAt, fromLondonLocal(`${addDays(at.date, 1)}T00:00`)),
        ),
      );
    const set = new Set([...members, ...attended].map((r) => r.personId).filter((x): x is number => x !== null));
    this.committees.set(key, set);
    return set;
  }

  /**
   * The person a printed name links to, or a new person. "Cllr Coles" is the one Coles in the council
   * (or on the committee at `at`); two people of one family name with different given names are
   * never one person. An officer is only ever linked to an officer, and a member never to an officer: an
   * officer "A Bell" and Councillor Alan Bell are two people. `jobTitle` is kept on a new officer.
   */
  async person(printed: string, kind: 'councillor' | 'officer' | 'co-opted', place: Place, at?: SeenAt, jobTitle?: string | null): Promise<number> {
    const { trx, bodyId } = this.w;
    this.peopleCache ??= await trx
      .select({ id: people.id, printedName: people.printedName, givenName: people.givenName, familyName: people.familyName, kind: people.kind, slug: people.slug })
      .from(people)
      .where(and(eq(people.bodyId, bodyId), isNull(people.deletedAt)));
    const done = this.personIds.get(printed);
    if (done !== undefined) return done;
    const committee = at ? await this.onCommittee(at) : new Set<number>();
    const officer = kind === 'officer';
    const known = this.peopleCache.filter((p) => (p.kind === 'officer') === officer);
    const { person: match, candidates } = resolvePerson(printed, known, { onCommittee: (p) => committee.has(p.id) });
    const parsed = parseName(printed);
    const printedName = printed
      .replace(/\s*\([^)]*\)\s*/g, ' ')
      .replace(/^(and|&)\s+/i, '')
      .trim();
    const personKind = parsed.councillor ? 'councillor' : kind;
    const given = parsed.given.join(' ');
    const slug = match ? '' : await uniqueSlug(trx, people, people.slug, people.id, printedName.replace(/^(cllr|councillor)\s+/i, ''));
    const id = await this.w.put(
      'person',
      this.w.uniqueKey(`person:${slugify(printedName)}`),
      place,
      (e) => {
        if (!e)
          return {
            bodyId,
            slug,
            kind: personKind,
            printedName,
            honorific: parsed.honorific,
            givenName: given.length > 1 && !/^[A-Z]( [A-Z])*$/.test(given) ? given : null,
            familyName: parsed.family,
            ...(officer && jobTitle ? { jobTitle } : {}),
          };
        // A person first printed without a given name ("Cllr Coles") takes the fuller name when the pack prints one.
        return parsed.given.length > 0 && parseName(String(e.printedName)).given.length === 0 ? { printedName } : {};
      },
      async () => match?.id,
    );
    if (!match) {
      this.peopleCache.push({ id, printedName, givenName: null, familyName: parsed.family, kind: personKind });
      const others = candidates.filter((c) => c.id !== id);
      if (others.length) {
        this.w.warnings.push({
          line: place.lines?.from ?? null,
          code: 'person-ambiguous',
          message: `"${printedName}" might be ${others.map((c) => c.printedName).join(' or ')}; kept as a separate person until an officer merges them`,
          personId: id,
          candidateIds: others.map((c) => c.id),
        });
      }
    } else if (parsed.given.length && parseName(match.printedName).given.length === 0) {
      match.printedName = printedName;
    }
    this.personIds.set(printed, id);
    return id;
  }
}
