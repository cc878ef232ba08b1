/** Plain-English labels for kinds and states of public submission. */
export const kindLabels: Record<string, string> = { question: 'Question', statement: 'Statement', petition: 'Petition' };

/** A GOV.UK tag for a submission's state. */
export function statusTag(status: string): { text: string; classes: string } {
  const tags: Record<string, { text: string; classes: string }> = {
    received: { text: 'Received', classes: 'govuk-tag--blue' },
    accepted: { text: 'Accepted', classes: 'govuk-tag--green' },
    rejected: { text: 'Rejected', classes: 'govuk-tag--red' },
    answered: { text: 'Answered', classes: 'govuk-tag--purple' },
    withdrawn: { text: 'Withdrawn', classes: 'govuk-tag--grey' },
  };
  return tags[status] ?? { text: status, classes: 'govuk-tag--grey' };
}
