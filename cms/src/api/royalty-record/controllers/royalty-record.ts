import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::royalty-record.royalty-record');
