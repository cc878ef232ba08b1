const tz = 'Europe/London';

// Built once: creating an Intl formatter (which toLocaleDateString with options does on every call) costs far more than formatting.
const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: tz, day: 'numeric', month: 'long', year: 'numeric' });
const dayDateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });

function toDate(v: Date | string | null | undefined): Date | null {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return v;
  // A bare ISO date is a calendar date: read it at noon UTC so no zone shifts its day.
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T12:00:00Z`) : new Date(v);
}

/** "13 May 2019" in London time. */
export function formatDate(v: Date | string | null | undefined): string {
  const d = toDate(v);
  return d ? dateFormat.format(d) : '';
}

/** "Monday 13 May 2019" in London time. */
export function formatDayDate(v: Date | string | null | undefined): string {
  const d = toDate(v);
  return d ? dayDateFormat.format(d).replace(',', '') : '';
}

/** GOV.UK style time: "10am", "2:30pm", "midday". */
export function formatTime(v: Date | null | undefined): string {
  if (!v) return '';
  const parts = timeFormat.formatToParts(v);
  const h = Number(parts.find((p) => p.type === 'hour')?.value);
  const m = parts.find((p) => p.type === 'minute')?.value ?? '00';
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
