/** A printed name taken apart: honorific, given names (or initials), family name. */
export type ParsedName = { honorific: string | null; given: string[]; family: string | null; councillor: boolean };

/** A person the matcher may link a printed name to. */
export type KnownPerson = { id: number; printedName: string; givenName: string | null; familyName: string | null; kind: string };

const honorifics = /^(cllr|councillor|county councillor|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd|lord|lady|supt|ch|insp|det|sgt|cc|dcc|acc|cmdr|col|maj|capt|lt)\.?$/i;

/**
 * Parses a printed name, dropping a trailing job title after a comma and bracketed notes.
 * @example parseName('Cllr F Nicholson') // { honorific: 'Cllr', given: ['F'], family: 'Nicholson', councillor: true }
 */
export function parseName(printed: string): ParsedName {
  // "and Mark Cooke" is the last name of a printed list, not a given name.
  const core = printed
    .split(',')[0]!
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(and|&)\s+/i, '');
  const words = core.split(' ').filter(Boolean);
  let honorific: string | null = null;
  while (words.length > 1 && honorifics.test(words[0]!)) {
    const w = words.shift()!;
    honorific = honorific ? `${honorific} ${w}` : w;
  }
  if (words.length === 0) return { honorific, given: [], family: null, councillor: !!honorific && /cllr|councillor/i.test(honorific) };
  const family = words.pop()!;
  // "FJ" or "F.J." written as initials run together: split them.
  const given = words.flatMap((w) => {
    const bare = w.replace(/\./g, '');
    return /^[A-Z]{2,3}$/.test(bare) && w === w.toUpperCase() && words.length === 1 ? bare.split('') : bare ? [bare] : [];
  });
  return { honorific, given, family, councillor: !!honorific && /cllr|councillor/i.test(honorific) };
}

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").trim();

/** Whether two lists of given names or initials can be the same person: "F" ~ "Frances", "Jane" ≁ "Mel". */
function givenCompatible(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const x = norm(a[0]!);
  const y = norm(b[0]!);
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return x === y;
}

/** The person's name parts, from the stored columns or else the printed name. */
function partsOf(p: KnownPerson): ParsedName {
  const parsed = parseName(p.printedName);
  return {
    ...parsed,
    given: p.givenName ? p.givenName.split(/\s+/) : parsed.given,
    family: p.familyName ?? parsed.family,
  };
}

/** A key for exact comparison of names without honorifics: "Cllr Jane Lock" and "Jane Lock" agree. */
export function nameKey(parsed: ParsedName): string {
  return [...parsed.given, parsed.family ?? ''].map(norm).join(' ').trim();
}

/**
 * Links a printed name to a known person only when nothing contradicts it: the same name, or the
 * same family name with a compatible given name or initial and no other candidate. A councillor
 * never matches an officer. Returns undefined when a new person should be created.
 * @example matchPerson('M Lock', [jane, mel]) // mel
 */
export function matchPerson<P extends KnownPerson>(printed: string, known: P[]): P | undefined {
  const name = parseName(printed);
  if (!name.family) return undefined;
  const family = norm(name.family);
  const sameFamily = known.filter((p) => {
    const parts = partsOf(p);
    if (!parts.family || norm(parts.family) !== family) return false;
    if (name.councillor && p.kind === 'officer') return false;
    if (parts.councillor && name.honorific && !name.councillor) return false;
    return true;
  });
  const key = nameKey(name);
  const exact = sameFamily.filter((p) => nameKey(partsOf(p)) === key);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return undefined;
  const compatible = sameFamily.filter((p) => givenCompatible(name.given, partsOf(p).given));
  return compatible.length === 1 ? compatible[0] : undefined;
}

/** Whether the known person's kind and honorific allow them to be the printed name: a councillor is never an officer. */
function kindAgrees(name: ParsedName, p: KnownPerson): boolean {
  const parts = partsOf(p);
  if (name.councillor && p.kind === 'officer') return false;
  if (parts.councillor && name.honorific && !name.councillor) return false;
  return true;
}

/** The outcome of resolving a printed name: the person it is, or the people it might be (none when nobody shares the name). */
export type Resolved<P> = { person: P | undefined; candidates: P[] };

/**
 * Resolves a printed name within a council, where "nothing contradicts" may be judged beyond the
 * name itself. First the certain match (`matchPerson`). Otherwise a name without a given name or
 * initial ("Cllr Coles"), or a known person recorded that way, is the one person of that family
 * name whose kind agrees and whose given names do not differ: the only one in the council, or the
 * only one on the committee at the meeting's date (`onCommittee`). Two people with different
 * given names ("Jane Lock", "Mel Lock") are never the same. When it stays ambiguous, `candidates`
 * lists who it might be, so an officer can merge them.
 * @example resolvePerson('Cllr Coles', [sColes]) // { person: sColes, candidates: [sColes] }
 */
export function resolvePerson<P extends KnownPerson>(printed: string, known: P[], opts: { onCommittee?: (p: P) => boolean } = {}): Resolved<P> {
  const certain = matchPerson(printed, known);
  if (certain) return { person: certain, candidates: [certain] };
  const name = parseName(printed);
  if (!name.family) return { person: undefined, candidates: [] };
  const family = norm(name.family);
  const possible = known.filter((p) => {
    const parts = partsOf(p);
    if (!parts.family || norm(parts.family) !== family || !kindAgrees(name, p)) return false;
    return name.given.length === 0 || parts.given.length === 0 || givenCompatible(name.given, parts.given);
  });
  const vague = name.given.length === 0 || possible.some((p) => partsOf(p).given.length === 0);
  if (!vague || possible.length === 0) return { person: undefined, candidates: possible };
  if (possible.length === 1) return { person: possible[0], candidates: possible };
  const onCommittee = opts.onCommittee ? possible.filter(opts.onCommittee) : [];
  return { person: onCommittee.length === 1 ? onCommittee[0] : undefined, candidates: possible };
}

/**
 * Whether two records can be one person, for an officer's merge: the same family name, kinds that
 * agree (a councillor is never an officer), and given names that do not differ ("J" and "Jane" may
 * be one person; "Jane" and "Mel" never are).
 * @example mayBeSamePerson(cllrColes, cllrSColes) // true
 */
export function mayBeSamePerson(a: KnownPerson, b: KnownPerson): boolean {
  const x = partsOf(a);
  const y = partsOf(b);
  if (!x.family || !y.family || norm(x.family) !== norm(y.family)) return false;
  if ((a.kind === 'officer') !== (b.kind === 'officer') && (a.kind === 'councillor' || b.kind === 'councillor')) return false;
  return x.given.length === 0 || y.given.length === 0 || givenCompatible(x.given, y.given);
}
