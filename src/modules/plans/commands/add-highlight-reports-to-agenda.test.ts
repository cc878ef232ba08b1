import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { agendaItems } from '../../../db/schema.ts';
import { makePlan } from '../../../../test/plans.ts';
import { addHighlightReportsToAgenda } from './add-highlight-reports-to-agenda.ts';

const actor = { userId: null, label: 'clerk@test.example' };

describe('addHighlightReportsToAgenda', () => {
  let database: Database;
  let f: Awaited<ReturnType<typeof makePlan>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    f = await makePlan(database.db);
  });
  afterAll(() => database.close());

  it('adds the quarter’s highlight reports to a meeting’s agenda as a draft item, once', async () => {
    const meetingId = String(f.council.meeting.id);
    const r = await addHighlightReportsToAgenda(database.db, actor, f.planId, { meetingId, quarter: 'Q2 2026/27' });
    expect(r.ok).toBe(true);
    const [item] = await database.db
      .select()
      .from(agendaItems)
      .where(eq(agendaItems.id, r.ok ? r.value.id : 0));
    expect(item).toMatchObject({ title: 'Testshire Plan: highlight reports Q2 2026/27', publication: 'draft' });
    const again = await addHighlightReportsToAgenda(database.db, actor, f.planId, { meetingId, quarter: 'Q2 2026/27' });
    expect(again.ok ? [] : again.errors).toEqual([{ field: 'meetingId', message: 'The Q2 2026/27 highlight reports are already on this meeting’s agenda' }]);
  });

  it('asks for a meeting and a quarter', async () => {
    const r = await addHighlightReportsToAgenda(database.db, actor, f.planId, { quarter: 'soon' });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['meetingId', 'quarter']);
  });
});
