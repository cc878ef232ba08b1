import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Node flags `npm start` gives the server (its heap limit), read from a checkout's package.json,
 * so the benchmarks run the server as production does.
 * @example serveNodeFlags(root) // ['--max-old-space-size=128']
 */
export function serveNodeFlags(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: { start?: string } };
  return (pkg.scripts?.start ?? '').split(/\s+/).filter((word) => word.startsWith('--'));
}
