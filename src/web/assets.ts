import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The checkout: the nearest folder above with a package.json (src/web/ or, compiled, dist/src/web/). */
function packageRoot(dir: string): string {
  return existsSync(join(dir, 'package.json')) || dirname(dir) === dir ? dir : packageRoot(dirname(dir));
}
const root = packageRoot(here);

/** Folder of govuk-frontend's compiled assets (fonts are unused, images and JS are served). */
export const govukDist = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');

/** Where the compiled stylesheet is cached between starts. */
export const cssCacheDir = join(root, '.cache', 'assets');

/**
 * Compiles the council stylesheet once (cached by the hash of its source and govuk-frontend's version).
 * @example const { file, hash } = await buildCss();
 */
export async function buildCss(): Promise<{ file: string; hash: string }> {
  const source = join(here, 'assets', 'app.scss');
  const version = JSON.parse(readFileSync(require.resolve('govuk-frontend/package.json'), 'utf8')).version as string;
  const hash = createHash('sha256').update(readFileSync(source)).update(version).digest('hex').slice(0, 12);
  const file = join(cssCacheDir, `app-${hash}.css`);
  if (!existsSync(file)) {
    const sass = await import('sass');
    const out = sass.compile(source, {
      loadPaths: [join(dirname(require.resolve('govuk-frontend/package.json')), 'dist')],
      style: 'compressed',
      quietDeps: true,
      silenceDeprecations: ['import'],
    });
    mkdirSync(cssCacheDir, { recursive: true });
    writeFileSync(file, out.css);
  }
  return { file, hash };
}
