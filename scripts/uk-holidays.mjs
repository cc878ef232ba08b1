#!/usr/bin/env node
// Writes src/lib/uk-holidays.json: the United Kingdom's part of date-holidays' data (England and
// Wales, Scotland, Northern Ireland), so the server parses a few KB instead of every country's 400 KB.
// Run it after upgrading date-holidays; src/lib/uk-holidays.test.ts fails until it is run.
//
//   node scripts/uk-holidays.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { data } from 'date-holidays/data';

/** The four UK nations' calendars in date-holidays' GB data (Alderney, a Crown dependency, is left out). */
const nations = ['ENG', 'WLS', 'SCT', 'NIR'];

/** Every holiday name a calendar refers to (`_name`), anywhere in it. */
function namesUsed(value, out = new Set()) {
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '_name' && typeof v === 'string') out.add(v);
      else namesUsed(v, out);
    }
  }
  return out;
}

/** English only, from a name's translations. */
const english = (entry) => ({ ...entry, name: { en: entry.name.en } });

/**
 * date-holidays' data with only the GB calendar and its four nations, and of the shared holiday names
 * only those the calendar uses, in English.
 */
export function ukHolidayData() {
  const gb = data.holidays.GB;
  const states = Object.fromEntries(nations.map((n) => [n, gb.states[n]]));
  const calendar = { ...gb, names: { en: gb.names.en }, langs: ['en'], states };
  // `substitutes` names a substitute day ("Christmas Day (substitute day)"): the parser always reads it.
  const names = Object.fromEntries([...namesUsed(calendar, new Set(['substitutes']))].sort().map((k) => [k, english(data.names[k])]));
  return { version: data.version, license: data.license, holidays: { GB: calendar }, names };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(fileURLToPath(new URL('../src/lib/uk-holidays.json', import.meta.url)), `${JSON.stringify(ukHolidayData())}\n`);
}
