// People, memberships and posts.
export { peopleRoutes } from './people.routes.ts';
export { officerPeopleRoutes } from './officer-people.routes.ts';
export { createPerson } from './commands/create-person.ts';
export { updatePerson } from './commands/update-person.ts';
export { createMembership } from './commands/create-membership.ts';
export { updateMembership } from './commands/update-membership.ts';
export { savePeople } from './commands/save-people.ts';
export { saveMemberships } from './commands/save-memberships.ts';
export { recordMembershipsSeen } from './commands/record-memberships-seen.ts';
export { savePosts } from './commands/save-posts.ts';
export { savePostHolders } from './commands/save-post-holders.ts';
export { personInput, membershipInput } from './people.schema.ts';
export { listPeople, findPerson, findPersonBySlug, membersOn, postHolderOn } from './people.repo.ts';
