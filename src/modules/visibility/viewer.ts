import type { CurrentUser, Role } from '../accounts/index.ts';

/**
 * Who is looking: the anonymous public, or a signed-in user with their role and the person they are
 * (a councillor's committee memberships are found from the person). Every read that can meet a draft
 * or exempt record takes one, and the visibility rules are derived from it alone.
 */
export type Viewer = {
  readonly userId: number | null;
  readonly role: Role | null;
  readonly personId: number | null;
};

/** The public: anyone not signed in. */
export const publicViewer: Viewer = Object.freeze({ userId: null, role: null, personId: null });

/**
 * The viewer for a request's user (or the public when nobody is signed in).
 * @example const v = viewerOf(request.user);
 */
export function viewerOf(user: CurrentUser | null | undefined): Viewer {
  if (!user) return publicViewer;
  return { userId: user.id, role: user.role, personId: user.personId };
}

/**
 * Everything the visibility rules read of a viewer, as a string: two viewers with the same key are
 * given the same SQL, so a page's built query can be kept per key.
 */
export const viewerKey = (v: Viewer): string => `${v.userId ?? ''}/${v.role ?? ''}/${v.personId ?? ''}`;

/**
 * Every record, drafts and exempt ones included: for commands, jobs and the importer, which work on
 * the council's records rather than show them. Never use it to answer a request.
 */
export const recordsViewer: Viewer = Object.freeze({ userId: null, role: 'admin' as const, personId: null });

/** Clerks and administrators: they prepare and publish records, so they see drafts and every exempt paper. */
export function seesEverything(v: Viewer): boolean {
  return v.role === 'admin' || v.role === 'democratic-services';
}

/**
 * How a page or download sent to this viewer may be cached. A shared cache may keep only what the
 * public sees: an anonymous viewer's answer with nothing restricted in it. Anything else, and any
 * answer whose content is not known to be open, is private: nothing defaults to public.
 * @example reply.header('cache-control', cacheControlFor(request.viewer, { open: !r.includesExempt }))
 */
export function cacheControlFor(v: Viewer, content: { open: boolean }): string {
  const anonymous = v.userId === null && v.role === null && v.personId === null;
  return anonymous && content.open === true ? 'public, max-age=300' : 'private, no-store';
}
