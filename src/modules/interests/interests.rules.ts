import { addDays } from '../../lib/dates.ts';
import type { interestCategories } from './interests.table.ts';

/** A category of the register. */
export type InterestCategory = (typeof interestCategories)[number];

/** Days a member has to register an interest or a gift (Localism Act 2011 s30 and the code of conduct). */
export const NOTIFY_WITHIN_DAYS = 28;

/** The register's headings, in the order the regulations list them. */
export const categoryLabels: Record<InterestCategory, string> = {
  employment: 'Employment, office, trade, profession or vocation',
  sponsorship: 'Sponsorship',
  contracts: 'Contracts',
  land: 'Land',
  licences: 'Licences',
  'corporate-tenancies': 'Corporate tenancies',
  securities: 'Securities',
  'other-registrable': 'Other registrable interests',
  'gift-hospitality': 'Gifts and hospitality',
};

/** Whether a category is one of the statutory disclosable pecuniary interests. */
export const isPecuniary = (c: InterestCategory) => c !== 'other-registrable' && c !== 'gift-hospitality';

/** The statutory wording shown in place of a sensitive interest. */
export const SENSITIVE_WORDING = 'The member has an interest the details of which are withheld under section 32(2) of the Localism Act 2011.';

/**
 * The last day to register an interest that arose on `arose`, and how many days late `notified` was (0 when on time).
 * @example notificationDeadline('2030-01-01', '2030-02-05') // { due: '2030-01-29', daysLate: 7 }
 */
export function notificationDeadline(arose: string, notified: string): { due: string; daysLate: number } {
  const due = addDays(arose, NOTIFY_WITHIN_DAYS);
  const daysLate = Math.max(0, Math.round((Date.parse(`${notified}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / 86_400_000));
  return { due, daysLate };
}

/** Errors for dates of an interest that lie after `today`: nobody can have notified an interest tomorrow. */
export function futureDateErrors(v: { arose: string; notified: string; ended?: string }, today: string): { field: string; message: string }[] {
  return [
    ...(v.arose > today ? [{ field: 'arose', message: 'The date the interest arose must be today or in the past' }] : []),
    ...(v.notified > today ? [{ field: 'notified', message: 'The date the member notified the monitoring officer must be today or in the past' }] : []),
    ...(v.ended && v.ended > today ? [{ field: 'ended', message: 'The date the interest ended must be today or in the past' }] : []),
  ];
}

/** The register's headings in order. */
export const interestCategoryOrder = Object.keys(categoryLabels) as InterestCategory[];
