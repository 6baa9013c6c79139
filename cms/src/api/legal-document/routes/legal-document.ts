import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::legal-document.legal-document', publicReadRoutes('api::legal-document.legal-document'));
