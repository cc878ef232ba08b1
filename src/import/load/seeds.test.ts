import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../../test/build-app.ts';
import { clonePostgresTemplate } from '../../../test/db.ts';
import { makeUser } from '../../../test/factories.ts';
import {
  actionPlans,
  agendaItems,
  auditEvents,
  forwardPlanEntries,
  meetings,
  memberships,
  minuteItems,
  organisations,
  people,
  provenance,
  reports,
  resolutions,
} from '../../db/schema.ts';
import { seedDemoIfEmpty } from '../../db/seed/demo.ts';
import { currentMembers } from '../../modules/minutes/index.ts';
import { importActor, importPack } from './load-pack.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const seedsDir = resolve(repoRoot, '../shared/seeds');
const seeds = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((f) => /\.(txt|md|html|pdf)$/i.test(f))
      .sort()
  : [];
if (seeds.length === 0) {
  if (process.env.REQUIRE_SHARED === '1') throw new Error(`The shared seeds are missing from ${seedsDir} (REQUIRE_SHARED=1)`);
  console.warn(`Seed import tests skipped: no seeds in ${seedsDir}`);
}

const linkTo = (html: string, prefix: string) => [...html.matchAll(new RegExp(`href="(${prefix}[^"#]*)"`, 'g'))].map((m) => m[1]!);

describe.runIf(seeds.length > 0)('importing the four seed packs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    for (const f of seeds) await importPack(t.database.db, importActor, readFileSync(join(seedsDir, f)), f);
  }, 120_000);
  afterAll(() => t?.close());

  const meetingOn = async (orgPattern: string, isoDay: string) => {
    const rows = await t.database.db
      .select({ id: meetings.id, startAt: meetings.startAt, name: organisations.name })
      .from(meetings)
      .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
      .where(sql`${organisations.name} ilike ${orgPattern} and (${meetings.startAt} at time zone 'Europe/London')::date = ${isoDay}::date`);
    return rows[0];
  };

  const showSource = async (page: string) => {
    const res = await t.app.inject(page);
    expect(res.statusCode, page).toBe(200);
    const sources = linkTo(res.body, '/sources/');
    expect(sources.length, `Show source links on ${page}`).toBeGreaterThan(0);
    const src = await t.app.inject(sources[0]!);
    expect(src.statusCode).toBe(200);
    expect(src.body).toMatch(/<td class="govuk-table__cell app-source__number">\d+<\/td>/);
    return res.body;
  };

  it('has the Cabinet meeting of 13 May 2019 and the scrutiny meeting of 28 July 2017 with their agendas', async () => {
    const cabinet = await meetingOn('cabinet', '2019-05-13');
    expect(cabinet?.startAt.toISOString()).toBe('2019-05-13T09:00:00.000Z');
    const scrutiny = await meetingOn('%scrutiny%', '2017-07-28');
    expect(scrutiny).toBeDefined();
    for (const m of [cabinet!, scrutiny!]) {
      const items = await t.database.db.select().from(agendaItems).where(eq(agendaItems.meetingId, m.id));
      expect(items.length).toBeGreaterThanOrEqual(8);
      const page = await showSource(`/meetings/${m.id}`);
      expect(page).toContain(items[0]!.title);
    }
  });

  it('links an item’s printed pages to its report, and reads minutes as printed: paragraphs, each resolution once, declarations', async () => {
    const cabinet = await meetingOn('cabinet', '2019-05-13');
    const page = (await t.app.inject(`/meetings/${cabinet!.id}`)).body;
    const [young] = await t.database.db
      .select()
      .from(reports)
      .where(sql`${reports.title} ilike 'Future Support Arrangement%'`);
    expect(page).toContain(`<a class="govuk-link" href="/reports/${young!.id}">Pages 13 - 72: Future Support Arrangement for Young Carers</a>`);
    const earlier = await meetingOn('cabinet', '2019-03-11');
    const minutesPage = (await t.app.inject(`/meetings/${earlier!.id}`)).body;
    const [m186] = await t.database.db.select().from(minuteItems).where(eq(minuteItems.number, '186'));
    expect(m186!.narrative!.split('\n\n').length).toBeGreaterThan(2);
    const res = await t.database.db.select().from(resolutions).where(eq(resolutions.minuteItemId, m186!.id));
    expect(res.length).toBeGreaterThanOrEqual(3);
    for (const r of res) expect(minutesPage.split(r.text.slice(0, 60).replace(/&/g, '&amp;').replace(/'/g, '&#39;')).length - 1, r.text).toBe(1);
    expect(minutesPage).toContain('Cllr M Chilcott – West Somerset District Council');
  });

  it('keeps minute numbers as printed and links them to the earlier meeting', async () => {
    const earlier = await meetingOn('cabinet', '2019-03-11');
    expect(earlier).toBeDefined();
    const [m186] = await t.database.db.select().from(minuteItems).where(eq(minuteItems.number, '186'));
    expect(m186).toMatchObject({ agendaNumber: '5' });
    const [p] = await t.database.db
      .select()
      .from(provenance)
      .where(and(eq(provenance.subjectType, 'minute_item'), eq(provenance.subjectId, m186!.id)));
    expect(p!.sourceKey).toBe('minute:186');
    const src = await t.app.inject(`/sources/${p!.id}`);
    expect(src.body).toContain('186');
    await showSource(`/meetings/${earlier!.id}`);
  });

  it('publishes reports, the Forward Plan, the work programme, the tracker and the action plan with their sources', async () => {
    const rs = await t.database.db.select().from(reports);
    expect(rs.length).toBeGreaterThanOrEqual(4);
    const young = rs.find((r) => /young carers/i.test(r.title))!;
    const page = await showSource(`/reports/${young.id}`);
    expect(page).toContain('County Solicitor');
    // A 2017 plan's entries are history: not on the live Forward Plan, but kept with the earlier entries.
    expect((await t.app.inject('/forward-plan')).body).not.toContain('FP/17/07/04');
    const fp = await showSource('/forward-plan/earlier');
    expect(fp).toContain('FP/17/07/04');
    const [entry] = await t.database.db.select().from(forwardPlanEntries).where(eq(forwardPlanEntries.ref, 'FP/17/07/04'));
    await showSource(`/forward-plan/${entry!.id}`);
    await showSource('/work-programme');
    await showSource('/outcome-tracker');
    const [plan] = await t.database.db.select().from(actionPlans);
    const list = await t.app.inject('/action-plans');
    expect(list.body).toContain(`/action-plans/${plan!.slug}`);
    const planPage = await showSource(`/action-plans/${plan!.slug}`);
    expect(planPage).toMatch(/govuk-tag--(orange|green|red)/);
  });

  it('reports nothing changed when the packs are imported again', async () => {
    const { db } = t.database;
    const tables = [
      'meetings',
      'agenda_items',
      'minute_items',
      'resolutions',
      'attendances',
      'reports',
      'report_sign_offs',
      'forward_plan_entries',
      'work_programme_items',
      'tracker_outcomes',
      'plan_actions',
      'people',
      'provenance',
      'imports',
    ];
    const counts = async () =>
      Promise.all(tables.map(async (name) => Number(((await db.execute(sql.raw(`select count(*) as n from ${name}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n)));
    const before = await counts();
    const audits = Number((await db.select({ n: sql<number>`count(*)` }).from(auditEvents))[0]!.n);
    for (const f of seeds) expect((await importPack(db, importActor, readFileSync(join(seedsDir, f)), f)).status).toBe('unchanged');
    expect(await counts()).toEqual(before);
    expect(Number((await db.select({ n: sql<number>`count(*)` }).from(auditEvents))[0]!.n)).toBe(audits);
  });

  it('never shows an exempt report or its source lines to the public', async () => {
    const { db } = t.database;
    const [public5] = await db
      .select()
      .from(reports)
      .where(sql`${reports.title} ilike '%young carers%'`)
      .limit(1);
    await db.update(reports).set({ access: 'exempt', exemptParagraph: 3 }).where(eq(reports.id, public5!.id));
    try {
      expect((await t.app.inject(`/reports/${public5!.id}`)).statusCode).toBe(404);
      const [p] = await db
        .select()
        .from(provenance)
        .where(and(eq(provenance.subjectType, 'report'), eq(provenance.subjectId, public5!.id)));
      expect((await t.app.inject(`/sources/${p!.id}`)).statusCode).toBe(404);
      // The meeting's own source page withholds the exempt report's lines.
      const [mp] = await db
        .select()
        .from(provenance)
        .where(and(eq(provenance.subjectType, 'meeting'), eq(provenance.importId, p!.importId)));
      const meetingSource = await t.app.inject(`/sources/${mp!.id}`);
      const secret = (await db.select().from(reports).where(eq(reports.id, public5!.id)))[0]!.summary!.slice(0, 60);
      expect(meetingSource.body).not.toContain(secret);
      // A councillor on no committee is not entitled; a clerk is.
      const councillor = await makeUser(db, 'councillor', 'cllr-seeds@test.example');
      const cookie = await signIn(t.app, councillor.email, councillor.password);
      expect((await t.app.inject({ url: `/reports/${public5!.id}`, headers: { cookie } })).statusCode).toBe(404);
      const clerk = await makeUser(db, 'democratic-services', 'clerk-seeds@test.example');
      const clerkCookie = await signIn(t.app, clerk.email, clerk.password);
      expect((await t.app.inject({ url: `/reports/${public5!.id}`, headers: { cookie: clerkCookie } })).statusCode).toBe(200);
    } finally {
      await db.update(reports).set({ access: 'public', exemptParagraph: null }).where(eq(reports.id, public5!.id));
    }
  });
});

describe.runIf(seeds.length > 0)('importing the seed packs into the demo council', () => {
  let t: TestApp;
  const currentMemberships = async () =>
    (
      await t.database.db
        .select({ org: organisations.slug, person: memberships.personId, role: memberships.role, start: memberships.startDate })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(sql`${memberships.deletedAt} is null and ${memberships.endDate} is null`)
    )
      .map((m) => `${m.org}|${m.person}|${m.role}|${m.start}`)
      .sort();
  let before: string[];
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoIfEmpty(t.database.db, { now: new Date('2026-03-20T12:00:00Z') });
    before = await currentMemberships();
    for (const f of seeds) await importPack(t.database.db, importActor, readFileSync(join(seedsDir, f)), f);
  }, 180_000);
  afterAll(() => t?.close());

  it('leaves the current members of every committee unchanged: what old packs show is history at their dates', async () => {
    expect(before.length).toBeGreaterThan(50);
    expect(await currentMemberships()).toEqual(before);
    const chairs = await t.database.db
      .select({ org: memberships.organisationId, n: sql<number>`count(*)::int` })
      .from(memberships)
      .where(sql`${memberships.role} = 'chair' and ${memberships.endDate} is null and ${memberships.deletedAt} is null`)
      .groupBy(memberships.organisationId);
    expect(chairs.every((c) => c.n === 1)).toBe(true);
    // The 2019 Cabinet's members are members as at that meeting.
    const [cabinet] = await t.database.db.select().from(organisations).where(eq(organisations.slug, 'cabinet'));
    const dated = await t.database.db
      .select()
      .from(memberships)
      .where(sql`${memberships.organisationId} = ${cabinet!.id} and ${memberships.endDate} is not null and ${memberships.startDate} <= '2019-05-13'`);
    expect(dated.length).toBeGreaterThanOrEqual(8);
    expect(dated.every((m) => m.endDate! >= '2019-05-13' && m.startDate! <= '2019-05-13')).toBe(true);
  });

  it('offers the attendance form of a demo meeting its own members, not the 2019 Cabinet', async () => {
    const [cabinet] = await t.database.db.select().from(organisations).where(eq(organisations.slug, 'cabinet'));
    const atDate = async (day: string) => (await currentMembers(t.database.db, cabinet!.id, day)).map((m) => m.printedName);
    const then = await atDate('2019-05-13');
    expect(then).toContain('Cllr D Fothergill');
    const now = await atDate('2026-03-20');
    expect(now.length).toBeGreaterThan(5);
    expect(now.some((n) => then.includes(n))).toBe(false);
  });

  it('gives imported meetings the status their documents prove', async () => {
    const statusOn = async (slug: string, day: string) =>
      (
        await t.database.db
          .select({ status: meetings.status })
          .from(meetings)
          .innerJoin(organisations, eq(organisations.id, meetings.organisationId))
          .where(sql`${organisations.slug} = ${slug} and (${meetings.startAt} at time zone 'Europe/London')::date = ${day}::date`)
      )[0]?.status;
    expect(await statusOn('cabinet', '2019-03-11')).toBe('minutes-approved');
    expect(await statusOn('cabinet', '2019-05-13')).toBe('agenda-published');
  });

  it('keeps the Forward Plan of 2017 out of the live plan and at its own pages', async () => {
    const live = await t.app.inject('/forward-plan');
    expect(live.body).not.toContain('FP/17/');
    const [entry] = await t.database.db.select().from(forwardPlanEntries).where(eq(forwardPlanEntries.ref, 'FP/17/07/04'));
    const page = await t.app.inject(`/forward-plan/${entry!.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('no longer on the current Forward Plan');
  });

  it('keeps one person per councillor across packs, and never merges two people with different given names', async () => {
    const family = async (name: string) =>
      (
        await t.database.db
          .select()
          .from(people)
          .where(sql`${people.familyName} = ${name} and ${people.deletedAt} is null`)
      )
        .map((p) => p.printedName)
        .sort();
    expect(await family('Coles')).toEqual(['Cllr S Coles']);
    const locks = await family('Lock');
    expect(locks).toContain('Cllr J Lock');
    expect(locks.filter((n) => /\bM(el)? Lock$/.test(n))).toHaveLength(1);
  });
});

describe('shirehall import on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shirehall-import-'));
  // On PostgreSQL the command gets a migrated database of its own; on PGlite, a data directory.
  let database: Awaited<ReturnType<typeof clonePostgresTemplate>> | undefined;
  beforeAll(async () => {
    if (process.env.DATABASE_URL) database = await clonePostgresTemplate(process.env.DATABASE_URL, 'cli');
  }, 60_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database?.drop();
  });
  const run = (...files: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(dir, 'data'), NODE_ENV: 'test', LOG_LEVEL: 'silent' };
    if (database) env.DATABASE_URL = database.url;
    else delete env.DATABASE_URL;
    const result = spawnSync(process.execPath, [join(repoRoot, 'bin/shirehall.js'), 'import', ...files], { cwd: repoRoot, env, encoding: 'utf8', timeout: 120_000 });
    // What the command said, so a failure names its cause.
    return { ...result, said: `exit ${result.status ?? result.signal}: ${result.stderr}` };
  };

  it('exits 2 with one line and writes nothing for a corrupted pack, then imports a good one', () => {
    const bad = join(dir, 'corrupt.pdf');
    writeFileSync(bad, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 159, 146, 150, 0, 1, 2])]));
    const good = resolve(import.meta.dirname, 'fixtures/wolds-cabinet.txt');
    const failed = run(good, bad);
    expect(failed.status).toBe(2);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).toContain('corrupt.pdf');
    expect(failed.stdout).toBe('');
    const ok = run(good);
    expect(ok.said).toBe('exit 0: ');
    const summary = JSON.parse(ok.stdout.trim()) as Record<string, unknown>;
    expect(summary).toMatchObject({ files: 1, imported: 1, unchanged: 0, failed: 0 });
    const again = run(good);
    expect(JSON.parse(again.stdout.trim())).toMatchObject({ files: 1, imported: 0, unchanged: 1 });
  }, 180_000);
});
