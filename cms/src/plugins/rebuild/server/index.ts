import type { Core } from '@strapi/strapi';
import { releases } from '@vungtau/publishing';
import contentTypes from './content-types';
import rebuild from './controllers/rebuild';
import rebuildTriggers from './document-middlewares/rebuild-triggers';
import routes from './routes';
import { permissionActions } from './services/access';
import { claim, enqueue, requeueStale } from './services/queue';
import { sitesRoot } from './services/site-workspace';
import { drain, startWorker, stopPublisher } from './services/worker';

let worker: { stop: () => Promise<void> } | undefined;

/** Sites that have never been built get a first build (a fresh database queues them as it is seeded). */
const queueFirstBuilds = async (strapi: Core.Strapi): Promise<void> => {
  const root = sitesRoot();
  const sites = (await strapi.db.query('api::site.site').findMany({ where: { status: 'active' }, select: ['slug'] })) as Array<{
    slug: string;
  }>;
  const missing = sites.map((site) => site.slug).filter((slug) => !releases.liveRelease(root, slug));
  if (missing.length > 0) await enqueue(strapi, missing, 'Dựng lần đầu', 'Hệ thống');
};

/** The in-process worker runs with `npm start` (and whenever REBUILD_WORKER=true), not in tests or production's CMS. */
const workerWanted = (): boolean =>
  (process.env.REBUILD_WORKER ?? (['production', 'test'].includes(process.env.NODE_ENV ?? '') ? 'false' : 'true')) === 'true';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(rebuildTriggers(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // The operator role that holds them is made in the app's bootstrap, with the workflow's roles.
    await strapi.service('admin::permission').actionProvider.registerMany(permissionActions);
    if (!workerWanted()) return;
    await queueFirstBuilds(strapi);
    worker = startWorker(strapi);
  },

  async destroy() {
    await worker?.stop();
    worker = undefined;
    // Tests and scripts drain the queue without a worker loop; the publisher they started ends here.
    await stopPublisher();
  },

  contentTypes,
  controllers: { rebuild },
  routes,
  services: {
    /** For scripts and tests: queue and run rebuilds without the HTTP routes. */
    queue: ({ strapi }: { strapi: Core.Strapi }) => ({
      enqueue: (slugs: string[], reason: string, requestedBy: string) => enqueue(strapi, slugs, reason, requestedBy),
      drain: (name?: string) => drain(strapi, name),
      claim: (name?: string) => claim(strapi, name),
      requeueStale: (now?: Date) => requeueStale(strapi, now),
    }),
  },
};
