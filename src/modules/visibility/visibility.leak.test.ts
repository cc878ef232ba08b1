// The leak test: random councils built through the real commands, then every channel requested as
// the public, a viewer, a committee member, a councillor elsewhere and a report author. No draft or
// exempt marker may reach anyone not entitled to it; what they are entitled to must be there.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connect.ts';
import { bodies } from '../../db/schema.ts';
import { createTestApp, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeUser } from '../../../test/factories.ts';
import { councilsPerCounty, countyArbitrary, type CountySpec } from '../../../test/leak-council/council.arbitrary.ts';
import { buildCounty, identities, type Accounts, type BuiltCouncil, type Identity } from '../../../test/leak-council/build-council.ts';
import { councilUrls, crawl, timings, type Visitor } from '../../../test/leak-council/crawl.ts';

/** Councils per run (CI runs the file on PGlite and again on PostgreSQL). LEAK_COUNCILS overrides it locally. */
const councils = Number(process.env.LEAK_COUNCILS ?? 100);
const runs = Math.ceil(councils / councilsPerCounty);

/** Tables that outlive a council: the accounts and their sessions, the council body itself. */
const kept = new Set(['users', 'sessions', 'api_tokens', 'rate_limits', 'bodies', 'people']);

/** Empties every table a council writes, so each generated council starts from nothing (ids from 1 again). */
async function resetCouncil(db: Db): Promise<void> {
  const { rows } = (await db.execute(sql`select tablename from pg_tables where schemaname = 'public'`)) as unknown as { rows: { tablename: string }[] };
  const tables = rows.map((r) => r.tablename).filter((t) => !kept.has(t));
  await db.execute(sql`update users set person_id = null`);
  await db.execute(sql.raw(`truncate ${tables.map((t) => `"${t}"`).join(', ')} restart identity`));
  await db.execute(sql`delete from people`);
}

/** Checks one council through every identity's eyes; returns what went wrong, one line each. */
async function problemsIn(t: TestApp, visitors: Visitor[], built: BuiltCouncil): Promise<string[]> {
  const problems: string[] = [];
  for (const v of visitors) {
    const urls = await councilUrls(t.database.db, built, v);
    const r = await crawl(t.app, v, urls, built);
    problems.push(...r.leaks.map((l) => `${v.identity}: leak: ${l}`));
    problems.push(...r.unlikeMissing.map((u) => `${v.identity}: answers unlike a missing record: ${u}`));
    problems.push(...r.errors.map((u) => `${v.identity}: server error: ${u}`));
    problems.push(...r.unseen.map((w) => `${v.identity}: may read but cannot find ${w}`));
  }
  return problems;
}

describe('no draft or exempt information reaches anyone not entitled to it', () => {
  let t: TestApp;
  let accounts: Accounts;
  let visitors: Visitor[];

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    await db.insert(bodies).values({ name: 'Generated District Council', slug: 'generated' });
    const clerk = await makeUser(db, 'democratic-services', 'clerk@leak.test');
    const author = await makeUser(db, 'report-author', 'author@leak.test');
    const member = await makeUser(db, 'councillor', 'member@leak.test');
    const other = await makeUser(db, 'councillor', 'other@leak.test');
    const viewer = await makeUser(db, 'viewer', 'viewer@leak.test');
    accounts = {
      clerk: { userId: clerk.id, label: clerk.email, role: 'democratic-services' },
      author: { userId: author.id, label: author.email, role: 'report-author' },
      memberUserId: member.id,
      otherUserId: other.id,
    };
    const session = (u: { email: string; password: string }) => signIn(t.app, u.email, u.password);
    const cookies: Record<Identity, string | null> = {
      public: null,
      viewer: await session(viewer),
      member: await session(member),
      other: await session(other),
      author: await session(author),
    };
    visitors = identities.map((identity) => ({ identity, cookie: cookies[identity] }));
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('notices a leak: a clerk, judged as the public, sees drafts and exempt papers in pages, downloads, packs and search', async () => {
    const db = t.database.db;
    await resetCouncil(db);
    // One council: a future meeting whose published agenda has an exempt item with a PDF paper, and a late paper left as a draft.
    const paper = { access: { choice: 'inherit', paragraph: 3 }, grantToOther: false, byAuthor: false, withdraw: false } as const;
    const spec: CountySpec = {
      salt: 'zzz',
      councils: [
        {
          committees: ['committee'],
          term: { start: null, end: null },
          otherOnSecond: false,
          meetings: [
            {
              committee: 0,
              days: 20,
              agenda: true,
              supplement: false,
              cancelled: false,
              minutes: 'none',
              substitute: false,
              exclusion: false,
              items: [
                {
                  exempt: true,
                  paragraph: 3,
                  late: false,
                  flip: false,
                  flipParagraph: 3,
                  grantToOther: false,
                  minute: null,
                  papers: [
                    { ...paper, format: 'pdf', timing: 'before' },
                    { ...paper, format: 'txt', timing: 'late' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const built = await buildCounty(db, t.app.services.storage, accounts, spec);
    const clerkCookie = await signIn(t.app, 'clerk@leak.test', 'correct horse battery');
    const asPublic: Visitor = { identity: 'public', cookie: clerkCookie };
    const urls = await councilUrls(db, built, asPublic);
    const r = await crawl(t.app, asPublic, urls, built);
    const seen = (what: RegExp) => r.leaks.filter((l) => what.test(l));
    expect(seen(/^\/documents\/\d+ \(200\) shows paper \d+ text \(exempt, published/), 'the exempt PDF paper downloaded').not.toEqual([]);
    expect(seen(/^\/documents\/\d+ \(200\) shows paper \d+ text \(exempt, draft/), 'the late draft paper downloaded').not.toEqual([]);
    expect(seen(/^\/meetings\/\d+ \(200\) shows item \d+ instruction/), 'the exempt instruction on the meeting page').not.toEqual([]);
    expect(seen(/^\/search\?q=\S+ \(200\) finds records by markers only entitled viewers may read: .*paper/), 'the exempt paper found by search').not.toEqual([]);
    // The restricted pack is a PDF: its text is read back.
    expect(seen(/^\/documents\/\d+ \(200\) shows paper \d+ text .*$/).length).toBeGreaterThanOrEqual(3);
  });

  it(`in ${runs * councilsPerCounty} generated councils, through every channel, for the public, a viewer, councillors and a report author`, { timeout: 1_800_000 }, async () => {
    const db = t.database.db;
    const storage = t.app.services.storage;
    let councilsBuilt = 0;
    const debug = (line: () => string) => process.env.LEAK_DEBUG && console.log(line());
    try {
      await fc.assert(
        fc.asyncProperty(countyArbitrary, async (spec) => {
          let started = Date.now();
          await resetCouncil(db);
          const built = await buildCounty(db, storage, accounts, spec);
          councilsBuilt += spec.councils.length;
          debug(() => `built ${built.markers.length} markers in ${Date.now() - started} ms`);
          started = Date.now();
          const problems = await problemsIn(t, visitors, built);
          debug(() => `crawled in ${Date.now() - started} ms${problems.length ? `\n${problems.slice(0, 30).join('\n')}` : ''}`);
          if (problems.length > 0) throw new Error(`What was built:\n${built.steps.join('\n')}\n\n${problems.length} problem(s):\n${problems.slice(0, 25).join('\n')}`);
        }),
        // On a failure fast-check shrinks the county and prints it ("Counterexample"); LEAK_NO_SHRINK stops at the first.
        { numRuns: runs, endOnFailure: !!process.env.LEAK_NO_SHRINK },
      );
      expect(councilsBuilt).toBeGreaterThanOrEqual(councils);
    } finally {
      debug(() =>
        [...timings]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 40)
          .map(([k, v]) => `${k} ${Math.round(v)} ms`)
          .join('\n'),
      );
    }
  });
});
