import type { Loader } from 'astro/loaders';
import type { ZodTypeAny } from 'astro/zod';
import { fetchRetrying } from '../utils/fetch-retrying';
import { toQueryString, type QueryValue } from '../utils/query-string';
import { pageQuery, type SiteScope } from './queries';

export interface StrapiLoaderOptions {
  /** The REST collection path, e.g. `articles`, `legal-documents`. */
  collection: string;
  /** Explicit fields/populate (never `populate=*`). */
  query: Record<string, QueryValue>;
  /** Restricts to one site: `{ relation: 'site', slug }` filters on `site.slug`, `{ relation: null }` on the entry's own slug. */
  site?: SiteScope;
  schema: ZodTypeAny;
  cmsUrl: string;
  token?: string;
}

interface StrapiEntry {
  documentId: string;
  updatedAt?: string;
  [key: string]: unknown;
}

interface StrapiPage {
  data: StrapiEntry[];
  meta: { pagination: { page: number; pageCount?: number; total?: number } };
}

/** Pages of a long collection fetched at once: the CMS answers on its own core while this one parses. */
const CONCURRENT_PAGES = 4;

/**
 * Fetches every published entry of one collection, page by page (several pages at a time), in
 * order; with `documentIds`, only those of them that are published on the site.
 */
async function fetchAll(options: StrapiLoaderOptions, documentIds?: string[]): Promise<StrapiEntry[]> {
  const { collection, query, site, cmsUrl, token } = options;
  const fetchPage = async (page: number): Promise<StrapiPage> => {
    const paged = pageQuery(query, site, page);
    if (documentIds) paged.filters = { ...(paged.filters as Record<string, QueryValue> | undefined), documentId: { $in: documentIds } };
    const qs = toQueryString(paged);
    const res = await fetchRetrying(`${cmsUrl}/api/${collection}?${qs}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    if (!res.ok) throw new Error(`GET /api/${collection} page ${page}: ${res.status} ${await res.text()}`);
    return (await res.json()) as StrapiPage;
  };
  const first = await fetchPage(1);
  const pages: StrapiEntry[][] = [first.data];
  const pageCount = first.meta.pagination.pageCount;
  if (pageCount === undefined) throw new Error(`GET /api/${collection}: the first page carries no page count`);
  const rest = Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => i + 2);
  for (let i = 0; i < rest.length; i += CONCURRENT_PAGES) {
    pages.push(...(await Promise.all(rest.slice(i, i + CONCURRENT_PAGES).map(async (page) => (await fetchPage(page)).data))));
  }
  return pages.flat();
}

/** Set by the build script for the shares of a site built in several: the store is already synced. */
export const contentFrozen = (): boolean => process.env.SITE_CONTENT_FROZEN === '1';

/**
 * Set while the renderer bundle is built (scripts/lib/renderer/): the bundle carries
 * no content, since the renderer runs these loaders itself, into a store of its own.
 */
export const contentless = (): boolean => process.env.SITE_RENDERER === '1';

/**
 * What the incremental publisher asks a loader for (Astro's `refreshContextData`): only these
 * documents, each stored when it is published on the site and removed when it is not (any more).
 */
export interface DocumentRefresh {
  documentIds: string[];
}

const isDocumentRefresh = (value: unknown): value is DocumentRefresh =>
  typeof value === 'object' && value !== null && Array.isArray((value as DocumentRefresh).documentIds);

/** Fetches this many documents at a time, so that the filter fits in a URL. */
const DOCUMENTS_PER_REQUEST = 50;

/** A loader of this file: it also says what it reads (the renderer's previews ask the CMS for a draft in that shape). */
export interface StrapiLoader extends Loader {
  collection: string;
  query: Record<string, QueryValue>;
}

/** One content loader for every collection of every site, on Astro's Loader API. */
export function strapiLoader(options: StrapiLoaderOptions): StrapiLoader {
  const scope = `${options.collection}:${options.site?.slug ?? '*'}`;
  return {
    name: `strapi:${options.collection}`,
    collection: options.collection,
    query: options.query,
    schema: options.schema,
    load: async ({ store, meta, logger, parseData, generateDigest, refreshContextData }) => {
      if (contentless()) return;
      if (contentFrozen()) {
        // One share of a site built in several (utils/shard.ts): the build script synced this
        // store once for all of them and copied it here, so every share renders the same content.
        if (meta.get('scope') !== scope)
          throw new Error(
            `${scope}: SITE_CONTENT_FROZEN is set but the content store holds ${meta.get('scope') ?? 'nothing'} for this collection`
          );
        return;
      }
      const only = isDocumentRefresh(refreshContextData) ? refreshContextData.documentIds : null;
      if (only && meta.get('scope') !== scope)
        throw new Error(`${scope}: asked to refresh ${only.length} documents of a store that was never synced`);
      // A store built for another site or collection is never reused.
      if (meta.get('scope') !== scope) store.clear();
      const entries: StrapiEntry[] = [];
      if (only)
        for (let i = 0; i < only.length; i += DOCUMENTS_PER_REQUEST)
          entries.push(...(await fetchAll(options, only.slice(i, i + DOCUMENTS_PER_REQUEST))));
      else entries.push(...(await fetchAll(options)));
      const seen = new Set<string>();
      let changed = 0;
      let lastModified = only ? String(meta.get('lastModified') ?? '') : '';
      for (const entry of entries) {
        const { id: _numericId, ...raw } = entry;
        const id = entry.documentId;
        seen.add(id);
        if (entry.updatedAt && entry.updatedAt > lastModified) lastModified = entry.updatedAt;
        const digest = generateDigest(raw);
        if (store.get(id)?.digest === digest) continue;
        const data = await parseData({ id, data: raw });
        if (store.set({ id, data, digest })) changed++;
      }
      // Refreshing some documents: those of them not published on the site (any more) go.
      const removed = (only ?? store.keys()).filter((id) => !seen.has(id) && store.has(id));
      for (const id of removed) store.delete(id);
      meta.set('scope', scope);
      meta.set('lastModified', lastModified);
      meta.set('syncedAt', new Date().toISOString());
      logger.info(`${scope}: ${entries.length} entries, ${changed} changed, ${removed.length} removed`);
    },
  };
}
