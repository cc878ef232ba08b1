import { isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { uniqueSlug } from '../../../db/slug.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { bodies } from '../../../db/schema.ts';
import { single } from '../../records/index.ts';
import { people } from '../people.table.ts';
import { personInput } from '../people.schema.ts';
import { savePeople } from './save-people.ts';
import { personColumns } from '../people.form.ts';

/** Adds a person. People are never merged on family name: each call creates a distinct record. */
export async function createPerson(ex: Executor, actor: Actor, raw: Record<string, unknown>): Promise<Result<{ id: number; slug: string }>> {
  const parsed = personInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const [body] = await ex.select({ id: bodies.id }).from(bodies).where(isNull(bodies.deletedAt)).limit(1);
  if (!body) throw new AppError('conflict', 'Set up the council before adding people');
  const v = personColumns(parsed.data);
  const slug = await uniqueSlug(ex, people, people.slug, people.id, `${v.givenName} ${v.familyName}`);
  const r = single(await savePeople(ex, actor, [{ values: { ...v, bodyId: body.id, slug } }]));
  return r.ok ? ok({ id: r.value.id, slug }) : r;
}
