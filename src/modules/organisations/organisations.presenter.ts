import type { organisations } from './organisations.table.ts';

const kindLabels: Record<string, string> = {
  'full-council': 'Full Council',
  cabinet: 'Cabinet',
  committee: 'Committee',
  'scrutiny-committee': 'Scrutiny committee',
  board: 'Board',
  partnership: 'Partnership',
  'task-and-finish-group': 'Task and finish group',
  'outside-body': 'Outside body',
};

/** Human label for an organisation kind. */
export const organisationKindLabel = (kind: string) => kindLabels[kind] ?? kind;

/** The public view of an organisation. */
export function presentOrganisation(o: typeof organisations.$inferSelect) {
  return {
    id: o.id,
    slug: o.slug,
    name: o.name,
    kind: o.kind,
    kindLabel: organisationKindLabel(o.kind),
    purpose: o.purpose,
    parentId: o.parentId,
    startDate: o.startDate,
    endDate: o.endDate,
    url: `/committees/${o.slug}`,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

const roleOrder = ['chair', 'vice-chair', 'member', 'co-opted', 'substitute'];
const roleLabels: Record<string, string> = { chair: 'Chair', 'vice-chair': 'Vice-Chair', member: 'Member', 'co-opted': 'Co-opted member', substitute: 'Substitute' };

/** Human label for a membership role, preferring the label as printed. */
export const membershipRoleLabel = (role: string, printed?: string | null) => printed || roleLabels[role] || role;

/** Sort key for membership roles: chair, vice-chair, members, co-opted, substitutes. */
export const roleRank = (role: string) => {
  const i = roleOrder.indexOf(role);
  return i < 0 ? 99 : i;
};
