import type { Role } from './accounts.table.ts';

/** The signed-in user as request handlers see it. */
export type CurrentUser = { id: number; email: string; displayName: string; role: Role; personId: number | null };

/** Things a user may do. */
export type Action =
  | 'officer-area:view'
  | 'records:edit'
  | 'documents:upload'
  | 'users:manage'
  | 'audit:read'
  | 'imports:review'
  | 'imports:run'
  | 'meetings:mine'
  | 'work-programme:request'
  | 'actions:update'
  | 'measures:manage'
  | 'risks:manage'
  | 'scrutiny:manage'
  | 'plans:manage';

const grants: Record<Role, readonly Action[]> = {
  admin: [
    'officer-area:view',
    'records:edit',
    'documents:upload',
    'users:manage',
    'audit:read',
    'imports:review',
    'imports:run',
    'work-programme:request',
    'actions:update',
    'measures:manage',
    'risks:manage',
    'scrutiny:manage',
    'plans:manage',
  ],
  'democratic-services': [
    'officer-area:view',
    'records:edit',
    'documents:upload',
    'audit:read',
    'imports:review',
    'imports:run',
    'work-programme:request',
    'actions:update',
    'measures:manage',
    'risks:manage',
    'scrutiny:manage',
    'plans:manage',
  ],
  // The scrutiny manager runs the committees' work programmes, outcome trackers and recommendations.
  'scrutiny-manager': ['officer-area:view', 'work-programme:request', 'scrutiny:manage'],
  'report-author': ['officer-area:view', 'documents:upload', 'actions:update', 'measures:manage', 'risks:manage'],
  councillor: ['officer-area:view', 'meetings:mine', 'work-programme:request'],
  viewer: ['officer-area:view'],
};

/**
 * Whether a user (or the anonymous public, null) may do something.
 * What a user may *see* is not an action: it is decided by the visibility module from the viewer.
 * @example can(null, 'records:edit') // false
 */
export function can(user: CurrentUser | null | undefined, action: Action): boolean {
  return !!user && grants[user.role].includes(action);
}

/**
 * Whether an account of `role` may do something: for commands, which know the actor's role rather
 * than the signed-in user (an actor without a role — the importer, the demo loader — may not).
 * @example roleMay('report-author', 'records:edit') // false
 */
export function roleMay(role: string | undefined, action: Action): boolean {
  return role !== undefined && role in grants && grants[role as Role].includes(action);
}
