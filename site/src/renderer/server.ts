// A site's renderer bundle: the server entrypoint of the renderer adapter
// (integrations/renderer-adapter.mjs). The incremental publisher and the full build
// (scripts/lib/renderer/) import one such bundle per site and asks it to load the content, plan the pages and render them; the pages
// are the site's own, rendered by Astro's App exactly as a static build renders them.
import { createHash } from 'node:crypto';
import type { SSRManifest } from 'astro';
import type { AstroIntegrationLogger } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ZodTypeAny } from 'astro/zod';
import { App } from 'astro/app';
import { collections } from '../content.config';
import { useContentSource, type CollectionName } from '../data/source';
import { NOT_FOUND, pagePlan, planFingerprints, type PlannedPage } from '../routing/page-plan';
import { MemoryCollection } from './memory-store';
import { siteCompliance } from '../data/compliance';
import { weekPath } from '../data/work-schedules';
import { datasetPath } from '../data/datasets';
import { noticePath, projectPath } from '../data/projects';
import type { ComplianceReport } from '@vungtau/publishing';

/**
 * What to fetch again: the documents named, for the collections named (a publish: the big
 * collections refreshed document by document), and every other collection whole (small ones,
 * answered from the CMS's response cache). Without `documents`, everything.
 */
export interface ContentChanges {
  documents?: Partial<Record<CollectionName, string[]>>;
}

export interface RenderedPage {
  file: string;
  body: Buffer;
}

const NAMES = Object.keys(collections) as CollectionName[];

/**
 * The collections whose items have a page of their own that staff preview, and where that page is
 * (under the site's base), from the item's data as the collection's schema parses it.
 */
const ITEM_PAGES = {
  articles: (data: { slug: string }) => `tin/${data.slug}/`,
  legalDocuments: (data: { slug: string }) => `van-ban/${data.slug}/`,
  workSchedules: (data: { weekStart: string }) => weekPath(data.weekStart),
  datasets: (data: { slug: string }) => datasetPath(data.slug),
  projects: (data: { slug: string }) => projectPath(data.slug),
  procurementNotices: (data: { slug: string }) => noticePath(data.slug),
} as const;
export type PreviewCollection = keyof typeof ITEM_PAGES;

/** Why a preview could not be rendered, in words an editor reads (the CMS shows it as it is). */
export class PreviewError extends Error {
  override name = 'PreviewError';
}

const generateDigest = (data: Record<string, unknown> | string): string =>
  createHash('sha1')
    .update(typeof data === 'string' ? data : JSON.stringify(data))
    .digest('base64url');

/** Astro's loader logger, on top of the renderer's log lines. */
const loaderLogger = (label: string, log: (line: string) => void): AstroIntegrationLogger => {
  const logger = {
    label,
    options: {},
    info: (message: string) => log(`[${label}] ${message}`),
    warn: (message: string) => log(`[${label}] warning: ${message}`),
    error: (message: string) => log(`[${label}] error: ${message}`),
    debug: () => {},
    fork: (next: string) => loaderLogger(next, log),
  };
  return logger as unknown as AstroIntegrationLogger;
};

export class SiteRenderer {
  readonly #app: App;
  readonly #base: string;
  readonly #store = new Map(NAMES.map((name) => [name, new MemoryCollection(name)]));
  #synced = false;

  constructor(app: App, base: string) {
    this.#app = app;
    this.#base = base;
    useContentSource({ entries: (name) => this.#store.get(name)!.list(), version: (name) => this.#store.get(name)!.version });
  }

  /** Brings the content up to date through the site's own loaders (see ContentChanges). */
  async sync({ documents }: ContentChanges, log: (line: string) => void): Promise<void> {
    const everything = !documents || !this.#synced;
    for (const name of NAMES) {
      const documentIds = everything ? undefined : documents[name];
      if (documentIds?.length === 0) continue;
      const loader = (collections[name] as { loader: Loader }).loader as Loader & { schema: ZodTypeAny };
      const store = this.#store.get(name)!;
      const context: LoaderContext = {
        collection: name,
        store,
        meta: store.meta,
        logger: loaderLogger(name, log),
        config: {} as LoaderContext['config'],
        parseData: async ({ data }) => loader.schema.parseAsync(data),
        renderMarkdown: () => Promise.reject(new Error('The renderer renders no Markdown')),
        generateDigest,
        refreshContextData: documentIds ? { documentIds } : undefined,
      };
      await loader.load(context);
    }
    this.#synced = true;
  }

  /** Every page of the site with its props and fingerprint. */
  plan(): Promise<PlannedPage[]> {
    return pagePlan();
  }

  /** The plan as a release keeps it. */
  fingerprints(plan: PlannedPage[]): Record<string, string | null> {
    return planFingerprints(plan);
  }

  /** The site's Nghị định 42 check, from the content synced (data/compliance.ts). */
  compliance(): Promise<ComplianceReport> {
    return siteCompliance();
  }

  /**
   * The REST query (collection path and query) the site's loader reads a collection with: the CMS
   * answers a preview's draft in the same shape, so the draft's page is rendered from what its
   * published version will be read as.
   */
  previewQuery(name: PreviewCollection): { collection: string; query: unknown } {
    const loader = (collections[name] as { loader: Loader & { query?: unknown; collection?: string } }).loader;
    if (!loader.query || !loader.collection) throw new Error(`${name}: its loader does not say what it reads`);
    return { collection: loader.collection, query: loader.query };
  }

  /**
   * The page of one item rendered from `raw` (the item as the REST API would answer it once
   * published) in place of its published version, over the site's content as synced: the page
   * approval will publish. The content is left as it was.
   */
  async preview(name: PreviewCollection, raw: Record<string, unknown>): Promise<RenderedPage & { path: string }> {
    const loader = (collections[name] as { loader: Loader & { schema: ZodTypeAny } }).loader;
    const { id: _numericId, ...fields } = raw;
    const id = String(fields.documentId);
    const parsed = await loader.schema.safeParseAsync(fields);
    if (!parsed.success)
      throw new PreviewError(
        `Nội dung chưa đủ để dựng trang: ${parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}.`
      );
    const store = this.#store.get(name)!;
    const published = store.get(id);
    store.set({ id, data: parsed.data as Record<string, unknown>, digest: `preview:${generateDigest(fields)}` });
    try {
      const path = (ITEM_PAGES[name] as (data: unknown) => string)(parsed.data);
      const page = (await this.plan()).find((p) => p.path === path);
      if (!page) throw new PreviewError('Mục này không có trang riêng trên trang web (chưa đủ thông tin để hiện).');
      return { ...(await this.render(page)), path };
    } finally {
      if (published) store.set({ ...published, digest: `${published.digest ?? ''}:restored` });
      else store.delete(id);
    }
  }

  /** One page, as a static build writes it; throws when Astro could not render it. */
  async render(page: PlannedPage): Promise<RenderedPage> {
    const response = await this.#app.render(new Request(new URL(`${this.#base}${page.path}`, 'http://renderer.invalid')), {
      locals: { pageProps: page.props },
    });
    const expected = page.path === NOT_FOUND ? 404 : 200;
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== expected)
      throw new Error(`${page.file}: Astro answered ${response.status}: ${body.toString('utf8').slice(0, 500)}`);
    return { file: page.file, body };
  }
}

export function createExports(manifest: SSRManifest) {
  return { renderer: new SiteRenderer(new App(manifest), manifest.base.endsWith('/') ? manifest.base : `${manifest.base}/`) };
}
