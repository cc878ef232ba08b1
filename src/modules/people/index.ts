// People, memberships and posts.
export { peopleRoutes } from './people.routes.ts';
export { officerPeopleRoutes } from './officer-people.routes.ts';
export { createPerson, updatePerson } from './commands/save-person.ts';
export { createMembership, updateMembership } from './commands/save-membership.ts';
export { personInput, membershipInput } from './people.schema.ts';
export { listPeople, findPerson, findPersonBySlug, listMembershipsOf, listPostsOf } from './people.repo.ts';
export { presentPerson } from './people.presenter.ts';
