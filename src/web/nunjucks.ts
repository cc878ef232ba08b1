import { readdirSync } from 'node:fs';
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
  addGovukMacros(env);
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

/**
 * Every govuk-frontend component's macro as a global (`govukButton`, `govukSummaryList`, …), loaded on its
 * first call and kept, so templates call them without a `{% from … import %}`. An import runs the macro
 * file again on every render of every template that names it (nineteen of them in the layout, a fifth of
 * an error page's rendering time); the components read only their `params`, so one loaded copy serves all.
 */
function addGovukMacros(env: nunjucks.Environment): void {
  for (const dir of readdirSync(join(govukDist, 'components'), { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const name = `govuk${dir.name.replace(/(?:^|-)([a-z])/g, (_m, c: string) => c.toUpperCase())}`;
    let macro: ((...args: unknown[]) => unknown) | undefined;
    env.addGlobal(name, function (this: unknown, ...args: unknown[]) {
      if (!macro) {
        const template = env.getTemplate(`govuk/components/${dir.name}/macro.njk`, true);
        // Synchronous: a FileSystemLoader template's exports are ready when getExported returns.
        (template as unknown as { getExported(cb: (err: Error | null, exported: Record<string, unknown>) => void): void }).getExported((err, exported) => {
          if (err) throw err;
          macro = exported[name] as typeof macro;
        });
        if (!macro) throw new Error(`govuk-frontend has no macro ${name}`);
      }
      return macro.apply(this, args);
    });
  }
}
