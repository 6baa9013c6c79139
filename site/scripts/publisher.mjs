#!/usr/bin/env node
// @ts-check
// The incremental publisher as a service of the CMS's rebuild worker, which forks it and talks to
// it over IPC (cms/src/plugins/rebuild/server/services/publisher-process.ts; the messages are
// @vungtau/publishing's PublisherRequest and PublisherReply). It keeps every site's bundle and
// content in memory between jobs (lib/renderer/incremental-publisher.mjs).
//   { id, type: 'publish', site, changes, domains } → { id, release, … } | { id, full: reason } | { id, error }
//   { type: 'warm', domains }: get every active site ready for its first publish, between publishes
import { IncrementalPublisher } from './lib/renderer/incremental-publisher.mjs';
import { listSites } from './lib/cms.mjs';

/** @typedef {import('@vungtau/publishing').PublisherRequest} PublisherRequest */
/** @typedef {import('@vungtau/publishing').PublishRequest} PublishRequest */
/** @typedef {import('@vungtau/publishing').PublisherReply} PublisherReply */

const send = process.send?.bind(process);
if (!send) {
  console.error('site/scripts/publisher.mjs is started by the rebuild worker (cms/src/plugins/rebuild), not by hand.');
  process.exit(2);
}
/** @param {PublisherReply} reply */
const reply = (reply) => send(reply);

/** @type {Map<boolean, IncrementalPublisher>} */
const publishers = new Map();
/** @param {boolean} domains */
const publisherFor = (domains) => {
  let publisher = publishers.get(domains);
  if (!publisher) publishers.set(domains, (publisher = new IncrementalPublisher({ domains, log: () => {} })));
  return publisher;
};

// Publishes one at a time, in order; warm-ups one at a time, beside them (the publisher keeps each
// site's own tasks in order), so that a publish never waits for another site to warm up.
const sequence = () => {
  /** @type {Promise<unknown>} */
  let last = Promise.resolve();
  return (/** @type {() => Promise<unknown>} */ task) => (last = last.then(task));
};
const publishes = sequence();
const warmups = sequence();

/** @param {PublishRequest} message */
const publish = (message) => async () => {
  try {
    const outcome = await publisherFor(Boolean(message.domains)).publish(message.site, message.changes);
    reply({ id: message.id, ...outcome });
  } catch (error) {
    const log = /** @type {{ log?: string } | undefined} */ (error)?.log ?? '';
    reply({ id: message.id, error: error instanceof Error ? error.message : String(error), log });
  }
};

/** @param {boolean} domains */
const warm = async (domains) => {
  const cmsUrl = (process.env.CMS_URL || 'http://localhost:1337').replace(/\/$/, '');
  const sites = (await listSites(cmsUrl)).filter((site) => site.status === 'active');
  for (const site of sites) {
    warmups(async () => {
      try {
        const ready = await publisherFor(domains).prepare(site.slug);
        console.log(`${site.slug}: ${ready ? 'ready for incremental publishing' : 'its next publish needs a full build'}`);
      } catch (error) {
        console.error(
          `${site.slug}: could not get ready (${error instanceof Error ? error.message : String(error)}); its first publish will`
        );
      }
    });
  }
};

process.on('message', (/** @type {PublisherRequest | undefined} */ message) => {
  if (message?.type === 'publish') publishes(publish(message));
  else if (message?.type === 'warm')
    warmups(() => warm(Boolean(message.domains)).catch((error) => console.error(`Warming up: ${error.message}`)));
});
// The worker going away takes this process with it.
process.on('disconnect', () => process.exit(0));
