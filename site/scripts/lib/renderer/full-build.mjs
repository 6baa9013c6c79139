// A full build of a site through the renderer (build-sites.mjs, the default engine): its bundle
// (bundle.mjs), then its pages rendered by one process per share (render-share.mjs) straight into
// the release folder, then the release's media, assets, page plan and manifest, as the Astro
// build and lib/page-plan.mjs would leave them. The same files, byte for byte, as `astro build`
// (site/tests/site-build/engines.mjs), in a fraction of the time: no Vite build per run and no
// content store written and read back.
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyUploadFiles, UPLOAD_REFERENCES } from '../../../src/integrations/copy-uploads.mjs';
import { writeManifest } from '../manifest.mjs';
import { PLAN_FILE } from '../page-plan.mjs';
import { ensureBundle } from './bundle.mjs';

const SHARE = fileURLToPath(new URL('./render-share.mjs', import.meta.url));

/** A page's path as the release manifest lists it: folders for pages, files for feeds (lib/manifest.mjs). */
export const manifestPath = (file) =>
  file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : /\.(xml|txt)$/.test(file) ? file : null;

const now = (work) => work();

/**
 * Renders one share of a site into `out` in a process of its own, in two steps: it fetches its
 * content inside `fetching(work)`, then renders inside `rendering(work)`. Each runs `work`, which
 * resolves when that step is over, when the caller has room for it (by default at once): fetching
 * mostly waits on the CMS, rendering takes a core.
 */
export const renderShare = (settings, out, share, { fetching = now, rendering = now } = {}) =>
  new Promise((resolve, reject) => {
    const child = fork(SHARE, [], { env: { ...process.env, ...settings.env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const exited = new Promise((done) => child.once('exit', done));
    let synced;
    const fetched = Promise.race([new Promise((done) => (synced = done)), exited]);
    let answer = null;
    // A process that died meanwhile is sent nothing, and the step's room is free again at once.
    const tell = (message) => child.connected && child.send(message);
    child.on('message', (message) => {
      if (!message.synced) answer = message;
      else {
        synced();
        rendering(() => (tell({ render: true }), exited));
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer && !answer.error) resolve(answer);
      else reject(new Error(`rendering ${settings.slug} (share ${share.index}/${share.count}) failed: ${answer?.error ?? `exit code ${code}`}`));
    });
    fetching(() => (tell({ settings, out, share }), fetched));
  });

/**
 * The parts of a full build: `bundle()` makes sure the site's bundle exists, `share(k, n, steps)`
 * renders a share (see renderShare), `finish(results)` completes the release in `out` from every share's answer.
 */
export const fullBuild = (settings, out, { cmsUrl, log }) => ({
  bundle: () => ensureBundle(settings, log),
  share: (index, count, steps) => renderShare(settings, out, { index, count }, steps),
  async finish(results) {
    const references = {};
    for (const result of results) for (const [name, n] of Object.entries(result.references)) references[name] = (references[name] ?? 0) + n;
    const names = Object.keys(references).sort();
    await copyUploadFiles(names, { out, cmsUrl });
    const client = join(await ensureBundle(settings, log), 'client');
    if (existsSync(client)) cpSync(client, out, { recursive: true });
    writeFileSync(join(out, UPLOAD_REFERENCES), JSON.stringify(Object.fromEntries(names.map((name) => [name, references[name]]))));
    const { fingerprints } = results.find((r) => r.fingerprints);
    writeFileSync(join(out, PLAN_FILE), JSON.stringify({ pages: fingerprints }));
    const paths = Object.keys(fingerprints).map(manifestPath).filter((p) => p !== null).sort();
    writeManifest(out, { site: settings.slug, kind: 'site', paths, codeVersion: settings.codeVersion });
    return { pages: Object.keys(fingerprints).length, uploads: names.length };
  },
});
