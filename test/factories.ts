import { createHash } from 'node:crypto';
import type { Db } from '../src/db/connect.ts';
import { agendaItems, bodies, documents, locations, meetings, memberships, organisations, people, storedFiles } from '../src/db/schema.ts';
import { addUser } from '../src/modules/accounts/index.ts';
import type { Role } from '../src/modules/accounts/index.ts';

const publishedAt = new Date('2030-02-20T09:00:00Z');
const published = { publication: 'published' as const, publishedAt, publishedBy: 'clerk@test.example' };

/**
 * A small fictional council for route tests: one committee, two members, a future meeting whose agenda
 * is published, with a public and an exempt item and a paper under each (the exempt one inherits).
 */
export async function makeCouncil(db: Db) {
  const [body] = await db.insert(bodies).values({ name: 'Testshire District Council', slug: 'testshire' }).returning();
  const [org] = await db
    .insert(organisations)
    .values({ bodyId: body!.id, name: 'Roads and Rivers Committee', slug: 'roads-and-rivers', kind: 'committee', purpose: 'Looks after bridges and flood defences.' })
    .returning();
  const [chair, officer] = await db
    .insert(people)
    .values([
      {
        bodyId: body!.id,
        slug: 'ada-brook',
        kind: 'councillor',
        printedName: 'Cllr Ada Brook',
        honorific: 'Cllr',
        givenName: 'Ada',
        familyName: 'Brook',
        division: 'Millford',
        party: 'Independent',
      },
      { bodyId: body!.id, slug: 'tom-brook', kind: 'officer', printedName: 'Tom Brook', givenName: 'Tom', familyName: 'Brook', jobTitle: 'Head of Highways' },
    ])
    .returning();
  await db.insert(memberships).values({ organisationId: org!.id, personId: chair!.id, role: 'chair' });
  const [loc] = await db.insert(locations).values({ bodyId: body!.id, description: 'Guildhall', room: 'Room 2' }).returning();
  const [meeting] = await db
    .insert(meetings)
    .values({
      bodyId: body!.id,
      organisationId: org!.id,
      startAt: new Date('2030-03-04T10:00:00Z'),
      locationId: loc!.id,
      status: 'agenda-published',
      agendaPublishedAt: publishedAt,
      contactPersonId: officer!.id,
    })
    .returning();
  const [pub, exempt] = await db
    .insert(agendaItems)
    .values([
      {
        meetingId: meeting!.id,
        position: 1,
        number: '1',
        title: 'Bridge maintenance programme',
        instruction: 'To consider the report',
        pageFrom: 3,
        pageTo: 12,
        access: 'public',
        ...published,
      },
      {
        meetingId: meeting!.id,
        position: 2,
        number: '2',
        title: 'Purchase of riverside land',
        access: 'exempt',
        exemptParagraph: 3,
        publicInterestReason: 'Commercial negotiations are ongoing',
        instruction: 'Secret instruction text',
        ...published,
      },
    ])
    .returning();
  const store = async (text: string) => {
    const bytes = Buffer.from(text);
    const sha = createHash('sha256').update(bytes).digest('hex');
    await db
      .insert(storedFiles)
      .values({ key: `documents/${sha}`, bytes })
      .onConflictDoNothing();
    return { sha, size: bytes.length, key: `documents/${sha}` };
  };
  const a = await store('PUBLIC REPORT BYTES about bridges');
  const b = await store('EXEMPT APPENDIX BYTES with the land price');
  const [pubDoc, exemptDoc] = await db
    .insert(documents)
    .values([
      {
        bodyId: body!.id,
        meetingId: meeting!.id,
        agendaItemId: pub!.id,
        title: 'Bridge report',
        kind: 'report',
        fileName: 'bridges.txt',
        mimeType: 'text/plain',
        byteSize: a.size,
        sha256: a.sha,
        storageKey: a.key,
        access: 'public',
        ...published,
      },
      {
        bodyId: body!.id,
        meetingId: meeting!.id,
        agendaItemId: exempt!.id,
        title: 'Valuation of Plot Zeta',
        kind: 'appendix',
        fileName: 'plot-zeta.txt',
        mimeType: 'text/plain',
        byteSize: b.size,
        sha256: b.sha,
        storageKey: b.key,
        access: 'exempt',
        exemptParagraph: 3,
        ...published,
      },
    ])
    .returning();
  return { body: body!, org: org!, chair: chair!, officer: officer!, meeting: meeting!, pub: pub!, exempt: exempt!, pubDoc: pubDoc!, exemptDoc: exemptDoc!, location: loc! };
}

/** Adds a user of a role with password "correct horse battery", optionally the account of a person (a councillor on a committee). */
export async function makeUser(db: Db, role: Role, email = `${role}@test.example`, personId: number | null = null) {
  const r = await addUser(db, { userId: null, label: 'test' }, { email, role, displayName: role, password: 'correct horse battery', personId });
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return { id: r.value.id, email, password: 'correct horse battery' };
}
