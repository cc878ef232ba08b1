import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/connect.ts';
import { audit, type Actor } from '../../../db/audit.ts';
import { uniqueSlug } from '../../../db/slug.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { bodies } from '../../../db/schema.ts';
import { people } from '../people.table.ts';
import { personInput, type PersonInput } from '../people.schema.ts';

function values(v: PersonInput) {
  const printed = v.printedName ?? [v.honorific, v.givenName, v.familyName].filter(Boolean).join(' ');
  return {
    kind: v.kind,
    honorific: v.honorific ?? null,
    givenName: v.givenName,
    familyName: v.familyName,
    printedName: printed,
    jobTitle: v.jobTitle ?? null,
    email: v.email ?? null,
    phone: v.phone ?? null,
    division: v.division ?? null,
    party: v.party ?? null,
  };
}

/** Adds a person. People are never merged on family name: each call creates a distinct record. */
export async function createPerson(db: Db, actor: Actor, raw: Record<string, unknown>): Promise<Result<{ id: number; slug: string }>> {
  const parsed = personInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const [body] = await db.select({ id: bodies.id }).from(bodies).where(isNull(bodies.deletedAt)).limit(1);
  if (!body) throw new AppError('conflict', 'Set up the council before adding people');
  const v = values(parsed.data);
  const slug = await uniqueSlug(db, people, people.slug, people.id, `${v.givenName} ${v.familyName}`);
  return db.transaction(async (trx) => {
    const [row] = await trx.insert(people).values({ ...v, bodyId: body.id, slug }).returning();
    await audit(trx, actor, 'person.create', 'person', row!.id, null, row);
    return ok({ id: row!.id, slug });
  });
}

/** Updates a person's details; audited. */
export async function updatePerson(db: Db, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number; slug: string }>> {
  const parsed = personInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  return db.transaction(async (trx) => {
    const [before] = await trx.select().from(people).where(and(eq(people.id, id), isNull(people.deletedAt)));
    if (!before) throw new AppError('not_found', 'Person not found');
    const [after] = await trx.update(people).set({ ...values(parsed.data), updatedAt: new Date() }).where(eq(people.id, id)).returning();
    await audit(trx, actor, 'person.update', 'person', id, before, after);
    return ok({ id, slug: after!.slug });
  });
}
