import { z } from 'zod';
import { toLondonDate } from '../lib/dates.ts';
import { notFound } from '../lib/errors.ts';
import { findPlan, listPlans, planContents, presentPlan, presentTree, rollUpExplained, type PresentedPart } from '../modules/plans/index.ts';
import { defineRoute, type ApiRoute } from './api-route.ts';
import { linksFor } from './api.presenter.ts';
import { apiSchemas, idParams } from './common.schema.ts';

const rag = z.enum(['Red', 'Amber', 'Green']).nullable();
const direction = z.enum(['improving', 'worsening', 'no-change', 'not-enough-data']);

const planSchema = z
  .object({
    id: z.number().int().positive(),
    url: z.url(),
    title: z.string(),
    slug: z.string(),
    startDate: z.iso.date(),
    endDate: z.iso.date(),
    organisationId: z.number().int().nullable().describe('The owning organisation'),
    description: z.string().nullable(),
    levels: z.array(z.string()).describe('The names of the hierarchy’s levels, top first'),
  })
  .register(apiSchemas, { id: 'Plan', description: 'A plan of the council with its hierarchy’s level names' });

const partSchema = z
  .object({
    id: z.number().int().positive(),
    parentId: z.number().int().nullable(),
    level: z.number().int().describe('0 for the top level; an index into the plan’s `levels`'),
    levelName: z.string(),
    number: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    rag: rag.describe(rollUpExplained),
    direction,
    deliveryGroups: z.array(z.object({ id: z.number().int(), name: z.string() })),
    champions: z.array(z.object({ id: z.number().int(), name: z.string() })),
    actionPlans: z.array(z.object({ id: z.number().int(), title: z.string(), actionCount: z.number().int(), overdueCount: z.number().int() })),
    measures: z.array(z.object({ id: z.number().int(), name: z.string(), computedRag: rag, direction })),
  })
  .register(apiSchemas, { id: 'PlanPart', description: 'A part of a plan with its rolled-up RAG and direction and what is linked to it' });

const planWithParts = planSchema
  .extend({ parts: z.array(partSchema).describe('Every part, in tree order (a parent before its children)') })
  .register(apiSchemas, { id: 'PlanWithParts' });

type Plan = Parameters<typeof presentPlan>[0];

const present = (p: Plan, api: (path: string) => string): z.infer<typeof planSchema> => {
  const v = presentPlan(p);
  return {
    id: v.id,
    url: api(`/plans/${v.id}`),
    title: v.title,
    slug: v.slug,
    startDate: v.startDate,
    endDate: v.endDate,
    organisationId: v.organisationId,
    description: v.description,
    levels: v.levels,
  };
};

const presentPart = (p: PresentedPart): z.infer<typeof partSchema> => ({
  id: p.id,
  parentId: p.parentId,
  level: p.level,
  levelName: p.levelName,
  number: p.number,
  title: p.title,
  description: p.description,
  rag: p.rag,
  direction: p.direction,
  deliveryGroups: p.groups.map((g) => ({ id: g.id, name: g.name })),
  champions: p.champions.map((c) => ({ id: c.id, name: c.name })),
  actionPlans: p.actionPlans.map((a) => ({ id: a.id, title: a.title, actionCount: a.actionCount, overdueCount: a.overdueCount })),
  measures: p.measures.map((m) => ({ id: m.id, name: m.name, computedRag: m.computedRag, direction: m.direction })),
});

/** Plans: the list, and one plan's tree of parts with each part's rolled-up RAG and direction. */
export function planRoutes(): ApiRoute[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/plans',
      operationId: 'listPlans',
      summary: 'Plans',
      description: 'The plans you may see, newest period first.',
      tag: 'Plans',
      response: z.object({ data: z.array(planSchema) }),
      handler: async ({ request }) => ({ data: (await listPlans(request.server.services.db, request.viewer)).map((p) => present(p, linksFor(request).api)) }),
    }),
    defineRoute({
      method: 'GET',
      path: '/plans/:id',
      operationId: 'getPlan',
      summary: 'A plan and its parts',
      description: `The plan with every part in tree order. ${rollUpExplained}`,
      tag: 'Plans',
      resource: 'Plan',
      params: idParams,
      response: planWithParts,
      handler: async ({ request, params }) => {
        const { db } = request.server.services;
        const plan = await findPlan(db, request.viewer, { id: params.id });
        if (!plan) throw notFound('Plan');
        const tree = presentTree(plan, await planContents(db, request.viewer, plan.id), toLondonDate(new Date()));
        return { ...present(plan, linksFor(request).api), parts: tree.parts.map(presentPart) };
      },
    }),
  ];
}
