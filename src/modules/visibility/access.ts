import { z } from 'zod';
import type { AccessClass } from '../../db/columns.ts';
import type { FieldError } from '../../lib/result.ts';

/** An access class as stored: the class, its paragraph (null: not stated), whether it follows the parent item, and why it differs. */
export type ResolvedAccess = { access: AccessClass; exemptParagraph: number | null; accessInherited: boolean; accessReason: string | null };

/** What a form or the API asks for: follow the item (the default), public (with a reason under an exempt item), or exempt. */
export type AccessChoice = { access?: 'inherit' | 'public' | 'exempt'; exemptParagraph?: number | null; accessReason?: string | null };

const paragraph = z.coerce
  .number({ error: 'Select the paragraph of Schedule 12A' })
  .int({ error: 'Select the paragraph of Schedule 12A' })
  .min(1, { error: 'Select the paragraph of Schedule 12A' })
  .max(7, { error: 'Select the paragraph of Schedule 12A' });

/** The access fields of a paper's form or API body. Absent means "the same as its agenda item". */
export const accessChoiceFields = {
  access: z.enum(['inherit', 'public', 'exempt'], { error: 'Select who can see this' }).optional(),
  exemptParagraph: paragraph.optional(),
  accessReason: z.string().trim().max(1000, { error: 'The reason must be 1,000 characters or fewer' }).optional(),
};

/** The access fields of a record with no parent (an agenda item, a decision): public or exempt with a paragraph. */
export const ownAccessFields = {
  exempt: z.union([z.boolean(), z.enum(['yes', 'no']).transform((v) => v === 'yes')]).default(false),
  exemptParagraph: paragraph.optional(),
};

/**
 * The access class a record gets under its parent (an agenda item or minute), applying inheritance:
 * by default it follows the parent; under an exempt parent it is never public unless a reason is
 * given; an exempt choice without a paragraph takes the parent's. `allowUnstated` lets the importer
 * store "exempt, paragraph not stated".
 * @example resolveAccess({ access: 'exempt', exemptParagraph: 3 }, {}) // { ok: true, value: { access: 'exempt', exemptParagraph: 3, accessInherited: true, accessReason: null } }
 */
export function resolveAccess(
  parent: { access: AccessClass; exemptParagraph: number | null } | null,
  choice: AccessChoice,
  opts: { allowUnstated?: boolean } = {},
): { ok: true; value: ResolvedAccess } | { ok: false; errors: FieldError[] } {
  const wanted = choice.access ?? 'inherit';
  const reason = choice.accessReason?.trim() || null;
  if (wanted === 'inherit') {
    if (!parent) return { ok: true, value: { access: 'public', exemptParagraph: null, accessInherited: true, accessReason: null } };
    return { ok: true, value: { access: parent.access, exemptParagraph: parent.exemptParagraph, accessInherited: true, accessReason: null } };
  }
  if (wanted === 'public') {
    if (parent?.access === 'exempt') {
      if (!reason) return { ok: false, errors: [{ field: 'accessReason', message: 'Enter why this can be public when its agenda item is exempt' }] };
      return { ok: true, value: { access: 'public', exemptParagraph: null, accessInherited: false, accessReason: reason } };
    }
    // Public under a public item is the item's class: it follows the item if that is made exempt later.
    return { ok: true, value: { access: 'public', exemptParagraph: null, accessInherited: !!parent, accessReason: reason } };
  }
  const para = choice.exemptParagraph ?? (parent?.access === 'exempt' ? parent.exemptParagraph : null);
  if (para === null && !opts.allowUnstated) return { ok: false, errors: [{ field: 'exemptParagraph', message: 'Select the paragraph of Schedule 12A' }] };
  const same = parent?.access === 'exempt' && parent.exemptParagraph === para;
  return { ok: true, value: { access: 'exempt', exemptParagraph: para, accessInherited: same, accessReason: reason } };
}

/** The access of a record without a parent, from the `exempt` and `exemptParagraph` fields. */
export function ownAccess(v: { exempt: boolean; exemptParagraph?: number | null }): { access: AccessClass; exemptParagraph: number | null } {
  return v.exempt ? { access: 'exempt', exemptParagraph: v.exemptParagraph ?? null } : { access: 'public', exemptParagraph: null };
}
