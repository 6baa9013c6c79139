#!/usr/bin/env node
// @ts-check
// `npm run rollback -- --site <slug> [--to <release>]`: switches the site's live release back to
// the one before (or to --to), atomically. `--list` shows the releases.
import { parseArgs } from 'node:util';
import { releases } from '@vungtau/publishing';
import { siteDir } from './lib/astro-process.mjs';

const { values } = parseArgs({ options: { site: { type: 'string' }, to: { type: 'string' }, list: { type: 'boolean', default: false } } });
if (!values.site) {
  console.error('Usage: npm run rollback -- --site <slug> [--to <release>] [--list]');
  process.exit(2);
}
const root = releases.sitesRoot(siteDir);
const live = releases.liveRelease(root, values.site);
if (values.list) {
  for (const id of releases.listReleases(root, values.site).reverse()) console.log(`${id}${id === live ? '  (live)' : ''}`);
  process.exit(0);
}
try {
  const { from, to } = releases.rollback(root, values.site, values.to);
  console.log(`${values.site}: live release switched from ${from} to ${to}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
