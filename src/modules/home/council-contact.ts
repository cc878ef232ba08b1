import { isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { bodies } from '../../db/schema.ts';

/** How the public reach the council's democratic services, from its settings; null fields were never set. */
export type CouncilContact = { name: string; email: string | null; website: string | null; phone: string | null; address: string | null };

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * The council's contact details for the accessibility statement: email and website from the body,
 * phone and postal address from its settings (`rules.contact`).
 * @example (await councilContact(db))?.email // 'democratic.services@wessex-county.example'
 */
export async function councilContact(ex: Executor): Promise<CouncilContact | null> {
  const [b] = await ex
    .select({ name: bodies.name, email: bodies.email, website: bodies.website, rules: bodies.rules })
    .from(bodies)
    .where(isNull(bodies.deletedAt))
    .orderBy(bodies.id)
    .limit(1);
  if (!b) return null;
  const contact = (b.rules.contact ?? {}) as Record<string, unknown>;
  return { name: b.name, email: text(b.email), website: text(b.website), phone: text(contact.phone), address: text(contact.address) };
}
