import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { toLondonDate } from '../../lib/dates.ts';
import type { Storage } from '../../lib/storage/storage.ts';
import { bodies, organisations } from '../../db/schema.ts';
import { findMeeting, listAgendaItems, locationLine } from '../meetings/index.ts';
import { membersOn, postHolderOn } from '../people/index.ts';
import type { Viewer } from '../visibility/index.ts';
import type { PackDocument, PackInput } from './build-pack.ts';
import { generatedPaper } from './generated-papers.ts';
import { listItemDocuments } from './packs.repo.ts';

/** The post that issues summonses when the constitution names none. */
export const defaultSummonsPost = 'Monitoring Officer';

const roleNames: Record<string, string> = { chair: 'Chair', 'vice-chair': 'Vice-Chair', member: '', substitute: 'Substitute', 'co-opted': 'Co-opted member' };

/**
 * The officer who issues a committee's summons, as the front sheet prints it ("Joanna Fielding, Head of
 * Democratic Services"): the holder on `onDate` of the post named by the committee's or else the
 * council's `summonsIssuedBy` rule (default: Monitoring Officer); the post alone when it is vacant.
 * Never the signed-in account.
 * @example await issuingOfficer(db, bodyId, organisationId, '2026-05-01') // 'Nadia Okafor, Monitoring Officer'
 */
export async function issuingOfficer(ex: Executor, bodyId: number, organisationId: number, onDate: string): Promise<string> {
  const [body] = await ex.select({ rules: bodies.rules }).from(bodies).where(eq(bodies.id, bodyId));
  const [org] = await ex.select({ rules: organisations.rules }).from(organisations).where(eq(organisations.id, organisationId));
  const named = [org?.rules?.summonsIssuedBy, body?.rules?.summonsIssuedBy].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const post = named?.trim() ?? defaultSummonsPost;
  const holder = await postHolderOn(ex, bodyId, post, onDate);
  return holder ? `${holder.printedName}, ${holder.postTitle}` : post;
}

/**
 * Everything a meeting's pack is built from, read as `viewer` sees it (a clerk sees the drafts): the
 * front sheet (members on the meeting's date, contact officer, issuing officer), the live agenda items
 * and their papers with bytes (only published ones with `publishedOnly`), and the papers Shirehall
 * generates for items that carry one. Undefined when the meeting is missing.
 */
export async function loadPackInput(
  ex: Executor,
  storage: Storage,
  viewer: Viewer,
  meetingId: number,
  opts: { label: string; lateReason: string | null; issuedBy?: string | null; issuedOn?: string | null; now?: Date; publishedOnly?: boolean },
) {
  const row = await findMeeting(ex, meetingId);
  if (!row) return undefined;
  const m = row.meeting;
  const now = opts.now ?? new Date();
  const items = (await listAgendaItems(ex, viewer, meetingId)).filter((i) => (opts.publishedOnly ? i.publication === 'published' : i.publication !== 'withdrawn'));
  const [body] = await ex.select({ name: bodies.name }).from(bodies).where(eq(bodies.id, m.bodyId));
  const meetingDate = toLondonDate(m.startAt);
  const issuedOn = opts.issuedOn ?? m.issuedOn ?? toLondonDate(now);
  const issuedBy = opts.issuedBy || m.issuedBy || (await issuingOfficer(ex, m.bodyId, m.organisationId, issuedOn));
  const members = (await membersOn(ex, m.organisationId, meetingDate)).map((p) => ({ name: p.printedName, role: p.roleLabel ?? roleNames[p.role] ?? '' }));
  const visibleItems = new Set(items.map((i) => i.id));
  const packDocs: PackDocument[] = [];
  for (const d of await listItemDocuments(ex, meetingId)) {
    if (d.agendaItemId === null || !visibleItems.has(d.agendaItemId) || (opts.publishedOnly && d.publication !== 'published')) continue;
    const bytes = await storage.get(d.storageKey);
    if (bytes) packDocs.push({ id: d.id, agendaItemId: d.agendaItemId, title: d.title, mimeType: d.mimeType, isPublic: d.access === 'public', bytes });
  }
  // Papers Shirehall writes itself (the outcome tracker, highlight reports), as they stand now.
  for (const i of items) {
    const paper = i.paperSource ? await generatedPaper(ex, m, i.paperSource) : undefined;
    if (paper) packDocs.push({ id: -i.id, agendaItemId: i.id, title: paper.title, mimeType: 'text/html', isPublic: i.access === 'public', bytes: new Uint8Array(), paper });
  }
  const input: PackInput = {
    bodyName: body?.name ?? '',
    label: opts.label,
    meeting: {
      organisationName: row.organisation.name,
      title: m.title,
      startAt: m.startAt,
      endAt: m.endAt,
      place: locationLine(row.location),
      contact: row.contact?.id ? [row.contact.printedName, row.contact.email, row.contact.phone].filter(Boolean).join(', ') : null,
      issuedBy,
      issuedOn,
      members,
    },
    lateReason: opts.lateReason,
    items: items.map((i) => ({
      id: i.id,
      parentId: i.parentId,
      number: i.number,
      title: i.title,
      instruction: i.instruction,
      isPublic: i.access === 'public',
      exemptParagraph: i.exemptParagraph,
    })),
    documents: packDocs,
  };
  const hasExempt = items.some((i) => i.access === 'exempt') || packDocs.some((d) => !d.isPublic);
  return { row, items, input, hasExempt, issuedBy, issuedOn };
}
