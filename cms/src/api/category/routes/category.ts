import { factories } from '@strapi/strapi';
import { PUBLIC_READ_ROUTES } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::category.category', PUBLIC_READ_ROUTES);
