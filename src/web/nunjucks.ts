import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  const macros = govukMacroFiles();
  const env = new nunjucks.Environment(new GovukLoader([join(here, '..'), dirname(govukDist)], new Set(macros.keys())), {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  addGovukMacros(env, macros);
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
 * govuk-frontend's macros as globals (`govukButton`, `govukSummaryList`, `govukAttributes`, …), each macro
 * file loaded on its first call and kept. A `{% from … import %}` runs the macro file again on every render,
 * and govuk-frontend's own templates import three or four of them inside every component call (an input
 * imports its label, hint, error message and attributes), which was a fifth of a page's rendering time.
 * Our templates call the globals without importing; govuk-frontend's templates are read through
 * `GovukLoader`, which drops their imports of these same macros. The macros read only their arguments, so
 * one loaded copy serves every render and the HTML is byte for byte what the imports gave.
 */
function govukMacroFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const add = (file: string) => {
    for (const m of readFileSync(join(govukDist, file), 'utf8').matchAll(/\{%-?\s*macro\s+(govuk[A-Za-z]+)\s*\(/g)) files.set(m[1]!, `govuk/${file}`);
  };
  for (const dir of readdirSync(join(govukDist, 'components'), { withFileTypes: true })) {
    if (dir.isDirectory() && existsSync(join(govukDist, 'components', dir.name, 'macro.njk'))) add(`components/${dir.name}/macro.njk`);
  }
  for (const file of readdirSync(join(govukDist, 'macros'))) if (file.endsWith('.njk')) add(`macros/${file}`);
  return files;
}

function addGovukMacros(env: nunjucks.Environment, files: Map<string, string>): void {
  for (const [name, file] of files) {
    let macro: ((...args: unknown[]) => unknown) | undefined;
    env.addGlobal(name, function (this: unknown, ...args: unknown[]) {
      if (!macro) {
        const template = env.getTemplate(file, true) as unknown as { getExported(cb: (err: Error | null, exported: Record<string, unknown>) => void): void };
        // Synchronous: a FileSystemLoader template's exports are ready when getExported returns.
        template.getExported((err, exported) => {
          if (err) throw err;
          macro = exported[name] as typeof macro;
        });
        if (!macro) throw new Error(`govuk-frontend has no macro ${name} in ${file}`);
      }
      return macro.apply(this, args);
    });
  }
}

/** Reads templates from disk; in govuk-frontend's own, drops the imports of macros that are globals (see above). */
class GovukLoader extends nunjucks.FileSystemLoader {
  constructor(
    searchPaths: string[],
    private readonly globals: ReadonlySet<string>,
  ) {
    super(searchPaths, { noCache: false });
  }

  override getSource(name: string): nunjucks.LoaderSource {
    const source = super.getSource(name);
    if (!source || !source.path.startsWith(govukDist)) return source;
    // `-%}` trims the whitespace after the tag and trimBlocks one newline, so both go with the tag.
    // Only an import alone at the start of a line, so no indentation is left behind.
    const src = source.src.replace(/^\{%\s*from\s+"[^"]+"\s+import\s+([\w\s,]+?)\s*(-?)%\}(\s*)/gm, (tag, names: string, post: string, space: string) => {
      if (!names.split(',').every((n) => this.globals.has(n.trim()))) return tag;
      return post ? '' : space.replace(/^\r?\n/, '');
    });
    // A component's macro only includes its template: the template goes in its place (when it defines no macro), so a call renders one
    // template rather than two (the include's output is exactly the template's, and `{%- … -%}` took the
    // whitespace around it; the newline put before it is the one trimBlocks takes after `{% macro %}`).
    const include = /\s*\{%-\s*include\s+["']\.\/template\.njk["']\s*-%\}\s*/;
    if (/\/components\/[a-z-]+\/macro\.njk$/.test(source.path) && include.test(src)) {
      const template = this.getSource(name.replace(/macro\.njk$/, 'template.njk'));
      // Not a template that defines macros of its own: those read its top-level variables, which only an include keeps.
      if (template && !/\{%-?\s*macro\b/.test(template.src)) return { ...source, src: src.replace(include, () => `\n${template.src}`) };
    }
    return { ...source, src };
  }
}
