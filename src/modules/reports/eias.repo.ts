import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { decisions, eiaActions, eias } from '../../db/schema.ts';
import { visible, type Viewer } from '../visibility/index.ts';

/** The EIAs of a report the viewer may see. */
export async function eiasOfReport(ex: Executor, v: Viewer, reportId: number) {
  return ex
    .select({ id: eias.id, title: eias.title })
    .from(eias)
    .where(and(eq(eias.reportId, reportId), visible(v, 'eia')))
    .orderBy(asc(eias.id));
}

/** The EIA register: every assessment the viewer may see, latest completed first. */
export async function listEias(ex: Executor, v: Viewer) {
  return ex.select().from(eias).where(visible(v, 'eia')).orderBy(desc(eias.completedOn), desc(eias.id)).limit(500);
}

/** One EIA the viewer may see, with its action plan; undefined when missing or not theirs to see. */
export async function findEia(ex: Executor, v: Viewer, id: number) {
  const [eia] = await ex
    .select()
    .from(eias)
    .where(and(eq(eias.id, id), visible(v, 'eia')));
  if (!eia) return undefined;
  const actions = await ex
    .select()
    .from(eiaActions)
    .where(and(eq(eiaActions.eiaId, id), isNull(eiaActions.deletedAt)))
    .orderBy(asc(eiaActions.position));
  return { eia, actions };
}

/** The title of a decision the viewer may see, for an EIA attached to it; undefined answers as no decision. */
export async function eiaDecision(ex: Executor, v: Viewer, id: number) {
  const [row] = await ex
    .select({ id: decisions.id, title: decisions.title, publication: decisions.publication })
    .from(decisions)
    .where(and(eq(decisions.id, id), visible(v, 'decision')));
  return row;
}
