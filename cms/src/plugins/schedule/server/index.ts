import type { Core } from '@strapi/strapi';
import quickEntry from './controllers/quick-entry';
import routes from './routes';
import { registerNewDay } from './services/new-day';

export default {
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerNewDay(strapi);
  },
  controllers: { quickEntry },
  routes,
};
