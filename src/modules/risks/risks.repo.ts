import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { riskScores, risks } from '../../db/schema.ts';
import { reportsCitingRisk } from '../reports/index.ts';
import { visible, type Viewer } from '../visibility/index.ts';

/** A risk row. */
export type Risk = typeof risks.$inferSelect;

/** A dated score of a risk. */
export type RiskScore = typeof riskScores.$inferSelect;

/** The risk register as the viewer may see it: highest current score first, then by reference. */
export async function listRisks(ex: Executor, v: Viewer): Promise<Risk[]> {
  return ex.select().from(risks).where(visible(v, 'risk')).orderBy(desc(risks.score), asc(risks.ref)).limit(1000);
}

/** One risk the viewer may see, by reference or id, or undefined (a risk they may not see is missing). */
export async function findRisk(ex: Executor, v: Viewer, by: { ref: string } | { id: number }): Promise<Risk | undefined> {
  const [row] = await ex
    .select()
    .from(risks)
    .where(and('ref' in by ? eq(risks.ref, by.ref.toUpperCase()) : eq(risks.id, by.id), visible(v, 'risk')))
    .limit(1);
  return row;
}

/** The dated scores of a risk, oldest first. Pass only the id of a risk the viewer may see: a score is seen with its risk. */
export async function riskHistory(ex: Executor, riskId: number): Promise<RiskScore[]> {
  return ex
    .select()
    .from(riskScores)
    .where(and(eq(riskScores.riskId, riskId), isNull(riskScores.deletedAt)))
    .orderBy(asc(riskScores.recordedOn), asc(riskScores.id));
}

/** A risk's page: the risk, its score history and the reports the viewer may see that cite it; undefined when the viewer may not see the risk. */
export async function riskPage(ex: Executor, v: Viewer, ref: string) {
  const risk = await findRisk(ex, v, { ref });
  if (!risk) return undefined;
  return { risk, history: await riskHistory(ex, risk.id), reports: await reportsCitingRisk(ex, v, risk.ref) };
}
