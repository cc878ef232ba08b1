import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { accessClass, id, publication, publicationChecks, timestamps } from '../../db/columns.ts';
import { bodies } from '../bodies/bodies.table.ts';
import { people } from '../people/people.table.ts';

/**
 * A risk on the council's risk register: its reference (ORG0009), owner, current likelihood and
 * impact on 1–5 scales with their score (likelihood × impact), mitigations, the target after them,
 * and when it is next reviewed.
 */
export const risks = pgTable(
  'risks',
  {
    id: id(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    ref: text('ref').notNull(),
    title: text('title').notNull(),
    category: text('category'),
    owner: text('owner').notNull(),
    ownerPersonId: integer('owner_person_id').references(() => people.id),
    likelihood: smallint('likelihood').notNull(),
    impact: smallint('impact').notNull(),
    score: smallint('score').notNull(),
    mitigations: text('mitigations'),
    targetLikelihood: smallint('target_likelihood'),
    targetImpact: smallint('target_impact'),
    targetScore: smallint('target_score'),
    reviewDate: date('review_date'),
    ...publication(),
    ...accessClass(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('risks_body_ref_idx')
      .on(t.bodyId, t.ref)
      .where(sql`${t.deletedAt} is null`),
    check('risks_scale', sql`${t.likelihood} between 1 and 5 and ${t.impact} between 1 and 5`),
    check('risks_score_computed', sql`${t.score} = ${t.likelihood} * ${t.impact}`),
    check('risks_target_scale', sql`(${t.targetLikelihood} is null or ${t.targetLikelihood} between 1 and 5) and (${t.targetImpact} is null or ${t.targetImpact} between 1 and 5)`),
    check(
      'risks_target_score_computed',
      sql`(${t.targetLikelihood} is null and ${t.targetImpact} is null and ${t.targetScore} is null) or (${t.targetLikelihood} is not null and ${t.targetImpact} is not null and ${t.targetScore} = ${t.targetLikelihood} * ${t.targetImpact})`,
    ),
    ...publicationChecks('risks', t),
  ],
);

/** One dated score of a risk: written when the risk is created and whenever its score changes. */
export const riskScores = pgTable(
  'risk_scores',
  {
    id: id(),
    riskId: integer('risk_id')
      .notNull()
      .references(() => risks.id),
    likelihood: smallint('likelihood').notNull(),
    impact: smallint('impact').notNull(),
    score: smallint('score').notNull(),
    recordedOn: date('recorded_on').notNull(),
    note: text('note'),
    /** Who recorded it, as the audit log names them. */
    recordedBy: text('recorded_by').notNull(),
    ...timestamps(),
  },
  (t) => [
    index('risk_scores_risk_idx').on(t.riskId, t.recordedOn),
    check('risk_scores_scale', sql`${t.likelihood} between 1 and 5 and ${t.impact} between 1 and 5`),
    check('risk_scores_score_computed', sql`${t.score} = ${t.likelihood} * ${t.impact}`),
  ],
);
