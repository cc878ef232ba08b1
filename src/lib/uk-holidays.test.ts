import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ukHolidayData } from '../../scripts/uk-holidays.mjs';
import Holidays from 'date-holidays';
import { bankHolidays } from './dates.ts';

describe('the UK bank holiday data', () => {
  it('is the installed date-holidays data for GB (run node scripts/uk-holidays.mjs after an upgrade)', () => {
    expect(JSON.parse(readFileSync(new URL('./uk-holidays.json', import.meta.url), 'utf8'))).toEqual(ukHolidayData());
  });

  it('gives every nation exactly the bank holidays of the full date-holidays data, 1990 to 2060', () => {
    const nations = { 'england-and-wales': 'ENG', scotland: 'SCT', 'northern-ireland': 'NIR' } as const;
    for (const [nation, state] of Object.entries(nations) as [keyof typeof nations, string][]) {
      const full = new Holidays('GB', state, { types: ['public', 'bank'] });
      for (let year = 1990; year <= 2060; year++) {
        const expected = full
          .getHolidays(year, 'en')
          .filter((h) => h.type === 'public' || h.type === 'bank')
          .map((h) => h.date.slice(0, 10));
        expect(
          bankHolidays(nation, year).map((h) => h.date),
          `${nation} ${year}`,
        ).toEqual([...new Set(expected)]);
      }
    }
  });

  it("gives each nation its own days: St Andrew's Day in Scotland, St Patrick's Day in Northern Ireland", () => {
    expect(bankHolidays('scotland', 2026).map((h) => h.date)).toContain('2026-11-30');
    expect(bankHolidays('northern-ireland', 2026).map((h) => h.date)).toContain('2026-03-17');
    expect(bankHolidays('england-and-wales', 2026).map((h) => h.date)).not.toContain('2026-03-17');
  });
});
