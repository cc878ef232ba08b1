import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JavaScript script without type declarations
import { ukHolidayData } from '../../scripts/uk-holidays.mjs';
import { bankHolidays } from './dates.ts';

describe('the UK bank holiday data', () => {
  it('is the installed date-holidays data for GB (run node scripts/uk-holidays.mjs after an upgrade)', () => {
    expect(JSON.parse(readFileSync(new URL('./uk-holidays.json', import.meta.url), 'utf8'))).toEqual(ukHolidayData());
  });

  it("gives each nation its own days: St Andrew's Day in Scotland, St Patrick's Day in Northern Ireland", () => {
    expect(bankHolidays('scotland', 2026).map((h) => h.date)).toContain('2026-11-30');
    expect(bankHolidays('northern-ireland', 2026).map((h) => h.date)).toContain('2026-03-17');
    expect(bankHolidays('england-and-wales', 2026).map((h) => h.date)).not.toContain('2026-03-17');
  });
});
