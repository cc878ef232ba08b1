import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { auditEvents, forwardPlanEntries } from '../../../db/schema.ts';
import { entryFields } from '../../../../test/forward-plan.ts';
import { createForwardPlanEntry } from './create-forward-plan-entry.ts';

const actor = { userId: null, label: 'clerk' };
const now = new Date('2030-01-10T12:00:00Z');

describe('createForwardPlanEntry', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('refuses an entry with nothing filled in, in GOV.UK words', async () => {
    const r = await createForwardPlanEntry(database.db, actor, {}, now);
    expect(r.ok).toBe(false);
    const messages = !r.ok ? r.errors.map((e) => e.message) : [];
    expect(messages).toEqual(expect.arrayContaining(['Enter the issue', 'Enter the decision date', 'Enter who will take the decision', 'Enter a contact officer']));
  });

  it('refuses a decision date in the past, an entry that is not a key decision, and an exempt matter with no paragraph', async () => {
    const past = await createForwardPlanEntry(database.db, actor, { ...entryFields, decisionDate: '2030-01-09' }, now);
    expect(!past.ok && past.errors).toEqual([{ field: 'decisionDate', message: 'The decision date must be today or in the future' }]);
    const small = await createForwardPlanEntry(database.db, actor, { ...entryFields, keySpend: '20000' }, now);
    expect(!small.ok && small.errors[0]!.message).toMatch(/^A key decision spends or saves at least £500,000/);
    const exempt = await createForwardPlanEntry(database.db, actor, { ...entryFields, exemptStatus: 'part' }, now);
    expect(!exempt.ok && exempt.errors).toEqual([{ field: 'exemptMatterParagraph', message: 'Select the paragraph of Schedule 12A' }]);
    const noDivisions = await createForwardPlanEntry(database.db, actor, { ...entryFields, keySpend: '', keyDivisions: 'yes' }, now);
    expect(!noDivisions.ok && noDivisions.errors).toEqual([{ field: 'divisionsAffected', message: 'Enter the divisions affected' }]);
  });

  it('adds a draft entry with no reference yet, its date as printed, and an audit row', async () => {
    const r = await createForwardPlanEntry(database.db, actor, { ...entryFields, exemptStatus: 'part', exemptMatterParagraph: '3', privateDetails: 'Offer from the bidder' }, now);
    expect(r.ok).toBe(true);
    const [e] = await database.db.select().from(forwardPlanEntries);
    expect(e).toMatchObject({
      ref: null,
      managed: true,
      publication: 'draft',
      access: 'public',
      decisionDateText: 'Not before 1 March 2030',
      decisionMakers: ['Cabinet'],
      contacts: ['Tom Brook, Head of Highways', 'Ann Clerk'],
      exempt: 'Part exempt',
      exemptMatterParagraph: 3,
      keySpend: 750000,
    });
    expect((await database.db.select().from(auditEvents)).map((a) => a.action)).toContain('forward-plan-entry.create');
  });
});
