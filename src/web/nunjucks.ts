import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { govukDist } from './assets.ts';
import { fileKind, formatDate, plural, formatDateTime, formatTime, formatDayDate } from './format.ts';
import { accessLabel, exemptNotice } from '../modules/visibility/index.ts';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The one Nunjucks environment: autoescape on, govuk-frontend on the search path, module views by path.
 * Templates are named from `src/` ("web/views/layout.njk", "modules/meetings/views/meeting.njk") or from govuk-frontend ("govuk/components/...").
 */
export function createNunjucks(): nunjucks.Environment {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([join(here, '..'), dirname(govukDist)], { noCache: false }), {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  env.addFilter('date', (v: unknown) => formatDate(v as Date | string | null));
  env.addFilter('dayDate', (v: unknown) => formatDayDate(v as Date | string | null));
  env.addFilter('time', (v: unknown) => formatTime(v as Date | null));
  env.addFilter('dateTime', (v: unknown) => formatDateTime(v as Date | null));
  env.addFilter('plural', (n: unknown, one: string, many?: string) => plural(Number(n), one, many));
  env.addFilter('fileKind', (v: unknown) => fileKind(typeof v === 'string' ? v : null));
  env.addFilter('pages', (item: { pageFrom?: number | null; pageTo?: number | null }) => {
    if (!item?.pageFrom) return '';
    return item.pageTo && item.pageTo !== item.pageFrom ? `Pages ${item.pageFrom} - ${item.pageTo}` : `Page ${item.pageFrom}`;
  });
  // Text typed or imported with blank lines between paragraphs, as a list of paragraphs.
  env.addFilter('paragraphs', (v: unknown) =>
    typeof v === 'string'
      ? v
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean)
      : [],
  );
  env.addFilter('accessLabel', (r: Parameters<typeof accessLabel>[0]) => accessLabel(r));
  env.addFilter('exemptNotice', (paragraph: number | null) => exemptNotice(paragraph));
  env.addFilter('fieldError', (errors: { field: string; message: string }[] | undefined, field: string) => {
    const e = errors?.find((x) => x.field === field);
    return e ? { text: e.message } : undefined;
  });
  env.addFilter('errorList', (errors: { field: string; message: string }[] | undefined) => (errors ?? []).map((e) => ({ text: e.message, href: `#${e.field}` })));
  return env;
}
