import type { Services } from '../../services.ts';
import { AppError } from '../../lib/errors.ts';
import { extractPack } from '../../import/extract/index.ts';
import { importPack } from '../../import/load/load-pack.ts';
import type { JobHandlers } from '../jobs/index.ts';
import { IMPORT_PACK_JOB } from './imports.rules.ts';

/** What a finished import job keeps as its result, for the page that shows the job. */
export type ImportJobResult = { importId: number; status: 'imported' | 'updated' | 'unchanged'; warnings: number; records: Record<string, number> };

const STEPS = 3;

/**
 * The background jobs of imports: importing a pack an officer uploaded (IMPORT_PACK_JOB), read from
 * storage, extracted and loaded as that officer. A pack in which nothing can be read fails the job
 * with the extractor's one-line message.
 * @example startJobRunner(db, { ...packJobs(services), ...importJobs(services) }, logger);
 */
export function importJobs(services: Pick<Services, 'db' | 'storage'>): JobHandlers {
  return {
    [IMPORT_PACK_JOB]: async (payload, { progress }): Promise<ImportJobResult> => {
      const actor = { userId: typeof payload.userId === 'number' ? payload.userId : null, label: typeof payload.label === 'string' ? payload.label : 'background job' };
      const fileName = String(payload.fileName ?? 'pack');
      await progress({ done: 0, total: STEPS, step: 'Reading the file' });
      const stored = await services.storage.get(String(payload.storageKey));
      if (!stored) throw new AppError('not_found', 'the uploaded file is no longer stored: upload it again');
      const bytes = Buffer.from(stored);
      await progress({ done: 1, total: STEPS, step: 'Finding the meeting, agenda and minutes' });
      const extracted = extractPack(bytes, fileName);
      await progress({ done: 2, total: STEPS, step: 'Saving the records' });
      const summary = await importPack(services.db, actor, bytes, fileName, { extracted });
      await progress({ done: STEPS, total: STEPS, step: 'Imported' });
      return { importId: summary.importId, status: summary.status, warnings: summary.warnings, records: summary.records };
    },
  };
}
