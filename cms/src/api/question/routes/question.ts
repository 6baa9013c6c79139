import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';

// Reads only: questions are sent through the participation plugin's public route (/api/participation/questions).
export default factories.createCoreRouter('api::question.question', {
  ...publicReadRoutes('api::question.question'),
  only: ['find', 'findOne'],
});
