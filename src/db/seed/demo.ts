import { sql } from 'drizzle-orm';
import type { Db } from '../connect.ts';
import { bodies } from '../../modules/bodies/bodies.table.ts';
import { addUser } from '../../modules/accounts/index.ts';
import { systemActor } from '../audit.ts';

/** The demo users, one per role; their passwords are public and printed at first start. */
export const demoUsers = [
  { email: 'admin@demo.shirehall.test', role: 'admin', displayName: 'Demo Administrator', password: 'demo-admin-password' },
  { email: 'clerk@demo.shirehall.test', role: 'democratic-services', displayName: 'Demo Clerk', password: 'demo-clerk-password' },
  { email: 'author@demo.shirehall.test', role: 'report-author', displayName: 'Demo Report Author', password: 'demo-author-password' },
  { email: 'councillor@demo.shirehall.test', role: 'councillor', displayName: 'Demo Councillor', password: 'demo-councillor-password' },
  { email: 'viewer@demo.shirehall.test', role: 'viewer', displayName: 'Demo Viewer', password: 'demo-viewer-password' },
] as const;

/** Loads the demo council when the database has no council yet; returns the demo users it created, or null. */
export async function seedDemoIfEmpty(db: Db): Promise<{ users: typeof demoUsers } | null> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(bodies);
  if ((row?.n ?? 0) > 0) return null;
  await db.insert(bodies).values({ name: 'Wessex County Council', slug: 'wessex', nation: 'england-and-wales' });
  for (const u of demoUsers) {
    const r = await addUser(db, systemActor, u);
    if (!r.ok) throw new Error(`demo user ${u.email}: ${r.errors[0]?.message}`);
  }
  return { users: demoUsers };
}
