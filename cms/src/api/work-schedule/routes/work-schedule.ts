import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

export default factories.createCoreRouter('api::work-schedule.work-schedule', publicReadRoutes('api::work-schedule.work-schedule'));
