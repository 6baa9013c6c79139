import type { Core } from '@strapi/strapi';
import publicComments from './controllers/public-comments';
import publicQuestions from './controllers/public-questions';
import routes from './routes';
import { forgetLimiters } from './services/rate-limits';
import { registerRetention } from './services/retention';
import { registerWindowBoundaries } from './services/window-boundaries';

export default {
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerRetention(strapi);
    registerWindowBoundaries(strapi);
  },

  destroy() {
    forgetLimiters();
  },

  controllers: { publicComments, publicQuestions },
  routes,
};
