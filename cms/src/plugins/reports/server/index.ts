import type { Core } from '@strapi/strapi';
import reports from './controllers/reports';
import royaltyGuard from './document-middlewares/royalty-guard';
import routes from './routes';
import type { Range } from './services/periods';
import { listenToWorkflow } from './royalties/on-transition';
import { syncArticleRoyalties } from './royalties/records';
import visitTypes from './visits/content-types';
import { closeVisitPool, importVisits, registerVisitImport } from './visits/import';
import { visitSummary } from './visits/summary';

/** The admin permission that shows "Báo cáo" in the menu; given to the board and finance roles. */
const ACTIONS = [{ section: 'plugins', displayName: 'Xem nhuận bút, chỉ tiêu và báo cáo', uid: 'read', pluginName: 'reports' }];

interface ActionProvider {
  registerMany(actions: typeof ACTIONS): Promise<void>;
}

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(royaltyGuard(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const { actionProvider } = strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider };
    await actionProvider.registerMany(ACTIONS);
    listenToWorkflow(strapi);
    registerVisitImport(strapi);
  },

  async destroy() {
    await closeVisitPool();
  },

  contentTypes: visitTypes,

  controllers: { reports },
  routes,
  services: {
    /** For scripts, the seed and tests: `strapi.plugin('reports').service('royalties').sync(documentId, at)`. */
    royalties: ({ strapi }: { strapi: Core.Strapi }) => ({
      sync: (documentId: string, at: Date) => syncArticleRoyalties(strapi, documentId, at),
    }),
    /** `strapi.plugin('reports').service('visits')`: the access-log import (cron, command, seed) and the reports' figures. */
    visits: ({ strapi }: { strapi: Core.Strapi }) => ({
      import: (now?: Date, files?: string) => importVisits(strapi, now, files),
      summary: (siteIds: number[], range: Range) => visitSummary(strapi, siteIds, range),
    }),
  },
};
