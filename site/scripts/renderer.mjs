#!/usr/bin/env node
// The incremental renderer as a service of the CMS's rebuild worker, which forks it and sends it
// one job at a time over IPC: { id, type: 'publish', site, changes, domains } → { id, release… }
// or { id, full: reason } (a full build must do it) or { id, error }. It keeps every site's
// bundle and content in memory between jobs (lib/renderer/index.mjs).
import { IncrementalRenderer } from './lib/renderer/index.mjs';

if (!process.send) {
  console.error('site/scripts/renderer.mjs is started by the rebuild worker (cms/src/plugins/rebuild), not by hand.');
  process.exit(2);
}
const renderers = new Map();
const rendererFor = (domains) => {
  if (!renderers.has(domains)) renderers.set(domains, new IncrementalRenderer({ domains, log: () => {} }));
  return renderers.get(domains);
};

// One job at a time, in the order they came.
let queue = Promise.resolve();
process.on('message', (message) => {
  if (message?.type !== 'publish') return;
  queue = queue.then(async () => {
    try {
      const outcome = await rendererFor(Boolean(message.domains)).publish(message.site, message.changes);
      process.send({ id: message.id, ...outcome });
    } catch (error) {
      process.send({ id: message.id, error: error instanceof Error ? error.message : String(error), log: error?.log ?? '' });
    }
  });
});
// The worker going away takes this process with it.
process.on('disconnect', () => process.exit(0));
