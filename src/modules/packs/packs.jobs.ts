import type { Services } from '../../services.ts';
import type { JobHandlers } from '../jobs/index.ts';
import { PRINT_PACK_JOB } from './packs.rules.ts';
import { printPack } from './commands/print-pack.ts';
import { sharedPdfRenderer } from './pdf-renderer.ts';

/**
 * The background jobs of packs: printing the PDFs of a pack published as a web page (PRINT_PACK_JOB),
 * audited as the clerk who published it.
 * @example startJobRunner(db, packJobs(services), logger);
 */
export function packJobs(services: Pick<Services, 'db' | 'storage'>): JobHandlers {
  return {
    [PRINT_PACK_JOB]: async (payload, { progress }) => {
      const actor = { userId: typeof payload.userId === 'number' ? payload.userId : null, label: typeof payload.label === 'string' ? payload.label : 'background job' };
      await printPack(services.db, services.storage, await sharedPdfRenderer(), actor, Number(payload.packId), progress);
    },
  };
}
