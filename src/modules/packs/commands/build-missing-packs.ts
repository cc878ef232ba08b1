import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import type { Storage } from '../../../lib/storage/storage.ts';
import type { PdfRenderer } from '../pdf-renderer.ts';
import { meetingsWithoutPacks } from '../packs.repo.ts';
import { buildAgendaPack } from './build-agenda-pack.ts';

/**
 * Prints the packs of every published agenda that has none (see buildAgendaPack), oldest first, one
 * meeting at a time, until `stopped` says so; a meeting that fails is skipped and reported. Returns how many were built.
 */
export async function buildMissingPacks(
  ex: Executor,
  storage: Storage,
  renderer: PdfRenderer | null,
  actor: Actor,
  opts: { onError?: (meetingId: number, err: unknown) => void; stopped?: () => boolean } = {},
): Promise<number> {
  let built = 0;
  for (const { id } of await meetingsWithoutPacks(ex)) {
    if (opts.stopped?.()) break;
    try {
      if (await buildAgendaPack(ex, storage, renderer, actor, id)) built += 1;
    } catch (err) {
      opts.onError?.(id, err);
    }
  }
  return built;
}
