// @ts-check
// The incremental publisher: publishes a change to a site by rendering only the pages it changed.
// For each site it keeps the site's bundle (bundle.mjs) and content in memory; a publish fetches
// the changed documents, plans every page again (src/routing/page-plan.ts), renders the pages whose
// fingerprint differs from the live release's plan, and makes a new release of them and hard
// links to the rest, switched live like any other (@vungtau/publishing's releases). Whatever it cannot do
// that way (no live release of this code, a closed site, too many pages) it leaves to a full
// build, and says why. See docs/rebuilds.md.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { CONTENT_TYPES, releases } from '@vungtau/publishing';
import { listSites } from '../cms.mjs';
import { readManifest, writeManifest } from '../manifest.mjs';
import { PLAN_FILE, readPlan } from '../page-plan.mjs';
import { siteSettings } from '../site-settings.mjs';
import { siteDir } from '../astro-process.mjs';
import { copyUploadFiles, uploadsReferencedBy, UPLOAD_REFERENCES } from '../../../src/integrations/copy-uploads.mjs';
import { loadBundle } from './bundle.mjs';
import { linkTree, linkTreeInBackground, recycleAs, removeFile, removeInBackground, writeChanged } from './release-files.mjs';
import { manifestPath } from './full-build.mjs';

/**
 * @typedef {import('@vungtau/publishing').JobChanges} JobChanges
 * @typedef {import('./bundle.mjs').SiteSettings} SiteSettings
 * @typedef {import('./bundle.mjs').SiteRenderer} SiteRenderer
 * A release's page plan (lib/page-plan.mjs): file → fingerprint.
 * @typedef {Record<string, string | null>} Plan
 * How a spare copy was made: from a retired release, or by linking every file.
 * @typedef {'recycled' | 'linked'} SpareKind
 */

/**
 * The CMS's content types whose documents a publish names, and the site's collections of them.
 * @type {Record<string, 'articles' | 'legalDocuments' | 'questions'>}
 */
const COLLECTIONS = {
  [CONTENT_TYPES.article.uid]: 'articles',
  [CONTENT_TYPES.legalDocument.uid]: 'legalDocuments',
  [CONTENT_TYPES.question.uid]: 'questions',
};

/** How long each step of a publish took, for its log line. */
class Phases {
  #last = Date.now();
  /** @type {string[]} */
  #parts = [];
  /** @param {string} name */
  end(name) {
    const now = Date.now();
    this.#parts.push(`${name} ${((now - this.#last) / 1000).toFixed(2)} s`);
    this.#last = now;
  }
  toString() {
    return this.#parts.join(', ');
  }
}

/** Above this many pages to render, a full build (on every core) is the faster way. */
const DEFAULT_MAX_PAGES = 5000;

/**
 * What a job asks for (the CMS's rebuild queue): `{ documents: [{ uid, documentId }] }` when only
 * those articles or legal documents changed, `{ all: true }` for anything else.
 */
/**
 * @param {JobChanges | null | undefined} changes
 * @returns {{ documents?: Record<string, string[]> }}
 */
const contentChanges = (changes) => {
  if (!changes || 'all' in changes || !Array.isArray(changes.documents)) return {};
  /** @type {Record<string, string[]>} */
  const documents = Object.fromEntries(Object.values(COLLECTIONS).map((name) => [name, []]));
  for (const { uid, documentId } of changes.documents) {
    if (!COLLECTIONS[uid]) return {};
    documents[COLLECTIONS[uid]].push(documentId);
  }
  return { documents };
};

export class IncrementalPublisher {
  #root;
  #cmsUrl;
  #domains;
  #maxPages;
  #log;
  /**
   * slug → { version, renderer, dir, release }: `release` is the one its content matches.
   * @type {Map<string, { version: string, renderer: SiteRenderer, dir: string, release: string | null }>}
   */
  #sites = new Map();
  /**
   * slug → { base, dir, ready }: a copy of the live release `base` made of hard links, made while
   * no publish waits, so that a publish of a big site does not spend seconds linking every file.
   * @type {Map<string, { base: string, dir: string, ready: Promise<boolean>, kind: SpareKind }>}
   */
  #spares = new Map();
  /**
   * slug → the last task on the site: one publish or preparation of a site at a time, any number of sites at once.
   * @type {Map<string, Promise<unknown>>}
   */
  #busy = new Map();

  /**
   * Reads the CMS at CMS_URL, as the site build does (the bundles' loaders read it too).
   * @param {{ root?: string, domains?: boolean, maxPages?: number, log?: (line: string) => void }} [options]
   */
  constructor({
    root = releases.sitesRoot(siteDir),
    domains = false,
    maxPages = Number(process.env.SITES_INCREMENTAL_MAX_PAGES) || DEFAULT_MAX_PAGES,
    log = console.log,
  } = {}) {
    this.#root = root;
    this.#cmsUrl = (process.env.CMS_URL || 'http://localhost:1337').replace(/\/$/, '');
    this.#domains = domains;
    this.#maxPages = maxPages;
    this.#log = log;
  }

  /**
   * Publishes a site's changes. Resolves with `{ release, rendered, written, removed, seconds }`,
   * or `{ full: reason }` when a full build must do it; rejects when rendering failed (the live
   * release is left as it was).
   * @param {string} slug
   * @param {JobChanges} changes
   * @returns {Promise<import('@vungtau/publishing').PublishOutcome>}
   */
  publish(slug, changes) {
    return this.#onSite(slug, () => this.#publish(slug, changes));
  }

  /**
   * Runs `task` after the site's tasks before it.
   * @template T
   * @param {string} slug
   * @param {() => Promise<T>} task
   * @returns {Promise<T>}
   */
  #onSite(slug, task) {
    const done = (this.#busy.get(slug) ?? Promise.resolve()).then(task, task);
    const settled = done.catch(() => {});
    this.#busy.set(slug, settled);
    settled.then(() => this.#busy.get(slug) === settled && this.#busy.delete(slug));
    return done;
  }

  /**
   * @param {string} slug
   * @param {JobChanges} changes
   */
  async #publish(slug, changes) {
    const started = Date.now();
    /** @type {string[]} */
    const lines = [];
    /** @param {string} line */
    const log = (line) => {
      lines.push(line);
      this.#log(line);
    };
    const work = join(this.#root, slug, '.build');
    mkdirSync(work, { recursive: true });
    // The lock a full build of the site takes (scripts/build-sites.mjs): one build of a site at a time.
    const unlock = await lockfile.lock(work, { retries: { forever: true, minTimeout: 200, maxTimeout: 2000 } });
    try {
      const result = await this.#publishLocked(slug, changes, log);
      return { ...result, seconds: (Date.now() - started) / 1000, log: lines.join('\n') };
    } catch (error) {
      // Its content may be half updated: the next publish of the site fetches everything again.
      this.#sites.delete(slug);
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { log: lines.join('\n') });
    } finally {
      await unlock();
    }
  }

  /**
   * Gets a site ready for its first publish: its bundle built and loaded, its content fetched (as
   * a publish would after a restart), so that the first editor's publish is as quick as the next.
   * Resolves with false when the site's publishes would need full builds anyway.
   * @param {string} slug
   * @returns {Promise<boolean>}
   */
  prepare(slug) {
    return this.#onSite(slug, () => this.#prepare(slug));
  }

  /** @param {string} slug */
  async #prepare(slug) {
    const live = await this.#liveOf(slug);
    if ('full' in live) return false;
    const state = await this.#stateOf(slug, live.settings, () => {});
    if (state.release !== live.id) {
      await state.renderer.sync({}, () => {});
      state.release = live.id;
    }
    if (this.#spares.get(slug)?.base !== live.id) this.#prepareSpare(slug, live.id);
    return true;
  }

  /**
   * Starts making a spare copy of a site's live release `id` for its next publish: from `recycled`
   * (a retired release of the same code, with its plan) when given, else by linking every file.
   * Resolves, once the copy is made or given up, with whether there is one.
   * @param {string} slug
   * @param {string} id
   * @param {{ dir: string, plan: Plan } | null} [recycled]
   * @returns {Promise<boolean>}
   */
  #prepareSpare(slug, id, recycled = null) {
    const live = join(this.#root, slug, 'releases', id);
    const dir = join(this.#root, slug, 'releases', `.${id}.spare`);
    const make = recycled
      ? async () => {
          renameSync(recycled.dir, dir);
          const after = readPlan(live);
          if (!after) throw new Error(`the release ${id} has no page plan`);
          await recycleAs(dir, live, recycled.plan, after);
        }
      : () => linkTreeInBackground(live, dir);
    const ready = make().then(
      () => true,
      async (error) => {
        this.#log(`${slug}: no spare copy of ${id} (${error.message})`);
        await removeInBackground([dir], this.#log);
        return false;
      }
    );
    this.#spares.set(slug, { base: id, dir, ready, kind: recycled ? 'recycled' : 'linked' });
    return ready;
  }

  /**
   * The spare copy of the live release `id`, moved to `staging`: how it was made ('recycled' or
   * 'linked'), or false when there is none (or another release's).
   * @param {string} slug
   * @param {string} id
   * @param {string} staging
   * @returns {Promise<SpareKind | false>}
   */
  async #takeSpare(slug, id, staging) {
    const spare = this.#spares.get(slug);
    if (!spare) return false;
    this.#spares.delete(slug);
    const made = await spare.ready;
    if (made && spare.base === id && existsSync(spare.dir)) {
      renameSync(spare.dir, staging);
      return spare.kind;
    }
    if (made) await removeInBackground([spare.dir], this.#log);
    return false;
  }

  /**
   * The site's live release, when the publisher can add to it; else why not.
   * @param {string} slug
   * @returns {Promise<{ full: string } | { id: string, dir: string, plan: Plan, settings: SiteSettings }>}
   */
  async #liveOf(slug) {
    const site = (await listSites(this.#cmsUrl)).find((s) => s.slug === slug);
    if (!site) return { full: `the CMS has no site ${slug}` };
    if (site.status !== 'active') return { full: `${slug} is ${site.status}: its release is made of redirects` };
    const settings = siteSettings(site, { domains: this.#domains, cmsUrl: this.#cmsUrl });
    const id = releases.liveRelease(this.#root, slug);
    if (!id) return { full: `${slug} has no live release yet` };
    const dir = join(this.#root, slug, 'releases', id);
    const manifest = readManifest(dir);
    const plan = readPlan(dir);
    if (manifest?.kind !== 'site' || !plan || !existsSync(join(dir, UPLOAD_REFERENCES)))
      return { full: `the live release ${id} was not made by a build that records its pages` };
    if (manifest.codeVersion !== settings.codeVersion)
      return { full: `the live release ${id} was built by other code or for another address` };
    return { id, dir, plan, settings };
  }

  /**
   * The site's bundle, loaded (and built first when it has none for this code).
   * @param {string} slug
   * @param {SiteSettings} settings
   * @param {(line: string) => void} log
   */
  async #stateOf(slug, settings, log) {
    let state = this.#sites.get(slug);
    if (state?.version !== settings.codeVersion) {
      const { renderer, dir } = await loadBundle(settings, log);
      state = { version: settings.codeVersion, renderer, dir, release: null };
      this.#sites.set(slug, state);
    }
    return state;
  }

  /**
   * @param {string} slug
   * @param {JobChanges} changes
   * @param {(line: string) => void} log
   */
  async #publishLocked(slug, changes, log) {
    const live = await this.#liveOf(slug);
    if ('full' in live) return { full: live.full };
    const { settings, dir: liveDir, plan: before } = live;
    const state = await this.#stateOf(slug, settings, log);
    // Content matching the live release: kept from the last publish, else fetched whole (after a
    // full build, a rollback, or another worker's publish).
    const phases = new Phases();
    await state.renderer.sync(state.release === live.id ? contentChanges(changes) : {}, log);
    phases.end('content');
    const plan = await state.renderer.plan();
    phases.end('plan');

    const now = new Set(plan.map((page) => page.file));
    const toRender = plan.filter((page) => page.fingerprint === null || before[page.file] !== page.fingerprint);
    const toRemove = Object.keys(before).filter((file) => !now.has(file));
    if (toRender.length > this.#maxPages)
      return { full: `${toRender.length} pages changed, more than ${this.#maxPages} (SITES_INCREMENTAL_MAX_PAGES)` };

    const id = releases.newReleaseId();
    const staging = releases.stagingDir(this.#root, slug, id);
    try {
      // Its records are written anew (never into a linked file): a spare copy links them too.
      /** @type {string | false} */
      let copy = await this.#takeSpare(slug, live.id, staging);
      if (!copy) {
        linkTree(liveDir, staging, new Set(['urls.json', PLAN_FILE, UPLOAD_REFERENCES]));
        copy = 'linked now';
      }
      phases.end(`links (${copy})`);
      /** @type {Record<string, number>} */
      const references = JSON.parse(readFileSync(join(liveDir, UPLOAD_REFERENCES), 'utf8'));
      /** @param {string} text @param {number} by */
      const count = (text, by) => {
        for (const name of new Set(uploadsReferencedBy(text))) references[name] = (references[name] ?? 0) + by;
      };
      let written = 0;
      for (const page of toRender) {
        const { body } = await state.renderer.render(page);
        const old = existsSync(join(liveDir, page.file)) ? readFileSync(join(liveDir, page.file)) : null;
        if (!writeChanged(staging, page.file, body)) continue;
        written++;
        if (old) count(old.toString('utf8'), -1);
        count(body.toString('utf8'), +1);
      }
      for (const file of toRemove) count(readFileSync(join(liveDir, file), 'utf8'), -1);
      for (const file of toRemove) removeFile(staging, file);
      phases.end('rendering');
      // Media: the new pages' new uploads, and none that no page shows any more.
      const uploads = join(staging, 'uploads');
      const have = new Set(existsSync(uploads) ? readdirSync(uploads) : []);
      await copyUploadFiles(
        Object.keys(references).filter((name) => references[name] > 0 && !have.has(name)),
        { out: staging, cmsUrl: this.#cmsUrl }
      );
      for (const [name, n] of Object.entries(references)) {
        if (n > 0) continue;
        delete references[name];
        if (have.has(name)) removeFile(staging, `uploads/${name}`);
      }
      // The styles and scripts the pages link to: the same code built them, so they are there; to be sure.
      const assets = join(state.dir, 'client', '_astro');
      for (const name of existsSync(assets) ? readdirSync(assets) : []) {
        if (!existsSync(join(staging, '_astro', name))) {
          mkdirSync(join(staging, '_astro'), { recursive: true });
          copyFileSync(join(assets, name), join(staging, '_astro', name));
        }
      }
      phases.end('media');
      writeChanged(
        staging,
        UPLOAD_REFERENCES,
        Buffer.from(JSON.stringify(Object.fromEntries(Object.entries(references).sort(([a], [b]) => (a < b ? -1 : 1)))))
      );
      writeChanged(staging, PLAN_FILE, Buffer.from(JSON.stringify({ pages: state.renderer.fingerprints(plan) })));
      writeManifest(staging, {
        site: slug,
        kind: 'site',
        paths: plan
          .map((page) => manifestPath(page.file))
          .filter((p) => p !== null)
          .sort(),
        codeVersion: settings.codeVersion,
      });
      phases.end('records');
      const retired = releases.promote(this.#root, slug, id, undefined, { prune: false });
      phases.end('live');
      state.release = id;
      // After the job, while nothing waits: old releases deleted, the next publish's copy linked.
      // One retired release of this code becomes the next spare copy; the others are deleted.
      const recyclable = retired.find((dir) => readManifest(dir)?.codeVersion === settings.codeVersion && readPlan(dir));
      const recycledPlan = recyclable ? readPlan(recyclable) : null;
      this.#prepareSpare(slug, id, recyclable && recycledPlan ? { dir: recyclable, plan: recycledPlan } : null).then(() =>
        removeInBackground(
          retired.filter((dir) => dir !== recyclable),
          this.#log
        )
      );
      log(
        `${slug}: release ${id} is live: ${toRender.length} of ${plan.length} pages rendered (${written} changed), ${toRemove.length} removed; ${phases}`
      );
      return { release: id, pages: plan.length, rendered: toRender.length, written, removed: toRemove.length, copy };
    } catch (error) {
      releases.recordFailure(this.#root, slug, id, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }
}
