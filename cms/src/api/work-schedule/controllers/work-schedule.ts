import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::work-schedule.work-schedule');
