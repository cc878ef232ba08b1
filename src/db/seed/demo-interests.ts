import type { Tx } from '../connect.ts';
import { registerInterest } from '../../modules/interests/index.ts';
import { publishRecords } from '../../modules/visibility/index.ts';
import { addDays, type IsoDate } from './demo-calendar.ts';
import { demoActor } from './demo-insert.ts';

/** Fictional register entries, by position in the councillors given: days before today it arose and was notified. */
const entries: { who: number; category: string; description: string; sensitive?: boolean; donor?: string; value?: string; arose: number; notified: number; draft?: boolean }[] = [
  { who: 0, category: 'employment', description: 'Part-time lecturer in surveying, Wessex College', arose: 900, notified: 890 },
  { who: 0, category: 'land', description: 'Freehold of a house in the county', arose: 900, notified: 890 },
  { who: 0, category: 'other-registrable', description: 'Trustee of the Eastbrook Community Orchard', arose: 400, notified: 380 },
  { who: 0, category: 'gift-hospitality', description: 'Lunch at the regional planning awards', donor: 'Wessex Builders Federation', value: '55', arose: 120, notified: 104 },
  { who: 1, category: 'securities', description: 'Shares above the statutory threshold in Harbourside Ferries Ltd', arose: 880, notified: 875 },
  { who: 1, category: 'employment', description: 'Volunteer counsellor at a local support service', sensitive: true, arose: 300, notified: 295 },
  { who: 1, category: 'gift-hospitality', description: 'Two tickets to the county show', donor: 'County Agricultural Society', value: '64', arose: 90, notified: 40 },
  { who: 2, category: 'contracts', description: 'Partner in a firm with a grounds maintenance contract with the council', arose: 850, notified: 849 },
  { who: 2, category: 'licences', description: 'Licence to graze sheep on council land at Stonebarrow', arose: 200, notified: 180 },
  { who: 2, category: 'corporate-tenancies', description: 'Director of a company that leases a unit on the council’s Westfield estate', arose: 30, notified: 10, draft: true },
];

/**
 * The demo council's register of interests, through the same commands the monitoring officer uses:
 * interests for three councillors (one sensitive, one notified late), published except one draft.
 * @example await seedInterests(trx, [amiraId, ...], today, now)
 */
export async function seedInterests(trx: Tx, councillorIds: number[], today: IsoDate, now: Date): Promise<{ interests: number }> {
  const publish: number[] = [];
  for (const e of entries) {
    const personId = councillorIds[e.who];
    if (personId === undefined) continue;
    const r = await registerInterest(
      trx,
      demoActor,
      personId,
      { ...e, sensitive: e.sensitive ? 'yes' : 'no', arose: addDays(today, -e.arose), notified: addDays(today, -e.notified) },
      now,
    );
    if (!r.ok) throw new Error(`demo interest: ${r.errors[0]?.message}`);
    if (!e.draft) publish.push(r.value.id);
  }
  await publishRecords(trx, demoActor, 'interest', publish, { now });
  return { interests: entries.length };
}
