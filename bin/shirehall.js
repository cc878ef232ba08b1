#!/usr/bin/env node
// Entry point of the `shirehall` command. It runs the compiled JavaScript in dist/ when that was built
// from the sources as they are now (scripts/build.mjs); `serve` builds it first when it is missing or
// out of date, so `npm start` on a fresh clone needs nothing else. Other commands, and any command
// with SHIREHALL_TSX=1 (`npm run dev`), run the TypeScript through tsx instead.
import { build, isFresh } from '../scripts/build.mjs';

const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
let compiled = process.env.SHIREHALL_TSX !== '1' && isFresh();
if (!compiled && command === 'serve' && process.env.SHIREHALL_TSX !== '1') {
  try {
    await build();
    compiled = true;
  } catch (err) {
    process.stderr.write(`shirehall: could not build dist/ (${err instanceof Error ? err.message.split('\n')[0] : err}); running the TypeScript sources\n`);
  }
}
if (!compiled) {
  const { register } = await import('tsx/esm/api');
  register();
}
const { main } = await import(compiled ? '../dist/src/cli/main.js' : '../src/cli/main.ts');
await main(process.argv);
