import { toLondonLocal } from '../lib/dates.ts';

const tz = 'Europe/London';

// Built once: creating an Intl formatter (which toLocaleDateString with options does on every call) costs far more than formatting.
const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: tz, day: 'numeric', month: 'long', year: 'numeric' });
const dayDateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

function toDate(v: Date | string | null | undefined): Date | null {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return v;
  // A bare ISO date is a calendar date: read it at noon UTC so no zone shifts its day.
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T12:00:00Z`) : new Date(v);
}

/**
 * A day's text, formatted once per London calendar day: a page of meetings repeats a handful of days,
 * and formatting costs more than looking up (the day is London's, from the wall clock kept per hour).
 */
function byLondonDay(format: Intl.DateTimeFormat, tidy: (s: string) => string = (s) => s): (d: Date) => string {
  const seen = new Map<string, string>();
  return (d) => {
    if (Number.isNaN(d.getTime())) return format.format(d);
    const day = toLondonLocal(d).slice(0, 10);
    let text = seen.get(day);
    if (text === undefined) {
      text = tidy(format.format(new Date(`${day}T12:00:00Z`)));
      if (seen.size > 20_000) seen.clear();
      seen.set(day, text);
    }
    return text;
  };
}
const dateText = byLondonDay(dateFormat);
const dayDateText = byLondonDay(dayDateFormat, (s) => s.replace(',', ''));

/** "13 May 2019" in London time. */
export function formatDate(v: Date | string | null | undefined): string {
  const d = toDate(v);
  return d ? dateText(d) : '';
}

/** "Monday 13 May 2019" in London time. */
export function formatDayDate(v: Date | string | null | undefined): string {
  const d = toDate(v);
  return d ? dayDateText(d) : '';
}

/** GOV.UK style time: "10am", "2:30pm", "midday" (London's wall clock). */
export function formatTime(v: Date | null | undefined): string {
  if (!v || Number.isNaN(v.getTime())) return '';
  const local = toLondonLocal(v);
  const h = Number(local.slice(11, 13));
  const m = local.slice(14, 16);
  if (h === 12 && m === '00') return 'midday';
  if (h === 0 && m === '00') return 'midnight';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m === '00' ? '' : `:${m}`}${h < 12 ? 'am' : 'pm'}`;
}

/** "13 May 2019 at 10am". */
export function formatDateTime(v: Date | null | undefined): string {
  return v ? `${formatDate(v)} at ${formatTime(v)}` : '';
}

/** What people call each kind of file a paper may be. */
const fileKinds: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.ms-excel': 'Excel spreadsheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel spreadsheet',
  'application/vnd.ms-powerpoint': 'PowerPoint presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument presentation',
  'text/csv': 'CSV',
  'text/plain': 'text',
  'text/html': 'web page',
  'text/markdown': 'text',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
};

/**
 * A file's kind in words from its media type, parameters ignored.
 * @example fileKind('text/csv; charset=utf-8') // 'CSV'
 */
export function fileKind(mimeType: string | null | undefined): string {
  const type = (mimeType ?? '').split(';')[0]!.trim().toLowerCase();
  return fileKinds[type] ?? (type.split('/')[1]?.replace(/^x-/, '').toUpperCase() || 'file');
}

/**
 * A count with its noun, singular for one.
 * @example plural(1, 'action') // '1 action'; plural(3, 'entry', 'entries') // '3 entries'
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
