import { formatDate } from '../../lib/dates.ts';
import type { ForwardPlanSnapshotEntry } from './forward-plan.table.ts';

/** A changed field of an entry between two versions, in words. */
export type FieldChange = { field: string; label: string; from: string; to: string };

/** What changed between two published versions: entries added, removed, and changed with their fields. */
export type VersionComparison = {
  added: ForwardPlanSnapshotEntry[];
  removed: ForwardPlanSnapshotEntry[];
  changed: { entry: ForwardPlanSnapshotEntry; changes: FieldChange[] }[];
};

const fields: [keyof ForwardPlanSnapshotEntry, string, (e: ForwardPlanSnapshotEntry) => string][] = [
  ['issue', 'Issue', (e) => e.issue ?? ''],
  ['decisionDateText', 'Decision date', (e) => e.decisionDateText],
  ['decisionMakers', 'Decision maker', (e) => e.decisionMakers.join(', ')],
  ['decision', 'Decision', (e) => e.decision ?? ''],
  ['documents', 'Documents', (e) => e.documents ?? ''],
  ['exempt', 'Exempt information', (e) => (e.exempt ? `${e.exempt}: paragraph ${e.exemptMatterParagraph}` : 'None')],
  ['contacts', 'Contact', (e) => e.contacts.join('; ')],
  ['keySpend', 'Spend or saving', (e) => (e.keySpend === null ? 'Not given' : `£${e.keySpend.toLocaleString('en-GB')}`)],
  ['divisionsAffected', 'Divisions affected', (e) => (e.keyDivisions ? (e.divisionsAffected ?? '') : 'Not applicable')],
  ['firstPublished', 'First published', (e) => formatDate(e.firstPublished)],
];

/**
 * Compares two published versions' entries, matched by entry: added, removed, and changed with each
 * changed field's old and new value in words.
 * @example compareVersions(v1.entries, v2.entries).changed[0].changes // [{ field: 'decisionDateText', label: 'Decision date', from: '3 March 2030', to: 'Not before 1 April 2030' }]
 */
export function compareVersions(from: ForwardPlanSnapshotEntry[], to: ForwardPlanSnapshotEntry[]): VersionComparison {
  const before = new Map(from.map((e) => [e.entryId, e]));
  const after = new Map(to.map((e) => [e.entryId, e]));
  const changed: VersionComparison['changed'] = [];
  for (const e of to) {
    const old = before.get(e.entryId);
    if (!old) continue;
    const changes = fields.flatMap(([field, label, show]) => (show(old) === show(e) ? [] : [{ field, label, from: show(old), to: show(e) }]));
    if (changes.length) changed.push({ entry: e, changes });
  }
  return { added: to.filter((e) => !before.has(e.entryId)), removed: from.filter((e) => !after.has(e.entryId)), changed };
}
