import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::dataset.dataset', publicReadRoutes('api::dataset.dataset'));
