import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const run = promisify(execFile);

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
    const css = await compileApart(source, join(dirname(require.resolve('govuk-frontend/package.json')), 'dist'));
    mkdirSync(cssCacheDir, { recursive: true });
    // Written aside and renamed: a second process starting at once (WORKERS, or the servers of bench:pages) never
    // reads half a stylesheet.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, css);
    renameSync(partial, file);
  }
  return { file, hash };
}

/**
 * Sass compiled by its command line in a child process: the compiler's modules and garbage (about 40 MB of heap,
 * and the peak while it runs) are never the server's. In the server's process (or a worker thread) they raised the
 * first start's peak resident memory by 30–40 MB (bench/memory-parts.ts).
 */
async function compileApart(source: string, loadPath: string): Promise<string> {
  const sassDir = dirname(require.resolve('sass'));
  const cli = join(sassDir, (JSON.parse(readFileSync(join(sassDir, 'package.json'), 'utf8')) as { bin: { sass: string } }).bin.sass);
  const args = [cli, '--style=compressed', '--quiet-deps', '--silence-deprecation=import', `--load-path=${loadPath}`, '--no-source-map', source];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
