import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { decisions, meetings, minuteItems, minutes } from '../../../db/schema.ts';
import { DECISION_LOCKED_MESSAGE, saveDecisions } from './save-decisions.ts';

const actor = { userId: null, label: 'system' };

describe('saveDecisions', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let minuteId: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
    await database.db
      .update(meetings)
      .set({ startAt: new Date('2024-03-04T10:00:00Z'), status: 'held' })
      .where(eq(meetings.id, c.meeting.id));
    const [set] = await database.db.insert(minutes).values({ meetingId: c.meeting.id, status: 'draft' }).returning();
    const [m] = await database.db
      .insert(minuteItems)
      .values({ minutesId: set!.id, position: 1, number: '12', title: c.exempt.title, agendaItemId: c.exempt.id, access: 'exempt', exemptParagraph: 3 })
      .returning();
    minuteId = m!.id;
  });
  afterAll(() => database.close());

  const base = () => ({
    bodyId: c.body.id,
    meetingId: c.meeting.id,
    makerText: 'Roads and Rivers Committee',
    title: 'Purchase of riverside land',
    decisionText: 'Agreed the purchase.',
  });

  it('refuses a decision dated before its meeting, and a call-in deadline before publication', async () => {
    const { db } = database;
    const early = await saveDecisions(db, actor, [{ values: { ...base(), decidedOn: '2024-03-01' } }]);
    expect(early).toMatchObject({ ok: false, errors: [{ field: 'decidedOn', message: expect.stringMatching(/^The date of the decision must be on or after the meeting/) }] });
    const window = await saveDecisions(db, actor, [
      {
        values: {
          ...base(),
          decidedOn: '2024-03-04',
          publication: 'published',
          publishedAt: new Date('2024-03-06T12:00:00Z'),
          publishedBy: 'clerk',
          callInDeadline: new Date('2024-03-05T17:00:00Z'),
          callInStatus: 'open',
        },
      },
    ]);
    expect(window).toMatchObject({ ok: false, errors: [{ field: 'callInDeadline' }] });
  });

  it('takes the exempt class of its minute, and never changes once published', async () => {
    const { db } = database;
    const r = await saveDecisions(db, actor, [
      { values: { ...base(), minuteItemId: minuteId, decidedOn: '2024-03-04', publication: 'published', publishedAt: new Date('2024-03-06T12:00:00Z'), publishedBy: 'clerk' } },
    ]);
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.ids[0]! : 0;
    const [d] = await db.select().from(decisions).where(eq(decisions.id, id));
    expect(d).toMatchObject({ access: 'exempt', exemptParagraph: 3, accessInherited: true });
    expect(await saveDecisions(db, actor, [{ id, values: { decisionText: 'Agreed the purchase at a lower price.' } }])).toEqual({
      ok: false,
      errors: [{ row: 0, field: 'form', message: DECISION_LOCKED_MESSAGE, code: 'locked' }],
    });
  });
});
