#!/usr/bin/env node
// @ts-check
// The page previewer as a service of the CMS, which forks it and talks to it over IPC
// (cms/src/plugins/preview/server/services/previewer-process.ts; the messages are
// @vungtau/publishing's PreviewerRequest and PreviewerReply):
//   CMS → { type: 'preview', id, site, uid, documentId, domains }
//   previewer → { type: 'draft', id, uid, documentId, query } → CMS → { type: 'draft', id, entry }
//   previewer → { type: 'preview', id, path, base, html } | { …, message } | { …, error }
// One preview at a time: each renders the site's pages in this process's one thread.
import { PREVIEW_COLLECTIONS } from '@vungtau/publishing';
import { Previewer, PreviewRefusal } from './lib/renderer/previewer.mjs';

/** @typedef {import('@vungtau/publishing').PreviewerRequest} PreviewerRequest */
/** @typedef {import('@vungtau/publishing').PreviewerReply} PreviewerReply */
/** @typedef {import('@vungtau/publishing').PreviewRequest} PreviewRequest */

const send = process.send?.bind(process);
if (!send) {
  console.error('site/scripts/preview.mjs is started by the CMS (cms/src/plugins/preview), not by hand.');
  process.exit(2);
}
/** @param {PreviewerReply} message */
const reply = (message) => send(message);

/** @type {Map<boolean, Previewer>} */
const previewers = new Map();
/** @param {boolean} domains */
const previewerFor = (domains) => {
  let previewer = previewers.get(domains);
  if (!previewer) previewers.set(domains, (previewer = new Previewer({ domains, log: (line) => console.log(line) })));
  return previewer;
};

/** Drafts asked of the CMS, by the preview's id. @type {Map<number, (entry: Record<string, unknown> | null) => void>} */
const drafts = new Map();

/** @type {Promise<unknown>} */
let last = Promise.resolve();

/** @param {PreviewRequest} message */
const preview = async (message) => {
  try {
    const page = await previewerFor(Boolean(message.domains)).preview(
      message.site,
      PREVIEW_COLLECTIONS[message.uid],
      (_collection, query) =>
        new Promise((resolve) => {
          drafts.set(message.id, resolve);
          reply({ type: 'draft', id: message.id, uid: message.uid, documentId: message.documentId, query });
        })
    );
    reply({ type: 'preview', id: message.id, ...page });
  } catch (error) {
    if (error instanceof PreviewRefusal) reply({ type: 'preview', id: message.id, message: error.message });
    else reply({ type: 'preview', id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  } finally {
    drafts.delete(message.id);
  }
};

process.on('message', (/** @type {PreviewerRequest | undefined} */ message) => {
  if (message?.type === 'preview') last = last.then(() => preview(message));
  else if (message?.type === 'draft') drafts.get(message.id)?.(message.entry);
});
// The CMS going away takes this process with it.
process.on('disconnect', () => process.exit(0));
