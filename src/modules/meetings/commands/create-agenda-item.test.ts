import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems, auditEvents } from '../../../db/schema.ts';
import { createAgendaItem } from './create-agenda-item.ts';

const clerk = { userId: null, label: 'clerk@test.example' };

describe('createAgendaItem', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('adds an item at the end of the agenda as a draft, audited', async () => {
    const { db } = database;
    const r = await createAgendaItem(db, clerk, c.meeting.id, { number: '3', title: ' Urgent business ', instruction: '', pageFrom: '13', pageTo: '72' });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    const [item] = await db.select().from(agendaItems).where(eq(agendaItems.id, id));
    expect(item).toMatchObject({
      position: 3,
      number: '3',
      title: 'Urgent business',
      instruction: null,
      pageFrom: 13,
      pageTo: 72,
      access: 'public',
      exemptParagraph: null,
      publication: 'draft',
    });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'agenda-item.create'), eq(auditEvents.subjectId, String(id))));
    expect(event).toMatchObject({ actorLabel: 'clerk@test.example', before: null, after: { title: 'Urgent business', position: 3 } });
  });

  it('refuses an exempt item without its paragraph of Schedule 12A, a missing title and pages that run backwards', async () => {
    const { db } = database;
    const before = (await db.select().from(agendaItems)).length;
    expect(await createAgendaItem(db, clerk, c.meeting.id, { title: 'Land sale', exempt: 'yes' })).toEqual({
      ok: false,
      errors: [{ field: 'exemptParagraph', message: 'Select the paragraph of Schedule 12A' }],
    });
    expect(await createAgendaItem(db, clerk, c.meeting.id, { title: 'Land sale', exempt: 'yes', exemptParagraph: '8' })).toMatchObject({
      ok: false,
      errors: [{ field: 'exemptParagraph', message: 'Select the paragraph of Schedule 12A' }],
    });
    expect(await createAgendaItem(db, clerk, c.meeting.id, { title: '  ' })).toMatchObject({ ok: false, errors: [{ field: 'title', message: 'Enter the title of the item' }] });
    expect(await createAgendaItem(db, clerk, c.meeting.id, { title: 'Budget', pageFrom: '20', pageTo: '3' })).toEqual({
      ok: false,
      errors: [{ field: 'pageTo', message: 'The last page must be the same as or after the first page' }],
    });
    expect(await createAgendaItem(db, clerk, c.meeting.id, { title: 'Budget', pageTo: '3' })).toEqual({
      ok: false,
      errors: [{ field: 'pageFrom', message: 'Enter the first page' }],
    });
    expect((await db.select().from(agendaItems)).length).toBe(before);
    await expect(createAgendaItem(db, clerk, 999_999, { title: 'Nowhere' })).rejects.toThrow('Meeting not found');
  });
});
