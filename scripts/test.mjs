#!/usr/bin/env node
// @ts-check
// `npm test [-- <jest options>]`: type check, the CMS suite (Jest: unit, SQLite, PostgreSQL), then
// the site suite (node:test, builds real sites against a real CMS), and one closing line for all.
// `-t <pattern>` filters both suites by test name.
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const args = process.argv.slice(2);
const pattern = (() => {
  const i = args.findIndex((a) => a === '-t' || a === '--testNamePattern');
  if (i >= 0) return args[i + 1];
  return args
    .find((a) => a.startsWith('--testNamePattern='))
    ?.split('=')
    .slice(1)
    .join('=');
})();
const onlyCmsProjects = args.includes('--selectProjects');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'test-summary-'));
const jestSummary = path.join(tmp, 'jest.json');
const siteTap = path.join(tmp, 'site.tap');
/** @param {string} command @param {string[]} commandArgs @param {Record<string, string>} [env] */
const run = (command, commandArgs, env = {}) =>
  spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (run('npm', ['run', 'typecheck']) !== 0) process.exit(1);
const cmsStatus = run('npm', ['run', '--workspace', 'cms', 'test', '--', ...args], { TEST_SUMMARY_FILE: jestSummary });

let siteStatus = 0;
if (!onlyCmsProjects) {
  siteStatus = run(process.execPath, [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${siteTap}`,
    ...(pattern ? ['--test-name-pattern', pattern] : []),
    'site/tests/',
  ]);
}

const counts = fs.existsSync(jestSummary) ? JSON.parse(fs.readFileSync(jestSummary, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
if (fs.existsSync(siteTap)) {
  const tap = fs.readFileSync(siteTap, 'utf8');
  /** @param {string} name */
  const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  counts.passed += count('pass');
  counts.failed += count('fail') + count('cancelled');
  counts.skipped += count('skipped') + count('todo');
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(cmsStatus !== 0 || siteStatus !== 0 ? 1 : 0);
