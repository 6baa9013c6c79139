import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::official.official', publicReadRoutes('api::official.official'));
