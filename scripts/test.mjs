#!/usr/bin/env node
// `npm test`: the unit and route suite, then the browser suite, with one totals line at the end.
//
//   node scripts/test.mjs                 both suites
//   node scripts/test.mjs unit            the unit and route suite only (PGlite, or PostgreSQL when DATABASE_URL is set)
//   node scripts/test.mjs browser         the browser suite only
//   --counts FILE                         also append "passed failed skipped" to FILE (used by .ci/run)
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium); REQUIRE_BROWSER=1 fails instead of
// skipping the browser suite when Chromium is missing; REQUIRE_SHARED=1 is passed through so tests
// that read ../shared fail instead of skipping when it is absent.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const vitestBin = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const resultsDir = join(root, 'test-results');

const suites = {
  unit: { label: 'unit and route suite', config: 'vitest.config.ts' },
  browser: { label: 'browser suite', config: 'vitest.e2e.config.ts' },
};

/** Parses the command line into the suites to run and an optional counts file. */
function parseArgs(argv) {
  const chosen = [];
  let countsFile;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--counts') countsFile = argv[++i];
    else if (arg in suites) chosen.push(arg);
    else {
      console.error(`test: unknown argument "${arg}" (use: unit, browser, --counts FILE)`);
      process.exit(2);
    }
  }
  return { chosen: chosen.length ? chosen : ['unit', 'browser'], countsFile };
}

/** Runs one vitest suite with the default and JSON reporters; resolves to its counts. */
function runSuite(name, env) {
  const { label, config } = suites[name];
  const report = join(resultsDir, `vitest-${name}${env.DATABASE_URL ? '-postgres' : ''}.json`);
  rmSync(report, { force: true });
  const args = [vitestBin, 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  console.log(`\n=== ${label}${env.DATABASE_URL ? ' on PostgreSQL' : ''} ===`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(countsFrom(report, label, code ?? (signal ? 1 : 0))));
  });
}

/** Reads vitest's JSON report; a run that exits non-zero without a failing test counts as one failure. */
function countsFrom(report, label, exitCode) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    failed = json.numFailedTests ?? 0;
    skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    // A test file that fails to load has no test results of its own: count the file.
    for (const file of json.testResults ?? []) {
      if (file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed')) failed += 1;
    }
  }
  if (exitCode !== 0 && failed === 0) {
    console.error(`test: the ${label} exited with code ${exitCode} without a failing test (setup error?); counting it as one failure`);
    failed = 1;
  }
  return { passed, failed, skipped };
}

const { chosen, countsFile } = parseArgs(process.argv.slice(2));
mkdirSync(resultsDir, { recursive: true });
const env = { ...process.env };
const total = { passed: 0, failed: 0, skipped: 0 };
const add = (c) => {
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
};

if (chosen.includes('unit')) add(await runSuite('unit', env));

if (chosen.includes('browser')) {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(chromium)) {
    add(await runSuite('browser', { ...env, CHROMIUM_PATH: chromium }));
  } else if (process.env.REQUIRE_BROWSER === '1') {
    console.error(`\ntest: Chromium not found at ${chromium} and REQUIRE_BROWSER=1. Install it with: sudo apt-get install -y chromium`);
    total.failed += 1;
  } else {
    console.log(`\n=== browser suite skipped: Chromium not found at ${chromium} ===`);
    console.log('Install it with: sudo apt-get install -y chromium  (or set CHROMIUM_PATH to a Chromium binary)');
  }
}

if (countsFile) appendFileSync(countsFile, `${total.passed} ${total.failed} ${total.skipped}\n`);
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
