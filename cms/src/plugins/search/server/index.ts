import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import search from './controllers/search';
import searchSync from './document-middlewares/search-sync';
import routes from './routes';
import { closeSearchEngine, searchEngine } from './services/engine';
import { indexIfEmpty, reindex } from './services/reindex';
import { drainOutbox, startSync } from './services/sync';

let sync: { stop: () => Promise<void> } | undefined;

/** The sync loop runs in every CMS process (SEARCH_SYNC, on by default), not in tests, which drain by hand. */
const syncWanted = (): boolean => (process.env.SEARCH_SYNC ?? (process.env.NODE_ENV === 'test' ? 'false' : 'true')) === 'true';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(searchSync(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (!syncWanted()) return;
    // In the background: a Meilisearch outage must not stop the CMS (the outbox keeps every change
    // until it is back), and filling an empty index from a big portal takes a while.
    void searchEngine(strapi)
      .prepare()
      .then(() => indexIfEmpty(strapi))
      .catch((error: Error) =>
        strapi.log.warn(`Search: the ${searchEngine(strapi).name} engine is not ready (${error.message}); changes wait in the outbox.`)
      );
    sync = startSync(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await sync?.stop();
    sync = undefined;
    await closeSearchEngine(strapi);
  },

  contentTypes,
  controllers: { search },
  routes,
  services: {
    /** For scripts and tests: `strapi.plugin('search').service('sync').drain()`, `.reindex()`. */
    sync: ({ strapi }: { strapi: Core.Strapi }) => ({
      drain: (name?: string) => drainOutbox(strapi, name),
      reindex: () => reindex(strapi),
      engine: () => searchEngine(strapi),
    }),
  },
};
