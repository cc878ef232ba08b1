import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Actor } from '../../../db/audit.ts';
import type { Executor } from '../../../db/connect.ts';
import { people, risks } from '../../../db/schema.ts';
import { writeRows, type RowError, type RowWrite, type RowsResult, type WriteOpts, type WritableTable } from '../../records/index.ts';

/** The columns of a risk. */
export type RiskValues = Partial<typeof risks.$inferInsert>;

/**
 * Creates or changes risks in one go. Every row keeps its reference unique in its council among the
 * risks not deleted (in the database and in the batch), its score equal to likelihood × impact (and
 * the target's likewise), and a named owner from the same council. Audited as `risk.create` /
 * `.update` with before and after of what changed.
 * @example await saveRisks(trx, actor, [{ values: { bodyId, ref: 'ORG0009', title: 'Data centre failure', owner: 'Head of IT', likelihood: 2, impact: 5, score: 10, access: 'public' } }])
 */
export async function saveRisks(ex: Executor, actor: Actor, rows: RowWrite<RiskValues>[], opts: WriteOpts = {}): Promise<RowsResult> {
  return writeRows(
    ex,
    actor,
    {
      table: risks as unknown as WritableTable,
      kind: 'risk',
      action: 'risk',
      rules: async (tx, checks) => {
        const errors: RowError[] = [];
        const seen = new Map<string, number>();
        const personIds = [...new Set(checks.map((c) => c.next.ownerPersonId).filter((x): x is number => typeof x === 'number'))];
        const owners = new Map(
          (personIds.length
            ? await tx
                .select({ id: people.id, bodyId: people.bodyId })
                .from(people)
                .where(and(inArray(people.id, personIds), isNull(people.deletedAt)))
            : []
          ).map((p) => [p.id, p.bodyId]),
        );
        for (const c of checks) {
          const n = c.next;
          const err = (field: string, message: string) => errors.push({ row: c.index, field, message });
          if (!String(n.ref ?? '').trim()) err('ref', 'Enter the risk reference');
          if (!String(n.title ?? '').trim()) err('title', 'Enter the risk title');
          if (!String(n.owner ?? '').trim()) err('owner', 'Enter the risk owner');
          if (n.score !== Number(n.likelihood) * Number(n.impact)) err('score', 'The score must be the likelihood multiplied by the impact');
          const target = [n.targetLikelihood, n.targetImpact, n.targetScore];
          if (target.some((x) => x != null) && n.targetScore !== Number(n.targetLikelihood) * Number(n.targetImpact))
            err('targetScore', 'The target score must be the target likelihood multiplied by the target impact');
          if (typeof n.ownerPersonId === 'number' && owners.get(n.ownerPersonId) !== n.bodyId) err('ownerPersonId', 'Select a person of this council as the owner');
          if (n.deletedAt != null || !n.ref) continue;
          const key = `${String(n.bodyId)}:${String(n.ref)}`;
          if (seen.has(key)) {
            err('ref', `A risk with the reference ${String(n.ref)} is already in the file`);
            continue;
          }
          seen.set(key, c.index);
          const clash = await tx
            .select({ id: risks.id })
            .from(risks)
            .where(and(eq(risks.bodyId, n.bodyId as number), eq(risks.ref, n.ref as string), isNull(risks.deletedAt), ...(c.before ? [ne(risks.id, c.before.id as number)] : [])))
            .limit(1);
          if (clash.length) err('ref', `There is already a risk with the reference ${String(n.ref)}`);
        }
        return errors;
      },
    },
    rows,
    opts,
  );
}
