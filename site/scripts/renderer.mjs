#!/usr/bin/env node
// The incremental renderer as a service of the CMS's rebuild worker, which forks it and talks to
// it over IPC (cms/src/plugins/rebuild/server/services/renderer.ts). It keeps every site's bundle
// and content in memory between jobs (lib/renderer/index.mjs).
//   { id, type: 'publish', site, changes, domains } → { id, release, … } | { id, full: reason } | { id, error }
//   { type: 'warm', domains }: get every active site ready for its first publish, between publishes
import { IncrementalRenderer } from './lib/renderer/index.mjs';
import { listSites } from './lib/cms.mjs';

if (!process.send) {
  console.error('site/scripts/renderer.mjs is started by the rebuild worker (cms/src/plugins/rebuild), not by hand.');
  process.exit(2);
}
const renderers = new Map();
const rendererFor = (domains) => {
  if (!renderers.has(domains)) renderers.set(domains, new IncrementalRenderer({ domains, log: () => {} }));
  return renderers.get(domains);
};

// One task at a time; a publish goes before the sites still to warm up.
const publishes = [];
const warmups = [];
let busy = false;
const next = async () => {
  if (busy) return;
  busy = true;
  try {
    for (let task = publishes.shift() ?? warmups.shift(); task; task = publishes.shift() ?? warmups.shift()) await task();
  } finally {
    busy = false;
  }
};

const publish = (message) => async () => {
  try {
    const outcome = await rendererFor(Boolean(message.domains)).publish(message.site, message.changes);
    process.send({ id: message.id, ...outcome });
  } catch (error) {
    process.send({ id: message.id, error: error instanceof Error ? error.message : String(error), log: error?.log ?? '' });
  }
};

const warm = async (domains) => {
  const cmsUrl = (process.env.CMS_URL || 'http://localhost:1337').replace(/\/$/, '');
  const sites = (await listSites(cmsUrl)).filter((site) => site.status === 'active');
  for (const site of sites) {
    warmups.push(async () => {
      try {
        const ready = await rendererFor(domains).prepare(site.slug);
        console.log(`${site.slug}: ${ready ? 'ready for incremental publishing' : 'its next publish needs a full build'}`);
      } catch (error) {
        console.error(`${site.slug}: could not get ready (${error instanceof Error ? error.message : String(error)}); its first publish will`);
      }
    });
  }
};

process.on('message', (message) => {
  if (message?.type === 'publish') publishes.push(publish(message));
  else if (message?.type === 'warm') warmups.push(() => warm(Boolean(message.domains)).catch((error) => console.error(`Warming up: ${error.message}`)));
  next();
});
// The worker going away takes this process with it.
process.on('disconnect', () => process.exit(0));
