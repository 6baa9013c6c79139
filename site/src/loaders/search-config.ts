import type { Loader } from 'astro/loaders';
import { searchConfig } from '../content/schemas';
import { contentFrozen, contentless } from './strapi';

/**
 * Where the site's search page sends its queries, read from the CMS once per build
 * (`GET /api/search/config`): the engine's address, a search-only key and the index names. A CMS
 * whose engine is down answers 503: the build keeps the last config it stored and goes on, since
 * a search outage must not stop publishing.
 */
export function searchConfigLoader({ cmsUrl }: { cmsUrl: string }): Loader {
  return {
    name: 'strapi:search-config',
    schema: searchConfig,
    load: async ({ store, logger, parseData }) => {
      // One share of a site built in several: the config was read with the rest of the store.
      if (contentFrozen() || contentless()) return;
      try {
        const res = await fetch(`${cmsUrl}/api/search/config`);
        if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
        const data = await parseData({ id: 'config', data: (await res.json()) as Record<string, unknown> });
        store.set({ id: 'config', data });
      } catch (error) {
        logger.warn(
          `GET /api/search/config failed (${error instanceof Error ? error.message : String(error)}); ${store.has('config') ? 'keeping the last search settings' : 'the search page will say search is unavailable'}.`
        );
      }
    },
  };
}
