import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::royalty-record.royalty-record');
