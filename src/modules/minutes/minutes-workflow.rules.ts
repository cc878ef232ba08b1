/** The wording of the resolution, naming the items and their Schedule 12A paragraphs. */
export function exclusionResolutionText(items: { number: string | null; title: string; exemptParagraph: number | null }[]): string {
  const list = items.map((i) => `${i.number ? `item ${i.number}, ` : ''}${i.title} (${i.exemptParagraph ? `paragraph ${i.exemptParagraph}` : 'paragraph not stated'})`).join('; ');
  return `That under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following business on the grounds that it involves the likely disclosure of exempt information as defined in Part 1 of Schedule 12A to the Act, and that in all the circumstances the public interest in maintaining the exemption outweighs the public interest in disclosing the information: ${list}.`;
}

/**
 * The columns a minute takes from the form and from the agenda item it minutes (whose access class it
 * inherits, in saveMinuteItems): a title left blank is the item's (the schema allows that only with an item).
 */
export function minuteColumns(
  v: { title?: string; narrative?: string; presenters?: string; alternativesConsidered?: string; reasons?: string },
  item: { id: number; number: string | null; title: string } | null | undefined,
) {
  return {
    agendaItemId: item?.id ?? null,
    agendaNumber: item?.number ?? null,
    title: v.title ?? item?.title ?? '',
    narrative: v.narrative ?? null,
    presenters: v.presenters ?? null,
    alternativesConsidered: v.alternativesConsidered ?? null,
    reasons: v.reasons ?? null,
  };
}
