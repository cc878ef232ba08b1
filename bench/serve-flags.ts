import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The words of `npm start`'s command line in a checkout's package.json. */
function startWords(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: { start?: string } };
  return (pkg.scripts?.start ?? '').split(/\s+/).filter(Boolean);
}

/**
 * The Node flags `npm start` gives the server (its heap limit), read from a checkout's package.json,
 * so the benchmarks run the server as production does.
 * @example serveNodeFlags(root) // ['--max-old-space-size=128']
 */
export function serveNodeFlags(root: string): string[] {
  return startWords(root).filter((word) => word.startsWith('--'));
}

/**
 * The environment `npm start` sets before `node` (`NAME=value` words ahead of it), for the same reason.
 * @example serveEnv(root) // { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' }
 */
export function serveEnv(root: string): Record<string, string> {
  const words = startWords(root);
  const node = words.indexOf('node');
  return Object.fromEntries(
    words
      .slice(0, Math.max(node, 0))
      .filter((word) => /^[A-Z_][A-Z0-9_]*=/.test(word))
      .map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]),
  );
}
