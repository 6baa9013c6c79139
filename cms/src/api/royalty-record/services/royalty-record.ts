import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::royalty-record.royalty-record');
