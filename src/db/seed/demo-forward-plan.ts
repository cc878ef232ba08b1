// The demo council's Forward Plan as written in Shirehall: entries added over six weeks, three
// published versions with real differences between them, notices (general exception, special
// urgency, private meeting) and two late key decisions taken under those notices. Everything goes
// through the Forward Plan and decisions commands, dated as the clerk would have done it.
import { eq } from 'drizzle-orm';
import type { Tx } from '../connect.ts';
import { forwardPlanEntries, reportSignOffs } from '../schema.ts';
import { fromLondonLocal } from '../../lib/dates.ts';
import { createForwardPlanEntry, createNotice, publishForwardPlanVersion, publishNotice, updateForwardPlanEntry } from '../../modules/forward-plan/index.ts';
import { publishDecision, recordDecision } from '../../modules/decisions/index.ts';
import { createReport, publishReport, recordSignOff } from '../../modules/reports/index.ts';
import type { Result } from '../../lib/result.ts';
import { addDays, type IsoDate } from './demo-calendar.ts';
import { demoActor } from './demo-insert.ts';

const at = (date: IsoDate) => fromLondonLocal(`${date}T10:00`);
function done<T>(r: Result<T>, what: string): T {
  if (!r.ok) throw new Error(`demo ${what}: ${r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return r.value;
}

const libraryHubs = {
  issue: 'Community library hubs',
  decision: 'To approve the move of four branch libraries into shared community hubs',
  decisionDateQualifier: 'not-before',
  decisionMakers: 'Cabinet',
  documents: 'Report to Cabinet; consultation summary; equality impact assessment',
  contacts: 'Head of Libraries and Culture, 01632 960410',
  keyDivisions: 'yes',
  divisionsAffected: 'Ashcombe, Holloway Vale, Kingsbridge North and Stowmere',
};
const depotSale = {
  issue: 'Disposal of the Marsh Lane highways depot',
  decision: 'To agree the sale of the former highways depot at Marsh Lane on the terms in the exempt appendix',
  decisionDateQualifier: 'on',
  decisionMakers: 'Cabinet Member for Resources',
  documents: 'Report to the Cabinet Member, with an exempt appendix',
  contacts: 'Estates Manager, 01632 960455',
  keySpend: '1400000',
  exemptStatus: 'part',
  exemptMatterParagraph: '3',
  privateDetails: 'Two sealed bids received; the preferred bidder’s offer and the valuation are in the exempt appendix.',
};
const schoolTransport = {
  issue: 'Home to school transport contracts 2027–2031',
  decision: 'To award the framework contracts for home to school transport',
  decisionDateQualifier: 'before',
  decisionMakers: 'Cabinet',
  documents: 'Report to Cabinet',
  contacts: 'Passenger Transport Manager, 01632 960431',
  keySpend: '9800000',
  keyDivisions: 'yes',
  divisionsAffected: 'All divisions',
};
const floodGrant = {
  issue: 'Flood resilience grant: match funding',
  decision: 'To commit the council’s match funding for the Environment Agency flood resilience grant',
  decisionDateQualifier: 'on',
  decisionMakers: 'Director of Place',
  documents: 'Officer decision report',
  contacts: 'Flood Risk Manager, 01632 960472',
  keySpend: '650000',
};
const careBeds = {
  issue: 'Emergency care home beds for the winter',
  decision: 'To block-book additional care home beds to relieve hospital discharge pressures',
  decisionDateQualifier: 'on',
  decisionMakers: 'Director of Adult Social Care',
  documents: 'Officer decision report',
  contacts: 'Head of Commissioning, 01632 960488',
  keySpend: '820000',
};
const parkingCharges = {
  issue: 'Review of on-street parking charges',
  decision: 'To consult on new on-street parking charges in town centres',
  decisionDateQualifier: 'not-before',
  decisionMakers: 'Cabinet Member for Highways',
  documents: 'Report to the Cabinet Member',
  contacts: 'Parking Services Manager, 01632 960419',
  keyDivisions: 'yes',
  divisionsAffected: 'Kingsbridge Central, Kingsbridge North and Port Alder',
};

/**
 * Writes the demo Forward Plan versions, notices and late key decisions; returns how many versions.
 * @example await seedForwardPlan({ trx, today: '2026-03-20', bodyId: 1, officerIds: { place: 7, adults: 5 } })
 */
export async function seedForwardPlan(ctx: { trx: Tx; today: IsoDate; bodyId: number; officerIds: { place: number; adults: number } }): Promise<number> {
  const { trx, today } = ctx;
  const v1 = addDays(today, -42);
  const v2 = addDays(today, -21);
  const v3 = addDays(today, -7);
  const date = (d: IsoDate) => ({ decisionDate: d });

  // Version 1: three entries.
  const hubs = done(await createForwardPlanEntry(trx, demoActor, { ...libraryHubs, ...date(addDays(today, 35)) }, at(v1)), 'entry').id;
  const depot = done(await createForwardPlanEntry(trx, demoActor, { ...depotSale, ...date(addDays(today, 49)) }, at(v1)), 'entry').id;
  done(await createForwardPlanEntry(trx, demoActor, { ...parkingCharges, ...date(addDays(today, 14)) }, at(v1)), 'entry');
  done(await publishForwardPlanVersion(trx, demoActor, { note: 'Monthly plan' }, at(v1)), 'version');
  const privateNotice = done(
    await createNotice(
      trx,
      demoActor,
      {
        kind: 'private-meeting',
        privateStage: '28-day',
        forwardPlanEntryId: String(depot),
        decisionMaker: depotSale.decisionMakers,
        decisionDate: addDays(today, 49),
        reasons: 'The report’s appendix contains the bids received and the council’s valuation (paragraph 3 of Schedule 12A).',
      },
      at(v1),
    ),
    'notice',
  ).id;
  done(await publishNotice(trx, demoActor, privateNotice, at(v1)), 'notice');

  // Version 2: the library hubs decision moves back a month; school transport and the flood grant join
  // (the flood grant too late for 28 clear days: a general exception notice follows).
  done(await updateForwardPlanEntry(trx, demoActor, hubs, { ...libraryHubs, ...date(addDays(today, 63)) }, at(v2)), 'entry');
  done(await createForwardPlanEntry(trx, demoActor, { ...schoolTransport, ...date(addDays(today, 90)) }, at(v2)), 'entry');
  const flood = done(await createForwardPlanEntry(trx, demoActor, { ...floodGrant, ...date(addDays(today, -2)) }, at(v2)), 'entry').id;
  done(await publishForwardPlanVersion(trx, demoActor, { note: 'Weekly update' }, at(v2)), 'version');
  const ge = done(
    await createNotice(
      trx,
      demoActor,
      {
        kind: 'general-exception',
        forwardPlanEntryId: String(flood),
        decisionMaker: floodGrant.decisionMakers,
        decisionDate: addDays(today, -2),
        reasons: 'The grant offer arrived with a deadline for acceptance that falls before 28 clear days could pass.',
        scrutinyChair: 'Cllr Peter Lisle, Chair of the Place and Resources Scrutiny Committee',
        chairInformedOn: addDays(today, -13),
      },
      at(addDays(today, -12)),
    ),
    'notice',
  ).id;
  done(await publishNotice(trx, demoActor, ge, at(addDays(today, -12))), 'notice');

  // Version 3: winter care beds join under special urgency; the depot sale's spend changes.
  done(await updateForwardPlanEntry(trx, demoActor, depot, { ...depotSale, keySpend: '1250000', ...date(addDays(today, 49)) }, at(v3)), 'entry');
  const beds = done(await createForwardPlanEntry(trx, demoActor, { ...careBeds, ...date(addDays(today, -1)) }, at(v3)), 'entry').id;
  done(await publishForwardPlanVersion(trx, demoActor, { note: 'Weekly update' }, at(v3)), 'version');
  const su = done(
    await createNotice(
      trx,
      demoActor,
      {
        kind: 'special-urgency',
        forwardPlanEntryId: String(beds),
        decisionMaker: careBeds.decisionMakers,
        decisionDate: addDays(today, -1),
        reasons: 'Hospital discharges are delayed now; waiting for the next Forward Plan would leave people in hospital beds over the holiday period.',
        scrutinyChair: 'Cllr Michael Okonjo, Chair of the Adults and Health Scrutiny Committee',
        chairAgreedOn: addDays(today, -3),
      },
      at(addDays(today, -3)),
    ),
    'notice',
  ).id;
  done(await publishNotice(trx, demoActor, su, at(addDays(today, -3))), 'notice');

  // The two late key decisions, taken under their notices.
  const refOf = async (id: number) => (await trx.select({ ref: forwardPlanEntries.ref }).from(forwardPlanEntries).where(eq(forwardPlanEntries.id, id)))[0]!.ref!;
  for (const [entry, title, decidedOn, officerId, cabinetMember] of [
    [flood, floodGrant, addDays(today, -2), ctx.officerIds.place, 'Cabinet Member for Environment and Transport'],
    [beds, careBeds, addDays(today, -1), ctx.officerIds.adults, 'Cabinet Member for Adult Social Care'],
  ] as const) {
    // An officer's key decision is taken on a report published 5 clear working days before: three weeks, to clear any bank holidays.
    const reportOn = addDays(decidedOn, -21);
    const reportId = done(
      await createReport(
        trx,
        demoActor,
        ctx.bodyId,
        {
          title: title.issue,
          kind: 'key-decision',
          decisionMaker: title.decisionMakers,
          decisionDate: decidedOn,
          forwardPlanRef: await refOf(entry),
          summary: title.decision,
          recommendations: title.decision,
          cabinetMembers: cabinetMember,
          riskLikelihood: '3',
          riskImpact: '4',
          leadOfficer: title.decisionMakers,
          contact: title.contacts,
        },
        at(reportOn),
      ),
      'report',
    ).id;
    for (const s of await trx.select({ id: reportSignOffs.id, role: reportSignOffs.role }).from(reportSignOffs).where(eq(reportSignOffs.reportId, reportId)))
      done(await recordSignOff(trx, demoActor, s.id, { status: 'signed', name: `${s.role} (signed for the demo)`, signedOn: reportOn }, at(reportOn)), 'sign-off');
    done(await publishReport(trx, demoActor, reportId, at(reportOn)), 'report publication');
    const d = done(
      await recordDecision(
        trx,
        demoActor,
        {
          makerKind: 'officer',
          makerPersonId: String(officerId),
          title: title.issue,
          decisionText: title.decision,
          decidedOn,
          reasons: 'As set out in the officer decision report and the notice published for it',
          isKey: 'yes',
          forwardPlanRef: await refOf(entry),
          reportId: String(reportId),
          access: 'public',
        },
        at(today),
      ),
      'decision',
    );
    await publishDecision(trx, demoActor, d.id, at(decidedOn));
  }
  return 3;
}
