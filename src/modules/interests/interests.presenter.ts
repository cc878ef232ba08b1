import type { InferSelectModel } from 'drizzle-orm';
import { publicationLabel } from '../visibility/index.ts';
import { categoryLabels, interestCategoryOrder, isPecuniary, notificationDeadline, SENSITIVE_WORDING } from './interests.rules.ts';
import type { interestEntries } from './interests.table.ts';

type Entry = InferSelectModel<typeof interestEntries>;
type Event = { at: Date; action: string; subjectId: string | null; before: unknown; after: unknown };
type Declaration = {
  id: number;
  interest: string;
  kind: string;
  action: string | null;
  dispensation: string | null;
  meetingId: number;
  startAt: Date;
  committee: string;
  itemNumber: string | null;
  itemTitle: string | null;
};

const declarationKinds: Record<string, string> = {
  'disclosable-pecuniary': 'Disclosable pecuniary interest',
  'other-registrable': 'Other registrable interest',
  'non-registrable': 'Non-registrable interest',
  unspecified: 'Interest',
};

/** "£75.00" from pence. */
const money = (pence: number) => `£${(pence / 100).toFixed(2)}`;

/** One entry as the register prints it; a sensitive one the viewer may not read shows the statutory wording only. */
function presentEntry(e: Entry, canRead: boolean) {
  const late = notificationDeadline(e.arose, e.notified);
  return {
    id: e.id,
    category: e.category,
    categoryLabel: categoryLabels[e.category],
    description: canRead ? e.description : SENSITIVE_WORDING,
    sensitive: e.sensitive,
    withheld: !canRead,
    donor: canRead ? e.donor : null,
    value: canRead && e.valuePence !== null ? money(e.valuePence) : null,
    arose: e.arose,
    notified: e.notified,
    ended: e.ended,
    due: late.due,
    daysLate: late.daysLate,
    publication: publicationLabel(e.publication),
  };
}

/** What one audit event did to an entry, in words for the change history. */
function describeEvent(e: Event, entry: Entry): string {
  const label = categoryLabels[entry.category];
  if (e.action === 'interest.publish') return `Added to the register: ${label}`;
  if (e.action === 'interest.withdraw') return `Removed from the register: ${label}`;
  const endedNow = (e.after as { ended?: string | null } | null)?.ended && !(e.before as { ended?: string | null } | null)?.ended;
  return endedNow ? `Ended: ${label}` : `Changed: ${label}`;
}

/**
 * A member's register from what the repo read (no I/O): current interests under the statutory headings
 * (every heading shown, "None" where empty), those that have ended, the change history since each entry
 * was published, and the declarations the member made at meetings.
 */
export function presentRegister(data: { entries: { entry: Entry; readable: boolean }[]; events: Event[]; declarations: Declaration[] }, today: string) {
  const entries = data.entries.map((r) => ({ ...presentEntry(r.entry, r.readable), row: r.entry }));
  const isCurrent = (e: { ended: string | null }) => !e.ended || e.ended > today;
  const byId = new Map(data.entries.map((r) => [String(r.entry.id), r.entry]));
  return {
    headings: interestCategoryOrder.map((c) => ({
      category: c,
      label: categoryLabels[c],
      pecuniary: isPecuniary(c),
      entries: entries.filter((e) => e.category === c && isCurrent(e)),
    })),
    ended: entries.filter((e) => !isCurrent(e)),
    late: entries.filter((e) => e.daysLate > 0).length,
    history: data.events
      .filter((e) => {
        const entry = e.subjectId ? byId.get(e.subjectId) : undefined;
        return entry?.publishedAt && (e.action === 'interest.publish' || e.at >= entry.publishedAt);
      })
      .map((e) => ({ at: e.at, text: describeEvent(e, byId.get(e.subjectId!)!) })),
    declarations: data.declarations.map((d) => ({
      ...d,
      kindLabel: declarationKinds[d.kind] ?? 'Interest',
      item: d.itemNumber || d.itemTitle ? `Item ${d.itemNumber ?? ''} ${d.itemTitle ?? ''}`.replace(/\s+/g, ' ').trim() : 'General',
    })),
  };
}
