import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { toLondonDate } from '../../../lib/dates.ts';
import type { Storage } from '../../../lib/storage/storage.ts';
import { slugify } from '../../../lib/validation.ts';
import { agendaItems, meetings, organisations, packs } from '../../../db/schema.ts';
import { recordsViewer } from '../../visibility/index.ts';
import { buildPack } from '../build-pack.ts';
import { loadPackInput } from '../pack-input.ts';
import type { PdfRenderer } from '../pdf-renderer.ts';
import { packLabel } from '../packs.rules.ts';
import { storePack } from './store-pack.ts';

/**
 * Prints the agenda pack of one meeting whose agenda is already published, from its published items and
 * papers only: stores the HTML, the numbered PDF and (with exempt business) the restricted PDF as pack 1,
 * and sets each item's page range from the pack. Publishes nothing and changes no access. Returns false
 * when the meeting already has a pack or its agenda is not published. One transaction, audited.
 */
export async function buildAgendaPack(ex: Executor, storage: Storage, renderer: PdfRenderer | null, actor: Actor, meetingId: number, now = new Date()): Promise<boolean> {
  const [m] = await ex
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), isNull(meetings.deletedAt)));
  if (!m?.agendaPublishedAt) return false;
  const existing = await ex
    .select({ id: packs.id })
    .from(packs)
    .where(and(eq(packs.meetingId, meetingId), isNull(packs.deletedAt)));
  if (existing.length) return false;
  const label = packLabel(1);
  const loaded = await loadPackInput(ex, storage, recordsViewer, meetingId, { label, lateReason: m.lateReason, publishedOnly: true, now: m.agendaPublishedAt });
  if (!loaded || loaded.items.length === 0) return false;
  const publicPack = await buildPack(loaded.input, 'public', renderer);
  const restrictedPack = loaded.hasExempt && renderer ? await buildPack(loaded.input, 'restricted', renderer) : null;
  const [org] = await ex.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, m.organisationId));
  const base = `${slugify(org?.name ?? 'meeting')}-${toLondonDate(m.startAt)}-${slugify(label)}`;
  const paragraphs = [...new Set(loaded.items.filter((i) => i.access === 'exempt').map((i) => i.exemptParagraph))];
  return ex.transaction(async (trx) => {
    const { pack } = await storePack(trx, storage, actor, {
      meetingId,
      bodyId: m.bodyId,
      base,
      version: 1,
      label,
      lateReason: m.lateReason,
      exemptParagraph: paragraphs.length === 1 ? (paragraphs[0] ?? null) : null,
      publicPack,
      restrictedPack,
      now: m.agendaPublishedAt ?? now,
    });
    const ranges = new Map(publicPack.ranges.map((r) => [r.agendaItemId, r]));
    for (const item of loaded.items) {
      const range = ranges.get(item.id);
      const pageFrom = range?.from ?? null;
      const pageTo = range?.to ?? null;
      if (item.pageFrom === pageFrom && item.pageTo === pageTo) continue;
      await trx.update(agendaItems).set({ pageFrom, pageTo, updatedAt: now }).where(eq(agendaItems.id, item.id));
    }
    await audit(trx, actor, 'pack.build', 'meeting', meetingId, null, { pack, warnings: [...publicPack.warnings, ...(restrictedPack?.warnings ?? [])] });
    return true;
  });
}
