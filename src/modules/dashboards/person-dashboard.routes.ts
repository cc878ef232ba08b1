import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addDays, toLondonDate } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import { dueBy, presentAction } from '../action-plans/index.ts';
import { presentMeasure } from '../measures/index.ts';
import { publicViewer } from '../visibility/index.ts';
import { ownedBy, personById, personBySlug } from './person-dashboard.repo.ts';

const T = 'modules/dashboards/views/';
const slugParam = z.object({ slug: z.string().min(1).max(200) });

/** How far ahead "due soon" looks: 8 weeks. */
const SOON_DAYS = 56;

type Owned = Awaited<ReturnType<typeof ownedBy>>;

/**
 * A person's work as their dashboard shows it on a day: their actions as overdue (due in the past and
 * not complete), due in the next 8 weeks, and the rest; and their measures. Each links to its plan.
 */
export function personWork(owned: Owned, today: string) {
  const soon = addDays(today, SOON_DAYS);
  const actions = owned.actions.map((r) => {
    const a = presentAction(r.action, today);
    const due = dueBy(a);
    return { ...a, planTitle: r.planTitle, planUrl: `/action-plans/${r.planSlug}`, dueSoon: !a.overdue && a.rag !== 'Blue' && due !== null && due >= today && due <= soon };
  });
  return {
    total: owned.actions.length + owned.measures.length,
    overdue: actions.filter((a) => a.overdue),
    dueSoon: actions.filter((a) => a.dueSoon),
    rest: actions.filter((a) => !a.overdue && !a.dueSoon),
    measures: owned.measures.map((r) => ({
      ...presentMeasure(r.measure),
      planTitle: r.planTitle,
      url: r.planSlug ? `/action-plans/${r.planSlug}` : `/measures/${r.measure.id}`,
    })),
  };
}

/**
 * A person's dashboard (public: the published actions and measures they own, what is overdue and what
 * is due soon) and "My actions", the same page for a signed-in user who is linked to a person.
 */
export async function personDashboardRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;
  const today = () => toLondonDate(new Date());

  app.get('/dashboards/people/:slug', async (request, reply) => {
    const p = slugParam.safeParse(request.params);
    const person = p.success ? await personBySlug(db, p.data.slug) : undefined;
    if (!person) throw notFound('Person');
    return reply.render(`${T}person-dashboard.njk`, {
      title: `${person.printedName}: dashboard`,
      caption: 'Dashboard',
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Councillors and officers', href: '/people' },
        { text: person.printedName, href: `/people/${person.slug}` },
        { text: 'Dashboard' },
      ],
      person,
      work: personWork(await ownedBy(db, publicViewer, person.printedName), today()),
    });
  });

  app.get('/officer/my-actions', { preHandler: app.requireCan('officer-area:view') }, async (request, reply) => {
    const personId = request.user?.personId ?? null;
    const person = personId === null ? undefined : await personById(db, personId);
    return reply.render(`${T}person-dashboard.njk`, {
      title: 'My actions',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'My actions' }],
      mine: true,
      person,
      work: person ? personWork(await ownedBy(db, publicViewer, person.printedName), today()) : undefined,
    });
  });
}
