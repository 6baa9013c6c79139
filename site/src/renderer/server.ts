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
