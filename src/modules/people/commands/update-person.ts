import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/connect.ts';
import type { Actor } from '../../../db/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalid, ok, type Result } from '../../../lib/result.ts';
import { blankToUndefined, fieldErrors } from '../../../lib/validation.ts';
import { single } from '../../records/index.ts';
import { people } from '../people.table.ts';
import { personInput } from '../people.schema.ts';
import { savePeople } from './save-people.ts';
import { personColumns } from '../people.form.ts';

/** Updates a person's details; audited. */
export async function updatePerson(ex: Executor, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Result<{ id: number; slug: string }>> {
  const parsed = personInput.safeParse(blankToUndefined(raw));
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const [before] = await ex
    .select()
    .from(people)
    .where(and(eq(people.id, id), isNull(people.deletedAt)));
  if (!before) throw new AppError('not_found', 'Person not found');
  const r = single(await savePeople(ex, actor, [{ id, values: personColumns(parsed.data) }]));
  return r.ok ? ok({ id, slug: before.slug }) : r;
}
