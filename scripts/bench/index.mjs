#!/usr/bin/env node
// @ts-check
// `npm run bench`: every benchmark on the ten-year bench data, one after the other, each appending
// its results to docs/benchmarks-log.md. Make the data first: `npm run bench:data` (and
// `npm run bench:data -- --database postgres` for the API benchmark's PostgreSQL half).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** @param {string} name */
const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const out = fileURLToPath(new URL('../../site/.bench/sites', import.meta.url));
/** @type {[string, string[]][]} */
const steps = [
  ['build.mjs', ['--out', out]],
  ['page-weight.mjs', ['--dist', out]],
  ['publish-to-live.mjs', ['--bench', out, '--runs', '20']],
  ['search.mjs', []],
  ['api.mjs', []],
];
for (const [script, args] of steps) {
  console.log(`\n=== ${script} ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [here(script), ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${script} failed (exit ${result.status}); the results so far are in docs/benchmarks-log.md.`);
    process.exit(result.status ?? 1);
  }
}
