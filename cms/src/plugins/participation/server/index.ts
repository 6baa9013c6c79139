import type { Core } from '@strapi/strapi';
import moderation from './controllers/moderation';
import mayModerate from './policies/may-moderate';
import routes from './routes';
import { permissionActions } from './services/access';

export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // The editor and approver roles that hold it are made in the app's bootstrap (workflow's rbac.ts).
    await strapi.service('admin::permission').actionProvider.registerMany(permissionActions);
  },

  controllers: { moderation },
  policies: { 'may-moderate': mayModerate },
  routes,
};
