import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { entryFields } from '../../../test/forward-plan.ts';
import { forwardPlanEntries } from '../../db/schema.ts';
import { toLondonDate } from '../../lib/dates.ts';
import { createForwardPlanEntry } from './commands/create-forward-plan-entry.ts';
import { publishForwardPlanVersion } from './commands/publish-forward-plan-version.ts';

const hasChromium = existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium') && existsSync('/usr/bin/pdftotext');
const pdftotext = (bytes: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), 'forward-plan-pdf-'));
  writeFileSync(join(dir, 'fp.pdf'), bytes);
  return execFileSync('/usr/bin/pdftotext', ['-layout', join(dir, 'fp.pdf'), '-'], { encoding: 'utf8' });
};

const actor = { userId: null, label: 'clerk' };
const PRIVATE = 'OSPREY-PRIVATE-4410';
const today = toLondonDate(new Date());
const ref = (n: number) => `FP/${today.slice(2, 4)}/${today.slice(5, 7)}/${String(n).padStart(2, '0')}`;

describe('the Forward Plan as CSV, PDF and the list of downloads', () => {
  let t: TestApp;
  let clerk: string;

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const c = await makeCouncil(db);
    const add = async (extra: Record<string, string>) => {
      const r = await createForwardPlanEntry(db, actor, { ...entryFields, ...extra });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
    };
    await add({ issue: 'Leisure centre contract', decisionDate: '2030-02-01', keySpend: '900000' });
    await add({ issue: 'Sale of the old depot', exemptStatus: 'part', exemptMatterParagraph: '3', privateDetails: `Bid from ${PRIVATE}` });
    await add({ issue: '=HYPERLINK("http://evil.example")', decisionDate: '2030-04-01' });
    expect(await publishForwardPlanVersion(db, actor, { note: 'First plan' })).toMatchObject({ ok: true, value: { number: 1 } });
    await add({ issue: 'Bus station roof', decisionDate: '2030-05-01', keySpend: '', keyDivisions: 'yes', divisionsAffected: 'Millford; Eastgate' });
    expect(await publishForwardPlanVersion(db, actor, {})).toMatchObject({ ok: true, value: { number: 2 } });
    // Written after version 2: a draft, on no published version.
    await add({ issue: 'Unpublished draft entry' });
    const published = { publication: 'published' as const, publishedAt: new Date('2030-01-05T09:00:00Z'), publishedBy: 'import' };
    await db.insert(forwardPlanEntries).values([
      {
        bodyId: c.body.id,
        ref: 'FP/29/12/07',
        decisionDateText: 'Not before 3 March 2030',
        decisionDate: '2030-03-03',
        decisionMakers: ['Cabinet'],
        issue: 'Imported flood scheme',
        access: 'public',
        ...published,
      },
      {
        bodyId: c.body.id,
        ref: 'FP/29/12/08',
        decisionDateText: '3 March 2030',
        decisionDate: '2030-03-03',
        issue: 'Imported draft entry',
        access: 'public',
        publication: 'draft',
      },
      { bodyId: c.body.id, ref: 'FP/20/01/01', decisionDateText: '3 March 2020', decisionDate: '2020-03-03', issue: 'Imported long past entry', access: 'public', ...published },
    ]);
    await makeUser(db, 'democratic-services', 'clerk@test.example');
    clerk = await signIn(t.app, 'clerk@test.example', 'correct horse battery');
  });
  afterAll(() => t.close());

  const csv = async (url: string, cookie?: string) => {
    const res = await t.app.inject({ url, headers: cookie ? { cookie } : {} });
    expect(res.statusCode, url).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    return { res, rows: parse(res.body, { columns: true }) as Record<string, string>[] };
  };

  it('lists the current version’s entries and the imported ones still to come, as the page does, one row each', async () => {
    const { res, rows } = await csv('/forward-plan.csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="forward-plan-version-2.csv"');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(rows.map((r) => [r.Reference, r.Issue, r['Published in']])).toEqual([
      [ref(1), 'Leisure centre contract', 'Version 2'],
      [ref(2), 'Sale of the old depot', 'Version 2'],
      [ref(3), '\'=HYPERLINK("http://evil.example")', 'Version 2'],
      [ref(4), 'Bus station roof', 'Version 2'],
      ['FP/29/12/07', 'Imported flood scheme', 'Imported Forward Plan'],
    ]);
    expect(Object.keys(rows[0]!)).toEqual([
      'Reference',
      'Issue',
      'Decision',
      'Decision maker',
      'Decision date',
      'Decision date (ISO)',
      'Key decision because',
      'Exempt information',
      'Documents',
      'Contact',
      'First published',
      'Published in',
      'Web page',
    ]);
    expect(rows[0]).toMatchObject({
      'Decision maker': 'Cabinet',
      'Decision date': 'Not before 1 February 2030',
      'Decision date (ISO)': '2030-02-01',
      'Key decision because': 'Spends or saves £900,000',
      'Exempt information': 'None',
      Contact: 'Tom Brook, Head of Highways; Ann Clerk',
      'First published': today,
    });
    expect(rows[0]!['Web page']).toMatch(/^http:\/\/localhost(:\d+)?\/forward-plan\/\d+$/);
    expect(rows[3]!['Key decision because']).toBe('Affects two or more divisions: Millford; Eastgate');
    expect(rows[4]).toMatchObject({ 'Exempt information': 'None', 'Key decision because': '', 'First published': '' });
  });

  it('gives the exempt paragraph but never the private details, to anyone; the public get no draft', async () => {
    const pub = await csv('/forward-plan.csv');
    expect(pub.rows.find((r) => r.Issue === 'Sale of the old depot')!['Exempt information']).toBe('Part exempt: paragraph 3');
    for (const text of ['Unpublished draft entry', 'Imported draft entry', 'Imported long past entry', PRIVATE]) expect(pub.res.body).not.toContain(text);
    // A clerk's download is their page: drafts of imported entries too, never the private details, never kept by a shared cache.
    const mine = await csv('/forward-plan.csv', clerk);
    expect(mine.res.headers['cache-control']).toBe('private, no-store');
    expect(mine.res.body).toContain('Imported draft entry');
    expect(mine.res.body).not.toContain(PRIVATE);
    expect(mine.res.body).not.toContain('Unpublished draft entry');
  });

  it('gives a published version as CSV, exactly as it was published; a version that does not exist is 404', async () => {
    const { res, rows } = await csv('/forward-plan/versions/1.csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="forward-plan-version-1.csv"');
    expect(rows.map((r) => r.Reference)).toEqual([ref(1), ref(2), ref(3)]);
    expect(rows.every((r) => r['Published in'] === 'Version 1')).toBe(true);
    expect(res.body).not.toContain(PRIVATE);
    expect((await t.app.inject('/forward-plan/versions/9.csv')).statusCode).toBe(404);
    expect((await t.app.inject('/forward-plan/versions/abc.csv')).statusCode).toBe(404);
    expect((await t.app.inject('/forward-plan/versions/1')).body).toContain('href="/forward-plan/versions/1.csv"');
  });

  it('gives the earlier entries as CSV, as their page lists them, and offers it there', async () => {
    const { res, rows } = await csv('/forward-plan/earlier.csv');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="forward-plan-earlier-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(rows.map((r) => [r.Reference, r.Issue, r['Published in']])).toEqual([['FP/20/01/01', 'Imported long past entry', 'Imported Forward Plan']]);
    expect((await t.app.inject('/forward-plan/earlier')).body).toContain('href="/forward-plan/earlier.csv" download');
  });

  it('offers the CSV, the PDF and the feed on the Forward Plan page', async () => {
    const page = (await t.app.inject('/forward-plan')).body;
    expect(page).toContain('href="/forward-plan.csv" download');
    expect(page).toContain('href="/forward-plan.pdf"');
    expect(page).toContain('<link rel="alternate" type="application/atom+xml" href="/feeds/forward-plan.atom"');
  });

  it.skipIf(!hasChromium)(
    'prints the current version as a PDF: its number, date and entries, the exempt paragraph and not the private details',
    async () => {
      const res = await t.app.inject('/forward-plan.pdf');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe('inline; filename="forward-plan-version-2.pdf"');
      const text = pdftotext(res.rawPayload);
      expect(text).toContain('Testshire District Council');
      expect(text).toContain('Forward Plan of key decisions, version 2');
      expect(text).toMatch(new RegExp(`Version 2, published on ${Number(today.slice(8))} \\w+ ${today.slice(0, 4)}`));
      expect(text).toMatch(/Reference +Decision( date)? +Decision( maker)? +Issue and decision +Key decision( because)? +Exempt information +Contact/);
      for (const n of [1, 2, 3, 4]) expect(text).toContain(ref(n));
      expect(text).toContain('Leisure centre contract');
      expect(text).toMatch(/Part exempt:\s+paragraph 3/);
      expect(text).toContain('Entries from imported Forward Plans');
      expect(text).toContain('Imported flood scheme');
      expect(text).toMatch(/Page 1 of \d/);
      expect(text).not.toContain(PRIVATE);
      expect(text).not.toContain('Unpublished draft entry');
      expect(text).not.toContain('Imported draft entry');
      const forClerk = pdftotext((await t.app.inject({ url: '/forward-plan.pdf', headers: { cookie: clerk } })).rawPayload);
      expect(forClerk).not.toContain(PRIVATE);
    },
    60_000,
  );
});
