import { factories } from '@strapi/strapi';
import { PUBLIC_READ_ROUTES } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::article.article', PUBLIC_READ_ROUTES);
