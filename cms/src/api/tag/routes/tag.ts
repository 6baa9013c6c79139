import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::tag.tag', publicReadRoutes('api::tag.tag'));
