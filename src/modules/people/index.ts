// People, memberships and posts.
export { peopleRoutes } from './people.routes.ts';
export { officerPeopleRoutes } from './officer-people.routes.ts';
export { createPerson, updatePerson } from './commands/save-person.ts';
export { createMembership, updateMembership } from './commands/save-membership.ts';
export { savePeople, type PersonValues } from './commands/save-people.ts';
export { saveMemberships, type MembershipValues } from './commands/save-memberships.ts';
export { recordMembershipsSeen, type SeenMember } from './commands/record-memberships-seen.ts';
export { savePosts, type PostValues } from './commands/save-posts.ts';
export { savePostHolders, type PostHolderValues } from './commands/save-post-holders.ts';
export { mergePeople } from './commands/merge-people.ts';
export { undoPersonMerge } from './commands/undo-person-merge.ts';
export { personErrors, membershipErrors } from './people.rules.ts';
export { personInput, membershipInput } from './people.schema.ts';
export { listPeople, findPerson, findPersonBySlug, listMembershipsOf, listPostsOf, membersOn, postHolderOn } from './people.repo.ts';
export { presentPerson } from './people.presenter.ts';
