import type { people } from './people.table.ts';

/** The public view of a person: contact details as published, nothing internal. */
export function presentPerson(p: typeof people.$inferSelect) {
  return {
    id: p.id,
    slug: p.slug,
    url: `/people/${p.slug}`,
    kind: p.kind,
    name: p.printedName,
    honorific: p.honorific,
    givenName: p.givenName,
    familyName: p.familyName,
    jobTitle: p.jobTitle,
    email: p.email,
    phone: p.phone,
    division: p.division,
    party: p.party,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
