import { createHash } from 'node:crypto';
import type { Db } from '../src/db/connect.ts';
import { bodies } from '../src/modules/bodies/bodies.table.ts';
import { organisations } from '../src/modules/organisations/organisations.table.ts';
import { memberships, people } from '../src/modules/people/people.table.ts';
import { agendaItems, locations, meetings } from '../src/modules/meetings/meetings.table.ts';
import { documents, storedFiles } from '../src/modules/documents/documents.table.ts';
import { addUser } from '../src/modules/accounts/index.ts';
import type { Role } from '../src/modules/accounts/accounts.table.ts';

/** A small fictional council for route tests: one committee, two members, a meeting with a public and an exempt item and documents. */
export async function makeCouncil(db: Db) {
  const [body] = await db.insert(bodies).values({ name: 'Testshire District Council', slug: 'testshire' }).returning();
  const [org] = await db
    .insert(organisations)
    .values({ bodyId: body!.id, name: 'Roads and Rivers Committee', slug: 'roads-and-rivers', kind: 'committee', purpose: 'Looks after bridges and flood defences.' })
    .returning();
  const [chair, officer] = await db
    .insert(people)
    .values([
      { bodyId: body!.id, slug: 'ada-brook', kind: 'councillor', printedName: 'Cllr Ada Brook', honorific: 'Cllr', givenName: 'Ada', familyName: 'Brook', division: 'Millford', party: 'Independent' },
      { bodyId: body!.id, slug: 'tom-brook', kind: 'officer', printedName: 'Tom Brook', givenName: 'Tom', familyName: 'Brook', jobTitle: 'Head of Highways' },
    ])
    .returning();
  await db.insert(memberships).values({ organisationId: org!.id, personId: chair!.id, role: 'chair' });
  const [loc] = await db.insert(locations).values({ bodyId: body!.id, description: 'Guildhall', room: 'Room 2' }).returning();
  const [meeting] = await db
    .insert(meetings)
    .values({ bodyId: body!.id, organisationId: org!.id, startAt: new Date('2030-03-04T10:00:00Z'), locationId: loc!.id, status: 'agenda-published', contactPersonId: officer!.id })
    .returning();
  const [pub, exempt] = await db
    .insert(agendaItems)
    .values([
      { meetingId: meeting!.id, position: 1, number: '1', title: 'Bridge maintenance programme', instruction: 'To consider the report', pageFrom: 3, pageTo: 12 },
      { meetingId: meeting!.id, position: 2, number: '2', title: 'Purchase of riverside land', isPublic: false, exemptParagraph: 3, publicInterestReason: 'Commercial negotiations are ongoing', instruction: 'Secret instruction text' },
    ])
    .returning();
  const store = async (text: string) => {
    const bytes = Buffer.from(text);
    const sha = createHash('sha256').update(bytes).digest('hex');
    await db.insert(storedFiles).values({ key: `documents/${sha}`, bytes }).onConflictDoNothing();
    return { sha, size: bytes.length, key: `documents/${sha}` };
  };
  const a = await store('PUBLIC REPORT BYTES about bridges');
  const b = await store('EXEMPT APPENDIX BYTES with the land price');
  const [pubDoc, exemptDoc] = await db
    .insert(documents)
    .values([
      { bodyId: body!.id, meetingId: meeting!.id, agendaItemId: pub!.id, title: 'Bridge report', kind: 'report', fileName: 'bridges.txt', mimeType: 'text/plain', byteSize: a.size, sha256: a.sha, storageKey: a.key, publishedAt: new Date('2030-02-20T09:00:00Z') },
      { bodyId: body!.id, meetingId: meeting!.id, agendaItemId: exempt!.id, title: 'Valuation of Plot Zeta', kind: 'appendix', fileName: 'plot-zeta.txt', mimeType: 'text/plain', byteSize: b.size, sha256: b.sha, storageKey: b.key, isPublic: false, exemptParagraph: 3 },
    ])
    .returning();
  return { body: body!, org: org!, chair: chair!, officer: officer!, meeting: meeting!, pub: pub!, exempt: exempt!, pubDoc: pubDoc!, exemptDoc: exemptDoc!, location: loc! };
}

/** Adds a user of a role with password "correct horse battery". */
export async function makeUser(db: Db, role: Role, email = `${role}@test.example`) {
  const r = await addUser(db, { userId: null, label: 'test' }, { email, role, displayName: role, password: 'correct horse battery' });
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return { id: r.value.id, email, password: 'correct horse battery' };
}
