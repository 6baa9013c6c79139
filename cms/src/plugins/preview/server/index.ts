import type { Core } from '@strapi/strapi';
import preview from './controllers/preview';
import routes from './routes';
import { previewUrl } from './services/links';
import { previewerProcess, type PreviewerProcess } from './services/previewer-process';

export default {
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await (strapi.plugin('preview').service('previewer') as PreviewerProcess).stop();
  },
  controllers: { preview },
  services: {
    previewer: ({ strapi }: { strapi: Core.Strapi }) => previewerProcess(strapi),
    links: ({ strapi }: { strapi: Core.Strapi }) => ({
      previewUrl: (uid: string, params: Parameters<typeof previewUrl>[2]) => previewUrl(strapi, uid, params),
    }),
  },
  routes,
};
