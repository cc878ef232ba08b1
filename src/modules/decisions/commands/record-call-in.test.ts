import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, decisions } from '../../../db/schema.ts';
import { recordDecision } from './record-decision.ts';
import { publishDecision } from './publish-decision.ts';
import { recordCallIn } from './record-call-in.ts';

const actor = { userId: null, label: 'clerk' };

describe('recordCallIn', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  let id: number;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
    const r = await recordDecision(database.db, actor, {
      makerKind: 'cabinet-member',
      makerPersonId: String(c.chair.id),
      title: 'Closing the east towpath',
      decisionText: 'To close the east towpath for the winter',
      decidedOn: '2026-11-02',
      reasons: 'The bank is subsiding',
      isKey: 'no',
      access: 'public',
    });
    if (!r.ok) throw new Error(r.errors[0]!.message);
    id = r.value.id;
  });
  afterAll(() => database.close());

  it('refuses a call-in with no outcome or note, and one on a decision that is not published', async () => {
    const r = await recordCallIn(database.db, actor, id, { outcome: '', note: ' ' });
    expect(r).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([
        { field: 'outcome', message: 'Select what happened' },
        { field: 'note', message: 'Enter a note of who called it in or what scrutiny decided' },
      ]),
    });
    await expect(recordCallIn(database.db, actor, id, { outcome: 'called-in', note: 'Three members' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('records a call-in inside the window, suspending the decision, then a referral back, audited with the note', async () => {
    await publishDecision(database.db, actor, id, new Date('2026-11-02T10:00:00Z'));
    expect(await recordCallIn(database.db, actor, id, { outcome: 'referred-back', note: 'Too early' }, new Date('2026-11-03T09:00:00Z'))).toEqual({
      ok: false,
      errors: [{ field: 'outcome', message: 'Record the call-in before its outcome' }],
    });
    expect(await recordCallIn(database.db, actor, id, { outcome: 'called-in', note: 'Called in by three members' }, new Date('2026-11-04T09:00:00Z'))).toEqual({
      ok: true,
      value: { id },
    });
    const [called] = await database.db.select().from(decisions).where(eq(decisions.id, id));
    expect(called).toMatchObject({ callInStatus: 'called-in', effectiveFrom: null });
    expect(await recordCallIn(database.db, actor, id, { outcome: 'referred-back', note: 'Scrutiny asked for a wider consultation' }, new Date('2026-11-20T15:00:00Z'))).toEqual({
      ok: true,
      value: { id },
    });
    const [back] = await database.db.select().from(decisions).where(eq(decisions.id, id));
    expect(back).toMatchObject({ callInStatus: 'referred-back', effectiveFrom: null });
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'decision.referred-back'));
    expect(event).toMatchObject({ actorLabel: 'clerk', subjectType: 'decision', subjectId: String(id) });
    expect(event!.after).toMatchObject({ note: 'Scrutiny asked for a wider consultation' });
  });
});
