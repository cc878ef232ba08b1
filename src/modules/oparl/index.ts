// OParl 1.1: the open-data API at /oparl/v1, read from the records as the public sees them.
export { oparlRoutes } from './oparl.routes.ts';
