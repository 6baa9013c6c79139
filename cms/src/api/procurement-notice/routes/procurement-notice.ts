import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter(
  'api::procurement-notice.procurement-notice',
  publicReadRoutes('api::procurement-notice.procurement-notice')
);
