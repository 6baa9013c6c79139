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

// Publishes one at a time, in order; warm-ups one at a time, beside them (the renderer keeps each
// site's own tasks in order), so that a publish never waits for another site to warm up.
const sequence = () => {
  let last = Promise.resolve();
  return (task) => (last = last.then(task));
};
const publishes = sequence();
const warmups = sequence();

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
    warmups(async () => {
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
  if (message?.type === 'publish') publishes(publish(message));
  else if (message?.type === 'warm') warmups(() => warm(Boolean(message.domains)).catch((error) => console.error(`Warming up: ${error.message}`)));
});
// The worker going away takes this process with it.
process.on('disconnect', () => process.exit(0));
