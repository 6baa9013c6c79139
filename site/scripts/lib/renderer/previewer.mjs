// @ts-check
// The page previewer: renders one item's draft with its site's renderer bundle (bundle.mjs), over
// the site's published content, so that staff see the page approval will publish (docs/preview.md).
// It keeps each site's bundle and content in memory; before each preview it syncs the content
// whole through the site's own loaders (the small collections and, on a page of the CMS's response
// cache, the big ones), so the page's other blocks (related items, lists) are the live ones.
import { join } from 'node:path';
import { listSites } from '../cms.mjs';
import { siteSettings } from '../site-settings.mjs';
import { loadBundle } from './bundle.mjs';

/**
 * @typedef {import('@vungtau/publishing').PreviewCollectionName} PreviewCollectionName
 * @typedef {import('./bundle.mjs').SiteRenderer & {
 *   previewQuery(name: PreviewCollectionName): { collection: string, query: unknown },
 *   preview(name: PreviewCollectionName, raw: Record<string, unknown>): Promise<{ path: string, body: Buffer }>,
 * }} PreviewRenderer
 * What the previewer needs of the CMS: the item's draft as the REST API would answer `query`.
 * @typedef {(collection: string, query: unknown) => Promise<Record<string, unknown> | null>} DraftSource
 */

/** A refusal the editor reads as it is (Vietnamese), not a failure of the previewer. */
export class PreviewRefusal extends Error {}

export class Previewer {
  #cmsUrl;
  #domains;
  #log;
  /** @type {Map<string, { version: string, renderer: PreviewRenderer, dir: string }>} */
  #sites = new Map();

  /** @param {{ domains?: boolean, log?: (line: string) => void }} [options] */
  constructor({ domains = false, log = console.log } = {}) {
    this.#cmsUrl = (process.env.CMS_URL || 'http://localhost:1337').replace(/\/$/, '');
    this.#domains = domains;
    this.#log = log;
  }

  /**
   * The page of an item of `collection` on the site `slug`, rendered from its draft.
   * @param {string} slug
   * @param {PreviewCollectionName} collection
   * @param {DraftSource} draft
   * @returns {Promise<{ path: string, base: string, html: string, assets: string }>}
   */
  async preview(slug, collection, draft) {
    const site = (await listSites(this.#cmsUrl)).find((s) => s.slug === slug);
    if (!site) throw new PreviewRefusal('Không tìm thấy trang web của mục này.');
    if (site.status !== 'active') throw new PreviewRefusal('Trang web của mục này đã ngừng hoạt động hoặc đã sáp nhập.');
    const settings = siteSettings(site, { domains: this.#domains, cmsUrl: this.#cmsUrl });
    let state = this.#sites.get(slug);
    if (state?.version !== settings.codeVersion) {
      const { renderer, dir } = await loadBundle(settings, this.#log);
      state = { version: settings.codeVersion, renderer: /** @type {PreviewRenderer} */ (renderer), dir };
      this.#sites.set(slug, state);
    }
    await state.renderer.sync({}, () => {});
    const { collection: rest, query } = state.renderer.previewQuery(collection);
    const entry = await draft(rest, query);
    if (!entry) throw new PreviewRefusal('Mục này không còn bản nháp để xem trước.');
    try {
      const { path, body } = await state.renderer.preview(collection, entry);
      return { path, base: settings.base, html: body.toString('utf8'), assets: join(state.dir, 'client', '_astro') };
    } catch (error) {
      // The bundle's own refusals (PreviewError in src/renderer/server.ts) are worded for editors.
      if (error instanceof Error && error.name === 'PreviewError') throw new PreviewRefusal(error.message);
      throw error;
    }
  }
}
