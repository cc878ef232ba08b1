import { eq } from 'drizzle-orm';
import type { Db } from '../connect.ts';
import type { Logger } from 'pino';
import type { Storage } from '../../lib/storage/storage.ts';
import { bodies } from '../schema.ts';
import { buildMissingPacks, openPdfRenderer, type PdfRenderer } from '../../modules/packs/index.ts';
import { demoCouncil } from './demo-data.ts';
import { demoActor } from './demo-insert.ts';

/**
 * Prints the packs of the demo council's published agendas that have none yet, with Chromium (HTML
 * only without it). Run in the background after the server starts: printing sixty-odd packs takes a
 * minute or two, and a pack appears on its meeting page as soon as it is stored. Does nothing when
 * the database holds no demo council; resumes where it stopped after a restart.
 * @example void printDemoPacks(db, storage, logger, () => closing)
 */
export async function printDemoPacks(db: Db, storage: Storage, logger: Logger, stopped: () => boolean = () => false): Promise<number> {
  const [demo] = await db.select({ id: bodies.id }).from(bodies).where(eq(bodies.slug, demoCouncil.slug));
  if (!demo) return 0;
  let renderer: PdfRenderer | null = null;
  try {
    renderer = await openPdfRenderer();
  } catch (err) {
    logger.warn({ problem: (err as Error).message }, 'demo packs are printed without PDFs');
  }
  try {
    const built = await buildMissingPacks(db, storage, renderer, demoActor, {
      stopped,
      onError: (meetingId, err) => logger.warn({ meetingId, problem: (err as Error).message.split('\n')[0] }, 'demo pack not printed'),
    });
    if (built) logger.info({ built }, 'printed the demo council’s agenda packs');
    return built;
  } finally {
    await renderer?.close();
  }
}
