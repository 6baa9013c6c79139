import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::public-service.public-service', publicReadRoutes('api::public-service.public-service'));
