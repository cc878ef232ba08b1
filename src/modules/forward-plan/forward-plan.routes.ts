import type { FastifyInstance, FastifyRequest } from 'fastify';
import { toLondonDate } from '../../lib/dates.ts';
import { toCsv } from '../../lib/csv.ts';
import { notFound } from '../../lib/errors.ts';
import { sourceIds } from '../imports/index.ts';
import { alternates, siteFeeds } from '../feeds/index.ts';
import { sendCsv } from '../../web/csv-reply.ts';
import { idOf } from '../../web/route-helpers.ts';
import { siteOrigin } from '../../web/site-url.ts';
import { compareVersions } from './forward-plan.compare.ts';
import { printForwardPlan } from './forward-plan-print.ts';
import { forwardPlanCsvColumns, entryRow, snapshotRow } from './forward-plan.presenter.ts';
import { councilName, findEntry, findReportTitle, forwardPlanVersion, forwardPlanVersionsFor, listEntriesByLiveness, noticeFor, noticesFor } from './forward-plan.repo.ts';
import { formatDate } from '../../lib/dates.ts';
import { z } from 'zod';
import { cacheControlFor } from '../visibility/index.ts';

const compareQuery = z.object({ from: z.coerce.number().int().positive().max(2147483647), to: z.coerce.number().int().positive().max(2147483647) });
const versionParam = z.object({ number: z.coerce.number().int().positive().max(2147483647) });

const T = 'modules/forward-plan/views/';

/** The Forward Plan the viewer reads now: the newest published version, and the imported entries still to come that are not in it. */
async function currentPlan(db: FastifyInstance['services']['db'], request: FastifyRequest) {
  const rows = await listEntriesByLiveness(db, request.viewer, toLondonDate(new Date()), true);
  const [version] = await forwardPlanVersionsFor(db, request.viewer);
  const inVersion = new Set(version?.entries.map((e) => e.entryId) ?? []);
  return { version, imported: rows.filter((r) => !r.managed && !inVersion.has(r.id)) };
}

/** The public Forward Plan of key decisions: the live plan (as a page, CSV and PDF), earlier entries, every version, and a page per entry. */
export async function forwardPlanRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/forward-plan', async (request, reply) => {
    const { version, imported } = await currentPlan(db, request);
    const sources = await sourceIds(
      db,
      'forward_plan_entry',
      imported.map((r) => r.id),
    );
    return reply.render(`${T}forward-plan.njk`, {
      version: version ?? null,
      title: 'Forward Plan of key decisions',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Forward Plan' }],
      entries: imported.map((r) => ({ ...r, sourceId: sources.get(r.id) ?? null })),
      live: true,
      feeds: alternates(siteFeeds.forwardPlan),
      downloads: version || imported.length ? { csv: '/forward-plan.csv', pdf: '/forward-plan.pdf' } : null,
    });
  });

  // The current plan as CSV: the version's entries, then the imported ones still to come, as the page lists them.
  app.get('/forward-plan.csv', async (request, reply) => {
    const { version, imported } = await currentPlan(db, request);
    const rows = [...(version?.entries.map((e) => snapshotRow(e, version.number)) ?? []), ...imported.map(entryRow)];
    const name = version ? `forward-plan-version-${version.number}.csv` : `forward-plan-${toLondonDate(new Date())}.csv`;
    return sendCsv(request, reply, name, toCsv(forwardPlanCsvColumns(siteOrigin(request)), rows));
  });

  app.get('/forward-plan.pdf', async (request, reply) => {
    const { version, imported } = await currentPlan(db, request);
    let pdf: Uint8Array;
    try {
      pdf = await printForwardPlan({
        bodyName: await councilName(db, version?.bodyId),
        version: version ? { number: version.number, publishedOn: version.publishedOn, note: version.note } : null,
        entries: version?.entries.map((e) => snapshotRow(e, version.number)) ?? [],
        imported: imported.map(entryRow),
      });
    } catch (err) {
      // Without Chromium the web page is the printed plan.
      request.log.warn({ problem: (err as Error).message.split('\n')[0] }, 'Forward Plan without a PDF');
      return reply.redirect('/forward-plan', 303);
    }
    return reply
      .header('cache-control', cacheControlFor(request.viewer, { open: true }))
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${version ? `forward-plan-version-${version.number}` : 'forward-plan'}.pdf"`)
      .send(Buffer.from(pdf));
  });

  // The earlier entries as CSV, as the page lists them.
  app.get('/forward-plan/earlier.csv', async (request, reply) => {
    const rows = await listEntriesByLiveness(db, request.viewer, toLondonDate(new Date()), false);
    return sendCsv(request, reply, `forward-plan-earlier-${toLondonDate(new Date())}.csv`, toCsv(forwardPlanCsvColumns(siteOrigin(request)), rows.map(entryRow)));
  });

  app.get('/forward-plan/earlier', async (request, reply) => {
    const rows = await listEntriesByLiveness(db, request.viewer, toLondonDate(new Date()), false);
    const sources = await sourceIds(
      db,
      'forward_plan_entry',
      rows.map((r) => r.id),
    );
    return reply.render(`${T}forward-plan.njk`, {
      title: 'Earlier Forward Plan entries',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Forward Plan', href: '/forward-plan' }, { text: 'Earlier entries' }],
      entries: rows.map((r) => ({ ...r, sourceId: sources.get(r.id) ?? null })),
      live: false,
      csvHref: rows.length ? '/forward-plan/earlier.csv' : null,
    });
  });

  app.get('/forward-plan/versions', async (request, reply) => {
    const versions = await forwardPlanVersionsFor(db, request.viewer);
    const numbers = versions.map((v) => v.number);
    const items = (selected: number | undefined) => numbers.map((n) => ({ value: String(n), text: `Version ${n}`, selected: n === selected }));
    return reply.render(`${T}versions.njk`, {
      title: 'Published versions of the Forward Plan',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Forward Plan', href: '/forward-plan' }, { text: 'Published versions' }],
      versions: versions.map((v, i) => ({ ...v, count: v.entries.length, previous: versions[i + 1]?.number ?? null })),
      fromItems: items(numbers[1]),
      toItems: items(numbers[0]),
    });
  });

  app.get('/forward-plan/versions/:number.csv', async (request, reply) => {
    const p = versionParam.safeParse(request.params);
    const version = p.success ? await forwardPlanVersion(db, request.viewer, p.data.number) : undefined;
    if (!version) throw notFound('Forward Plan version');
    return sendCsv(
      request,
      reply,
      `forward-plan-version-${version.number}.csv`,
      toCsv(
        forwardPlanCsvColumns(siteOrigin(request)),
        version.entries.map((e) => snapshotRow(e, version.number)),
      ),
    );
  });

  app.get('/forward-plan/versions/:number', async (request, reply) => {
    const p = versionParam.safeParse(request.params);
    const version = p.success ? await forwardPlanVersion(db, request.viewer, p.data.number) : undefined;
    if (!version) throw notFound('Forward Plan version');
    return reply.render(`${T}version.njk`, {
      title: `Forward Plan version ${version.number}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Forward Plan', href: '/forward-plan' },
        { text: 'Published versions', href: '/forward-plan/versions' },
        { text: `Version ${version.number}` },
      ],
      version,
      csvHref: `/forward-plan/versions/${version.number}.csv`,
    });
  });

  app.get('/forward-plan/compare', async (request, reply) => {
    const q = compareQuery.safeParse(request.query);
    if (!q.success) throw notFound('Forward Plan version');
    const [from, to] = await Promise.all([forwardPlanVersion(db, request.viewer, q.data.from), forwardPlanVersion(db, request.viewer, q.data.to)]);
    if (!from || !to) throw notFound('Forward Plan version');
    return reply.render(`${T}compare.njk`, {
      title: `Changes from version ${from.number} to version ${to.number}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Forward Plan', href: '/forward-plan' },
        { text: 'Published versions', href: '/forward-plan/versions' },
        { text: 'Compare' },
      ],
      from,
      to,
      diff: compareVersions(from.entries, to.entries),
    });
  });

  app.get('/notices', async (request, reply) =>
    reply.render(`${T}notices.njk`, {
      title: 'Notices of key decisions and private meetings',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Notices' }],
      notices: await noticesFor(db, request.viewer),
    }),
  );

  app.get('/notices/:id', async (request, reply) => {
    const n = await noticeFor(db, request.viewer, idOf(request, 'Notice'));
    if (!n) throw notFound('Notice');
    const row = (key: string, text: string | null | undefined) => (text ? [{ key: { text: key }, value: { text } }] : []);
    return reply.render(`${T}notice.njk`, {
      title: `${n.kindLabel}: ${n.title}`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Notices', href: '/notices' }, { text: n.kindLabel }],
      notice: n,
      rows: [
        ...row('Published', n.publishedAt ? formatDate(n.publishedAt) : null),
        ...row('Decision maker', n.decisionMaker),
        ...row(n.kind === 'private-meeting' ? 'Meeting or decision date' : 'Decision date', formatDate(n.decisionDate)),
        ...row(n.kind === 'private-meeting' ? 'Why it will be held in private' : 'Reasons', n.reasons),
        ...row('Scrutiny chair', n.scrutinyChair),
        ...row('Scrutiny chair informed in writing', n.chairInformedOn ? formatDate(n.chairInformedOn) : null),
        ...row('Scrutiny chair agreed the decision cannot reasonably be deferred', n.chairAgreedOn ? formatDate(n.chairAgreedOn) : null),
        ...row('Notice', n.privateStage ? (n.privateStage === '28-day' ? '28 clear days before' : '5 clear days before') : null),
        ...(n.kind === 'private-meeting' ? row('Representations received', n.representations ?? 'None') : []),
        ...(n.forwardPlanEntryId
          ? [
              { key: { text: 'Forward Plan entry' }, value: { html: `<a class="govuk-link" href="/forward-plan/${n.forwardPlanEntryId}">See the entry</a>` } },
              { key: { text: 'Issue history' }, value: { html: `<a class="govuk-link" href="/issues/${n.forwardPlanEntryId}">From notice to effect</a>` } },
            ]
          : []),
      ],
    });
  });

  app.get('/forward-plan/:id', async (request, reply) => {
    const entry = await findEntry(db, request.viewer, idOf(request, 'Forward Plan entry'), toLondonDate(new Date()));
    if (!entry) throw notFound('Forward Plan entry');
    const e = entry.entry;
    const report = e.reportId ? await findReportTitle(db, request.viewer, e.reportId) : undefined;
    const sources = await sourceIds(db, 'forward_plan_entry', [e.id]);
    return reply.render(`${T}entry.njk`, {
      title: `${e.ref}: ${e.issue ?? 'Forward Plan entry'}`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Forward Plan', href: entry.live ? '/forward-plan' : '/forward-plan/earlier' }, { text: e.ref ?? '' }],
      entry: { ...e, privateDetails: undefined },
      live: entry.live,
      report: report ?? null,
      sourceId: sources.get(e.id) ?? null,
    });
  });
}
