import type { FastifyInstance } from 'fastify';

/** Public plan pages and the officer screens of plans. */
export async function plansRoutes(_app: FastifyInstance): Promise<void> {}
