#!/usr/bin/env node
// `npm run rollback -- --site <slug> [--to <release>]`: switches the site's live release back to
// the one before (or to --to), atomically. `--list` shows the releases.
import { parseArgs } from 'node:util';
import releases from './lib/releases.cjs';

const { values } = parseArgs({ options: { site: { type: 'string' }, to: { type: 'string' }, list: { type: 'boolean', default: false } } });
if (!values.site) {
  console.error('Usage: npm run rollback -- --site <slug> [--to <release>] [--list]');
  process.exit(2);
}
const root = releases.sitesRoot();
const live = releases.liveRelease(root, values.site);
if (values.list) {
  for (const id of releases.listReleases(root, values.site).reverse()) console.log(`${id}${id === live ? '  (live)' : ''}`);
  process.exit(0);
}
try {
  const { from, to } = releases.rollback(root, values.site, values.to);
  console.log(`${values.site}: live release switched from ${from} to ${to}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
