import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { agendaItems, documents } from '../../../db/schema.ts';
import { saveAgendaItems } from './save-agenda-items.ts';
import { createAgendaItem } from './create-agenda-item.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('saveAgendaItems', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('refuses an exempt item without its paragraph, from the form and the many-rows command alike', async () => {
    const { db } = database;
    const before = (await db.select().from(agendaItems)).length;
    const many = await saveAgendaItems(db, actor, [{ values: { meetingId: c.meeting.id, position: 9, title: 'Land at Mill Lane', access: 'exempt', exemptParagraph: null } }]);
    expect(many).toEqual({ ok: false, errors: [{ row: 0, field: 'exemptParagraph', message: 'Select the paragraph of Schedule 12A' }] });
    const form = await createAgendaItem(db, actor, c.meeting.id, { title: 'Land at Mill Lane', exempt: 'yes' });
    expect(form).toEqual({ ok: false, errors: [{ field: 'exemptParagraph', message: 'Select the paragraph of Schedule 12A' }] });
    expect((await db.select().from(agendaItems)).length).toBe(before);
  });

  it('keeps an imported exempt item "paragraph not stated" when the pack prints none', async () => {
    const { db } = database;
    const r = await saveAgendaItems(db, actor, [{ values: { meetingId: c.meeting.id, position: 9, title: 'Land at Mill Lane', access: 'exempt', exemptParagraph: null } }], {
      allowUnstated: true,
    });
    expect(r.ok).toBe(true);
    const [item] = await db.select().from(agendaItems).where(eq(agendaItems.title, 'Land at Mill Lane'));
    expect(item).toMatchObject({ access: 'exempt', exemptParagraph: null, publication: 'draft' });
  });

  it('makes the papers that follow an item exempt when the item is made exempt', async () => {
    const { db } = database;
    const r = await saveAgendaItems(db, actor, [{ id: c.pub.id, values: { access: 'exempt', exemptParagraph: 5 } }]);
    expect(r.ok && r.value.outcomes).toEqual(['updated']);
    const [paper] = await db.select().from(documents).where(eq(documents.id, c.pubDoc.id));
    expect(paper).toMatchObject({ access: 'exempt', exemptParagraph: 5 });
  });
});
