// @ts-check
// A full build's share of a site through the renderer, in a process of its own (forked by
// full-build.mjs): fetches the site's content, plans its pages and renders every `count`-th of
// them, from the `index`-th, into the release folder. The first share also renders the pages
// without parameters and answers with the plan. Answers over IPC, then exits. It starts fetching
// when it is sent its job; between fetching and rendering it says `synced` and waits for `render`:
// the build script schedules the two steps apart (fetching waits on the CMS, rendering takes a core).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { uploadsReferencedBy } from '../../../src/integrations/copy-uploads.mjs';
import { loadBundle } from './bundle.mjs';

if (!process.send) throw new Error('render-share.mjs is forked by full-build.mjs, with an IPC channel to answer on');
/** @type {(message: import('./full-build.mjs').ShareMessage) => boolean} */
const send = process.send.bind(process);

process.once('message', async (job) => {
  const { settings, out, share } = /** @type {import('./full-build.mjs').ShareJob} */ (job);
  try {
    const { renderer } = await loadBundle(settings, () => {});
    const started = Date.now();
    await renderer.sync({}, () => {});
    const plan = await renderer.plan();
    const synced = Date.now();
    await new Promise((resolve) => {
      process.once('message', resolve);
      send({ synced: true });
    });
    const waited = Date.now() - synced;
    const mine = plan.filter((page, i) => (page.fingerprint === null ? share.index === 1 : i % share.count === share.index - 1));
    /** @type {Record<string, number>} */
    const references = {};
    for (const page of mine) {
      const { body } = await renderer.render(page);
      mkdirSync(dirname(join(out, page.file)), { recursive: true });
      writeFileSync(join(out, page.file), body);
      for (const name of new Set(uploadsReferencedBy(body.toString('utf8')))) references[name] = (references[name] ?? 0) + 1;
    }
    send({
      pages: mine.length,
      references,
      fingerprints: share.index === 1 ? renderer.fingerprints(plan) : null,
      compliance: share.index === 1 ? await renderer.compliance() : null,
      seconds: { content: (synced - started) / 1000, rendering: (Date.now() - synced - waited) / 1000 },
    });
  } catch (error) {
    send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
