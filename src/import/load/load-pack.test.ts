import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/connect.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { agendaItems, attendances, auditEvents, imports, meetings, minuteItems, minutes, people, provenance, reports, resolutions } from '../../db/schema.ts';
import { extractPack, isExtractError } from '../extract/index.ts';
import { correctField } from '../../modules/imports/index.ts';
import { importActor, importPack, officerOf, organisationKind } from './load-pack.ts';

const fixture = readFileSync(new URL('./fixtures/wolds-cabinet.txt', import.meta.url));
const count = async (db: Database['db'], table: PgTable) => Number((await db.select({ n: sql<number>`count(*)` }).from(table))[0]!.n);

/** A database of its own for the describe block it is called in, created before its tests and closed after them. */
function freshDatabase(): () => Database {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());
  return () => database!;
}

describe('importPack on a fictional pack', () => {
  const database = freshDatabase();

  it('creates linked records with provenance in one go', async () => {
    const { db } = database();
    const s = await importPack(db, importActor, fixture, 'wolds-cabinet.txt');
    expect(s.status).toBe('imported');
    expect(s.packKey).toBe('meeting:cabinet:2025-07-09');
    expect(s.records).toMatchObject({ meeting: 2, agenda_item: 5, minutes: 1, minute_item: 3, resolution: 2, report: 2, attendance: 4, declaration: 1 });
    const items = await db.select().from(agendaItems).orderBy(agendaItems.position);
    expect(items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(items[4]).toMatchObject({ access: 'exempt', exemptParagraph: 3, pageFrom: 10, pageTo: 12, publication: 'published' });
    const [exemptReport] = await db.select().from(reports).where(eq(reports.title, 'Sale of the Old Mill Depot'));
    expect(exemptReport).toMatchObject({ access: 'exempt', exemptParagraph: 3, agendaItemId: items[4]!.id });
    const [earlier] = await db.select().from(meetings).where(eq(meetings.status, 'minutes-approved'));
    expect(earlier!.startAt.toISOString()).toBe('2025-06-11T13:00:00.000Z');
    const [set] = await db.select().from(minutes);
    expect(set).toMatchObject({ meetingId: earlier!.id, status: 'approved', endedAt: '15:10:00' });
    const mins = await db.select().from(minuteItems).orderBy(minuteItems.position);
    expect(mins.map((m) => [m.number, m.agendaNumber])).toEqual([
      ['71', '2'],
      ['72', '4'],
      ['73', '6'],
    ]);
    expect((await db.select().from(resolutions)).map((r) => r.text)[0]).toMatch(/forty covered cycle stands/);
    const apologies = await db.select().from(attendances).where(eq(attendances.kind, 'apologies'));
    expect(apologies.map((a) => a.printedName)).toEqual(['Cllr P Lock']);
    // "Cllr P Lock" on the summons and in the minutes is one person; the printed name stays on the record.
    expect((await db.select().from(people).where(eq(people.familyName, 'Lock'))).length).toBe(1);
    const prov = await db.select().from(provenance).where(eq(provenance.importId, s.importId));
    const keys = prov.map((p) => p.sourceKey);
    expect(keys).toEqual(expect.arrayContaining(['meeting', 'agenda:5', 'minutes:2025-06-11', 'minute:72', 'report:market-square-lighting-scheme']));
    expect(prov.find((p) => p.sourceKey === 'minute:72')).toMatchObject({ lineFrom: 44, lineTo: 52 });
    expect(prov.every((p) => p.lineFrom !== null)).toBe(true);
  });

  it('changes nothing when the same bytes are imported again', async () => {
    const { db } = database();
    const before = [await count(db, agendaItems), await count(db, provenance), await count(db, auditEvents), await count(db, imports)];
    const s = await importPack(db, importActor, fixture, 'renamed.txt');
    expect(s.status).toBe('unchanged');
    expect([await count(db, agendaItems), await count(db, provenance), await count(db, auditEvents), await count(db, imports)]).toEqual(before);
  });

  it('updates records from a corrected version, removes vanished ones, keeps officer corrections and never edits approved minutes', async () => {
    const { db } = database();
    const [item1] = await db.select().from(agendaItems).where(eq(agendaItems.number, '1'));
    const [first] = await db.select().from(imports).where(eq(imports.fileName, 'wolds-cabinet.txt'));
    const fixed = await correctField(db, { userId: null, label: 'clerk@test' }, first!.id, 'agenda_item', item1!.id, {
      field: 'title',
      value: 'Apologies for absence and substitutions',
      reason: 'as read out',
    });
    expect(fixed.ok).toBe(true);
    const [m73] = await db.select().from(minuteItems).where(eq(minuteItems.number, '73'));
    const [depot] = await db.select().from(reports).where(eq(reports.title, 'Sale of the Old Mill Depot'));
    const corrected = fixture
      .toString('utf8')
      .replace('Market Square Lighting Scheme (Pages 6 - 9)', 'Market Square Lighting Renewal (Pages 6 - 9)')
      .replace(/73\. Any other business[\s\S]*?There were no items\.\n\n/, '')
      .replace(/Decision Report – Key Decision\n\n9th July 2025\n\nSale of the Old Mill Depot[\s\S]*$/, '');
    const s = await importPack(db, importActor, Buffer.from(corrected), 'wolds-cabinet-v2.txt');
    expect(s.status).toBe('updated');
    expect(s.deleted).toBe(1);
    expect(s.corrections).toBe(0);
    const items = await db.select().from(agendaItems).where(isNull(agendaItems.deletedAt)).orderBy(agendaItems.position);
    expect(items.length).toBe(5);
    expect(items[0]).toMatchObject({ id: item1!.id, title: 'Apologies for absence and substitutions' });
    expect(items[3]!.title).toBe('Market Square Lighting Renewal');
    expect((await db.select().from(reports).where(eq(reports.id, depot!.id)))[0]!.deletedAt).not.toBeNull();
    // Minute 73 is part of approved minutes, a legal record: kept, and the review page says why.
    const [kept] = await db.select().from(minuteItems).where(eq(minuteItems.id, m73!.id));
    expect(kept!.deletedAt).toBeNull();
    const [imp] = await db.select().from(imports).where(eq(imports.id, s.importId));
    expect(imp!.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'legal-record-kept', message: expect.stringContaining('"73"') })]));
    const [old] = await db.select().from(imports).where(eq(imports.fileName, 'wolds-cabinet.txt'));
    expect(old!.supersededById).toBe(s.importId);
    const updates = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'agenda-item.update'), eq(auditEvents.actorLabel, 'import')));
    expect(updates.length).toBe(1);
  });

  it('writes nothing for unusable input', async () => {
    const { db } = database();
    const before = await count(db, imports);
    for (const bad of [
      Buffer.alloc(0),
      Buffer.from([0, 1, 2, 3, 0, 255]),
      Buffer.from([0xc3, 0x28, 0x41]),
      Buffer.from('%PDF-1.7\n1 0 obj\n<< /Encrypt 2 0 R >>'),
      Buffer.from('just a shopping list\nmilk\neggs\n'),
    ]) {
      await expect(importPack(db, importActor, bad, 'bad.txt')).rejects.toSatisfy(isExtractError);
    }
    expect(await count(db, imports)).toBe(before);
  });

  it('records a minutes\u2019 labelled substitutes as substitutes, not as members present', async () => {
    const { db } = database();
    const text = [
      'QUILLERBY DISTRICT COUNCIL',
      '',
      'Minutes of a meeting of the Licensing Committee held on Tuesday 12 March 2024 at 6.00 pm in the Council Chamber, Quillerby',
      '',
      'Present: Councillor A Bellweather (Chair), Councillor C Dunwoody and Councillor E Fairbrass',
      '',
      'Substitutes: Councillor G Hollinrake (for Councillor J Kettleby)',
      '',
      'Apologies: Councillor J Kettleby',
      '',
      '1.   Minutes',
      '',
      '     RESOLVED that the minutes of the meeting held on 12 February 2024 be approved.',
      '',
      'The meeting closed at 6.40 pm.',
      '',
    ].join('\n');
    const s = await importPack(db, importActor, Buffer.from(text), 'quillerby-licensing.txt');
    expect(s.status).toBe('imported');
    const rows = await db
      .select({ name: people.printedName, kind: attendances.kind, substituteFor: attendances.substituteFor })
      .from(attendances)
      .innerJoin(people, eq(people.id, attendances.personId))
      .where(sql`${people.printedName} ~ '(Hollinrake|Kettleby|Dunwoody)'`);
    expect(rows.map((r) => [r.name, r.kind, r.substituteFor]).sort()).toEqual([
      ['Councillor C Dunwoody', 'present', null],
      ['Councillor G Hollinrake', 'substitute', 'Councillor J Kettleby'],
      ['Councillor J Kettleby', 'apologies', null],
    ]);
  });
});

describe('importPack: an issue date still to come', () => {
  const database = freshDatabase();

  it('imports the agenda but does not record it as published on a day that has not come, and says so', async () => {
    const { db } = database();
    const text = [
      'BRACKENMOOR PARISH COUNCIL',
      '',
      'Notice of meeting of the Amenities Committee to be held on Thursday 14 March 2099 at 7.00 pm in the Village Hall',
      '',
      'Date of issue: 6 March 2099',
      '',
      'AGENDA',
      '',
      '1.   Apologies for absence',
      '',
      '2.   Declarations of interest',
      '',
      '3.   Allotment rents for the coming year',
      '',
    ].join('\n');
    const s = await importPack(db, importActor, Buffer.from(text), 'brackenmoor-amenities.txt');
    expect(s.status).toBe('imported');
    const [row] = await db.select().from(imports).where(eq(imports.id, s.importId));
    expect(row!.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/issued on 2099-03-06, a day still to come/));
    const [meeting] = await db.select().from(meetings);
    expect(meeting).toMatchObject({ issuedOn: '2099-03-06', agendaPublishedAt: null });
    expect(await count(db, agendaItems)).toBe(3);
  });
});

describe('importPack: labelled groups beside the attendance', () => {
  const database = freshDatabase();

  it('records groups that attended under their label, and warns of a group whose label is no attendance (a distribution list, a premises)', async () => {
    const { db } = database();
    const text = [
      'MERRIVALE BOROUGH COUNCIL',
      '',
      'Minutes of a meeting of the Licensing Sub-Committee held on Monday 8 April 2024 at 10.00 am in Committee Room 2, Merrivale',
      '',
      'Present: Councillor R Ashdown (Chair), Councillor T Brereton and Councillor V Coldwell',
      '',
      '1.   Application for a premises licence',
      '',
      '     RESOLVED that the licence be granted subject to the conditions set out.',
      '',
      'The meeting closed at 11.20 am.',
      '',
    ].join('\n');
    const bytes = Buffer.from(text);
    const extracted = extractPack(bytes, 'merrivale-licensing.txt');
    extracted.minutes[0]!.otherAttendance = [
      { label: 'Parties present', names: ['Ms K Ormerod (applicant)'] },
      { label: 'Co-opted members', names: ['Mr D Hallam'] },
      { label: 'Also present', names: ['Councillor F Gethin', 'PC J Rowntree (Police Licensing Officer)'] },
      { label: 'Copies to', names: ['Licensing Team', 'Environmental Health'] },
      { label: 'Premises', names: ['The Old Forge, 4 Mill Lane'] },
    ];
    const s = await importPack(db, importActor, bytes, 'merrivale-licensing.txt', { extracted });
    expect(s.status).toBe('imported');
    const rows = await db.select({ printed: attendances.printedName, kind: attendances.kind, note: attendances.note, personId: attendances.personId }).from(attendances);
    // The applicant and the police officer attended without being members: recorded as printed, made no person of
    // the council, and never counted in anyone's attendance; a co-opted member was present; a councillor attended as
    // another member.
    expect(rows.filter((r) => r.note !== null).map(({ personId, ...r }) => ({ ...r, linked: personId !== null }))).toEqual([
      { printed: 'Ms K Ormerod (applicant)', kind: 'also-attending', note: 'Parties present', linked: false },
      { printed: 'Mr D Hallam', kind: 'present', note: 'Co-opted members', linked: true },
      { printed: 'Councillor F Gethin', kind: 'other-member', note: 'Also present', linked: true },
      { printed: 'PC J Rowntree (Police Licensing Officer)', kind: 'also-attending', note: 'Also present', linked: false },
    ]);
    expect((await db.select({ name: people.printedName }).from(people)).map((p) => p.name).filter((n) => /ormerod|rowntree/i.test(n))).toEqual([]);
    expect(rows.some((r) => /licensing team|old forge|environmental/i.test(r.printed))).toBe(false);
    const [row] = await db.select().from(imports).where(eq(imports.id, s.importId));
    expect(row!.warnings.map((w) => w.message).filter((m) => m.includes('does not read as attendance'))).toEqual([
      'the minutes of 2024-04-08 list 2 under "Copies to", which does not read as attendance; they were not recorded as attending',
      'the minutes of 2024-04-08 list 1 under "Premises", which does not read as attendance; they were not recorded as attending',
    ]);
  });
});

describe('importPack: officers in attendance', () => {
  const database = freshDatabase();

  it('records officers as officers, never linked to a councillor of the same family name, with their posts', async () => {
    const { db } = database();
    const text = [
      'TREVANNOCK BOROUGH COUNCIL',
      '',
      'Minutes of a meeting of the Audit Committee held on Wednesday 9 October 2024 at 7.00 pm in Committee Room 3, Trevannock',
      '',
      'Present: Councillor M Ashgrove (Chair), Councillor P Brightwell and Councillor R Castellan',
      '',
      'Apologies: Councillor T Dimmock',
      '',
      'In attendance: Pauline Brightwell (Head of Finance), Monitoring Officer and Rhys Quenby, Democratic Services Officer',
      '',
      '1.   Minutes',
      '',
      '     RESOLVED that the minutes of the meeting held on 11 September 2024 be approved.',
      '',
      'The meeting closed at 7.35 pm.',
      '',
    ].join('\n');
    const s = await importPack(db, importActor, Buffer.from(text), 'trevannock-audit.txt');
    expect(s.status).toBe('imported');
    const rows = await db
      .select({ printed: attendances.printedName, kind: attendances.kind, person: people.printedName, personKind: people.kind, job: people.jobTitle })
      .from(attendances)
      .leftJoin(people, eq(people.id, attendances.personId))
      .where(sql`${attendances.printedName} ~ '(Brightwell|Monitoring|Quenby)'`);
    const byPrinted = new Map(rows.map((r) => [r.printed, r]));
    expect(byPrinted.get('Councillor P Brightwell')).toMatchObject({ kind: 'present', personKind: 'councillor' });
    const officer = [...byPrinted.values()].find((r) => r.printed.startsWith('Pauline Brightwell'));
    expect(officer).toMatchObject({ kind: 'officer', person: 'Pauline Brightwell', personKind: 'officer', job: 'Head of Finance' });
    const post = [...byPrinted.values()].find((r) => r.printed === 'Monitoring Officer');
    expect(post).toMatchObject({ kind: 'officer', person: null });
    expect([...byPrinted.values()].find((r) => r.printed.includes('Quenby'))).toMatchObject({ kind: 'officer', person: 'Rhys Quenby', personKind: 'officer' });
    // Officers attend; they are not counted among the members present.
    expect(rows.filter((r) => r.kind === 'present').map((r) => r.printed)).toEqual(['Councillor P Brightwell']);
  });
});

describe('officerOf', () => {
  it('splits a name from the post printed beside it, in the usual forms', () => {
    expect(officerOf('Mr J Pike (Clerk)')).toEqual({ name: 'Mr J Pike', post: 'Clerk' });
    expect(officerOf('Jo Pike, Chief Executive')).toEqual({ name: 'Jo Pike', post: 'Chief Executive' });
    expect(officerOf('Jo Pike – Head of Legal Services')).toEqual({ name: 'Jo Pike', post: 'Head of Legal Services' });
    expect(officerOf('Chief Executive (Jo Pike)')).toEqual({ name: 'Jo Pike', post: 'Chief Executive' });
    expect(officerOf('Clerk J Pike')).toEqual({ name: 'J Pike', post: 'Clerk' });
    expect(officerOf('Jo Pike')).toEqual({ name: 'Jo Pike', post: null });
  });

  it('keeps a post printed alone as a post, with no person', () => {
    expect(officerOf('Monitoring Officer')).toEqual({ name: null, post: 'Monitoring Officer' });
    expect(officerOf('Head of Democratic Services')).toEqual({ name: null, post: 'Head of Democratic Services' });
  });
});

describe('organisationKind', () => {
  it('guesses the kind from words in the name', () => {
    expect(organisationKind('Scrutiny for Policies, Children and Families Committee')).toBe('scrutiny-committee');
    expect(organisationKind('Cabinet')).toBe('cabinet');
    expect(organisationKind('Health and Wellbeing Board')).toBe('board');
    expect(organisationKind('Safer Communities Partnership')).toBe('partnership');
    expect(organisationKind('Upper Wolds District Council')).toBe('full-council');
    expect(organisationKind('Planning Committee')).toBe('committee');
  });
});
