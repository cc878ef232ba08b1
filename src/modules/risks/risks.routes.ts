import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { formatDate, toLondonDate } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import { plural } from '../../web/format.ts';
import { listRisks, riskPage } from './risks.repo.ts';
import { heatMap, presentRisk, scoreChart } from './risks.presenter.ts';
import { risksOfficerRoutes } from './risks-officer.routes.ts';

const T = 'modules/risks/views/';
const refParam = z.object({ ref: z.string().min(1).max(20) });

/** The public risk register (list and heat map) and each risk's page, then the officer screens. */
export async function risksRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get('/risks', async (request, reply) => {
    const today = toLondonDate(new Date());
    const risks = (await listRisks(db, request.viewer)).map((r) => presentRisk(r, today));
    return reply.render(`${T}risks.njk`, {
      title: 'Risk register',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Risk register' }],
      risks,
      heatMap: heatMap(risks),
      counts: { total: plural(risks.length, 'risk'), overdue: risks.filter((r) => r.reviewOverdue).length },
    });
  });

  app.get('/risks/:ref', async (request, reply) => {
    const p = refParam.safeParse(request.params);
    const page = p.success ? await riskPage(db, request.viewer, p.data.ref) : undefined;
    if (!page) throw notFound('Risk');
    const r = presentRisk(page.risk, toLondonDate(new Date()));
    const rating = (score: number | null, l: number | null, i: number | null) => (score === null ? 'Not set' : `${score} (likelihood ${l} × impact ${i})`);
    return reply.render(`${T}risk.njk`, {
      title: `${r.ref}: ${r.title}`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Risk register', href: '/risks' }, { text: r.ref }],
      r,
      summary: [
        { key: { text: 'Reference' }, value: { text: r.ref } },
        ...(r.category ? [{ key: { text: 'Category' }, value: { text: r.category } }] : []),
        { key: { text: 'Owner' }, value: { text: r.owner } },
        { key: { text: 'Current score' }, value: { text: `${rating(r.score, r.likelihood, r.impact)}: ${r.band.text.toLowerCase()}` } },
        { key: { text: 'Target score' }, value: { text: rating(r.targetScore, r.targetLikelihood, r.targetImpact) } },
        { key: { text: 'Next review' }, value: { text: r.reviewDate ? `${formatDate(r.reviewDate)}${r.reviewOverdue ? ' (overdue)' : ''}` : 'Not set' } },
      ],
      chart: scoreChart(page.history),
      reports: page.reports,
    });
  });

  await risksOfficerRoutes(app);
}
