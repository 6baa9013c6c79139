import type { Core } from '@strapi/strapi';
import { defaultEmbeddedFile, embeddedEngine } from '../engines/embedded';
import { meilisearchEngine } from '../engines/meilisearch';
import type { SearchEngine } from '../engines/types';

const engines = new WeakMap<Core.Strapi, SearchEngine>();

/** The CMS's own address as the public sees it, for the embedded engine's search URL. */
const publicCmsUrl = (strapi: Core.Strapi): string =>
  process.env.SEARCH_PUBLIC_URL ||
  (strapi.config.get('server.url', '') as string) ||
  `http://localhost:${strapi.config.get('server.port', 1337)}`;

/**
 * Meilisearch when MEILISEARCH_HOST is set (production), otherwise the embedded engine in this
 * process. One engine per Strapi instance.
 */
export const searchEngine = (strapi: Core.Strapi): SearchEngine => {
  const existing = engines.get(strapi);
  if (existing) return existing;
  const host = process.env.MEILISEARCH_HOST;
  let engine: SearchEngine;
  if (host) {
    const masterKey = process.env.MEILISEARCH_MASTER_KEY ?? process.env.MEILI_MASTER_KEY;
    if (!masterKey)
      throw new Error(
        'MEILISEARCH_HOST is set but MEILISEARCH_MASTER_KEY is not: the CMS needs the master key to configure the indexes and create the search-only key.'
      );
    if (!process.env.MEILISEARCH_PUBLIC_URL) {
      strapi.log.warn(
        `Search: MEILISEARCH_PUBLIC_URL is not set, so the sites' pages will send searches to ${host}; set it to the address browsers reach Meilisearch at.`
      );
    }
    engine = meilisearchEngine({
      host,
      masterKey,
      publicHost: process.env.MEILISEARCH_PUBLIC_URL || host,
      prefix: process.env.MEILISEARCH_INDEX_PREFIX ?? '',
      taskTimeoutMs: Number(process.env.MEILISEARCH_TASK_TIMEOUT_MS) || 30_000,
    });
  } else {
    engine = embeddedEngine({ file: defaultEmbeddedFile(strapi.dirs.app.root), publicUrl: publicCmsUrl(strapi) });
  }
  engines.set(strapi, engine);
  return engine;
};

export const closeSearchEngine = async (strapi: Core.Strapi): Promise<void> => {
  await engines.get(strapi)?.close();
  engines.delete(strapi);
};
