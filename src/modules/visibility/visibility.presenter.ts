import type { AccessClass, PublicationState } from '../../db/columns.ts';

/**
 * The wording shown in place of exempt content; an exempt record imported without a paragraph says so.
 * @example exemptNotice(3) // 'Not for publication: paragraph 3 of Schedule 12A to the Local Government Act 1972'
 */
export function exemptNotice(paragraph: number | null): string {
  return paragraph
    ? `Not for publication: paragraph ${paragraph} of Schedule 12A to the Local Government Act 1972`
    : 'Not for publication: exempt information under Schedule 12A to the Local Government Act 1972 (paragraph not stated)';
}

/** Short descriptions of the exempt-information categories in Schedule 12A to the Local Government Act 1972. */
export const schedule12a = [
  'information relating to any individual',
  'information likely to reveal the identity of an individual',
  'financial or business affairs of any particular person',
  'labour relations consultations or negotiations',
  'legal professional privilege',
  'notices, orders or directions under an enactment',
  'prevention, investigation or prosecution of crime',
] as const;

/** A record's access class in words, for officer pages and forms. */
export function accessLabel(r: { access: AccessClass; exemptParagraph: number | null }): string {
  if (r.access === 'public') return 'Public';
  return r.exemptParagraph ? `Exempt: paragraph ${r.exemptParagraph}` : 'Exempt: paragraph not stated';
}

/** A publication state in words with a GOV.UK tag colour. */
export function publicationLabel(state: PublicationState): { text: string; colour: string } {
  if (state === 'published') return { text: 'Published', colour: 'green' };
  if (state === 'withdrawn') return { text: 'Withdrawn', colour: 'red' };
  return { text: 'Draft', colour: 'grey' };
}

/** What is withheld from a visible but unreadable record: the fields beyond its number, title and paragraph. */
const withheldFields = {
  agenda_item: ['instruction', 'publicInterestReason', 'accessReason', 'pageFrom', 'pageTo'],
  minute_item: ['narrative', 'presenters', 'alternativesConsidered', 'reasons', 'accessReason', 'resolutions', 'actions', 'declarations'],
} as const;

/** Kinds whose title stays public when the record is exempt. */
export type RedactableKind = keyof typeof withheldFields;

/**
 * The one redaction of an exempt record for someone not entitled to read it: its number, title and
 * Schedule 12A paragraph stay (the law makes them public), every other field is emptied, lists become empty.
 * @example redact('agenda_item', { ...item, readable: false }) // { ..., instruction: null, withheld: true, exemptNotice: 'Not for publication: …' }
 */
export function redact<T extends { readable: boolean; access: AccessClass; exemptParagraph: number | null }>(
  kind: RedactableKind,
  row: T,
): T & { withheld: boolean; exemptNotice: string | null } {
  const notice = row.access === 'exempt' ? exemptNotice(row.exemptParagraph) : null;
  if (row.readable) return { ...row, withheld: false, exemptNotice: notice };
  const out: Record<string, unknown> = { ...row, withheld: true, exemptNotice: notice };
  for (const f of withheldFields[kind]) if (f in out) out[f] = Array.isArray(out[f]) ? [] : null;
  return out as T & { withheld: boolean; exemptNotice: string | null };
}
