import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connect.ts';
import { createTestDatabase } from '../../../../test/db.ts';
import { makeCouncil } from '../../../../test/factories.ts';
import { reportSettingsOf } from '../reports.rules.ts';
import { saveReportSettings } from './save-report-settings.ts';

const actor = { userId: null, label: 'admin@test.example', role: 'admin' };

describe('saveReportSettings', () => {
  let database: Database;
  let c: Awaited<ReturnType<typeof makeCouncil>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    c = await makeCouncil(database.db);
  });
  afterAll(() => database.close());

  it('falls back to the default roles, then keeps one row per body with the roles and priorities set', async () => {
    const { db } = database;
    expect((await reportSettingsOf(db, c.body.id)).signOffRoles).toEqual(['Monitoring Officer', 'Finance', 'Legal', 'Cabinet Member']);
    expect((await saveReportSettings(db, actor, c.body.id, { signOffRoles: ['Finance', ' Finance ', 'HR'], priorities: ['Thriving towns'] })).ok).toBe(true);
    expect((await saveReportSettings(db, actor, c.body.id, { signOffRoles: ['Finance', 'HR', 'Relevant Scrutiny Chair'], priorities: ['Thriving towns'] })).ok).toBe(true);
    expect(await reportSettingsOf(db, c.body.id)).toEqual({ signOffRoles: ['Finance', 'HR', 'Relevant Scrutiny Chair'], priorities: ['Thriving towns'], omittedSections: [] });
    expect((await saveReportSettings(db, actor, c.body.id, { signOffRoles: ['Finance'], priorities: [], omittedSections: ['divisions', 'hrImplications'] })).ok).toBe(true);
    expect((await reportSettingsOf(db, c.body.id)).omittedSections).toEqual(['divisions', 'hrImplications']);
    expect(await saveReportSettings(db, actor, c.body.id, { signOffRoles: ['Finance'], priorities: [], omittedSections: ['title'] })).toMatchObject({
      ok: false,
      errors: [{ field: 'omittedSections' }],
    });
    expect(await saveReportSettings(db, actor, c.body.id, { signOffRoles: [], priorities: [] })).toMatchObject({ ok: false, errors: [{ field: 'signOffRoles' }] });
  });
});
