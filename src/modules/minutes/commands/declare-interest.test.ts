import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, meetings } from '../../../db/schema.ts';
import { declarations } from '../minutes.table.ts';
import { declareInterest } from './declare-interest.ts';

const clerk = { userId: null, label: 'clerk' };

let database: Database;
let c: Awaited<ReturnType<typeof makeCouncil>>;
beforeAll(async () => {
  database = await createTestDatabase();
  c = await makeCouncil(database.db);
});
afterAll(() => database.close());

describe('declareInterest', () => {
  it('records nothing for a meeting that has not started yet', async () => {
    const { db } = database;
    const r = await declareInterest(db, clerk, c.meeting.id, { personId: String(c.chair.id), kind: 'non-registrable', interest: 'Walks a dog along the towpath' });
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'personId', message: expect.stringMatching(/^This meeting has not started yet/) }] });
    expect(await db.select().from(declarations)).toHaveLength(0);
  });

  it('records a member’s declaration on an item of the meeting under their printed name, audited', async () => {
    const { db } = database;
    await db
      .update(meetings)
      .set({ startAt: new Date('2020-03-04T10:00:00Z') })
      .where(eq(meetings.id, c.meeting.id));
    const r = await declareInterest(db, clerk, c.meeting.id, {
      personId: String(c.chair.id),
      agendaItemId: String(c.exempt.id),
      kind: 'disclosable-pecuniary',
      interest: 'Her brother farms the field beside the riverside plot',
      action: 'Left the room for the item',
      dispensation: '',
    });
    expect(r).toEqual({ ok: true, value: { id: expect.any(Number) } });
    const id = r.ok ? r.value.id : 0;
    const [d] = await db.select().from(declarations).where(eq(declarations.id, id));
    expect(d).toMatchObject({
      meetingId: c.meeting.id,
      agendaItemId: c.exempt.id,
      personId: c.chair.id,
      printedName: 'Cllr Ada Brook',
      kind: 'disclosable-pecuniary',
      interest: 'Her brother farms the field beside the riverside plot',
      action: 'Left the room for the item',
      dispensation: null,
    });
    expect(
      await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'declaration.create'), eq(auditEvents.subjectId, String(id)))),
    ).toHaveLength(1);
  });

  it('asks for the interest, the member and an item of this meeting', async () => {
    const { db } = database;
    expect(await declareInterest(db, clerk, c.meeting.id, { personId: String(c.chair.id), kind: 'other-registrable', interest: '' })).toEqual({
      ok: false,
      errors: [{ field: 'interest', message: 'Enter the nature of the interest' }],
    });
    expect(await declareInterest(db, clerk, c.meeting.id, { personId: '999999', kind: 'other-registrable', interest: 'Governor of Millford school' })).toEqual({
      ok: false,
      errors: [{ field: 'personId', message: 'Select the member' }],
    });
    expect(
      await declareInterest(db, clerk, c.meeting.id, { personId: String(c.chair.id), agendaItemId: '999999', kind: 'other-registrable', interest: 'Governor of Millford school' }),
    ).toEqual({ ok: false, errors: [{ field: 'agendaItemId', message: 'Select an agenda item of this meeting' }] });
  });
});
