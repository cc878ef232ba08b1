#!/usr/bin/env node
// Writes src/lib/uk-holidays.json: the United Kingdom's part of date-holidays' data (England and
// Wales, Scotland, Northern Ireland), so the server parses 30 KB instead of every country's 400 KB.
// Run it after upgrading date-holidays; src/lib/uk-holidays.test.ts fails until it is run.
//
//   node scripts/uk-holidays.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { data } from 'date-holidays/data';

/** date-holidays' data with only the GB calendar, and the shared holiday names it refers to. */
export function ukHolidayData() {
  return { version: data.version, license: data.license, holidays: { GB: data.holidays.GB }, names: data.names };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(fileURLToPath(new URL('../src/lib/uk-holidays.json', import.meta.url)), `${JSON.stringify(ukHolidayData())}\n`);
}
