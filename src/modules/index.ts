import type { FastifyInstance } from 'fastify';
import { accountsRoutes } from './accounts/index.ts';

/** Every module's route plugin, registered in order by the app. */
export const modules: ((app: FastifyInstance) => Promise<void>)[] = [accountsRoutes];
