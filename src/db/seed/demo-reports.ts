// The demo council's report template, appendices and equality impact assessments, written through
// the reports module's commands (fictional text written for the demo).
import { and, asc, eq, isNull, like } from 'drizzle-orm';
import type { Tx } from '../connect.ts';
import { reports } from '../schema.ts';
import { addEiaAction, saveEia, saveReportAppendices, saveReportSettings } from '../../modules/reports/index.ts';
import { publishRecords } from '../../modules/visibility/index.ts';
import { demoActor, written } from './demo-insert.ts';

/** The sign-off roles the demo council's reports need, and its strategy priorities. */
const template = {
  signOffRoles: ['Monitoring Officer', 'Corporate Finance', 'Legal Services', 'Human Resources', 'Local Member(s)', 'Relevant Scrutiny Chairman', 'Cabinet Member'],
  priorities: ['A thriving local economy', 'Safe and healthy communities', 'A cleaner, greener county', 'Services that work for everyone'],
};

/** Seeds the template, two appendices (one exempt) on a published key-decision report, and three published EIAs. */
export async function seedReportExtras(trx: Tx, bodyId: number, now: Date): Promise<{ eias: number; appendices: number }> {
  written(await saveReportSettings(trx, demoActor, bodyId, template, { now }), 'report settings');
  const keyReports = await trx
    .select({ id: reports.id, title: reports.title, reportDate: reports.reportDate })
    .from(reports)
    .where(and(eq(reports.bodyId, bodyId), eq(reports.publication, 'published'), eq(reports.access, 'public'), like(reports.kind, '%Key Decision%'), isNull(reports.deletedAt)))
    .orderBy(asc(reports.reportDate), asc(reports.id))
    .limit(3);
  if (!keyReports.length) return { eias: 0, appendices: 0 };
  const first = keyReports[0]!;
  written(
    await saveReportAppendices(
      trx,
      demoActor,
      [
        {
          values: {
            reportId: first.id,
            position: 1,
            title: 'Plan of the area affected',
            body: 'A plan showing the boundary of the proposal and the roads and footpaths within it.',
            access: 'public',
          },
        },
        {
          values: {
            reportId: first.id,
            position: 2,
            title: 'Evaluation of the bids received',
            body: 'The scores and prices of each bidder, which are commercially confidential until the contract is awarded.',
            access: 'exempt',
            exemptParagraph: 3,
          },
        },
      ],
      { now },
    ),
    'report appendix',
  );
  let count = 0;
  for (const [i, r] of keyReports.entries()) {
    const negative = i === 0;
    const completed = r.reportDate ?? null;
    const e = await saveEia(
      trx,
      demoActor,
      null,
      {
        reportId: String(r.id),
        title: `Equality impact assessment: ${r.title}`,
        c_age_summary: negative ? 'Older residents are more likely to rely on the service during the changeover.' : 'No different effect by age was found.',
        c_age_outcome: negative ? 'negative' : 'neutral',
        c_disability_summary: 'Step-free access and accessible information are part of the proposal.',
        c_disability_outcome: 'positive',
        c_carers_summary: 'Carers were asked about timing; no concerns were raised.',
        c_carers_outcome: 'neutral',
        c_rurality_summary: negative ? 'Villages with infrequent buses have fewer alternatives.' : 'The effect is the same in towns and villages.',
        c_rurality_outcome: negative ? 'negative' : 'neutral',
        ...Object.fromEntries(['genderReassignment', 'marriage', 'pregnancy', 'race', 'religion', 'sex', 'sexualOrientation'].map((k) => [`c_${k}_outcome`, 'neutral'])),
        evidence: 'Service use figures for the last three years and the results of the public survey.',
        consulted: 'Residents through an online survey, the Disability Access Forum and the local members of the divisions affected.',
        completedBy: 'Policy and Equalities Officer',
        completedOn: completed ?? undefined,
        signedOffBy: 'Head of Service',
        signedOffOn: completed ?? undefined,
        reviewOn: completed ? `${Number(completed.slice(0, 4)) + 1}${completed.slice(4)}` : undefined,
      },
      now,
    );
    if (!e.ok) throw new Error(`demo EIA: ${e.errors[0]?.message}`);
    if (negative) {
      for (const action of [
        {
          action: 'Publish the changes in large print and by post to residents over 75',
          responsible: 'Communications Manager',
          monitoring: 'Monthly report to the project board',
          complete: 'yes',
        },
        {
          action: 'Run a community transport pilot for the villages affected',
          responsible: 'Passenger Transport Manager',
          monitoring: 'Journeys made, reviewed each quarter',
          complete: 'no',
        },
      ]) {
        const a = await addEiaAction(trx, demoActor, e.value.id, action, now);
        if (!a.ok) throw new Error(`demo EIA action: ${a.errors[0]?.message}`);
      }
    }
    await publishRecords(trx, demoActor, 'eia', [e.value.id], { now });
    count++;
  }
  return { eias: count, appendices: 2 };
}
