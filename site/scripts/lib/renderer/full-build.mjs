// @ts-check
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

/**
 * @typedef {import('./bundle.mjs').SiteSettings} SiteSettings
 * @typedef {{ index: number, count: number }} Share
 * The job a share's process is sent first; then `{ render: true }` once it said it is synced.
 * @typedef {{ settings: SiteSettings, out: string, share: Share }} ShareJob
 * @typedef {object} ShareResult
 * @property {number} pages
 * @property {Record<string, number>} references media file name → how many of the share's pages use it
 * @property {Record<string, string | null> | null} fingerprints the plan's, from the first share only
 * @property {import('@vungtau/publishing').ComplianceReport | null} compliance the site's Nghị định 42 check, from the first share only
 * @property {{ content: number, rendering: number }} seconds
 * @property {undefined} [error]
 * What a share's process answers: synced, then its result or its failure.
 * @typedef {{ synced: true } | ShareResult | { error: string }} ShareMessage
 * Runs `work` (a step of a share, over when its promise settles) when the caller has room for it.
 * @typedef {(work: () => Promise<unknown>) => unknown} Step
 */

/**
 * A page's path as the release manifest lists it: folders for pages, files for feeds (lib/manifest.mjs).
 * @param {string} file
 */
export const manifestPath = (file) =>
  file === 'index.html'
    ? ''
    : file.endsWith('/index.html')
      ? file.slice(0, -'index.html'.length)
      : /\.(xml|txt|csv)$/.test(file)
        ? file
        : null;

/** @type {Step} */
const now = (work) => work();

/**
 * Renders one share of a site into `out` in a process of its own, in two steps: it fetches its
 * content inside `fetching(work)`, then renders inside `rendering(work)`. Each runs `work`, which
 * resolves when that step is over, when the caller has room for it (by default at once): fetching
 * mostly waits on the CMS, rendering takes a core.
 * @param {SiteSettings} settings
 * @param {string} out
 * @param {Share} share
 * @param {{ fetching?: Step, rendering?: Step }} [steps]
 * @returns {Promise<ShareResult>}
 */
export const renderShare = (settings, out, share, { fetching = now, rendering = now } = {}) =>
  new Promise((resolve, reject) => {
    const child = fork(SHARE, [], { env: { ...process.env, ...settings.env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const exited = new Promise((done) => child.once('exit', done));
    /** @type {(value?: unknown) => void} */
    let synced;
    const fetched = Promise.race([new Promise((done) => (synced = done)), exited]);
    /** @type {ShareResult | { error: string } | null} */
    let answer = null;
    // A process that died meanwhile is sent nothing, and the step's room is free again at once.
    /** @param {ShareJob | { render: true }} message */
    const tell = (message) => child.connected && child.send(message);
    child.on('message', (sent) => {
      const message = /** @type {ShareMessage} */ (sent);
      if (!('synced' in message)) answer = message;
      else {
        synced();
        rendering(() => (tell({ render: true }), exited));
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer && !answer.error) resolve(/** @type {ShareResult} */ (answer));
      else
        reject(
          new Error(`rendering ${settings.slug} (share ${share.index}/${share.count}) failed: ${answer?.error ?? `exit code ${code}`}`)
        );
    });
    fetching(() => (tell({ settings, out, share }), fetched));
  });

/**
 * The parts of a full build: `bundle()` makes sure the site's bundle exists, `share(k, n, steps)`
 * renders a share (see renderShare), `finish(results)` completes the release in `out` from every share's answer.
 * @param {SiteSettings} settings
 * @param {string} out
 * @param {{ cmsUrl: string, log: (line: string) => void }} options
 */
export const fullBuild = (settings, out, { cmsUrl, log }) => ({
  bundle: () => ensureBundle(settings, log),
  /** @param {number} index @param {number} count @param {{ fetching?: Step, rendering?: Step }} steps */
  share: (index, count, steps) => renderShare(settings, out, { index, count }, steps),
  /** @param {ShareResult[]} results */
  async finish(results) {
    /** @type {Record<string, number>} */
    const references = {};
    for (const result of results) for (const [name, n] of Object.entries(result.references)) references[name] = (references[name] ?? 0) + n;
    const names = Object.keys(references).sort();
    await copyUploadFiles(names, { out, cmsUrl });
    const client = join(await ensureBundle(settings, log), 'client');
    if (existsSync(client)) cpSync(client, out, { recursive: true });
    writeFileSync(join(out, UPLOAD_REFERENCES), JSON.stringify(Object.fromEntries(names.map((name) => [name, references[name]]))));
    const fingerprints = results.find((r) => r.fingerprints)?.fingerprints;
    if (!fingerprints) throw new Error(`rendering ${settings.slug}: no share answered with the page plan`);
    writeFileSync(join(out, PLAN_FILE), JSON.stringify({ pages: fingerprints }));
    // Reported by the build (build-sites.mjs), never written into the release: it is not a page.
    const compliance = results.find((r) => r.compliance)?.compliance ?? null;
    const paths = Object.keys(fingerprints)
      .map(manifestPath)
      .filter((p) => p !== null)
      .sort();
    writeManifest(out, { site: settings.slug, kind: 'site', paths, codeVersion: settings.codeVersion });
    return { pages: Object.keys(fingerprints).length, uploads: names.length, compliance };
  },
});
