import type { FastifyInstance } from 'fastify';
import { approvalRoutes } from './approval.routes.ts';
import { attendanceRoutes } from './attendance.routes.ts';
import { minuteItemsRoutes } from './minute-items.routes.ts';
import { minutesOverviewRoutes } from './minutes-overview.routes.ts';
import { printedMinutesRoutes } from './printed-minutes.routes.ts';

/** The clerk's record of a meeting: attendance, declarations, exclusion of the public, minutes, approval, signature and corrections. */
export async function minutesWorkflowRoutes(app: FastifyInstance): Promise<void> {
  await minutesOverviewRoutes(app);
  await attendanceRoutes(app);
  await minuteItemsRoutes(app);
  await approvalRoutes(app);
  await printedMinutesRoutes(app);
}
