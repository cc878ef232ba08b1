/** A printed name taken apart: honorific, given names (or initials), family name. */
export type ParsedName = { honorific: string | null; given: string[]; family: string | null; councillor: boolean };

/** A person the matcher may link a printed name to. */
export type KnownPerson = { id: number; printedName: string; givenName: string | null; familyName: string | null; kind: string };

const honorifics = /^(cllr|councillor|county councillor|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd|lord|lady)\.?$/i;

/**
 * Parses a printed name, dropping a trailing job title after a comma and bracketed notes.
 * @example parseName('Cllr F Nicholson') // { honorific: 'Cllr', given: ['F'], family: 'Nicholson', councillor: true }
 */
export function parseName(printed: string): ParsedName {
  const core = printed.split(',')[0]!.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
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
