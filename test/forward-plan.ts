/** A valid Forward Plan entry as the officer form sends it (fictional). */
export const entryFields = {
  issue: 'Riverside car park sale',
  decision: 'To agree the sale of the Riverside car park',
  decisionDateQualifier: 'not-before',
  decisionDate: '2030-03-01',
  decisionMakers: 'Cabinet',
  contacts: 'Tom Brook, Head of Highways\nAnn Clerk',
  keySpend: '750000',
};
